import type {Nodes, Root} from 'mdast'
import {CONTINUE, SKIP, visit} from 'unist-util-visit'
import {admonitionBody, admonitionMarkerEnd} from '../read/markup.js'
import {CHUNK_BLOCKS, CHUNK_SIZE, parseMarkdown, parseMarkdownChunks} from '../read/parse.js'
import {guardMarkdownShape} from '../read/shape.js'
import {lineStart} from '../util/position.js'

/** A node's source range. */
export interface Span {
  type: string
  start: number
  end: number
}

/** A block that holds phrasing (paragraph, heading, table cell) or none (code, HTML, definition, front matter). */
interface Leaf extends Span {
  /** Its inline nodes other than text, outermost first. */
  inlines: Span[]
  /** Set when remark-directive users would read the block differently (see {@link Structure.guardDirectives}): no mark goes in. */
  directive?: true
}

/** The span type of a JSX element's opening tag, whose attributes are JavaScript or quoted strings: no mark goes in. */
const jsxTag = 'mdxJsxTag'

/** Inline nodes nothing may be inserted into (an MDX expression, a JSX element's opening tag). */
const opaqueInline = new Set([
  'inlineCode',
  'html',
  'image',
  'imageReference',
  'footnoteReference',
  'break',
  'mdxTextExpression',
  jsxTag
])
/** Links: a link must not go inside one, and nothing that holds a link either. */
const links = new Set(['link', 'linkReference'])
/** Block nodes with phrasing content. */
const phrasing = new Set(['paragraph', 'heading', 'tableCell'])
/** Block nodes whose content is not Markdown prose (MDX: ESM, expressions, a JSX element's opening tag). */
const opaqueBlock = new Set([
  'code',
  'html',
  'definition',
  'yaml',
  'toml',
  'math',
  'mdxjsEsm',
  'mdxFlowExpression',
  jsxTag,
  'admonitionMarker'
])

/** A node's range in the source, from a tree of the `length` units at `shift` (nothing past them is the source's). */
function span(node: Nodes, shift: number, length: number): Span | undefined {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined || start >= length) return undefined
  return {type: node.type, start: start + shift, end: Math.min(end, length) + shift}
}

/** The index of the span holding `offset` among sorted, disjoint `spans` (end exclusive, or at its end when `atEnd`), or -1. */
export function indexOfSpan(spans: readonly Span[], offset: number, atEnd: boolean): number {
  let low = 0
  let high = spans.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const span = spans[middle]!
    if (atEnd ? span.end < offset : span.end <= offset) low = middle + 1
    else if (span.start > offset) high = middle - 1
    else return middle
  }
  return -1
}

/** Whether only white space and block-quote or list markers (`>`, `-`, `+`, `*`, `1.`, `1)`) stand before `offset` on its line. */
function startsLine(source: string, offset: number): boolean {
  let at = offset
  while (at > 0 && /[ \t>*+\-.)0-9]/.test(source[at - 1]!)) at--
  return at === 0 || source[at - 1] === '\n' || source[at - 1] === '\r'
}

/** Where `source` ends before `end` once trailing white space is left out. */
function trimmedEnd(source: string, end: number): number {
  let at = end
  while (at > 0 && /\s/.test(source[at - 1]!)) at--
  return at
}

/**
 * Where a remark-directive construct that changes how the text after it
 * parses starts, at a `:`: a text directive with a label or attributes
 * (`:name[…]`, `:name{…}`; a name is any run of UTF-16 units that are not
 * white space, punctuation or symbols, so an emoji's surrogates count, and
 * so does a tab, which micromark's white-space test misses).
 */
const labelledDirective = /:(?:[-_\t]|[^\s\p{P}\p{S}]|[\u{10000}-\u{10FFFF}])+[[{]/uy

/**
 * The structure glosa needs to place annotations safely in a Markdown source:
 * where its blocks are, which inline constructs a mark must not enter, and
 * how to widen a range so that wrapping it keeps the inline markup balanced.
 */
export class Structure {
  /** Leaf blocks in source order. */
  readonly leaves: Leaf[] = []
  /** Top-level blocks (children of the root). */
  readonly units: Span[] = []

  /** The structure of a Markdown source, parsed in the reader's chunks (`size` units or `blocks` blocks, see chunkBoundaries); only the spans are kept. */
  static of(source: string, size = CHUNK_SIZE, blocks = CHUNK_BLOCKS): Structure {
    // Nested past the bound, remark's walkers overflow the stack: refused with the place, as the reader does.
    guardMarkdownShape(source, undefined)
    const structure = new Structure()
    for (const {tree, offset, length} of parseMarkdownChunks(source, size, blocks)) structure.add(tree, offset, length)
    structure.finish(source)
    return structure
  }

  /** Finish a structure once every tree of `source` has been added: MkDocs admonition bodies read, directives guarded. */
  finish(source: string): void {
    this.readAdmonitions(source)
    this.guardDirectives(source)
  }

  /**
   * Read the body of each MkDocs admonition that CommonMark took for an
   * indented code block as the Markdown MkDocs renders (see
   * admonitionBody): its blocks replace the code block's leaf, located in
   * the source, so that marks go into its prose as into any other.
   */
  private readAdmonitions(source: string): void {
    if (!source.includes('!!!') && !source.includes('???')) return
    for (let index = this.leaves.length - 1; index >= 0; index--) {
      const leaf = this.leaves[index]!
      const marker = leaf.type === 'paragraph' ? admonitionMarkerEnd(source, leaf.start, leaf.end) : undefined
      if (marker !== undefined) {
        // MkDocs writes the title as plain text, where a mark would show raw: the marker line is no place for one.
        const parts: Leaf[] = [{type: 'admonitionMarker', start: leaf.start, end: marker.lineEnd, inlines: []}]
        if (marker.next < leaf.end)
          parts.push({...leaf, start: marker.next, inlines: leaf.inlines.filter((node) => node.start >= marker.next)})
        this.leaves.splice(index, 1, ...parts)
        continue
      }
      const body = leaf.type === 'code' ? admonitionBody(source, leaf.start, leaf.end) : undefined
      if (!body) continue
      const inner = new Structure()
      inner.add(parseMarkdown(body.text), 0)
      inner.readAdmonitions(body.text)
      const located = (span: Span): Span => ({
        type: span.type,
        start: body.toSource(span.start),
        end: body.toSource(span.end)
      })
      this.leaves.splice(
        index,
        1,
        ...inner.leaves.map((part) => ({...located(part), inlines: part.inlines.map(located)}))
      )
    }
  }

  /**
   * Keep marks out of blocks that remark-directive users read differently
   * from CommonMark + GFM, which glosa's placement follows: a block holding a
   * labelled text directive (its label takes brackets that were a link, so a
   * bare URL can run on into a mark after it), or a line that starts with
   * `::` (a leaf or container directive ends the paragraph for them, and the
   * lists and quotes around it, so the lines after it up to the end of its
   * top-level block can become indented code or leave a list: those blocks
   * get no marks either). Called by {@link finish}.
   */
  private guardDirectives(source: string): void {
    // Leaves up to this index are already guarded by a directive line (so the scan stays linear).
    let guardedThrough = -1
    for (let at = source.indexOf(':'); at !== -1; at = source.indexOf(':', at + 1)) {
      const line = source.charCodeAt(at + 1) === 58 /* : */ && startsLine(source, at)
      labelledDirective.lastIndex = at
      if (!line && !labelledDirective.test(source)) continue
      const index = this.leafIndex(at)
      const leaf = this.leaves[index]
      // In code, HTML, a code span or inline HTML a colon is no directive for anyone.
      if (
        !leaf ||
        opaqueBlock.has(leaf.type) ||
        leaf.inlines.some((node) => opaqueInline.has(node.type) && node.start <= at && at < node.end)
      )
        continue
      leaf.directive = true
      if (!line) continue
      // For them a directive line also closes the lists and quotes it stands in, so the rest of its top-level block can parse differently.
      const end = this.unitAt(at)?.end ?? leaf.end
      let next = Math.max(index, guardedThrough) + 1
      for (; next < this.leaves.length && this.leaves[next]!.start < end; next++) this.leaves[next]!.directive = true
      guardedThrough = Math.max(guardedThrough, next - 1)
    }
  }

  /**
   * Add the spans of a tree parsed from the source's `length` units at
   * `shift` (default: all the rest). Nodes the tree holds past `length` (text
   * a parser was given after the source's own, such as the reader's appended
   * link reference definitions) are left out, and nodes running into them cut
   * at `length`.
   */
  add(tree: Root, shift: number, length = Infinity): void {
    for (const child of tree.children) {
      const own = span(child, shift, length)
      if (own) this.units.push(own)
    }
    // The leaf (the outermost phrasing or opaque block) each node is inside, if any.
    const leafOf = new Map<Nodes, Leaf | undefined>()
    visit(tree, (node: Nodes, _, parent: Nodes | undefined) => {
      const own = span(node, shift, length)
      if (!own) return SKIP
      const leaf = parent ? leafOf.get(parent) : undefined
      let inside = leaf
      const tag = jsxOpeningTag(node, own)
      if (tag && leaf) leaf.inlines.push(tag)
      else if (tag) this.leaves.push({...tag, inlines: []})
      if (!leaf && (phrasing.has(node.type) || opaqueBlock.has(node.type))) {
        inside = {...own, inlines: []}
        this.leaves.push(inside)
      } else if (leaf && node.type !== 'text') {
        leaf.inlines.push(own)
      }
      if (inside) leafOf.set(node, inside)
      return CONTINUE
    })
  }

  /**
   * Where the last top-level block starts when it runs open to the end of the
   * source (a fenced code block or an HTML block never closed): anything
   * appended would land inside it (with `containers`, also a remark-directive
   * container never closed). Undefined when the source ends cleanly.
   */
  openEnd(source: string, options: {containers?: boolean} = {}): number | undefined {
    const block = openBlockStart(this.units.at(-1), source, source.length)
    const container = options.containers ? this.openContainer(source) : undefined
    // A fence left open inside a container left open: the part goes before the outer of the two.
    if (block === undefined || container === undefined) return block ?? container
    return Math.min(block, container)
  }

  /**
   * Where the outermost remark-directive container (`:::name`) left open to
   * the end of the source starts: for remark-directive users (the directive
   * style's readers) it takes in everything after it, as an unclosed fence
   * does; CommonMark reads the line as text, so only they get the part before it. A container closes at a
   * line of at least as many colons; lines in code or HTML blocks are neither.
   */
  private openContainer(source: string): number | undefined {
    if (!source.includes(':::')) return undefined
    const open: Array<{colons: number; start: number}> = []
    for (const line of source.matchAll(/^[ \t]*(:{3,})(\p{L}?)[^\r\n]*/gmu)) {
      const [text, colons, name] = line
      const leaf = this.leafAt(line.index)
      if (leaf && (leaf.type === 'code' || leaf.type === 'html')) continue
      if (name) open.push({colons: colons!.length, start: line.index})
      else if (text.trim() === colons && open.length > 0 && colons!.length >= open.at(-1)!.colons) open.pop()
    }
    return open[0]?.start
  }

  /** The leaf block holding `offset` (end exclusive, or at its end when `atEnd`). */
  leafAt(offset: number, atEnd = false): Leaf | undefined {
    return this.leaves[this.leafIndex(offset, atEnd)]
  }

  /** The index of the leaf block holding `offset`, or -1. */
  private leafIndex(offset: number, atEnd = false): number {
    return indexOfSpan(this.leaves, offset, atEnd)
  }

  /** The top-level block holding `offset`. */
  private unitAt(offset: number): Span | undefined {
    return this.units[indexOfSpan(this.units, offset, false)]
  }

  /** Whether `offset` is in a heading (marks there would change its anchor). */
  inHeading(offset: number): boolean {
    return this.leafAt(offset)?.type === 'heading'
  }

  /**
   * Where an inline mark that should follow `offset` can go: moved past any
   * code, HTML, image or link the offset is inside (a mark in a link's text
   * would nest links; in code it would show as code). Undefined in code
   * blocks, HTML blocks, definitions and front matter.
   */
  after(offset: number): number | undefined {
    const leaf = this.leafAt(offset, true)
    if (!leaf) return offset
    if (opaqueBlock.has(leaf.type) || leaf.directive) return undefined
    let at = offset
    for (const node of leaf.inlines) {
      if ((opaqueInline.has(node.type) || links.has(node.type)) && node.start < at && at < node.end) at = node.end
    }
    return at
  }

  /** Where a mark that should precede `offset` can go (start of any code, HTML or image it is inside). */
  before(offset: number): number | undefined {
    const leaf = this.leafAt(offset)
    if (!leaf) return offset
    if (opaqueBlock.has(leaf.type) || leaf.directive) return undefined
    let at = offset
    for (const node of leaf.inlines) {
      if (opaqueInline.has(node.type) && node.start < at && at < node.end) at = node.start
    }
    return at
  }

  /**
   * The range to wrap so that `[start, end)` can be wrapped in a link, an
   * element or a directive: widened over inline markup it cuts through
   * (`**export** controls`), or undefined when it cannot be wrapped (in code,
   * HTML, an image, a heading, across blocks, or in a link when `link` would nest).
   */
  wrappable(start: number, end: number, options: {link: boolean}): [number, number] | undefined {
    const leaf = this.leafAt(start)
    if (!leaf) return [start, end]
    if (!phrasing.has(leaf.type) || leaf.type === 'heading' || leaf.directive || end > leaf.end) return undefined
    let from = start
    let to = end
    let changed = true
    while (changed) {
      changed = false
      for (const node of leaf.inlines) {
        const overlaps = node.start < to && from < node.end
        if (!overlaps) continue
        const contains = node.start <= from && to <= node.end
        const contained = from <= node.start && node.end <= to
        if (opaqueInline.has(node.type) && !contained) return undefined
        if (links.has(node.type) && options.link) return undefined
        if (contains || contained) continue
        from = Math.min(from, node.start)
        to = Math.max(to, node.end)
        changed = true
      }
    }
    return [from, to]
  }
}

/**
 * The opening tag of a JSX element (`<Note title="…">`, up to its `>`), as a
 * span of its own, or undefined for other nodes. A self-closing element is
 * all tag.
 */
function jsxOpeningTag(node: Nodes, own: Span): Span | undefined {
  if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return undefined
  const first = node.children[0]?.position?.start.offset
  if (first === undefined) return {type: jsxTag, start: own.start, end: own.end}
  // Children start after the opening tag's `>`: the tag runs up to the first child at most.
  return {type: jsxTag, start: own.start, end: own.start + (first - node.position!.start.offset!)}
}

/**
 * Where `unit`, the last top-level block before `end`, starts when it runs
 * open to `end` (a fenced code block or an HTML block never closed), so that
 * anything after it would land inside it; undefined when it is closed.
 */
export function openBlockStart(unit: Span | undefined, source: string, end: number): number | undefined {
  if (!unit || unit.end < trimmedEnd(source, end)) return undefined
  // From the start of its line (a fence may be indented up to three spaces).
  const last = {
    ...unit,
    start: lineStart(source, unit.start)
  }
  const text = source.slice(last.start, last.end)
  if (last.type === 'code') {
    const fence = /^ {0,3}(`{3,}|~{3,})/.exec(text)?.[1]
    if (!fence) return undefined
    const lines = text.trimEnd().split(/\r\n|\n|\r/)
    const closing = lines.length > 1 ? lines.at(-1)!.trim() : ''
    const closed = closing.length >= fence.length && closing === fence[0]!.repeat(closing.length)
    return closed ? undefined : last.start
  }
  if (last.type === 'html') {
    const open = [
      [/^ {0,3}<!--/, '-->'],
      [/^ {0,3}<(?:script|pre|style|textarea)(?:\s|>|$)/i, '</'],
      [/^ {0,3}<\?/, '?>'],
      [/^ {0,3}<![A-Za-z]/, '>'],
      [/^ {0,3}<!\[CDATA\[/, ']]>']
    ] as const
    for (const [opener, terminator] of open)
      if (opener.test(text) && !text.slice(4).includes(terminator)) return last.start
  }
  return undefined
}
