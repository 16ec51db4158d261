// Lone lines that credit the source of a quoted article.

/** Names of news agencies and publications that stand alone on a credit line. */
export const CREDIT_NAMES: readonly string[] = [
  'FT',
  'Financial Times',
  'The Financial Times',
  'Reuters',
  'AP',
  'Associated Press',
  'AFP',
  'Agence France-Presse',
  'Bloomberg',
  'Lusa',
  'Agência Lusa',
  'EFE',
  'dpa',
  'ANSA',
  'BBC',
  'BBC News',
  'CNN',
  'CNBC',
  'The Guardian',
  'The Economist',
  'The New York Times',
  'NYT',
  'The Washington Post',
  'WSJ',
  'The Wall Street Journal',
  'Wall Street Journal',
  'Nikkei',
  'Nikkei Asia',
  'South China Morning Post',
  'SCMP',
  'Le Monde',
  'El País',
  'Público',
  'Expresso',
  'Observador',
  'Diário de Notícias',
  'DN',
  'Jornal de Notícias',
  'JN',
  'Jornal de Negócios',
  'ECO',
  'RTP',
  'SIC Notícias',
  'TSF',
  'Folha de S.Paulo',
  'Folha',
  'Estadão',
  'O Globo',
  'G1',
  'UOL',
  'Valor Econômico',
  'Agência Brasil',
  'Exame',
  'Veja'
]

/** Labels before a source name: "Fonte: Público", "Source: Reuters". */
export const CREDIT_LABELS: readonly string[] = [
  'fonte',
  'fontes',
  'source',
  'sources',
  'via',
  'crédito',
  'créditos',
  'credit',
  'credits',
  'in',
  'em',
  'retirado de',
  'from'
]

/** Dashes that introduce a byline or credit: "— Financial Times". */
export const CREDIT_DASHES: readonly string[] = ['—', '–', '―', '-', '--']

/** The longest credit line, in words. */
export const CREDIT_MAX_WORDS = 8

/**
 * Openings of a wire story's staff credit, usually in brackets at its end:
 * "(Reporting by X in Y; Editing by Z)", "(Reportagem de X; Edição de Y)".
 */
export const STAFF_CREDIT_OPENINGS: readonly string[] = [
  'reporting by',
  'additional reporting by',
  'writing by',
  'editing by',
  'compiled by',
  'research by',
  'reportagem de',
  'reportagem adicional de',
  'reportagem por',
  'texto de',
  'edição de',
  'redação de',
  'redacção de',
  'com reportagem de'
]

/** The longest staff credit, in words: names, places and roles of a few journalists. */
export const STAFF_CREDIT_MAX_WORDS = 30
