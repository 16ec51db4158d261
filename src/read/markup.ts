import {
  ADMONITION_MARKER,
  ALERT_MARKER,
  ATTRIBUTE_LIST,
  CONTAINER_FENCE,
  HEADING_ID,
  LINE_PREFIX,
  SHORTCODE
} from './data/sites.js'
import type {ProseBuilder} from './prose.js'
import {lineStart} from '../util/position.js'

/** A source range left out of prose; with `placeholder`, one U+FFFC stands for it. */
export interface Omission {
  start: number
  end: number
  placeholder: boolean
}

/** Where a block's prose goes: a builder, or one that leaves markup out on the way. */
export type ProseSink = Pick<ProseBuilder, 'unit' | 'join' | 'placeholder'>

/** Where to look for site markup in a block. */
export interface MarkupScope {
  /** The block is the first paragraph of a block quote, where an alert marker stands. */
  quoteStart: boolean
  /** The block is a heading, which can end with a custom id. */
  heading: boolean
}

/**
 * The markup in the block at `[start, end)` of `source` that is not prose,
 * in source order: a GitHub alert marker (`[!NOTE]`) opening a block quote;
 * a heading's custom id (`{#id}`); container fences (`:::tip`, `:::`) on
 * their own lines, keeping a label or title; Hugo shortcodes (`{{< … >}}`),
 * with a placeholder where prose stands on both sides of one; an MkDocs
 * admonition marker (`!!! note "Title"`, keeping the title); an attribute
 * list after a link or code span (`{ .md-button }`).
 */
export function siteMarkup(source: string, start: number, end: number, scope: MarkupScope): Omission[] {
  const omissions: Omission[] = []
  const omit = (from: number, to: number, placeholder = false): void => {
    if (to > from) omissions.push({start: start + from, end: start + to, placeholder})
  }
  const text = source.slice(start, end)
  if (scope.quoteStart) {
    const alert = ALERT_MARKER.exec(text)
    if (alert) omit(0, alert[0].length)
  }
  if (scope.heading && text.includes('{')) {
    for (const id of text.matchAll(HEADING_ID)) omit(id.index, id.index + id[0].length)
  }
  if (text.startsWith('!!!', text.search(/\S/)) || text.startsWith('???', text.search(/\S/))) {
    const admonition = ADMONITION_MARKER.exec(text)
    if (admonition) {
      const [marker, open, , close] = admonition.indices!.slice(1)
      omit(marker![0], open?.[1] ?? marker![1])
      if (close) omit(close[0], close[1])
    }
  }
  if (text.includes('{')) {
    for (const list of text.matchAll(ATTRIBUTE_LIST)) omit(list.index, list.index + list[0].length)
  }
  if (text.includes(':::')) {
    for (const fence of text.matchAll(CONTAINER_FENCE)) {
      // Group 1 the colons and name, 2 the label's `[`, 4 its `]`, 5 the attributes (flag d: their indices).
      const [colons, open, , close, attributes] = fence.indices!.slice(1)
      omit(colons![0], open?.[1] ?? colons![1])
      omit(close?.[0] ?? attributes?.[0] ?? colons![1], attributes?.[1] ?? close?.[1] ?? colons![1])
    }
  }
  if (text.includes('{{')) {
    for (const code of text.matchAll(SHORTCODE)) {
      const from = code.index
      const to = from + code[0].length
      const lineEnd = text.slice(to).search(/[\r\n]|$/)
      const alone = LINE_PREFIX.test(text.slice(0, from)) || text.slice(to, to + lineEnd).trim() === ''
      omit(from, to, !alone)
    }
  }
  return omissions.sort((a, b) => a.start - b.start)
}

/**
 * A prose sink that leaves the units coming from omitted ranges out: nothing
 * for most, one placeholder for those that stand between prose.
 */
export class OmittingSink implements ProseSink {
  private readonly placed = new Set<Omission>()

  constructor(
    private readonly prose: ProseSink,
    private readonly omissions: readonly Omission[]
  ) {}

  unit(text: string, start: number, end: number): void {
    if (!this.omitted(start)) this.prose.unit(text, start, end)
  }

  placeholder(start: number, end: number): void {
    if (!this.omitted(start)) this.prose.placeholder(start, end)
  }

  join(start: number, end: number): void {
    if (!this.omitted(start)) this.prose.join(start, end)
  }

  /** Whether `offset` is in an omitted range; places that range's placeholder the first time. */
  private omitted(offset: number): boolean {
    const omission = this.omissions.find((candidate) => offset >= candidate.start && offset < candidate.end)
    if (!omission) return false
    if (omission.placeholder && !this.placed.has(omission)) {
      this.placed.add(omission)
      this.prose.placeholder(omission.start, omission.end)
    }
    return true
  }
}

/** A container fence line (`:::tip Title`, `:::warning[Title]`) or an MkDocs admonition marker line (`!!! note "Title"`). */
function isTitleLine(line: string): boolean {
  return /^[ \t>]*:{3,}[ \t]*[\p{L}\p{N}_-]/u.test(line) || ADMONITION_MARKER.test(line)
}

/** Where the first line of the block at `[start, end)` ends and the next starts, when it is an MkDocs admonition marker. */
export function admonitionMarkerEnd(
  source: string,
  start: number,
  end: number
): {lineEnd: number; next: number} | undefined {
  if (!/^[ \t]*(?:!!!|\?\?\?)/.test(source.slice(start, start + 8))) return undefined
  const found = source.slice(start, end).search(/\r\n|\n|\r/)
  const lineEnd = found === -1 ? end : start + found
  if (!ADMONITION_MARKER.test(source.slice(start, lineEnd))) return undefined
  return {lineEnd, next: lineEnd + (source.startsWith('\r\n', lineEnd) ? 2 : lineEnd < end ? 1 : 0)}
}

/**
 * Where the text after a title line starts when the block at `[start, end)`
 * opens with one and goes on after it: a container fence (`:::tip Title`,
 * `:::warning[Title]`) or an MkDocs admonition marker (`!!! note "Title"`)
 * with its body on the next lines. The title is a block of its own for the
 * reader, as for the site, which shows it as the box's heading; undefined
 * when the block has no such line or nothing after it.
 */
export function titleLineEnd(source: string, start: number, end: number): number | undefined {
  const lineEnd = source.slice(start, end).search(/\r\n|\n|\r/)
  if (lineEnd === -1 || !isTitleLine(source.slice(start, start + lineEnd))) return undefined
  const next = start + lineEnd + (source.startsWith('\r\n', start + lineEnd) ? 2 : 1)
  return next < end ? next : undefined
}

/** Markdown cut out of a source with its indentation removed, and the way back to source offsets. */
export interface IndentedBody {
  text: string
  /** The source offset of an offset in `text`. */
  toSource(offset: number): number
}

/** The width of a line's leading white space, in columns (a tab to the next multiple of 4). */
function indentWidth(line: string): number {
  let width = 0
  for (const character of line) {
    if (character === ' ') width++
    else if (character === '\t') width += 4 - (width % 4)
    else break
  }
  return width
}

/**
 * The body of an MkDocs (Python-Markdown) admonition, `!!! note "Title"`
 * followed by lines indented four more columns, when CommonMark reads it as
 * the indented code block at `[start, end)`: MkDocs renders it as Markdown,
 * so it is prose, read from its text with the indentation removed.
 * Undefined for any other code block. Lines between the marker and the
 * block must be blank or indented too (a first paragraph of the body).
 */
export function admonitionBody(source: string, start: number, end: number): IndentedBody | undefined {
  const firstLineStart = lineStart(source, start)
  let before = firstLineStart
  let marker: string | undefined
  while (before > 0) {
    const previousEnd = source[before - 1] === '\n' && source[before - 2] === '\r' ? before - 2 : before - 1
    const previousStart = lineStart(source, previousEnd)
    const line = source.slice(previousStart, previousEnd)
    before = previousStart
    if (line.trim() === '' || indentWidth(line) >= 4) continue
    marker = line
    break
  }
  if (marker === undefined || !ADMONITION_MARKER.test(marker)) return undefined
  const indent = indentWidth(marker) + 4
  if (indentWidth(source.slice(firstLineStart, end)) < indent) return undefined
  const starts: number[] = []
  const shifts: number[] = []
  let text = ''
  for (const line of source.slice(firstLineStart, end).matchAll(/[^\r\n]*(?:\r\n|\n|\r|$)/g)) {
    if (line[0] === '') break
    let removed = 0
    let width = 0
    while (width < indent && (line[0][removed] === ' ' || line[0][removed] === '\t')) {
      width += line[0][removed] === '\t' ? 4 - (width % 4) : 1
      removed++
    }
    starts.push(text.length)
    shifts.push(firstLineStart + line.index + removed - text.length)
    text += line[0].slice(removed)
  }
  const toSource = (offset: number): number => {
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (starts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return offset + (shifts[low] ?? firstLineStart)
  }
  return {text, toSource}
}
