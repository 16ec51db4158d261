/**
 * Annotations are insertions at exact source offsets: every byte outside them
 * stays as it was. A wrapping (a link around a term) is two insertions.
 */

/** Where an insertion goes among others at the same offset: lower first. */
export const order = {
  wrapClose: 10,
  footnote: 20,
  commentary: 30,
  translation: 40,
  headingClose: 45,
  quoteClose: 47,
  split: 50,
  break: 55,
  /**
   * The generated part, when it must go before a last block left open: after
   * a break mark (a block of its own, which ends the paragraph above), so that
   * it ends right where the open block starts, and before the marks that open
   * that block: a quote's opening (paired with its end by strip), a headline's
   * `## `, a wrap, an anchor.
   */
  generated: 56,
  quoteOpen: 57,
  headingOpen: 58,
  anchor: 60,
  wrapOpen: 70
} as const

export interface Insertion {
  /** Source offset (UTF-16 units) the text goes in front of. */
  offset: number
  text: string
  /** Order among insertions at the same offset (see {@link order}). */
  rank: number
}

/** `insertions` in the order they are applied: by offset, then rank, then as given. */
export function inSpliceOrder(insertions: readonly Insertion[]): Insertion[] {
  return insertions
    .map((insertion, index) => ({insertion, index}))
    .sort((a, b) => a.insertion.offset - b.insertion.offset || a.insertion.rank - b.insertion.rank || a.index - b.index)
    .map(({insertion}) => insertion)
}

/** Apply `insertions` to `source`; the result minus the insertions is `source`. */
export function splice(source: string, insertions: readonly Insertion[]): string {
  const parts: string[] = []
  let last = 0
  for (const insertion of inSpliceOrder(insertions)) {
    parts.push(source.slice(last, insertion.offset), insertion.text)
    last = insertion.offset
  }
  parts.push(source.slice(last))
  return parts.join('')
}
