import type {SplitRules} from './abbreviations.js'
import {
  CLOSERS,
  OPENERS,
  TERMINALS,
  TRAILERS,
  isDigit,
  isLower,
  isUpper,
  skipWhite,
  wordEnd,
  wordStart
} from './characters.js'

/** A run of end marks (with the closing quotes, brackets and footnote calls after it) followed by white space. */
export interface Candidate {
  /** Index of the first end mark. */
  start: number
  /** Index just after the marks and closers: where the sentence would end. */
  end: number
  /** The end marks and what trails them, `text.slice(start, end)`. */
  marks: string
  /** Index of the next non-white-space character. */
  next: number
}

const LIST_MARKER = /^(?:\p{Nd}+|[ivxlcdm]+|\p{L})$/iu
/** Longest list marker worth testing for, with the white space around it. */
const MARKER_LENGTH = 12
const DOTTED = /^(?:\p{L}\.)+\p{L}$/u
// A lone letter: an initial ("W. Lutnick"), a short form ("m. 2020"), an item ("alínea b.").
const INITIAL = /^\p{L}$/u
const NEXT_INITIAL = /^\p{Lu}\.$/u
const CAMEL_CASE = /^\p{Ll}{1,2}\p{Lu}\p{L}/u
const DASHES = new Set(['—', '–', '-'])
// A Roman numeral after a numeric abbreviation ("cap. IV", "sec. XII"); a lone "I" is the pronoun.
const ROMAN = /^(?:[IVXLCDM]{2,}|[VXLCDM])(?![\p{L}\p{N}])/u
// ". . .": an ellipsis typed with spaces.
const SPACED_ELLIPSIS = /^\.(?: \.){2,}/u

/**
 * Whether the sentence ends after `candidate`. `from` is where the current
 * sentence started (for list markers such as `1.` or `a.`).
 */
export function endsSentence(text: string, candidate: Candidate, from: number, rules: SplitRules): boolean {
  const {next, marks} = candidate
  if (next >= text.length) return true
  const first = skipOpeners(text, next)
  const opened = first > next
  const head = text[first]
  // "etc. and", "U.S. economy", "What? no": a lower-case word continues the
  // sentence, unless it is a name written in camel case ("iPhone", "eBay").
  if (isLower(head) && !CAMEL_CASE.test(text.slice(first, wordEnd(text, first)))) return false
  if (/[?!‽？！]/u.test(marks)) return true
  if (/…|\.\.|\. \./u.test(marks)) return true
  // A single full stop: what precedes it decides.
  const before = stripOpeners(text.slice(wordStart(text, candidate.start), candidate.start)).toLowerCase()
  if (before === '') return true
  if (candidate.start - from <= MARKER_LENGTH && LIST_MARKER.test(text.slice(from, candidate.start).trim()))
    return false
  // A camel-case name starts a sentence after a word, not after an abbreviation ("e.g. iPhone").
  if (isLower(head)) return !rules.kinds.has(before) && !INITIAL.test(before) && !DOTTED.test(before)
  const kind = rules.kinds.get(before)
  if (kind === 'numeric' && (isDigit(head) || ROMAN.test(text.slice(first, wordEnd(text, first))))) return false
  if (kind === 'leading') return false
  if (kind === 'trailing') return true
  if (kind === 'either' || kind === 'suffix' || DOTTED.test(before) || INITIAL.test(before)) {
    if (opened && !isUpper(head)) return true
    const word = text.slice(first, wordEnd(text, first))
    if (NEXT_INITIAL.test(word) || !isUpper(head)) return false
    return rules.starters.has(lettersOf(word).toLowerCase()) || (kind === 'suffix' && opensClause(text, first, word))
  }
  return true
}

/** A capitalised word, not an acronym, followed by a lower-case one: "Shares rose", not "CEO Tim". */
function opensClause(text: string, first: number, word: string): boolean {
  if (!isLower(word[1])) return false
  return isLower(text[skipWhite(text, wordEnd(text, first))])
}

/** Past opening quotes and brackets, and past a dialogue dash and the space after it ("— perguntou ela"). */
function skipOpeners(text: string, from: number): number {
  let index = from
  while (index < text.length && OPENERS.has(text[index] ?? '')) {
    index++
    if (DASHES.has(text[index - 1] ?? '')) index = skipWhite(text, index)
  }
  return index
}

function stripOpeners(word: string): string {
  let index = 0
  while (index < word.length && (OPENERS.has(word[index] ?? '') || CLOSERS.has(word[index] ?? ''))) index++
  return word.slice(index)
}

function lettersOf(word: string): string {
  return /^[\p{L}\p{M}]+/u.exec(word)?.[0] ?? ''
}

/** The next run of end marks at or after `from` that is followed by white space or the end of `text`. */
export function nextCandidate(text: string, from: number): Candidate | undefined {
  let index = from
  while (index < text.length) {
    const char = text[index] ?? ''
    if ((char === '(' || char === '[') && isElision(text, index)) {
      index = elisionEnd(text, index)
      continue
    }
    if (!TERMINALS.has(char)) {
      index++
      continue
    }
    let end = index + (SPACED_ELLIPSIS.exec(text.slice(index, index + 12))?.[0].length ?? 0)
    while (end < text.length && (TERMINALS.has(text[end] ?? '') || TRAILERS.has(text[end] ?? ''))) end++
    const next = skipWhite(text, end)
    if (next > end || end === text.length) return {start: index, end, marks: text.slice(index, end), next}
    index = end
  }
  return undefined
}

const ELISION = /^[([](?:\.{2,}|…)[)\]]/u

/** "(...)", "[…]": an elision inside a sentence, never its end. */
function isElision(text: string, index: number): boolean {
  return ELISION.test(text.slice(index, index + 6))
}

function elisionEnd(text: string, index: number): number {
  return index + (ELISION.exec(text.slice(index, index + 6))?.[0].length ?? 1)
}
