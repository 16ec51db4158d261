/**
 * Words of a text with Unicode boundaries (JavaScript's `\b` is ASCII-only:
 * `/\bárea\b/u` never matches). The tagger's own tokeniser, which also joins
 * words over apostrophes and marks addresses, is `tag/words.ts`.
 */

/** A word of a text: `[start, end)` indices and its text. */
export interface Word {
  start: number
  end: number
  value: string
}

/** A word: a run of letters, combining marks and digits. */
const wordPattern = /[\p{L}\p{M}\p{N}]+/gu

/** The words of `text`, in order, with where each is. */
export function wordsOf(text: string): Word[] {
  const words: Word[] = []
  for (const match of text.matchAll(wordPattern)) {
    words.push({start: match.index, end: match.index + match[0].length, value: match[0]})
  }
  return words
}

/** A compound: letters and marks joined by hyphens and apostrophes (`guarda-chuva`, `d'água`). */
const compoundPattern = /[\p{L}\p{M}]+(?:[-‐'’][\p{L}\p{M}]+)*/gu

/** The words of `text` with compounds kept whole and digits left out: the units language cues are written in. */
export function compoundWordsOf(text: string): string[] {
  return text.match(compoundPattern) ?? []
}
