/** Escape text for an HTML attribute value in Markdown: also `|` (table cells) and `\`. */
export function escapeAttribute(text: string): string {
  return text.replace(/[&<>"'|\\`]/g, (character) => `&#${character.charCodeAt(0)};`)
}

/** Escape text for a link title in double quotes (Markdown backslash escapes in it are resolved first). */
export function escapeTitle(text: string): string {
  return text
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/[\\"|]/g, '\\$&') // `|` too: the reference may sit in a table cell
    .replace(/&/g, '&amp;')
    .replace(/[\r\n]+/g, ' ')
}

/**
 * Make Markdown fit in a GFM table cell: line breaks become spaces (a hard
 * break's backslash goes with its line break: before a space it would show)
 * and every pipe not already escaped gets a backslash (a pipe splits cells even in code).
 */
export function escapeCell(markdown: string): string {
  return markdown
    .replace(/(\\*)([ \t]*)(?:\r\n|\n|\r)[ \t>]*/g, (_match, slashes: string, spaces: string) =>
      (slashes.length % 2 === 1 && spaces === '' ? slashes.slice(1) : slashes) + ' '
    )
    .replace(/(\\*)\|/g, (_match, slashes: string) => (slashes.length % 2 === 0 ? slashes + '\\|' : slashes + '|'))
    .trim()
}

/** Shorten prose to about `length` characters at a word boundary. */
export function shorten(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= length) return flat
  const cut = flat.slice(0, length)
  const space = cut.lastIndexOf(' ')
  return (space > length / 2 ? cut.slice(0, space) : cut) + '…'
}
