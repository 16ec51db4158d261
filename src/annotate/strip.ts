import {
  decodeComment,
  forumAddition,
  fromMdxComments,
  generatedPart,
  isForumAnnotated,
  isSideBySide,
  lineEnding,
  marks,
  mdxSideBySidePrefix,
  ownedAdditions
} from './markers.js'
import {decodeMdxComment, mdxMarks} from './mdx.js'
import {unquoteRegions} from './quote.js'
import {Structure} from './tree.js'

/**
 * A Markdown document as `strip` reads it: MDX's expression comments as the
 * HTML comments they stand for, a quoted article's lines without glosa's `> `.
 */
function strippable(annotated: string): string {
  return unquoteRegions(fromMdxComments(annotated), lineEnding(annotated))
}

/** Whether `text` holds anything glosa adds: it starts as a side-by-side document does, or has a generated part. */
export function isAnnotated(text: string): boolean {
  return isSideBySide(text) || isForumAnnotated(text) || generatedPart(strippable(text)) !== undefined
}

/** The format recorded in an annotated document: `text` when its original was plain text. */
export function recordedFormat(text: string): 'md' | 'text' | undefined {
  if (text.startsWith(marks.sideBySide('text')) || text.startsWith('{/* glosa:side-by-side text */}')) return 'text'
  if (isSideBySide(text)) return 'md'
  return generatedPart(strippable(text))?.format
}

/**
 * Remove everything glosa added to a Markdown document, giving back the
 * original byte for byte. Only what is structurally glosa's is touched (see
 * {@link ownedAdditions}): a document without glosa's generated part comes
 * back unchanged, and a user's own footnotes, comments, anchors, links and
 * `<abbr>` elements stay, in glosa's `glosa-` namespace too.
 */
export function strip(annotated: string): string {
  if (isSideBySide(annotated)) return stripSideBySide(annotated)
  // A forum's plain text: each addition between invisible separators.
  if (isForumAnnotated(annotated)) return annotated.replace(forumAddition, '')
  if (!annotated.includes('<!-- glosa:begin') && !annotated.includes('{/* glosa:begin')) return annotated
  const text = strippable(annotated)
  const structure = Structure.of(text)
  const part = generatedPart(text, structure)
  if (!part) return annotated
  const additions = ownedAdditions(text, part, structure)
  // The generated part goes in order among them: before a last block left open, marks can follow it.
  const before = additions.findIndex((addition) => addition.start >= part.end)
  additions.splice(before === -1 ? additions.length : before, 0, {start: part.start, end: part.end, kept: ''})
  const kept: string[] = []
  let at = 0
  for (const addition of additions) {
    kept.push(text.slice(at, addition.start), addition.kept)
    at = addition.end
  }
  kept.push(text.slice(at))
  return kept.join('')
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
