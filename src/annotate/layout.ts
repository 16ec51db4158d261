import type {Alignment, Segment} from '../align/types.js'
import type {Document} from '../types.js'
import {discussed} from './commentary.js'
import {escapeCell, guardMarkdown} from './escape.js'
import {marks} from './markers.js'
import {marksFor, mdxSafeInline} from './mdx.js'
import {order, splice, type Insertion} from './splice.js'
import {Structure} from './tree.js'

/** How annotated output is laid out. */
export type Layout = 'inline' | 'interleaved' | 'side-by-side'

export const layouts: readonly Layout[] = ['inline', 'interleaved', 'side-by-side']

function isBreak(code: number | undefined): boolean {
  return code === 10 || code === 13
}

/**
 * Plain text (a forum post) is one Markdown paragraph when it has no blank
 * lines. Make each block the reader found its own paragraph: before a block
 * that starts a line, a `<!-- glosa:break -->` line (an HTML comment ends the
 * paragraph above and renders as nothing); where a block starts mid-line (an
 * attribution glued to the text it introduces), a line break wrapped in
 * `<!-- glosa:split -->`.
 */
export function blockBreaks(document: Document, eol: string): Insertion[] {
  const {source, blocks} = document
  const insertions: Insertion[] = []
  for (const range of promotedHeadlines(document)) {
    insertions.push(
      {offset: range.start, text: marks.headingPrefix, rank: order.headingOpen},
      {offset: range.end, text: marks.heading, rank: order.headingClose}
    )
  }
  for (let index = 1; index < blocks.length; index++) {
    const previous = blocks[index - 1]!.position.end.offset
    const start = blocks[index]!.position.start.offset
    const between = source.slice(previous, start)
    if (/(?:\r\n|\n|\r)[ \t]*(?:\r\n|\n|\r)/.test(between)) continue
    if (isBreak(source.charCodeAt(start - 1))) {
      insertions.push({offset: start, text: marks.break + eol, rank: order.break})
    } else {
      insertions.push({offset: previous, text: eol + marks.split + eol, rank: order.split})
    }
  }
  return insertions
}

/**
 * Plain-text headlines glosa shows as headings: a headline alone on its
 * line (an ATX heading is one line), `## ` before it, a comment after it.
 */
export function promotedHeadlines(document: Document): Array<{start: number; end: number}> {
  if (document.format !== 'text') return []
  const {source} = document
  return document.blocks
    .filter((block) => block.role === 'headline')
    .map((block) => ({start: block.position.start.offset, end: block.position.end.offset}))
    .filter(({start, end}) => {
      const before = source[start - 1]
      const after = source[end]
      return (
        (before === undefined || isBreak(before.charCodeAt(0))) &&
        (after === undefined || isBreak(after.charCodeAt(0))) &&
        !/[\r\n]/.test(source.slice(start, end)) &&
        !/^[#>\-+*=|\s]|^\d+[.)]/.test(source.slice(start, end))
      )
    })
}

/** The units translations follow: top-level Markdown blocks, or the reader's blocks in plain text. */
function unitsOf(document: Document, structure: Structure): Array<{start: number; end: number}> {
  if (document.format === 'text')
    return document.blocks.map((block) => ({start: block.position.start.offset, end: block.position.end.offset}))
  return structure.units
}

function unitIndex(units: Array<{start: number; end: number}>, offset: number): number {
  let found = -1
  for (let index = 0; index < units.length && units[index]!.start <= offset; index++) found = index
  return found
}

/** Quote Markdown line by line (`> `, `>` for an empty line), so that lists and paragraphs stay what they are. */
function quoteLines(markdown: string, eol: string): string {
  return markdown
    .split(/\r\n|\n|\r/)
    .map((line) => (line.trim() === '' ? '>' : '> ' + line))
    .join(eol)
}

/**
 * The translation's own Markdown for `segments`: each top-level block of the
 * translation they stand in, once (`shown` remembers the blocks given
 * already), so that a translated list stays a list.
 */
function translationBlocks(
  translation: Document,
  units: Array<{start: number; end: number}>,
  segments: Segment[],
  shown: Set<number>
): string[] {
  const blocks: string[] = []
  for (const segment of segments) {
    const offset = segment.position?.start.offset
    if (offset === undefined) continue
    const unit = unitIndex(units, offset)
    if (unit < 0 || shown.has(unit)) continue
    shown.add(unit)
    blocks.push(translation.source.slice(units[unit]!.start, units[unit]!.end))
  }
  return blocks
}

/**
 * What follows each unit in the interleaved layout, as a block quote: in
 * parallel mode the translation of its sentences (the translation's own
 * blocks, each once, when the translation is a document of its own), in
 * commentary mode the sentences its commentary discusses that no unit before
 * it quoted.
 */
export function interleavedInsertions(
  document: Document,
  structure: Structure,
  alignment: Alignment,
  eol: string,
  translation?: Document
): Insertion[] {
  const units = unitsOf(document, structure)
  const following = new Map<number, Segment[]>()
  const add = (unit: number, segments: Segment[]): void => {
    if (unit < 0 || segments.length === 0) return
    const list = following.get(unit) ?? []
    for (const segment of segments) if (!list.includes(segment)) list.push(segment)
    following.set(unit, list)
  }
  if (alignment.mode === 'parallel') {
    let unit = -1
    for (const pair of alignment.pairs) {
      const first = alignment.source.segments[pair.source[0] ?? -1]
      if (first?.position) unit = unitIndex(units, first.position.start.offset)
      add(unit, pair.target.map((index) => alignment.target.segments[index]!).filter(Boolean))
    }
  } else if (translation && commentaryFirst(alignment)) {
    // The translation comments on the document: after each of the document's units, the commentary on it, each sentence once.
    const quoted = new Set<Segment>()
    for (const [source, targets] of discussed(alignment)) {
      const commentary = alignment.source.segments[source]
      if (!commentary || quoted.has(commentary)) continue
      const first = targets.find((target) => target.position)
      if (!first?.position) continue
      quoted.add(commentary)
      add(unitIndex(units, first.position.start.offset), [commentary])
    }
  } else {
    const quoted = new Set<Segment>()
    for (const [source, targets] of discussed(alignment)) {
      const segment = alignment.source.segments[source]
      if (!segment?.position) continue
      const fresh = [...targets].filter((target) => !quoted.has(target)).sort((a, b) => a.index - b.index)
      for (const target of fresh) quoted.add(target)
      add(unitIndex(units, segment.position.start.offset), fresh)
    }
  }
  // The translation's own blocks are quoted as they stand, lists kept; an MDX page quotes its sentences, made MDX-safe, instead.
  const translationUnits =
    translation && translation.format === 'md' && !translation.mdx && !document.mdx
      ? Structure.of(translation.source).units
      : undefined
  const shown = new Set<number>()
  const insertions: Insertion[] = []
  for (const [unit, segments] of [...following].sort((a, b) => a[0] - b[0])) {
    const blocks =
      translation && translationUnits ? translationBlocks(translation, translationUnits, segments, shown) : []
    // Quoted text is guarded: it never holds one of glosa's marks nor a directive.
    const text =
      blocks.length > 0
        ? blocks.map((block) => quoteLines(guardMarkdown(block), eol)).join(eol + '>' + eol)
        : '> ' + segments.map((segment) => guardMarkdown(inCell(segment.text, segment.text, document))).join(' ')
    if (blocks.length === 0 && translationUnits) continue
    const {translation: opening, translationEnd} = marksFor(document)
    const quote = eol + eol + opening + eol + text + eol + translationEnd
    insertions.push({offset: units[unit]!.end, text: quote, rank: order.translation})
  }
  return insertions
}

/**
 * Markdown copied into a table cell or a translation quote, on one line; in
 * MDX, kept only when it is valid MDX on its own (else `text`, escaped).
 */
function inCell(markdown: string, text: string, document: Document): string {
  return escapeCell(document.mdx ? mdxSafeInline(markdown, text) : markdown)
}

/** One row of a side-by-side table: the two sides' segments. */
interface Row {
  left: Segment[]
  right: Segment[]
}

/**
 * Whether the aligner put the other document first: a Portuguese translation
 * read as a commentary on an English document is the alignment's source, and
 * the document annotated its target.
 */
export function commentaryFirst(alignment: Alignment): boolean {
  return alignment.notes?.some((note) => note.key === 'align:note.commentaryFirst') ?? false
}

/** Block roles of a quoted article: they go in the right column of a commentary table. */
const articleRoles = new Set(['headline', 'standfirst', 'quote', 'elision', 'credit'])

/** A whole block of `document` as one segment. */
function blockSegment(document: Document, block: Document['blocks'][number]): Segment {
  const {start, end} = block.position
  return {index: -1, text: document.source.slice(start.offset, end.offset), lang: block.lang, position: block.position}
}

/**
 * Rows of a commentary post laid side by side: every block of the document
 * once, in order, the commentary's on the left and the article's on the
 * right, a row per block, so that nothing is left out and no sentence shows
 * twice.
 */
function blockRows(document: Document, alignment: Alignment): Row[] {
  const commentaryLang = alignment.source.segments[0]?.lang
  return document.blocks.map((block) => {
    const right =
      articleRoles.has(block.role) ||
      (commentaryLang !== undefined && block.lang !== commentaryLang && block.role !== 'attribution')
    return right
      ? {left: [], right: [blockSegment(document, block)]}
      : {left: [blockSegment(document, block)], right: []}
  })
}

function rows(alignment: Alignment): Row[] {
  const at = (segments: Segment[], indexes: number[]): Segment[] =>
    indexes.map((index) => segments[index]!).filter(Boolean)
  if (alignment.mode === 'parallel') {
    return alignment.pairs.map((pair) => ({
      left: at(alignment.source.segments, pair.source),
      right: at(alignment.target.segments, pair.target)
    }))
  }
  const links = discussed(alignment)
  return alignment.source.segments.map((segment) => ({left: [segment], right: links.get(segment.index) ?? []}))
}

/**
 * Rows of a document that another document comments on: each of the
 * document's sentences once, in order, on the right, and on the left the
 * commentary sentences that discuss it first (a sentence that discusses
 * nothing stays with the one before it), so that both show whole.
 */
function commentedRows(alignment: Alignment): Row[] {
  const discussedText = alignment.target.segments
  if (discussedText.length === 0) return rows(alignment)
  const place = new Map(discussedText.map((segment, index) => [segment, index]))
  const links = discussed(alignment)
  const left = discussedText.map((): Segment[] => [])
  let row = 0
  for (const commentary of alignment.source.segments) {
    const targets = (links.get(commentary.index) ?? []).map((target) => place.get(target) ?? Infinity)
    const first = Math.min(...targets)
    if (first !== Infinity) row = first
    left[row]!.push(commentary)
  }
  return discussedText.map((segment, index) => ({left: left[index]!, right: [segment]}))
}

/** Whether an insertion belongs to the cell of `[start, end)`: what closes goes with the block before an offset, what opens with the block after it; no block marks. */
function insertionInCell(insertion: Insertion, start: number, end: number): boolean {
  const {offset, rank} = insertion
  if (rank === order.quoteOpen || rank === order.quoteClose || offset < start || offset > end) return false
  if (offset === start && start !== end && rank <= order.headingClose) return false
  return !(offset === end && start !== end && rank > order.headingClose)
}

/**
 * The side-by-side table: one row per aligned pair (parallel) or per
 * commentary sentence with the sentences it discusses (commentary). The
 * document's own cells are its source, with its annotations (`insertions`,
 * e.g. footnote calls); the other document's are its sentences' text.
 */
export function sideBySideTable(
  document: Document,
  alignment: Alignment,
  insertions: readonly Insertion[],
  headers: [string, string],
  sameDocument: boolean
): string {
  const cell = (start: number, end: number): string => {
    const inside = insertions
      .filter(
        (insertion) => insertionInCell(insertion, start, end) && (sameDocument || insertion.rank !== order.anchor)
      )
      .map((insertion) => ({...insertion, offset: insertion.offset - start}))
    return inCell(splice(document.source.slice(start, end), inside), document.source.slice(start, end), document)
  }
  const show = (own: boolean) => (segment: Segment) =>
    own && segment.position
      ? cell(segment.position.start.offset, segment.position.end.offset)
      : inCell(segment.text, segment.text, document)
  const swapped = !sameDocument && commentaryFirst(alignment)
  const lines = [`| ${headers.map(escapeCell).join(' | ')} |`, '| --- | --- |']
  const table =
    alignment.mode !== 'commentary'
      ? rows(alignment)
      : sameDocument
        ? blockRows(document, alignment)
        : swapped
          ? commentedRows(alignment)
          : rows(alignment)
  for (const row of table) {
    const left = row.left.map(show(!swapped)).join(' ')
    const right = row.right.map(show(sameDocument || swapped)).join(document.mdx ? '<br />' : '<br>')
    lines.push(`| ${left} | ${right} |`)
  }
  return lines.join('\n')
}
