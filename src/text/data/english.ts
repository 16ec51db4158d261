/**
 * English function words by class, lower case: the one list the stages draw
 * their English word lists from (the reader's words a line cannot end on,
 * language identification's cues, the aligner's stop words), each taking
 * what it needs and adding words of its own. See `portuguese.ts` for
 * Portuguese.
 */

/** Articles, but `a`, which Portuguese writes too. */
export const englishArticles: readonly string[] = ['the', 'an']

/** Prepositions that open a complement (`of`, `with`, `into`). */
export const englishPrepositions: readonly string[] = [
  'of',
  'to',
  'in',
  'on',
  'at',
  'by',
  'for',
  'with',
  'from',
  'into'
]

/** Conjunctions that join clauses or open one (`and`, `but`, `if`, `while`). */
export const englishConjunctions: readonly string[] = ['and', 'or', 'but', 'than', 'if', 'while']

/** Relative pronouns (`that`, `which`, `who`, `whose`). */
export const englishRelatives: readonly string[] = ['that', 'which', 'who', 'whose']

/** Possessive and demonstrative determiners (`its`, `their`, `this`, `those`). */
export const englishDeterminers: readonly string[] = [
  'its',
  'their',
  'his',
  'her',
  'our',
  'your',
  'this',
  'these',
  'those'
]

/** Forms of `be` and `have`. */
export const englishAuxiliaries: readonly string[] = ['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had']

/** Negation and degree (`not`, `very`, `more`, `less`). */
export const englishDegreeWords: readonly string[] = ['not', 'very', 'more', 'less']

/** Every class above: words a line or a phrase cannot end on, and that carry no evidence of meaning. */
export const englishFunctionWords: readonly string[] = [
  ...englishArticles,
  ...englishPrepositions,
  ...englishConjunctions,
  ...englishRelatives,
  ...englishDeterminers,
  ...englishAuxiliaries,
  ...englishDegreeWords
]

/**
 * Frequent words beyond the function words (pronouns, modal verbs,
 * quantifiers, adverbs): language identification counts them as English
 * cues and the aligner as stop words.
 */
export const englishFrequentWords: readonly string[] = [
  'being',
  'it',
  'whom',
  'what',
  'when',
  'where',
  'then',
  'so',
  'such',
  'them',
  'they',
  'he',
  'she',
  'we',
  'you',
  'all',
  'any',
  'each',
  'every',
  'other',
  'most',
  'also',
  'can',
  'could',
  'may',
  'might',
  'shall',
  'should',
  'will',
  'would',
  'does',
  'did',
  'there',
  'here',
  'about',
  'after',
  'before',
  'between',
  'under',
  'over',
  'through',
  'without',
  'within',
  'both',
  'only',
  'one',
  'same',
  'now',
  'however'
]
