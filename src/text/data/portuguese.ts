/**
 * Portuguese function words by grammatical class, lower case, as written (with
 * their diacritics): the one list the stages draw their word lists from, each
 * taking the classes it needs and adding words of its own (the tagger's phrase
 * breakers, the reader's words a line cannot end on, the segmenter's sentence
 * starters, language identification's cues, the aligner's stop words). Words
 * two stages both add live here, in a class or in
 * {@link portugueseFrequentWords}.
 */

/** Definite and indefinite articles. */
export const portugueseArticles: readonly string[] = ['o', 'a', 'os', 'as', 'um', 'uma', 'uns', 'umas']

/** Simple prepositions that open a complement (`modelo de fronteira`, `com sucesso`). */
export const portuguesePrepositions: readonly string[] = [
  'de',
  'em',
  'por',
  'para',
  'com',
  'sem',
  'sob',
  'sobre',
  'entre'
]

/** A preposition joined to an article: `de` + `o` = `do`, `a` + `a` = `à`, `por` + `o` = `pelo`. */
export const portugueseContractions: readonly string[] = [
  'do',
  'da',
  'dos',
  'das',
  'no',
  'na',
  'nos',
  'nas',
  'ao',
  'aos',
  'à',
  'às',
  'pelo',
  'pela',
  'pelos',
  'pelas',
  'num',
  'numa'
]

/** Conjunctions that join clauses (`e`, `mas`) or open one (`que`, `quando`). */
export const portugueseConjunctions: readonly string[] = ['e', 'ou', 'mas', 'nem', 'que', 'se', 'como', 'quando']

/** Demonstratives that stand before a noun (`este modelo`, `aquela empresa`). */
export const portugueseDemonstratives: readonly string[] = [
  'este',
  'esta',
  'estes',
  'estas',
  'esse',
  'essa',
  'esses',
  'essas',
  'aquele',
  'aquela'
]

/** Possessives of the third person, the ones news and technical prose use. */
export const portuguesePossessives: readonly string[] = ['seu', 'sua', 'seus', 'suas']

/**
 * Every class above: the function words of Portuguese a stage treats alike
 * (words that carry no evidence, or that a phrase or line cannot end on).
 */
export const portugueseFunctionWords: readonly string[] = [
  ...portugueseArticles,
  ...portuguesePrepositions,
  ...portugueseContractions,
  ...portugueseConjunctions,
  ...portugueseDemonstratives,
  ...portuguesePossessives
]

/** Forms of the verbs that carry tense and mood more than meaning (`foi`, `tem`, `pode`, `deve`). */
export const portugueseAuxiliaryVerbs: readonly string[] = [
  'ser',
  'foi',
  'foram',
  'são',
  'será',
  'seja',
  'sejam',
  'estar',
  'estão',
  'ter',
  'tem',
  'há',
  'pode',
  'podem',
  'deve',
  'devem',
  'quer'
]

/** Personal, demonstrative and relative pronouns that stand alone (`ele`, `isso`, `lhe`, `qual`). */
export const portuguesePronouns: readonly string[] = [
  'ele',
  'ela',
  'eles',
  'elas',
  'isto',
  'isso',
  'lhe',
  'lhes',
  'qual',
  'quais'
]

/** Words of quantity and comparison (`mais`, `muito`, `todos`, `outra`). */
export const portugueseQuantifiers: readonly string[] = [
  'mais',
  'menos',
  'muito',
  'muita',
  'muitos',
  'muitas',
  'todo',
  'toda',
  'todos',
  'todas',
  'outro',
  'outra',
  'outros',
  'outras'
]

/** Adverbs of negation, time, place and focus (`não`, `já`, `onde`, `até`, `só`). */
export const portugueseAdverbs: readonly string[] = ['não', 'já', 'ainda', 'também', 'só', 'onde', 'até']

/**
 * Frequent words beyond the function words, carrying little meaning of
 * their own: language identification counts them as Portuguese cues and
 * the aligner as stop words (each adds words of its own; see
 * `identify/data/function-words.ts`, `align/data/words.ts`). `forma` is
 * among them for `desta forma`, `de forma a`.
 */
export const portugueseFrequentWords: readonly string[] = [
  ...portugueseAuxiliaryVerbs,
  ...portuguesePronouns,
  ...portugueseQuantifiers,
  ...portugueseAdverbs,
  'forma'
]

/**
 * Portuguese function words that English writes alike (`a`, `as`, `do`, `no`,
 * `sob`): no cue to the language of a text.
 */
export const portugueseEnglishLookalikes: ReadonlySet<string> = new Set(['a', 'as', 'do', 'no', 'sob'])
