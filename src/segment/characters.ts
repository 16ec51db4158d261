/** Character classes the sentence splitter reasons about. */

/** Marks that may end a sentence. */
export const TERMINALS = new Set(['.', '?', '!', '…', '‽', '。', '？', '！'])

/** Marks that close quoted or bracketed text and stay with the sentence before them. */
export const CLOSERS = new Set([')', ']', '}', '"', "'", '”', '’', '»', '›', '」', '』'])

/**
 * What may follow the end marks and still belong to the sentence: closers,
 * footnote calls (a reader's U+FFFC placeholder for `[^1]`, superscript digits).
 */
export const TRAILERS = new Set([...CLOSERS, '\uFFFC', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹', '⁰'])

/** Marks that open quoted or bracketed text (and may open a sentence). */
export const OPENERS = new Set(['(', '[', '{', '"', "'", '“', '‘', '«', '‹', '„', '¿', '¡', '「', '『', '—', '–', '-'])

const WHITE = /\s/u
const LOWER = /\p{Ll}/u
const UPPER = /\p{Lu}|\p{Lt}/u
const DIGIT = /\p{Nd}/u

export function isWhite(char: string | undefined): boolean {
  return char !== undefined && WHITE.test(char)
}

export function isLower(char: string | undefined): boolean {
  return char !== undefined && LOWER.test(char)
}

export function isUpper(char: string | undefined): boolean {
  return char !== undefined && UPPER.test(char)
}

export function isDigit(char: string | undefined): boolean {
  return char !== undefined && DIGIT.test(char)
}

/** Index of the first non-white-space character at or after `from` (`text.length` when none). */
export function skipWhite(text: string, from: number): number {
  let index = from
  while (index < text.length && isWhite(text[index])) index++
  return index
}

/** Index just after the run of non-white-space characters starting at `from`. */
export function wordEnd(text: string, from: number): number {
  let index = from
  while (index < text.length && !isWhite(text[index])) index++
  return index
}

/** Index of the start of the run of non-white-space characters that ends at `to`. */
export function wordStart(text: string, to: number): number {
  let index = to
  while (index > 0 && !isWhite(text[index - 1])) index--
  return index
}
