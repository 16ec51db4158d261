/**
 * Cues that tell European (pt-PT) from Brazilian (pt-BR) Portuguese.
 *
 * Weights: 2 for a spelling or word one variant never uses in writing
 * (`utilizador`, `ônibus`, `connosco`), about 1 for a strong habit
 * (`estar a` + infinitive, a subject pronoun before a clitic), 0.25–0.5 for a
 * mere tendency (enclisis, `você`). Spellings Brazil shares with European
 * Portuguese after the 1990 agreement (`ação`, `ótimo`, `arquitetura`) only
 * count a little for Brazil; pre-agreement European spellings (`acção`,
 * `óptimo`, `arquitectura`) count fully for Portugal.
 */
export type Variant = 'pt-PT' | 'pt-BR'

export interface WordCue {
  variant: Variant
  weight: number
  words: readonly string[]
  /**
   * The most the group adds to a text's evidence (a block's or a whole
   * document's), however many of its words occur: the words of one spelling
   * convention are one habit, not independent cues.
   */
  cap?: number
}

export interface PatternCue {
  /** Stable name reported in `cues` (`estar-a-infinitive`). */
  id: string
  variant: Variant
  weight: number
  /**
   * Regular expression source, matched with the `giu` flags against the
   * lower-cased text, or with `iu` against each word (hyphenated compounds
   * whole) when `scope` is `word`: faster for spelling patterns.
   */
  pattern: string
  scope?: 'word' | 'text'
}

export const WORD_CUES: readonly WordCue[] = [
  {
    variant: 'pt-PT',
    weight: 2,
    words: [
      'utilizador',
      'utilizadores',
      'utilizadora',
      'utilizadoras',
      'ecrã',
      'ecrãs',
      'equipa',
      'equipas',
      'comboio',
      'comboios',
      'telemóvel',
      'telemóveis',
      'ficheiro',
      'ficheiros',
      'autocarro',
      'autocarros',
      'registo',
      'registos',
      'rapariga',
      'raparigas',
      'frigorífico',
      'sumo',
      'sumos',
      'talho',
      'montra',
      'miúdo',
      'miúdos',
      'miúda',
      'miúdas',
      'fixe',
      'bué',
      'percentagem',
      'percentagens',
      'desporto',
      'desportos',
      'desportivo',
      'connosco',
      'carácter',
      'facto',
      'factos',
      'contacto',
      'contactos',
      'contactar',
      'receção',
      'perceção',
      'deteção',
      'conceção',
      'acção',
      'acções',
      'acto',
      'actos',
      'actual',
      'actuais',
      'actualmente',
      'actividade',
      'actividades',
      'activo',
      'activa',
      'activos',
      'efectivo',
      'efectiva',
      'efectivos',
      'efectivamente',
      'direcção',
      'director',
      'directora',
      'directo',
      'directamente',
      'protecção',
      'colecção',
      'selecção',
      'correcção',
      'objectivo',
      'objectivos',
      'projecto',
      'projectos',
      'arquitectura',
      'arquitecto',
      'exacto',
      'exactamente',
      'eléctrico',
      'eléctrica',
      'electrónico',
      'electrónica',
      'espectáculo',
      'óptimo',
      'óptima',
      'adopção',
      'adoptar',
      'adoptou',
      'excepção',
      'excepto',
      'baptismo',
      'reacção',
      'sector',
      'sectores',
      'factor',
      'factores',
      'colectivo',
      'colectiva',
      'respectivo',
      'respectiva',
      'secção',
      'inspecção',
      'pequeno-almoço',
      'guarda-redes',
      'casa-de-banho',
      'ananás',
      'descarregar',
      'sítio',
      'controlo',
      'controlos',
      'camião',
      'camiões',
      'palavra-passe',
      'palavras-passe',
      'registar',
      'registado',
      'registada',
      'registados',
      'registadas',
      'chávena',
      'gajo',
      'gajos',
      'sandes',
      'hospedeira',
      'planeamento',
      'planear',
      'planeado',
      'planeada',
      'aluguer',
      'videojogo',
      'videojogos',
      'bilião',
      'biliões',
      'neuronal',
      'neuronais',
      'transístor',
      'transístores'
    ]
  },
  {
    variant: 'pt-PT',
    weight: 1,
    words: [
      'partilhar',
      'partilha',
      'partilhou',
      'apelido',
      'guardar',
      'cá',
      'tu',
      'estás',
      'fabrico',
      'aprendizagem',
      'operativo',
      'programador'
    ]
  },
  {variant: 'pt-PT', weight: 0.5, words: ['num', 'numa', 'nuns', 'numas']},
  {
    variant: 'pt-BR',
    weight: 2,
    words: [
      'usuário',
      'usuários',
      'usuária',
      'usuárias',
      'equipe',
      'equipes',
      'trem',
      'trens',
      'ônibus',
      'banheiro',
      'geladeira',
      'suco',
      'sucos',
      'açougue',
      'goleiro',
      'sobrenome',
      'esporte',
      'esportes',
      'esportivo',
      'conosco',
      'caráter',
      'contato',
      'contatos',
      'contatar',
      'seção',
      'seções',
      'garoto',
      'garota',
      'moleque',
      'xícara',
      'abacaxi',
      'tênis',
      'registro',
      'registros',
      'celular',
      'celulares',
      'compartilhar',
      'compartilhou',
      'porcentagem',
      'aeromoça',
      'cardápio',
      'caminhão',
      'planilha',
      'aplicativo',
      'aplicativos',
      'desenvolvedor',
      'desenvolvedores',
      'desenvolvedora',
      'mídia',
      'mídias',
      'câmera',
      'câmeras',
      'sorvete',
      'pedestre',
      'chiclete',
      'registrar',
      'registrado',
      'registrada',
      'registrados',
      'registradas',
      'pra',
      'planejamento',
      'planejar',
      'planejado',
      'planejada',
      'aluguel',
      'bilhão',
      'bilhões',
      'treinamento',
      'treinamentos',
      'aprendizado'
    ]
  },
  {
    variant: 'pt-BR',
    weight: 1,
    words: [
      'tela',
      'telas',
      'arquivo',
      'arquivos',
      'fato',
      'fatos',
      'baixar',
      'salvar',
      'recepção',
      'controle',
      'controles',
      'neurais'
    ]
  },
  {variant: 'pt-BR', weight: 0.5, words: ['salve', 'salva', 'salvou', 'baixe', 'baixou']},
  {variant: 'pt-BR', weight: 0.5, words: ['você', 'vocês']},
  // The 1990 agreement's spellings: Brazil's, and Portugal's too since the agreement took effect there.
  {
    variant: 'pt-BR',
    weight: 0.25,
    cap: 0.5,
    words: [
      'ação',
      'ações',
      'ato',
      'atos',
      'atual',
      'atualmente',
      'atividade',
      'ativo',
      'efetivo',
      'efetiva',
      'direção',
      'diretor',
      'proteção',
      'coleção',
      'seleção',
      'objetivo',
      'objetivos',
      'projeto',
      'projetos',
      'arquitetura',
      'arquiteto',
      'exato',
      'elétrico',
      'eletrônico',
      'ótimo',
      'adoção',
      'exceção',
      'setor',
      'fator'
    ]
  }
]

// A letter may not come right before or after: a Unicode word boundary (JavaScript's \b is ASCII-only).
const START = '(?<![\\p{L}\\p{M}])'
const END = '(?![\\p{L}\\p{M}])'
const DETERMINERS =
  'o|os|um|uns|do|dos|no|nos|ao|aos|pelo|pelos|num|dum|meu|meus|teu|teus|seu|seus|nosso|nossos|este|estes|esse|esses|aquele|aqueles|deste|desse|neste|nesse|novo|velho'

/**
 * Uses of variant words that both variants share, as regular expressions
 * (sources, matched with `giu` on lower-cased text): they are no cue, and
 * `glosa check` never reports them. "celular" is Brazilian only as the noun
 * (o celular), the adjective is everyone's (membrana celular); Portugal has
 * "trem de aterragem" (landing gear) and "trem de cozinha"; Brazil has
 * "comboio" for a convoy; after a noun "de facto" is the Latin phrase both
 * write (padrão de facto), after a verb or alone it is Portugal's "in fact".
 */
export const SHARED_USES = {
  celular: `(?<!${START}(?:${DETERMINERS})\\s+)${START}celular(?:es)?${END}`,
  trem: `${START}tre(?:m|ns)\\s+de\\s+(?:aterragem|cozinha)${END}`,
  comboio: `${START}(?:comboios?\\s+(?:de|militar|militares)|em\\s+comboio)${END}`,
  facto:
    `(?<=\\p{L}\\s+)(?<!${START}(?:é|são|foi|foram|era|eram|está|estão|esteve|será|seria|tem|têm|tinha|há|houve|não|mas|e|ou|que|se)\\s+)de\\s+facto${END}` +
    `|${START}(?:ipso|post)\\s+facto${END}`
} as const

/** A regular expression source that every text holding one of `SHARED_USES` matches (a cheap test first). */
export const SHARED_USE_WORDS = 'celular|tre[mn]|comboio|facto'

const STAR = '(?:est(?:ou|ás|á|amos|ão|ava|avas|ávamos|avam|ive|eve|iveram|ivesse|ar|ará|aria|ado|ando|eja|ejam))'

export const PATTERN_CUES: readonly PatternCue[] = [
  // "estão a mostrar", "tem estado a promover" against "estão mostrando".
  {
    id: 'estar-a-infinitive',
    variant: 'pt-PT',
    weight: 2,
    pattern: `${START}${STAR}\\s+a\\s+\\p{L}+(?:ar|er|ir|pôr)(?:[-‐]\\p{L}+)?${END}`
  },
  {
    id: 'estar-gerund',
    variant: 'pt-BR',
    weight: 2,
    pattern: `${START}${STAR}\\s+(?:(?:se|me|te|nos|lhe|lhes)\\s+)?\\p{L}+ndo${END}`
  },
  {
    id: 'continuar-a-infinitive',
    variant: 'pt-PT',
    weight: 1.5,
    pattern: `${START}(?:continu|and)\\p{L}*\\s+a\\s+\\p{L}+(?:ar|er|ir)${END}`
  },
  // Open vowels before m/n are written é/ó in Portugal, ê/ô in Brazil: económico/econômico, génio/gênio.
  {id: 'open-vowel-before-nasal', variant: 'pt-PT', weight: 1.5, scope: 'word', pattern: '[éó][mn][aeiouáéíóú]'},
  {
    id: 'closed-vowel-before-nasal',
    variant: 'pt-BR',
    weight: 1.5,
    scope: 'word',
    pattern: '^(?!estômago|fêmea).*[êô][mn][aeiou]'
  },
  // Pre-1990 Brazilian spelling: assembléia, idéia, européia.
  {id: 'accented-eia', variant: 'pt-BR', weight: 1.5, scope: 'word', pattern: '\\p{L}éias?$'},
  // "tem de ser" is the European habit, "tem que ser" the Brazilian one (both occur in both).
  {
    id: 'ter-de-infinitive',
    variant: 'pt-PT',
    weight: 1,
    pattern: `${START}(?:tenho|tens|tem|temos|têm|tinha|tinham|teve|tiveram|ter|terá|terão|teria|teriam)\\s+de\\s+\\p{L}+(?:ar|er|ir|pôr)${END}`
  },
  {
    id: 'ter-que-infinitive',
    variant: 'pt-BR',
    weight: 0.5,
    pattern: `${START}(?:tenho|tens|tem|temos|têm|tinha|tinham|teve|tiveram|ter|terá|terão|teria|teriam)\\s+que\\s+\\p{L}+(?:ar|er|ir|pôr)${END}`
  },
  {id: 'casa-de-banho', variant: 'pt-PT', weight: 2, pattern: `${START}casas?\\s+de\\s+banho${END}`},
  {id: 'folha-de-calculo', variant: 'pt-PT', weight: 2, pattern: `${START}folhas?\\s+de\\s+cálculo${END}`},
  {id: 'topo-de-gama', variant: 'pt-PT', weight: 2, pattern: `${START}topo\\s+de\\s+gama${END}`},
  {id: 'cafe-da-manha', variant: 'pt-BR', weight: 2, pattern: `${START}café\\s+da\\s+manhã${END}`},
  {id: 'aprendizagem-automatica', variant: 'pt-PT', weight: 2, pattern: `${START}aprendizagem\\s+automática${END}`},
  {id: 'aprendizado-de-maquina', variant: 'pt-BR', weight: 2, pattern: `${START}aprendizado\\s+de\\s+máquina${END}`},
  {id: 'virgula-flutuante', variant: 'pt-PT', weight: 2, pattern: `${START}vírgula\\s+flutuante${END}`},
  {id: 'ponto-flutuante', variant: 'pt-BR', weight: 2, pattern: `${START}ponto\\s+flutuante${END}`},
  {id: 'de-facto', variant: 'pt-PT', weight: 1, pattern: `${START}de\\s+facto${END}`},
  {id: 'de-fato', variant: 'pt-BR', weight: 1.5, pattern: `${START}de\\s+fato${END}`},
  {id: 'toda-a-gente', variant: 'pt-PT', weight: 2, pattern: `${START}toda\\s+a\\s+gente${END}`},
  {id: 'todo-mundo', variant: 'pt-BR', weight: 2, pattern: `${START}todo\\s+(?:o\\s+)?mundo${END}`},
  {id: 'a-gente', variant: 'pt-BR', weight: 0.5, pattern: `(?<!toda\\s)${START}a\\s+gente${END}`},
  // Brazil drops the article before possessives ("de seus direitos", "em sua vida"); Portugal keeps it.
  {
    id: 'bare-possessive',
    variant: 'pt-BR',
    weight: 1,
    pattern: `${START}(?:em|de|com|por|para|sobre|contra|entre)\\s+(?:seu|sua|seus|suas|meu|minha|meus|minhas|nosso|nossa|nossos|nossas)${END}`
  },
  {
    id: 'article-possessive',
    variant: 'pt-PT',
    weight: 0.25,
    pattern: `${START}(?:do|da|dos|das|no|na|nos|nas|pelo|pela|pelos|pelas)\\s+(?:seu|sua|seus|suas|meu|minha|meus|minhas|nosso|nossa|nossos|nossas)${END}`
  },
  // Brazil: "todo ser humano", "toda pessoa"; Portugal: "todo o ser humano", "toda a pessoa".
  {
    id: 'todo-without-article',
    variant: 'pt-BR',
    weight: 1.5,
    pattern: `${START}tod[oa]\\s+(?:ser|pessoa|homem|mulher|cidadão|indivíduo|cidadã|criança|dia|ano|lugar|país)${END}`
  },
  {
    id: 'todo-with-article',
    variant: 'pt-PT',
    weight: 1,
    pattern: `${START}tod[oa]\\s+[oa]\\s+(?:ser|pessoa|homem|mulher|cidadão|indivíduo|cidadã|criança)${END}`
  },
  // Brazil goes "no shopping", Portugal "ao centro comercial".
  {
    id: 'ir-em',
    variant: 'pt-BR',
    weight: 1,
    pattern: `${START}(?:vou|vai|vamos|vão|fui|foi|fomos|foram|ir|indo)\\s+(?:no|na|nos|nas)${END}`
  },
  {id: 'em-um', variant: 'pt-BR', weight: 0.5, pattern: `${START}em\\s+uma?${END}`},
  // A subject pronoun before a clitic is Brazilian ("ele se mostra"); Portugal writes "ele mostra-se".
  {
    id: 'subject-proclisis',
    variant: 'pt-BR',
    weight: 1.5,
    pattern: `${START}(?:eu|ele|ela|eles|elas|você|vocês)\\s+(?:me|te|se|nos|lhe|lhes)\\s+\\p{L}+`
  },
  {id: 'initial-proclisis', variant: 'pt-BR', weight: 1.5, pattern: `(?:^|[.!?]\\s+)(?:me|te|lhe)\\s+\\p{L}+`},
  // "Se trata de", "Se chama": a sentence opening on "se" before one of these verbs is the pronoun, not "if".
  {
    id: 'initial-se-proclisis',
    variant: 'pt-BR',
    weight: 1.5,
    pattern: `(?:^|[.!?]\\s+)se\\s+(?:trata|tratam|tratava|chama|chamam|chamava|mostra|mostram|mostrou|encontra|encontram|torna|tornam|tornou|tornaram|refere|referem|diz|dizem|sabe|vê|nota|percebe|espera|esperam)${END}`
  },
  // Enclisis on a finite verb ("mostra-se", "chama-se"); after an infinitive ("mostrar-se", "fabricá-los") Brazil
  // writes it too, and formal Brazilian prose also opens sentences with "Trata-se": a tendency only.
  {
    id: 'enclisis',
    variant: 'pt-PT',
    weight: 0.25,
    scope: 'word',
    pattern: '\\p{L}[^\\sr\\-‐áéêíóô][-‐](?:se|me|te|lhe|lhes|nos|vos)$'
  }
]
