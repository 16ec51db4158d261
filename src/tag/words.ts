/**
 * A term's text split into words and the separators between them, with the
 * words found as in any text (`text/words.ts`).
 */
import {normaliseSeparator} from '../text/fold.js'
import {findWords} from '../text/words.js'

const singleWord = /^[\p{L}\p{N}\p{M}]+$/u
const asciiWord = /^[A-Za-z0-9]+$/

/** A term's text split into words and the separators between them. */
export interface TermWords {
  /** The words, as written. */
  words: string[]
  /** Normalised separator before each word (`''` before the first). */
  separators: readonly string[]
  /** Punctuation the term starts with (`.` of `.NET`); `''` if none. */
  head: string
  /** Punctuation the term ends with (`++` of `C++`); `''` if none or only full stops. */
  tail: string
}

/** The separators of a one-word term (shared: a large glossary has 100,000 of them). */
const oneWord: readonly string[] = ['']

/** Split a term's text into words; `undefined` when it has none or a separator that joins nothing. */
export function splitTerm(text: string): TermWords | undefined {
  if (asciiWord.test(text)) return {words: [text], separators: oneWord, head: '', tail: ''}
  const trimmed = text.normalize('NFC').trim()
  if (singleWord.test(trimmed)) return {words: [trimmed], separators: oneWord, head: '', tail: ''}
  const {starts, ends} = findWords(trimmed, {addresses: false})
  if (starts.length === 0) return undefined
  const words: string[] = []
  const separators: string[] = []
  for (let index = 0; index < starts.length; index++) {
    words.push(trimmed.slice(starts[index], ends[index]))
    const separator = index === 0 ? '' : normaliseSeparator(trimmed.slice(ends[index - 1], starts[index]))
    if (separator === null) return undefined
    separators.push(separator)
  }
  const head = trimmed.slice(0, starts[0])
  const tail = trimmed.slice(ends[ends.length - 1])
  // A leading full stop is part of a name (`.NET`); trailing ones end sentences and abbreviations.
  return {words, separators, head, tail: /^\.*$/.test(tail) ? '' : tail}
}
