// Lines that mark text left out of a quotation.

/** Elision marks, compared after trimming the line. */
export const ELISIONS: readonly string[] = [
  '(...)',
  '[...]',
  '(…)',
  '[…]',
  '…',
  '...',
  '(. . .)',
  '[. . .]',
  '. . .',
  '<...>',
  '<…>',
  '(snip)',
  '[snip]',
  '<snip>',
  '(cortado)',
  '[cortado]'
]
