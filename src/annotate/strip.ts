import {unquoteRegions} from './quote.js'
import {forumMark} from './target.js'
import {decodeComment, findAdditions, forumAddition, fromDialect, lineEnding, marks, recordedFormat, sideBySidePrefix} from './markers.js'

/**
 * Remove everything glosa added to a Markdown document, giving back the
 * original byte for byte. Only glosa's marked additions are touched: a user's
 * own footnotes, comments, anchors, links and `<abbr>` elements stay.
 */
export function strip(text: string): string {
  if (text.startsWith(sideBySidePrefix)) return stripSideBySide(text)
  if (text.includes(forumMark)) text = text.replace(forumAddition, '')
  const code = recordedFormat(text) !== 'text'
  const remove = (part: string): string => {
    let kept = ''
    let from = 0
    for (const {start, end, match} of findAdditions(part, {code})) {
      const [, link, abbr, directive, heading, role] = match
      // A promoted headline or a block wrapped to show its role can hold inline marks of its own.
      const inner = heading ?? role
      kept += part.slice(from, start) + (link ?? abbr ?? directive ?? (inner === undefined ? '' : remove(inner)))
      from = end
    }
    return kept + part.slice(from)
  }
  return remove(unquoteRegions(fromDialect(text), lineEnding(text)))
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
