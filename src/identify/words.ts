/** Words of a text for language cues: NFC, lower-case, hyphenated compounds kept whole. */
const WORD = /[\p{L}\p{M}]+(?:[-‐'’][\p{L}\p{M}]+)*/gu

export function normalise(text: string): string {
  // Portuguese and English lower-case as the root locale does (unlike Turkish or Lithuanian).
  return text.normalize('NFC').toLowerCase()
}

/** The words of `text` (already normalised), hyphenated compounds whole. */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? []
}

/** Count of letters in `text`. */
export function letterCount(text: string): number {
  let count = 0
  for (const _ of text.matchAll(/\p{L}/gu)) count++
  return count
}
