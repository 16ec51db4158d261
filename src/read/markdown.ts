import type {Heading, Link, Nodes, Paragraph, Parents, Root, TableCell, Text} from 'mdast'
import {CONTINUE, SKIP, visit} from 'unist-util-visit'
import {visitParents} from 'unist-util-visit-parents'
import type {MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx'
import type {BlockRole} from '../types.js'
import type {BlockDraft} from './draft.js'
import {ProseBuilder} from './prose.js'
import {MDX_ESM_START} from './data/markdown.js'
import {READABLE_ATTRIBUTES} from './data/mdx.js'
import {admonitionBody, OmittingSink, siteMarkup, titleLineEnd, type IndentedBody, type ProseSink} from './markup.js'
import {characterReferenceAt} from './references.js'
import {parseMarkdownChunks} from './parse.js'
import {proseHasContent} from './sentences.js'

/** Where a block sits: inside how many block quotes, inside a list item; whether the source is MDX. */
interface Context {
  quoteDepth: number
  listItem: boolean
  mdx: boolean
  /** JSX attributes whose values are prose (MDX trees only). */
  readable: ReadonlySet<string>
  /** Source offset of the first paragraph of the innermost block quote, where an alert marker can stand. */
  quoteStart?: number
}

/** Start and end offsets of a node, shifted by where its chunk starts. */
function range(node: Nodes, base: number): [number, number] {
  return [node.position!.start.offset! + base, node.position!.end.offset! + base]
}

/** Whether a link shows its own URL (`<https://…>`, a bare `www.…`), so is a URL in prose. */
function isAutolink(node: Link, source: string, base: number): boolean {
  const [start, end] = range(node, base)
  if (source.charCodeAt(start) === 60 /* < */) return true
  const only = node.children.length === 1 ? node.children[0] : undefined
  if (only?.type !== 'text') return false
  return source.slice(start, end) === only.value || /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:)\S*$/i.test(only.value)
}

/** Where aligned value units go: the prose, or nowhere when only measuring. */
type Sink = Pick<ProseBuilder, 'unit' | 'join'>

const measuring: Sink = {unit() {}, join() {}}

/**
 * Walk a text value along the source from `start`, unit by unit, telling
 * `sink` where each unit comes from; return where the value ends in the
 * source. The value drops backslash escapes, decodes character references
 * and, on continuation lines, drops the indentation and `>` markers of lists
 * and block quotes.
 */
function alignValue(value: string, source: string, start: number, end: number, quoteDepth: number, sink: Sink): number {
  let at = start
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code === 10 || code === 13) {
      // Values keep the source's line ending: \n, \r\n or \r.
      let next = at
      while (next < end && (source.charCodeAt(next) === 32 || source.charCodeAt(next) === 9)) next++
      const eol = source.charCodeAt(next)
      if (eol === 13 || eol === 10) {
        const breakAt = next
        next += eol === 13 && source.charCodeAt(next + 1) === 10 ? 2 : 1
        next = skipLinePrefix(source, next, end, quoteDepth)
        sink.join(breakAt, next)
        at = next
        if (code === 13 && value.charCodeAt(index + 1) === 10) index++
        continue
      }
    }
    if (source.charCodeAt(at) === 38 /* & */) {
      const reference = characterReferenceAt(source, at)
      if (reference) {
        const decoded = reference.numeric ? String.fromCodePoint(value.codePointAt(index)!) : reference.value
        if (value.startsWith(decoded, index)) {
          sink.unit(decoded, at, at + reference.length)
          index += decoded.length - 1
          at += reference.length
          continue
        }
      }
    }
    if (source.charCodeAt(at) === code) {
      sink.unit(value[index]!, at, at + 1)
      at++
    } else if (source.charCodeAt(at) === 92 /* \ */ && source.charCodeAt(at + 1) === code) {
      sink.unit(value[index]!, at, at + 2)
      at += 2
    } else {
      // Not expected from CommonMark; resynchronise on the next occurrence rather than drift.
      const found = source.indexOf(value[index]!, at)
      const place = found !== -1 && found < end ? found : Math.max(start, Math.min(at, end - 1))
      sink.unit(value[index]!, place, place + 1)
      at = place + 1
    }
  }
  return at
}

/** Append a text node's prose. */
function addText(node: Text, source: string, base: number, prose: ProseSink, context: Context): void {
  const [start, end] = range(node, base)
  alignValue(node.value, source, start, end, context.quoteDepth, prose)
}

/** Skip a continuation line's indentation and up to `quoteDepth` `>` markers. */
function skipLinePrefix(source: string, offset: number, end: number, quoteDepth: number): number {
  let at = offset
  let markers = 0
  while (at < end) {
    const code = source.charCodeAt(at)
    if (code === 32 || code === 9) at++
    else if (code === 62 /* > */ && markers < quoteDepth) {
      markers++
      at++
    } else break
  }
  return at
}

/**
 * Append the prose of a block's phrasing content, in source order: text,
 * emphasis, link text; placeholders for code, HTML, URLs, images.
 */
function addPhrasing(
  block: Heading | Paragraph | TableCell,
  source: string,
  base: number,
  prose: ProseSink,
  context: Context
): void {
  visit(block, (node) => {
    if (node === block) return CONTINUE
    switch (node.type) {
      case 'text':
        addText(node, source, base, prose, context)
        return SKIP
      case 'break':
        prose.join(...range(node, base))
        return SKIP
      case 'link':
        if (!isAutolink(node, source, base)) return CONTINUE
        prose.placeholder(...range(node, base))
        return SKIP
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'linkReference':
      case 'mdxJsxTextElement':
        return CONTINUE
      case 'mdxTextExpression':
        // A comment (`{/* … */}`, a react.dev heading id) shows nothing; any other expression shows something that is not prose.
        if (!isComment(node.value)) prose.placeholder(...range(node, base))
        return SKIP
      default:
        // inlineCode, html, image, imageReference, footnoteReference and anything unknown.
        prose.placeholder(...range(node, base))
        return SKIP
    }
  })
}

/** Whether an MDX expression's code is only comments and white space. */
function isComment(code: string): boolean {
  return /^\s*(?:\/\*[\s\S]*?\*\/\s*|\/\/[^\n]*\n\s*)*$/.test(code)
}

/**
 * The drafts of the readable attributes (`alt`, `caption`…) of the JSX
 * elements in `node`: itself when it is one, and those in its phrasing
 * content, each a block of its own (role `attribute`) whose prose is the
 * attribute's value, located in its quotes. A generator, as {@link walk}:
 * each draft is built when asked for.
 */
function* attributeDrafts(node: Nodes, source: string, base: number, context: Context): Generator<BlockDraft> {
  for (const element of jsxElementsIn(node)) {
    for (const attribute of element.attributes) {
      const made = attributeDraft(attribute, source, base, context)
      if (made) yield made
    }
  }
}

/** `node` when it is a JSX element, and the JSX elements inside it, but not inside a JSX block, which {@link walk} reads on its own. */
function jsxElementsIn(node: Nodes): Array<MdxJsxFlowElement | MdxJsxTextElement> {
  const found: Array<MdxJsxFlowElement | MdxJsxTextElement> = []
  visit(node, (child) => {
    if (child.type === 'mdxJsxFlowElement' && child !== node) return SKIP
    if (child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') found.push(child)
    return child.type === 'mdxJsxFlowElement' ? SKIP : CONTINUE
  })
  return found
}

/** The draft of one JSX attribute, when people read its value. */
function attributeDraft(
  attribute: MdxJsxAttribute | MdxJsxExpressionAttribute,
  source: string,
  base: number,
  context: Context
): BlockDraft | undefined {
  if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string' || !attribute.position)
    return undefined
  if (!context.readable.has(attribute.name)) return undefined
  const [start, end] = range(attribute as unknown as Nodes, base)
  const equals = source.indexOf('=', start + attribute.name.length)
  let open = equals + 1
  while (open < end && source.charCodeAt(open) !== 34 && source.charCodeAt(open) !== 39) open++
  if (equals === -1 || open >= end) return undefined
  const prose = new ProseBuilder()
  alignValue(attribute.value, source, open + 1, end - 1, context.quoteDepth, prose)
  const built = prose.build()
  if (!proseHasContent(built.prose.text)) return undefined
  const draft: BlockDraft = {role: 'attribute', start: open + 1, end: end - 1, built, whole: true}
  if (context.quoteDepth > 0) {
    draft.quoted = true
    draft.quoteDepth = context.quoteDepth
  }
  return draft
}

/** The source range of a table cell's content, without its pipes and padding. */
function contentRange({children}: TableCell, base: number): [number, number] {
  return [children[0]!.position!.start.offset! + base, children[children.length - 1]!.position!.end.offset! + base]
}

/** Build a block's draft from its phrasing content, or undefined when it holds no prose. */
function draftOf(
  role: BlockRole,
  block: Heading | Paragraph | TableCell,
  [start, end]: [number, number],
  source: string,
  base: number,
  context: Context,
  extra: Partial<BlockDraft> = {}
): BlockDraft | undefined {
  const prose = new ProseBuilder()
  const omissions = siteMarkup(source, start, end, {
    quoteStart: start === context.quoteStart,
    heading: role === 'heading'
  })
  addPhrasing(block, source, base, omissions.length > 0 ? new OmittingSink(prose, omissions) : prose, context)
  const built = prose.build()
  if (!proseHasContent(built.prose.text)) return undefined
  const draft: BlockDraft = {role, start, end, built, ...extra}
  if (omissions.length > 0) draft.omitted = omissions
  if (context.quoteDepth > 0) {
    draft.quoted = true
    draft.quoteDepth = context.quoteDepth
    if (role === 'quote') draft.depth = context.quoteDepth
  }
  return draft
}

/**
 * The blocks of an mdast tree, in source order, each drafted only when the
 * one before is taken. A generator of its own rather than unist-util-visit:
 * a draft's `ends` is valid only until the next draft is built (see
 * ProseBuilder), so drafts are built one at a time as the caller asks, which
 * a visitor (that runs to the end of the tree) cannot do; and each level
 * hands its children a context (block-quote depth, list item) of its own.
 */
function* walk(node: Nodes, source: string, base: number, context: Context): Generator<BlockDraft> {
  let draft: BlockDraft | undefined
  switch (node.type) {
    case 'heading':
      draft = draftOf('heading', node, range(node, base), source, base, context, {
        depth: node.depth,
        whole: true
      })
      break
    case 'paragraph': {
      const role = context.listItem ? 'list-item' : context.quoteDepth > 0 ? 'quote' : 'paragraph'
      const [start, end] = range(node, base)
      draft = draftOf(role, node, [start, end], source, base, context)
      const body = draft && titleLineEnd(source, start, end)
      if (draft && body !== undefined) {
        // A container's or admonition's title line, then its body: two blocks, never one sentence across both.
        const [title, rest] = splitDraft(draft, source, body)
        if (title) yield title
        draft = rest
      }
      break
    }
    case 'code': {
      const body = admonitionBody(source, ...range(node, base))
      if (body) for (const made of readMarkdownBlocks(body.text)) yield locatedIn(made, body)
      break
    }
    case 'mdxJsxFlowElement':
      yield* attributeDrafts(node, source, base, context)
      for (const child of node.children) yield* walk(child as Nodes, source, base, context)
      break
    case 'table':
      for (const row of node.children) {
        for (const cell of row.children) {
          if (cell.children.length === 0) continue
          const made = draftOf('table-cell', cell, contentRange(cell, base), source, base, context)
          if (made) yield made
          if (context.mdx) for (const child of cell.children) yield* attributeDrafts(child, source, base, context)
        }
      }
      break
    case 'blockquote': {
      const first = node.children[0]
      const quoteStart = first?.type === 'paragraph' ? range(first, base)[0] : -1
      for (const child of node.children)
        yield* walk(child, source, base, {...context, quoteDepth: context.quoteDepth + 1, quoteStart})
      break
    }
    case 'listItem':
      for (const child of node.children) yield* walk(child, source, base, {...context, listItem: true})
      break
    case 'root':
      for (const child of node.children)
        if (!(context.mdx && isEsm(child, source, base))) yield* walk(child as Nodes, source, base, context)
      break
    case 'list':
    case 'footnoteDefinition':
      for (const child of (node as Parents).children) yield* walk(child as Nodes, source, base, context)
      break
    default:
    // code, html, yaml, toml, thematicBreak, definition, MDX ESM and expressions: no prose.
  }
  if (draft) yield draft
  if (context.mdx && (node.type === 'heading' || node.type === 'paragraph'))
    yield* attributeDrafts(node, source, base, context)
}

/**
 * Cut a draft in two at the source offset `at` (a line start): the part
 * before it, read whole, and the rest; either is undefined when it holds no
 * prose. Both share the draft's prose arrays, valid until the next builder.
 */
function splitDraft(draft: BlockDraft, source: string, at: number): [BlockDraft | undefined, BlockDraft | undefined] {
  const {prose, ends} = draft.built
  let cut = 0
  while (cut < prose.text.length && prose.offsets[cut]! < at) cut++
  const titleOffsets = new Uint32Array(cut + 1)
  titleOffsets.set(prose.offsets.subarray(0, cut))
  titleOffsets[cut] = cut === 0 ? 0 : ends[cut - 1]!
  const lineEnd = at - (source.startsWith('\r\n', at - 2) ? 2 : 1)
  const title: BlockDraft = {
    ...draft,
    end: lineEnd,
    whole: true,
    built: {prose: {text: prose.text.slice(0, cut), offsets: titleOffsets}, ends: ends.subarray(0, cut)}
  }
  const rest: BlockDraft = {
    ...draft,
    start: at,
    built: {prose: {text: prose.text.slice(cut), offsets: prose.offsets.subarray(cut)}, ends: ends.subarray(cut)}
  }
  return [
    proseHasContent(title.built.prose.text) ? title : undefined,
    proseHasContent(rest.built.prose.text) ? rest : undefined
  ]
}

/** A draft read from an indented body (see admonitionBody), its offsets moved to the source. */
function locatedIn(draft: BlockDraft, body: IndentedBody): BlockDraft {
  const {offsets} = draft.built.prose
  const {ends} = draft.built
  for (let index = 0; index < offsets.length; index++) offsets[index] = body.toSource(offsets[index]!)
  for (let index = 0; index < ends.length; index++) ends[index] = body.toSource(ends[index]!)
  const moved: BlockDraft = {...draft, start: body.toSource(draft.start), end: body.toSource(draft.end)}
  if (draft.omitted)
    moved.omitted = draft.omitted.map((omission) => ({
      ...omission,
      start: body.toSource(omission.start),
      end: body.toSource(omission.end)
    }))
  return moved
}

/** Whether a top-level node of an MDX source is an ESM block (`import …`, `export …`), which MDX reads as JavaScript. */
function isEsm(node: Nodes, source: string, base: number): boolean {
  if (node.type !== 'paragraph') return false
  const [start, end] = range(node, base)
  return MDX_ESM_START.test(source.slice(start, Math.min(end, start + 8)))
}

/** A position with offsets only (the reader uses nothing else). */
function at(start: number, end: number): NonNullable<Nodes['position']> {
  return {start: {line: 0, column: 0, offset: start}, end: {line: 0, column: 0, offset: end}}
}

/**
 * Give offsets to nodes the GFM autolink-literal extension creates without
 * a position (it splits a text node into texts and links): a run of them
 * starts where its positioned neighbour ends, and each takes as much source
 * as its text value aligns with.
 */
function locateUnpositioned(tree: Root, source: string): void {
  visitParents(tree, (node, ancestors) => {
    // A parent is visited before its children: a run is located before visit reaches it.
    if (!('children' in node) || !node.position || node.children.every((child) => child.position)) return
    const quoteDepth = [...ancestors, node].filter((each) => each.type === 'blockquote').length
    locateRuns(node, source, quoteDepth)
  })
}

/** Locate the runs of unpositioned children of `parent`, which is inside `quoteDepth` block quotes. */
function locateRuns(parent: Parents, source: string, quoteDepth: number): void {
  const children = parent.children as Nodes[]
  for (let index = 0; index < children.length; index++) {
    if (children[index]!.position) continue
    let cursor = index > 0 ? children[index - 1]!.position!.end.offset! : parent.position!.start.offset!
    let last = index
    while (last + 1 < children.length && !children[last + 1]!.position) last++
    const limit =
      last + 1 < children.length ? children[last + 1]!.position!.start.offset! : parent.position!.end.offset!
    for (let run = index; run <= last; run++) {
      const node = children[run]!
      const value = node.type === 'text' ? node.value : (linkText(node) ?? '')
      const end = Math.min(alignValue(value, source, cursor, limit, quoteDepth, measuring), limit)
      node.position = at(cursor, Math.max(end, cursor))
      if ('children' in node) for (const inner of node.children as Nodes[]) inner.position ??= node.position
      cursor = node.position.end.offset!
    }
    index = last
  }
}

/** The visible text of a link made from a literal URL. */
function linkText(node: Nodes): string | undefined {
  if (node.type !== 'link') return undefined
  const only = node.children[0]
  return node.children.length === 1 && only?.type === 'text' ? only.value : undefined
}

/**
 * Called with each syntax tree the reader parses (remark-parse, GFM, front
 * matter), as remark made it, before the reader reads blocks from it: the
 * whole source, or each chunk of a large one or one of many blocks (see
 * parseMarkdownChunks). Positions in `tree` count from the start of the
 * chunk, which is at `offset` in the source and holds its next `length`
 * units; anything from `length` on comes from the stand-ins of definitions
 * elsewhere in the source that the reader appends to a chunk.
 * The tree is the reader's: read it during the call, never change or keep it
 * (the reader gives positions to nodes GFM leaves without one after the call).
 */
export type TreeListener = (tree: Root, chunk: {offset: number; length: number}) => void

/** Options of {@link readMarkdownBlocks}. */
export interface MarkdownReadOptions {
  /** Leave top-level `import`/`export` paragraphs out (MDX read as plain Markdown). Default false. */
  mdx?: boolean | undefined
  /** The source's MDX tree, already parsed (see parseMdx): read from it instead of parsing as Markdown. */
  tree?: Root | undefined
  /** JSX attributes whose values are prose, in an MDX tree. Default: {@link READABLE_ATTRIBUTES}. */
  attributes?: readonly string[] | undefined
  onTree?: TreeListener | undefined
}

/**
 * Read Markdown into block drafts: headings, paragraphs, list items, table
 * cells and block-quote paragraphs (not the import/export paragraphs of
 * MDX, with `mdx`). A generator: each draft's `ends` is
 * valid until the next one is asked for. `onTree` sees each tree parsed.
 */
export function* readMarkdownBlocks(source: string, options: MarkdownReadOptions = {}): Generator<BlockDraft> {
  const {onTree, mdx = false} = options
  const readable = new Set(options.attributes ?? READABLE_ATTRIBUTES)
  if (options.tree) {
    // An MDX tree, parsed whole: JSX elements and expressions can span the blank lines chunks are cut at.
    onTree?.(options.tree, {offset: 0, length: source.length})
    locateUnpositioned(options.tree, source)
    yield* walk(options.tree, source, 0, {quoteDepth: 0, listItem: false, mdx: true, readable})
    return
  }
  for (const {tree, offset, length, text} of parseMarkdownChunks(source)) {
    onTree?.(tree, {offset, length})
    // Past the chunk's own text are the stand-ins of definitions elsewhere in the source: no blocks of the source.
    if (text.length > length) tree.children = tree.children.filter((node) => node.position!.start.offset! < length)
    locateUnpositioned(tree, text)
    yield* walk(tree, source, offset, {quoteDepth: 0, listItem: false, mdx, readable})
  }
}
