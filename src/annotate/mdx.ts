import {parseMdx} from '../read/mdx.js'
import {marks, mdxComment} from './markers.js'

/**
 * glosa's marks in MDX. MDX has no HTML comments (`<!--` is a syntax error
 * for its compiler), so every comment mark is written as an MDX comment
 * expression, `{/* glosa:… *\/}`, which renders as nothing, as the HTML
 * comment does in Markdown; the other marks (`[^glosa-…]`, `<a id>`,
 * `<abbr data-glosa title>`, links) are valid MDX as they are. The
 * vocabulary is the same, so `strip` knows both forms by the same names.
 */

/** What annotating writes: {@link marks}, or its MDX-safe form. */
export type Marks = {
  [Name in keyof typeof marks]: (typeof marks)[Name] extends string
    ? string
    : (typeof marks)[Name] extends (...args: infer A) => string
      ? (...args: A) => string
      : never
}

/** The MDX-safe marks: comments as MDX comments, the rest as in Markdown. */
export const mdxMarks: Marks = Object.freeze({
  ...marks,
  begin: (format: 'md' | 'text') => mdxComment(marks.begin(format)),
  beginBefore: (format: 'md' | 'text') => mdxComment(marks.beginBefore(format)),
  end: mdxComment(marks.end),
  break: mdxComment(marks.break),
  heading: mdxComment(marks.heading),
  split: mdxComment(marks.split),
  translation: mdxComment(marks.translation),
  translationEnd: mdxComment(marks.translationEnd),
  sideBySide: (format: 'md' | 'text') => mdxComment(marks.sideBySide(format)),
  sourceOpen: '{/* glosa:source',
  sourceClose: '*/}'
})

/** The marks to write into `document`: MDX-safe ones when it was read as MDX. */
export function marksFor(document: {mdx?: boolean}): Marks {
  return document.mdx ? mdxMarks : marks
}

/**
 * Hide a whole document inside an MDX comment. The comment must not end
 * early (`*\/`) and MDX finds where an expression ends by counting braces,
 * comments or not: `&`, `*`, `{` and `}` become character references.
 */
export function encodeMdxComment(text: string): string {
  return text.replace(/[&*{}]/g, (character) => encoded[character]!)
}

const encoded: Record<string, string> = {'&': '&amp;', '*': '&#42;', '{': '&#123;', '}': '&#125;'}
const decoded: Record<string, string> = Object.fromEntries(
  Object.entries(encoded).map(([character, reference]) => [reference, character])
)

export function decodeMdxComment(text: string): string {
  return text.replace(/&(?:amp|#42|#123|#125);/g, (reference) => decoded[reference]!)
}

/**
 * Markdown glosa copies out of an MDX document into a place of its own (a
 * side-by-side table cell, an interleaved translation): kept when it is
 * valid MDX there, else its text with everything MDX would read as JSX or
 * an expression escaped (a sentence can cut through a JSX element).
 */
export function mdxSafeInline(markdown: string, text: string): string {
  if (!/[<{}]/.test(markdown) || 'tree' in parseMdx(markdown)) return markdown
  return text.replace(/[\\<>{}[\]*_`]/g, '\\$&')
}
