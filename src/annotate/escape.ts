/** Escape text for an HTML attribute value in Markdown: also `|` (table cells) and `\`. */
export function escapeAttribute(text: string): string {
  return guard(text.replace(/[&<>"'|\\`]/g, (character) => `&#${character.charCodeAt(0)};`))
}

/** Escape text for a link title in double quotes (Markdown backslash escapes in it are resolved first). */
export function escapeTitle(text: string): string {
  return text
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/[\\"|]/g, '\\$&') // `|` too: the reference may sit in a table cell
    .replace(/&/g, '&amp;')
    .replace(/[\r\n]+/g, ' ')
    .replace(unsafeText, (match) => match.replace(/[g:]$/i, reference))
}

/**
 * Make Markdown fit in a GFM table cell: line breaks become spaces (a hard
 * break's backslash goes with its line break: before a space it would show)
 * and every pipe not already escaped gets a backslash (a pipe splits cells even in code).
 */
export function escapeCell(markdown: string): string {
  return markdown
    .replace(
      /(\\*)([ \t]*)(?:\r\n|\n|\r)[ \t>]*/g,
      (_match, slashes: string, spaces: string) =>
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

/**
 * What generated text may never hold as it stands: the word `glosa` (every
 * mark of glosa's holds it, so text without it can never read as one), and a
 * colon that would open a remark-directive directive (`:name`, `::name`,
 * `:::`; a name is any run of units that are not white space, punctuation or
 * symbols, as in {@link ./tree.ts}). Group 1: the backslashes before it.
 */
const unsafeText = /(\\*)(?:(g)(?=losa)|(:)(?=:|[-_\t]|[^\s\p{P}\p{S}]|[\u{10000}-\u{10FFFF}]))/giu

/** A character reference for the first unit of `text`. */
function reference(text: string): string {
  return `&#${text.charCodeAt(0)};`
}

/**
 * Break every run of `unsafeText` in Markdown source with a character
 * reference, which renders as the character it stands for. An odd run of
 * backslashes before it would escape the reference's `&`: its last backslash
 * becomes a reference too.
 */
function guard(markdown: string): string {
  return markdown.replace(
    unsafeText,
    (_match, slashes: string, letter: string | undefined, colon: string | undefined) => {
      const odd = slashes.length % 2 === 1
      return (odd ? slashes.slice(1) + '&#92;' : slashes) + reference(letter ?? colon ?? '')
    }
  )
}

/**
 * Generated Markdown (a translation quoted in the interleaved layout): never
 * one of glosa's marks nor a directive.
 */
export const guardMarkdown = guard

/**
 * Generated plain text as mdast phrasing for Markdown output: the text, with
 * each unsafe character as an `html` node holding its character reference
 * (a text node's `&` would be escaped), and a backslash right before it as
 * one too (serialised it would escape the reference).
 */
export function guardText(value: string): Array<{type: 'text'; value: string} | {type: 'html'; value: string}> {
  const nodes: Array<{type: 'text'; value: string} | {type: 'html'; value: string}> = []
  let from = 0
  for (const match of value.matchAll(unsafeText)) {
    const character = match[2] ?? match[3] ?? ''
    const at = match.index + match[1]!.length
    const slash = value[at - 1] === '\\' ? 1 : 0
    if (at - slash > from) nodes.push({type: 'text', value: value.slice(from, at - slash)})
    nodes.push({type: 'html', value: (slash ? '&#92;' : '') + reference(character)})
    from = at + 1
  }
  if (from < value.length) nodes.push({type: 'text', value: value.slice(from)})
  return nodes
}
