// Word lists the aligner uses as evidence filters. Constants only.

/** Function words that carry no alignment evidence (folded: lower case, no diacritics). */
export const stopWords: ReadonlySet<string> = new Set([
  // Portuguese
  'a', 'o', 'as', 'os', 'um', 'uma', 'uns', 'umas', 'de', 'do', 'da', 'dos', 'das', 'em', 'no', 'na', 'nos', 'nas',
  'ao', 'aos', 'a', 'por', 'pelo', 'pela', 'pelos', 'pelas', 'para', 'com', 'sem', 'sob', 'sobre', 'entre', 'e', 'ou',
  'mas', 'que', 'se', 'nao', 'mais', 'menos', 'muito', 'muitos', 'muita', 'muitas', 'como', 'quando', 'onde', 'qual',
  'quais', 'cujo', 'cuja', 'este', 'esta', 'estes', 'estas', 'esse', 'essa', 'esses', 'essas', 'isto', 'isso',
  'aquele', 'aquela', 'seu', 'sua', 'seus', 'suas', 'ele', 'ela', 'eles', 'elas', 'nao', 'ja', 'ainda', 'tambem',
  'foi', 'ser', 'sao', 'sera', 'era', 'tem', 'ter', 'ha', 'estao', 'esta', 'estar', 'todo', 'toda', 'todos', 'todas',
  'outro', 'outra', 'outros', 'outras', 'pode', 'podem', 'deve', 'devem', 'lhe', 'lhes', 'nem', 'ate', 'apos',
  'num', 'numa', 'pelo', 'so', 'tal', 'tais', 'quer', 'seja', 'sejam', 'foram', 'sido', 'sendo', 'forma', 'modo',
  // English
  'the', 'an', 'of', 'and', 'or', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'into', 'onto', 'as', 'is',
  'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'it', 'its', 'this', 'that', 'these', 'those',
  'which', 'who', 'whom', 'whose', 'what', 'when', 'where', 'while', 'not', 'no', 'nor', 'but', 'if', 'than', 'then',
  'so', 'such', 'their', 'them', 'they', 'he', 'she', 'his', 'her', 'we', 'our', 'you', 'your', 'all', 'any', 'each',
  'every', 'other', 'more', 'most', 'less', 'also', 'can', 'could', 'may', 'might', 'shall', 'should', 'will',
  'would', 'do', 'does', 'did', 'there', 'here', 'about', 'after', 'before', 'between', 'under', 'over', 'through',
  'without', 'within', 'both', 'only', 'very', 'one', 'same', 'now', 'therefore', 'thus', 'hence', 'however',
  'agora', 'portanto', 'assim', 'contudo', 'entanto', 'porem', 'pois', 'logo'
])

/**
 * Spelling correspondences between Portuguese and English, applied to both
 * sides before comparing word beginnings, so that cognates meet:
 * arquitectura/architecture, farmácia/pharmacy, síndrome/syndrome,
 * paciente/patient.
 * Pairs of [pattern, replacement], applied in order to folded words.
 */
export const orthography: ReadonlyArray<readonly [RegExp, string]> = [
  [/^es(?=[bcdfgjklmnpqrstvwxz])/, 's'],
  [/ph/g, 'f'],
  [/ct/g, 't'],
  [/th/g, 't'],
  [/ch/g, 'c'],
  [/qu/g, 'c'],
  [/k/g, 'c'],
  [/y/g, 'i'],
  [/ss/g, 's'],
  // paciente/patient, essencial/essential, potencial/potential.
  [/ti(?=[aeou])/g, 'ci'],
  [/([bcdfglmnprt])\1/g, '$1'],
  [/h/g, '']
]
