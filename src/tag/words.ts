/**
 * Words of a text with Unicode boundaries: a word is a run of letters, digits
 * and combining marks, with apostrophes inside it (`Nvidia’s`, `d'água`).
 * Everything else separates words.
 */

import {normaliseSeparator} from './normalise.js'

const wordPattern = /[\p{L}\p{N}\p{M}]+(?:['’ʼ][\p{L}\p{N}\p{M}]+)*/gu

/**
 * What marks a white-space-delimited chunk as a URL, e-mail address or file
 * path: a slash or backslash, `@`, `www.`, or a dotted name with a lower-case
 * extension (`post.txt`, `ft.com`). `://` contains a slash.
 */
const addressTrigger = /[/\\@]|www\.|[\p{L}\p{N}_-]\.[a-z][a-z0-9]{0,4}(?![\p{L}\p{N}\p{M}])/gu
const chunkBreak = /[\s\uFFFC]/u

/** The words of a text: parallel arrays of start and end (exclusive) indices. */
export interface Words {
  starts: number[]
  ends: number[]
  /** Whether the word stands in a URL, e-mail address or file path (never part of a hit). */
  blocked: boolean[]
}

const singleWord = /^[\p{L}\p{N}\p{M}]+$/u

/** Find every word of `text`, and (unless `addresses` is false) which ones stand in addresses or paths. */
export function findWords(text: string, addresses = true): Words {
  const starts: number[] = []
  const ends: number[] = []
  wordPattern.lastIndex = 0
  for (let match = wordPattern.exec(text); match; match = wordPattern.exec(text)) {
    starts.push(match.index)
    ends.push(match.index + match[0].length)
  }
  const blocked = new Array<boolean>(starts.length).fill(false)
  if (addresses) markAddresses(text, starts, blocked)
  return {starts, ends, blocked}
}

/** Mark the words inside chunks that are URLs, e-mail addresses or paths. */
function markAddresses(text: string, starts: number[], blocked: boolean[]): void {
  addressTrigger.lastIndex = 0
  let word = 0
  let covered = -1
  for (let match = addressTrigger.exec(text); match; match = addressTrigger.exec(text)) {
    if (match.index < covered) continue
    let chunkStart = match.index
    while (chunkStart > 0 && !chunkBreak.test(text[chunkStart - 1]!)) chunkStart--
    let chunkEnd = match.index + match[0].length
    while (chunkEnd < text.length && !chunkBreak.test(text[chunkEnd]!)) chunkEnd++
    covered = chunkEnd
    addressTrigger.lastIndex = Math.max(addressTrigger.lastIndex, chunkEnd)
    while (word < starts.length && starts[word]! < chunkStart) word++
    while (word < starts.length && starts[word]! < chunkEnd) blocked[word++] = true
  }
}

/** A term's text split into words and the separators between them. */
export interface TermWords {
  /** The words, as written. */
  words: string[]
  /** Normalised separator before each word (`''` before the first). */
  separators: string[]
  /** Punctuation the term starts with (`.` of `.NET`); `''` if none. */
  head: string
  /** Punctuation the term ends with (`++` of `C++`); `''` if none or only full stops. */
  tail: string
}

/** Split a term's text into words; `undefined` when it has none or a separator that joins nothing. */
export function splitTerm(text: string): TermWords | undefined {
  const trimmed = text.normalize('NFC').trim()
  if (singleWord.test(trimmed)) return {words: [trimmed], separators: [''], head: '', tail: ''}
  const {starts, ends} = findWords(trimmed, false)
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
  return {words, separators, head: /^\.*$/.test(head) ? '' : head, tail: /^\.*$/.test(tail) ? '' : tail}
}

/** Put a term's words back together with their separators. */
export function joinTerm(term: TermWords, words: readonly string[] = term.words): string {
  let text = term.head
  for (let index = 0; index < words.length; index++) text += term.separators[index]! + words[index]!
  return text + term.tail
}
