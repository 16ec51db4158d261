import {additionPattern, decodeComment, lineEnding, marks, sideBySidePrefix} from './markers.js'

/**
 * Remove everything glosa added to a Markdown document, giving back the
 * original byte for byte. Only glosa's marked additions are touched: a user's
 * own footnotes, comments, anchors, links and `<abbr>` elements stay.
 */
export function strip(text: string): string {
  if (text.startsWith(sideBySidePrefix)) return stripSideBySide(text)
  return text.replace(additionPattern(lineEnding(text)), (_match, link?: string, abbr?: string, directive?: string) => {
    return link ?? abbr ?? directive ?? ''
  })
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
