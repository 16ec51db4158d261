/** Portuguese word data for the tagger's inflections. */
import {portugueseArticles, portugueseContractions, portuguesePrepositions} from '../../text/data/portuguese.js'

/**
 * Words that end the inflecting part of a multi-word term: prepositions,
 * contractions and articles. In `modelo de fronteira` the head `modelo` and
 * any adjectives before `de` agree in number; the complement after it does not.
 */
export const phraseBreakers: ReadonlySet<string> = new Set([
  ...portugueseArticles,
  ...portuguesePrepositions,
  ...portugueseContractions,
  'pra',
  'contra',
  'até',
  'desde',
  'e',
  'ou',
  'que'
])

/** Nouns and adjectives with no distinct plural (lower case). */
export const invariableWords: ReadonlySet<string> = new Set([
  'lápis',
  'vírus',
  'ónibus',
  'ônibus',
  'bónus',
  'bônus',
  'tórax',
  'tórus',
  'pires',
  'oásis',
  'cais',
  'simples',
  'software',
  'hardware',
  'firmware'
])

/**
 * Verb endings generated for a Portuguese verb term, per conjugation (after
 * the stem), with the nouns of the action (`atualização`, `montagem`,
 * `procedimento`): an English `update` or `mount` may be a noun, rendered so.
 */
export const verbEndings: Readonly<Record<'ar' | 'er' | 'ir', readonly string[]>> = {
  ar: [
    'ar',
    'o',
    'as',
    'a',
    'amos',
    'am',
    'ei',
    'aste',
    'ou',
    'ámos',
    'aram',
    'ava',
    'avam',
    'e',
    'es',
    'em',
    'ado',
    'ada',
    'ados',
    'adas',
    'ando',
    'ares',
    'armos',
    'arem',
    'ará',
    'arão',
    'aria',
    'ariam',
    'aremos',
    'arei',
    'emos',
    'asse',
    'assem',
    'á',
    'ação',
    'ações',
    'agem',
    'agens',
    'amento',
    'amentos'
  ],
  er: [
    'er',
    'o',
    'es',
    'e',
    'emos',
    'em',
    'i',
    'este',
    'eu',
    'eram',
    'ia',
    'iam',
    'a',
    'as',
    'am',
    'ido',
    'ida',
    'idos',
    'idas',
    'endo',
    'eres',
    'ermos',
    'erem',
    'erá',
    'erão',
    'eria',
    'eriam',
    'eremos',
    'erei',
    'amos',
    'esse',
    'essem',
    'ê',
    'imento',
    'imentos'
  ],
  ir: [
    'ir',
    'o',
    'es',
    'e',
    'imos',
    'em',
    'i',
    'iste',
    'iu',
    'iram',
    'ia',
    'iam',
    'a',
    'as',
    'amos',
    'am',
    'ido',
    'ida',
    'idos',
    'idas',
    'indo',
    'ires',
    'irmos',
    'irem',
    'irá',
    'irão',
    'iria',
    'iriam',
    'iremos',
    'irei',
    'isse',
    'issem',
    'ição',
    'ições',
    'imento',
    'imentos'
  ]
}

/**
 * Verbs whose present first person and present subjunctive take another stem
 * (`pedir` → `peço`, `peça`; `perder` → `perco`), by the end of the
 * infinitive, so that compounds follow (`impedir` → `impeço`, `despedir` →
 * `despeço`). Each stem keeps all but the infinitive's last three letters.
 */
export const irregularPresentStems: ReadonlyArray<readonly [infinitive: string, stem: string]> = [
  ['pedir', 'peç'],
  ['medir', 'meç'],
  ['ouvir', 'ouç'],
  ['perder', 'perc']
]
