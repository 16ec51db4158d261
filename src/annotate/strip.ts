import {decodeComment, findAdditions, isSideBySide, lineEnding, marks, mdxSideBySidePrefix, recordedFormat} from './markers.js'
import {decodeMdxComment, mdxMarks} from './mdx.js'

/**
 * Remove everything glosa added to a Markdown document, giving back the
 * original byte for byte. Only glosa's marked additions are touched: a user's
 * own footnotes, comments, anchors, links and `<abbr>` elements stay.
 */
export function strip(text: string): string {
  if (isSideBySide(text)) return stripSideBySide(text)
  const code = recordedFormat(text) !== 'text'
  const remove = (part: string): string => {
    let kept = ''
    let from = 0
    for (const {start, end, match} of findAdditions(part, {code})) {
      const [, link, abbr, directive, heading] = match
      // A promoted headline can hold inline marks of its own.
      kept += part.slice(from, start) + (link ?? abbr ?? directive ?? (heading === undefined ? '' : remove(heading)))
      from = end
    }
    return kept + part.slice(from)
  }
  return remove(text)
}

/** A side-by-side document is generated whole; its original rides along, encoded, in a comment. */
function stripSideBySide(text: string): string {
  const mdx = text.startsWith(mdxSideBySidePrefix)
  const {sourceOpen, sourceClose} = mdx ? mdxMarks : marks
  const start = text.indexOf(sourceOpen)
  if (start === -1) return text
  const eol = lineEnding(text)
  const from = start + sourceOpen.length + eol.length
  const to = text.lastIndexOf(eol + sourceClose)
  if (to < from) return text
  return (mdx ? decodeMdxComment : decodeComment)(text.slice(from, to))
}
