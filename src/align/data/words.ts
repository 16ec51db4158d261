// Word lists the aligner uses as evidence filters. Constants only.
import {englishFrequentWords, englishFunctionWords} from '../../text/data/english.js'
import {portugueseFrequentWords, portugueseFunctionWords} from '../../text/data/portuguese.js'
import {foldCaseAndDiacritics} from '../../text/fold.js'

/** Function words that carry no alignment evidence (folded: lower case, no diacritics). */
export const stopWords: ReadonlySet<string> = new Set([
  // Portuguese (folded)
  ...portugueseFunctionWords.map(foldCaseAndDiacritics),
  ...portugueseFrequentWords.map(foldCaseAndDiacritics),
  'cujo',
  'cuja',
  'era',
  'apos',
  'tal',
  'tais',
  'sido',
  'sendo',
  'modo',
  // English
  ...englishFunctionWords,
  ...englishFrequentWords,
  'onto',
  'as',
  'no',
  'nor',
  'do',
  'therefore',
  'thus',
  'hence',
  'agora',
  'portanto',
  'assim',
  'contudo',
  'entanto',
  'porem',
  'pois',
  'logo'
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
