import type {ReadWarning} from '../types.js'
import {GlosaError} from '../util/errors.js'
import {LineIndex} from '../util/position.js'

/**
 * Container nesting (block quotes and list items, on one line or by
 * indentation) past which glosa refuses a Markdown source. The parser's
 * cost per line grows with the square of the depth (a line of 250 nested
 * list markers: 0.27 s; 1,000: 2.3 s), its tree walkers recurse once per
 * level (a stack overflow near 1,500 levels), and no real document nests
 * that deep: markdown-it stops at 100 too (its `maxNesting`).
 */
export const MAX_NESTING = 100

/** Nesting from which glosa warns: past it the parse slows down measurably (see docs/limits.md). */
export const WARN_NESTING = 32

/**
 * Inline markup characters in one paragraph past which glosa warns, and
 * past which it refuses the source. micromark merges a paragraph's text
 * tokens by splicing its whole event list once per run of them, so its
 * time grows with the square of the constructs in one paragraph: 32,000
 * links (`x [a](b) `) in one took 26 s, 64,000 unclosed links
 * (`[a](b `) 34 s, 16,000 links 6.5 s (see docs/limits.md).
 */
export const WARN_INLINE = 16_000
export const MAX_INLINE = 48_000

/** Where a Markdown source nests deepest, and how deep; which paragraph holds the most inline markup, and how much. */
export interface MarkdownShape {
  /** The deepest container nesting found (0 for flat text). */
  depth: number
  /** Source offset of the marker that reaches `depth`. */
  offset: number
  /** The most inline markup characters (`[`, `]`, `*`, `_`, `~`, `` ` ``, `<`, `\`, `&`) in one paragraph. */
  inline: number
  /** Source offset of the line that starts that paragraph. */
  inlineOffset: number
}

/**
 * Characters that can start an inline construct, each a token of its own in
 * micromark's paragraph events: 1 at their code (all ASCII), looked up for
 * every character of a page's prose.
 */
const INLINE_MARKS = new Uint8Array(128)
for (const char of '[]*_~`<\\&') INLINE_MARKS[char.charCodeAt(0)] = 1

/** Lines that start a block of their own without a blank line before (besides list items): headings, table rows. */
const OWN_BLOCK = /^(?:#{1,6}(?:[ \t]|$)|\|)/

const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/
const FENCE = /^(`{3,}|~{3,})/

/**
 * Measure how deep a Markdown source nests its block quotes and list items,
 * in one pass over its lines and without parsing: `>` and list markers at
 * the start of a line, and list items opened by earlier lines that the
 * line's indentation keeps open (indented lists). Fenced code is skipped.
 * An estimate made to err on the deep side, so that a refusal is decided
 * before the parser starts.
 */
export function measureMarkdownShape(source: string): MarkdownShape {
  const shape: MarkdownShape = {depth: 0, offset: 0, inline: 0, inlineOffset: 0}
  // Inline markup in the paragraph under way, and where it starts.
  let inline = 0
  let paragraphStart = 0
  // Content columns of the list items open at the end of the previous line, innermost last.
  const open: number[] = []
  let fence: string | undefined
  let previousBlank = true
  let lineStart = 0
  while (lineStart <= source.length) {
    let lineEnd = source.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = source.length
    let column = 0
    let at = lineStart
    for (; at < lineEnd; at++) {
      const code = source.charCodeAt(at)
      if (code === 32) column++
      else if (code === 9) column += 4 - (column % 4)
      else break
    }
    const blank = at >= lineEnd || (at === lineEnd - 1 && source.charCodeAt(at) === 13)
    const fenceMark = blank ? undefined : fenceAt(source, at, lineEnd)
    if (fence !== undefined) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = undefined
    } else if (!blank) {
      // A marker line, or the first line after a blank one, closes the items its indentation does not reach.
      const marker = LIST_MARKER.test(source.slice(at, at + 11))
      if (marker || previousBlank) while (open.length > 0 && open[open.length - 1]! > column) open.pop()
      let depth = open.length
      // Block-quote and list markers chained at the start of the line.
      while (at < lineEnd) {
        const code = source.charCodeAt(at)
        if (code === 32 || code === 9) {
          column += code === 9 ? 4 - (column % 4) : 1
          at++
          continue
        }
        if (code === 62 /* > */) {
          depth++
          column++
          at++
        } else {
          const found = LIST_MARKER.exec(source.slice(at, at + 11))
          if (!found) break
          depth++
          column += found[0].length + 1
          open.push(column)
          at += found[0].length
        }
        if (depth > shape.depth) {
          shape.depth = depth
          shape.offset = at - 1
        }
      }
      // A fence opens here, at the line's start or after its containers' markers.
      fence = fenceMark ?? fenceAt(source, at, lineEnd)
      if (previousBlank || marker || fence !== undefined || OWN_BLOCK.test(source.slice(at, at + 7))) {
        inline = 0
        paragraphStart = lineStart
      }
      if (fence === undefined) {
        for (let index = at; index < lineEnd; index++) {
          const code = source.charCodeAt(index)
          if (code < 128 && INLINE_MARKS[code] === 1) inline++
        }
        if (inline > shape.inline) {
          shape.inline = inline
          shape.inlineOffset = paragraphStart
        }
      }
    }
    previousBlank = blank && fence === undefined
    lineStart = lineEnd + 1
  }
  return shape
}

/** The fence (three or more backticks or tildes) starting at `at`, if any; looked at over a bounded width. */
function fenceAt(source: string, at: number, lineEnd: number): string | undefined {
  return FENCE.exec(source.slice(at, Math.min(lineEnd, at + 64)))?.[1]
}

/**
 * Check a Markdown source's shape before it is parsed: throws a located
 * GlosaError past {@link MAX_NESTING} or {@link MAX_INLINE}; returns a
 * warning for each of them past {@link WARN_NESTING} or {@link WARN_INLINE}.
 */
export function guardMarkdownShape(source: string, file: string | undefined): ReadWarning[] {
  const {depth, offset, inline, inlineOffset} = measureMarkdownShape(source)
  const warnings: ReadWarning[] = []
  if (depth > WARN_NESTING) {
    const place = new LineIndex(source).point(offset)
    if (depth > MAX_NESTING) throw new GlosaError('limits:nesting.refused', {depth, limit: MAX_NESTING}, {file, place})
    warnings.push({key: 'limits:nesting.slow', values: {depth, limit: MAX_NESTING}, place})
  }
  if (inline > WARN_INLINE) {
    const place = new LineIndex(source).point(inlineOffset)
    if (inline > MAX_INLINE)
      throw new GlosaError('limits:inline.refused', {marks: inline, limit: MAX_INLINE}, {file, place})
    warnings.push({key: 'limits:inline.slow', values: {marks: inline, limit: MAX_INLINE}, place})
  }
  return warnings
}
