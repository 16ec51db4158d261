import {SHARED_USES} from '../../identify/data/variant-cues.js'

/**
 * Words and spellings that mark one variant of Portuguese, with the other
 * variant's equivalent. `locale-variant` flags a word of the first list in a
 * pt-PT text, and one of the second in a pt-BR text. Each row lists the
 * inflected forms to look for (lower case); words that are also ordinary in the
 * other variant (pt-PT "arquivo" is an archive, "tela" a canvas, "fato" a
 * suit, "equipe" a form of "equipar") or English words a Portuguese text
 * may quote ("time", "mouse", "actual") are left out.
 */
export interface VariantWord {
  /** Forms that mark the variant (lower case). */
  forms: readonly string[]
  /** What the other variant writes instead. */
  expected: readonly string[]
  /**
   * Where a form is ordinary in both variants: a regular expression (source,
   * matched with the `giu` flags against the lower-cased sentence; see
   * `SHARED_USES`); a form inside one of its matches is never reported.
   */
  ordinary?: string
}

/** Brazilian words and spellings, unexpected in a European Portuguese text. */
export const brazilianForms: readonly VariantWord[] = [
  {forms: ['usuário', 'usuários', 'usuária', 'usuárias'], expected: ['utilizador']},
  {forms: ['celular', 'celulares'], expected: ['telemóvel'], ordinary: SHARED_USES.celular},
  {forms: ['ônibus'], expected: ['autocarro']},
  {forms: ['trem', 'trens'], expected: ['comboio'], ordinary: SHARED_USES.trem},
  {forms: ['banheiro', 'banheiros'], expected: ['casa de banho']},
  {forms: ['geladeira', 'geladeiras'], expected: ['frigorífico']},
  {forms: ['sorvete', 'sorvetes'], expected: ['gelado']},
  {forms: ['registro', 'registros'], expected: ['registo']},
  {forms: ['câmera', 'câmeras'], expected: ['câmara']},
  {forms: ['aplicativo', 'aplicativos'], expected: ['aplicação']},
  {forms: ['planilha', 'planilhas'], expected: ['folha de cálculo']},
  {forms: ['deletar', 'deletado', 'deletada', 'deletados', 'deletadas'], expected: ['eliminar', 'apagar']},
  {forms: ['econômico', 'econômica', 'econômicos', 'econômicas'], expected: ['económico']},
  {forms: ['acadêmico', 'acadêmica', 'acadêmicos', 'acadêmicas'], expected: ['académico']},
  {forms: ['gênero', 'gêneros'], expected: ['género']},
  {forms: ['fenômeno', 'fenômenos'], expected: ['fenómeno']},
  {forms: ['anônimo', 'anônima', 'anônimos', 'anônimas'], expected: ['anónimo']},
  {forms: ['eletrônico', 'eletrônica', 'eletrônicos', 'eletrônicas'], expected: ['eletrónico']},
  {forms: ['quilômetro', 'quilômetros'], expected: ['quilómetro']},
  {forms: ['bebê', 'bebês'], expected: ['bebé']},
  {forms: ['antônio'], expected: ['António']},
  {forms: ['polêmica', 'polêmico', 'polêmicas', 'polêmicos'], expected: ['polémica']},
  {forms: ['gerenciamento'], expected: ['gestão']},
  {forms: ['xícara', 'xícaras'], expected: ['chávena']},
  {forms: ['esporte', 'esportes'], expected: ['desporto']},
  {forms: ['cadastro', 'cadastros'], expected: ['registo']},
  {forms: ['contato', 'contatos'], expected: ['contacto']}
]

/** European words and spellings, unexpected in a Brazilian Portuguese text. */
export const europeanForms: readonly VariantWord[] = [
  {forms: ['utilizador', 'utilizadores', 'utilizadora', 'utilizadoras'], expected: ['usuário']},
  {forms: ['telemóvel', 'telemóveis'], expected: ['celular']},
  {forms: ['autocarro', 'autocarros'], expected: ['ônibus']},
  {forms: ['comboio', 'comboios'], expected: ['trem'], ordinary: SHARED_USES.comboio},
  {forms: ['frigorífico', 'frigoríficos'], expected: ['geladeira']},
  {forms: ['registo', 'registos'], expected: ['registro']},
  {forms: ['equipa', 'equipas'], expected: ['equipe']},
  {forms: ['ecrã', 'ecrãs'], expected: ['tela']},
  {forms: ['ficheiro', 'ficheiros'], expected: ['arquivo']},
  {
    forms: ['facto', 'factos'],
    expected: ['fato'],
    ordinary: SHARED_USES.facto
  },
  {forms: ['contacto', 'contactos'], expected: ['contato']},
  {forms: ['arquitectura', 'arquitecturas'], expected: ['arquitetura']},
  {forms: ['actuais', 'actualmente'], expected: ['atual']},
  {forms: ['direcção', 'direcções'], expected: ['direção']},
  {forms: ['acção', 'acções'], expected: ['ação']},
  {forms: ['óptimo', 'óptima', 'óptimos', 'óptimas'], expected: ['ótimo']},
  {forms: ['económico', 'económica', 'económicos', 'económicas'], expected: ['econômico']},
  {forms: ['académico', 'académica', 'académicos', 'académicas'], expected: ['acadêmico']},
  {forms: ['género', 'géneros'], expected: ['gênero']},
  {forms: ['fenómeno', 'fenómenos'], expected: ['fenômeno']},
  {forms: ['anónimo', 'anónima', 'anónimos', 'anónimas'], expected: ['anônimo']},
  {
    forms: [
      'eletrónico',
      'eletrónica',
      'eletrónicos',
      'eletrónicas',
      'electrónico',
      'electrónica',
      'electrónicos',
      'electrónicas'
    ],
    expected: ['eletrônico']
  },
  {forms: ['quilómetro', 'quilómetros'], expected: ['quilômetro']},
  {forms: ['bebé', 'bebés'], expected: ['bebê']},
  {forms: ['polémica', 'polémico', 'polémicas', 'polémicos'], expected: ['polêmica']},
  {forms: ['chávena', 'chávenas'], expected: ['xícara']},
  {forms: ['desporto', 'desportos'], expected: ['esporte']}
]
