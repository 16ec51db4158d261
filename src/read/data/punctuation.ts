// Characters that decide where forum lines end sentences and where they continue them.
import {englishFunctionWords} from '../../text/data/english.js'
import {portugueseFunctionWords} from '../../text/data/portuguese.js'

/** Characters that end a sentence. */
export const SENTENCE_FINAL = '.!?…‼⁇⁈⁉。！？'

/** Characters that may follow the final punctuation: closing quotes and brackets. */
export const CLOSING = `"'”’»›)]}`

/** Characters that may open a sentence before its first letter: quotes, brackets, dashes, bullets. */
export const OPENING = `"'“‘«‹([{¿¡—–-•*·`

/** Characters a headline never ends with: they show the line goes on. */
export const CONTINUING = ',;:-–—(/&'

/**
 * Words a line cannot end on when it is a complete title or sentence: articles, prepositions
 * and conjunctions of Portuguese and English. A line ending on one is a hard wrap.
 */
export const CONTINUATION_WORDS: ReadonlySet<string> = new Set([
  // Portuguese
  ...portugueseFunctionWords,
  'dum',
  'duma',
  'porque',
  'até',
  'muito',
  'mais',
  'menos',
  'não',
  // English
  ...englishFunctionWords,
  'onto',
  'nor',
  'as',
  'because'
])

/** Longest headline, in characters and in words. */
export const HEADLINE_LIMITS = {characters: 200, words: 30} as const

/** Longest standfirst, in characters. */
export const STANDFIRST_MAX_CHARACTERS = 400

/**
 * A bullet or number that opens a list line in plain text: "- ", "* ", "• ",
 * "1. ", "2) ", "a) ". Em and en dashes are left out: they open dialogue and bylines.
 */
export const LIST_MARKER = /^(?:[-*+•·▪◦‣]|\d{1,2}[.)]|[a-z]\))[ \t]+(?=\S)/u
