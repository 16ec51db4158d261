import {additionPattern, decodeComment, lineEnding, marks, sideBySidePrefix} from './markers.js'

/**
 * Remove everything glosa added to a Markdown document, giving back the
 * original byte for byte. Only glosa's marked additions are touched: a user's
 * own footnotes, comments, anchors, links and `<abbr>` elements stay.
 */
export function strip(text: string): string {
  if (text.startsWith(sideBySidePrefix)) return stripSideBySide(text)
  const pattern = additionPattern(lineEnding(text))
  const remove = (part: string): string =>
    part.replace(pattern, (_match, link?: string, abbr?: string, directive?: string, heading?: string) => {
      // A promoted headline can hold inline marks of its own.
      return link ?? abbr ?? directive ?? (heading === undefined ? '' : remove(heading))
    })
  return remove(text)
}

/** A side-by-side document is generated whole; its original rides along, encoded, in a comment. */
function stripSideBySide(text: string): string {
  const start = text.indexOf(marks.sourceOpen)
  if (start === -1) return text
  const eol = lineEnding(text)
  const from = start + marks.sourceOpen.length + eol.length
  const to = text.lastIndexOf(eol + marks.sourceClose)
  if (to < from) return text
  return decodeComment(text.slice(from, to))
}
