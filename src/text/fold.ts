/**
 * Normal forms for comparing words, one definition each, used by every
 * stage; the variants are named for what they fold. glosa never changes the
 * text it is given: it folds a copy and keeps the word's place.
 */

const nonAscii = /[^\x00-\x7f]/
const apostrophes = /[’ʼ‘]/g
const marks = /\p{M}+/gu

/** NFC with every apostrophe written `'`: the form a word is compared in. */
export function normaliseWord(word: string): string {
  return isStable(word) ? word : word.normalize('NFC').replace(apostrophes, "'")
}

/**
 * Whether `word` is its own normal form: every character below U+0300, where
 * the combining marks start (no character below it changes under NFC), and
 * none of them the apostrophe U+02BC. Most Portuguese words are (`inferência`).
 */
function isStable(word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index)
    if (code >= 0x300 || code === 0x2bc) return false
  }
  return true
}

/** Lower case (Portuguese and English have no locale-specific case mappings). */
export function lowerWord(word: string): string {
  return word.toLowerCase()
}

/**
 * Lower case, NFC: the form in which the checker compares words and terms and
 * language identification reads cues (diacritics kept: `pôr` ≠ `por`).
 */
export function foldCase(text: string): string {
  const lower = text.toLowerCase()
  return nonAscii.test(lower) ? lower.normalize('NFC') : lower
}

/** Lower case without diacritics: the form in which alignment compares words across languages (`inferência` meets `inference`). */
export function foldCaseAndDiacritics(word: string): string {
  return foldDiacritics(word).toLowerCase()
}

/** Remove diacritics: `inferência` → `inferencia`, `ç` → `c`. */
export function foldDiacritics(word: string): string {
  if (!nonAscii.test(word)) return word
  return word.normalize('NFD').replace(marks, '').normalize('NFC')
}

const hyphens = /[\u2010\u2011]/g
const spaces = /\s+/g

/**
 * The separator between two words as a term key knows it: any run of white
 * space is one space, hyphen variants are `-`, apostrophes `'`. A separator
 * with U+FFFC (the reader's placeholder for code and URLs) or longer than a
 * few characters joins nothing: `null`.
 */
export function normaliseSeparator(raw: string): string | null {
  if (raw === ' ') return raw
  if (raw.length > 12 || raw.includes('\uFFFC')) return null
  return raw.replace(spaces, ' ').replace(hyphens, '-').replace(apostrophes, "'")
}
