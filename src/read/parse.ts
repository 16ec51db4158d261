import type {Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {remarkFootnoteIndex} from './footnote-index.js'

const parser = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkFootnoteIndex)
  .use(remarkFrontmatter, ['yaml', 'toml'])
  .freeze()

/** Parse Markdown as glosa reads it (CommonMark, GFM, YAML and TOML front matter): the one parser set-up. */
export function parseMarkdown(source: string): Root {
  return parser.parse(source)
}

/** Size (UTF-16 units) from which a chunk ends at the next place it can, so that syntax trees stay small. */
export const CHUNK_SIZE = 1 << 16

/**
 * Top-level blocks from which a chunk ends at the next place it can.
 * micromark re-splices its whole event list each time a block quote or
 * list closes, so a source of many separate quotes or lists costs the
 * square of their number in one parse (`> a⏎⏎` × 12,000, 60 KB: 27 s);
 * parsed 256 blocks at a time it costs their number.
 */
export const CHUNK_BLOCKS = 256

/** A line of a Markdown source, as {@link markdownLines} gives it. */
export interface MarkdownLine {
  /** Offset of the line's first character. */
  start: number
  /** The line with its line ending. */
  text: string
  /** The spaces and tabs it starts with. */
  indent: string
  /** The run of three or more backticks or tildes after the indent, if any. */
  marker: string | undefined
  /** Whether a fenced code block or an HTML block that blank lines do not end is open before the line. */
  openBefore: boolean
  /** Whether one is open after it (opened or left open by the line). */
  openAfter: boolean
}

/**
 * The lines of a Markdown source, each with whether it is inside a fenced
 * code block or an HTML block that blank lines do not end (comments,
 * `<pre>`, `<script>`, `<style>`, `<textarea>`): one pass, without parsing.
 */
export function* markdownLines(source: string): Generator<MarkdownLine> {
  const line = /([ \t]*)(`{3,}|~{3,})?[^\r\n]*(?:\r\n|\n|\r|$)/y
  let fence: string | undefined
  line.lastIndex = 0
  while (line.lastIndex < source.length) {
    const start = line.lastIndex
    const match = line.exec(source)!
    const text = match[0]
    const indent = match[1]!
    const marker = match[2]
    const openBefore = fence !== undefined
    // HTML blocks that blank lines do not end count as fences.
    if (fence === undefined && indent.length < 4) {
      const html = /^[ \t]*(?:<!--|<(pre|script|style|textarea)(?=[\s>]|$))/i.exec(text)
      if (html) fence = html[1] === undefined ? '-->' : `</${html[1].toLowerCase()}>`
    }
    if (fence === '-->' || fence?.startsWith('</')) {
      if (text.toLowerCase().includes(fence)) fence = undefined
    } else if (marker && indent.length < 4) {
      // A backtick fence's info string holds no backtick: "``` a`b" is a paragraph with code spans, not a fence.
      if (fence === undefined) {
        if (marker[0] !== '`' || !text.slice(indent.length + marker.length).includes('`')) fence = marker
      } else if (marker[0] === fence[0] && marker.length >= fence.length && text.trim() === marker) fence = undefined
    }
    yield {start, text, indent, marker, openBefore, openAfter: fence !== undefined}
    if (text.length === 0) break
  }
}

/**
 * Offsets where a Markdown source can be cut without changing how its
 * blocks parse: a blank line outside fenced code and HTML blocks that blank
 * lines do not end, followed by a line that starts at column 1 (so not a
 * list continuation or indented code) and is no fence. A cut is taken at the
 * first such place once the chunk holds `size` units or `blocks` places.
 */
export function chunkBoundaries(source: string, size = CHUNK_SIZE, blocks = CHUNK_BLOCKS): number[] {
  const cuts: number[] = []
  let blank = false
  let last = 0
  let places = 0
  for (const {start, text, indent, marker, openBefore, openAfter} of markdownLines(source)) {
    const isBlank = text.trim() === ''
    // Cut only before a line that starts outside a fence, after a blank line outside one.
    if (!openBefore && blank && !isBlank && indent === '' && marker === undefined && start > 0) {
      places++
      if (start - last >= size || places >= blocks) {
        cuts.push(start)
        last = start
        places = 0
      }
    }
    blank = isBlank && !openAfter && !openBefore
  }
  return cuts
}

/** A link reference or footnote definition on one line, its label in group 2 (`^` in group 1 for a footnote). */
const definitionLine = /^ {0,3}\[(\^?)((?:[^\]\\\r\n]|\\.)+)\]:/gm

/** Anything in brackets that can be a reference's label: `[text]`, `[ref]`, `[^note]` (over-finding is harmless). */
const bracketed = /\[(\^?)((?:[^[\]\\]|\\.){1,999})\]/g

/** A label as micromark matches it: white space collapsed and trimmed, case folded. */
function labelKey(footnote: string, label: string): string {
  return (
    footnote +
    label
      .replace(/[\t\n\r ]+/g, ' ')
      .trim()
      .toLowerCase()
      .toUpperCase()
  )
}

/**
 * The definitions of a source, as stand-ins to append to a chunk cut from
 * it: a reference (`[text][ref]`, `[ref]`, `[^note]`) parses as one only
 * when its definition is in the same parse, wherever that stands in the
 * document. Each chunk gets the stand-ins of the labels it mentions, after
 * a blank line, so the cost stays linear in the source.
 */
class Definitions {
  private readonly standIns = new Map<string, string>()

  constructor(source: string) {
    for (const [, footnote, label] of source.matchAll(definitionLine)) {
      const key = labelKey(footnote!, label!)
      // A footnote's stand-in holds no content; a link's points nowhere: only that it is defined matters.
      if (!this.standIns.has(key)) this.standIns.set(key, footnote ? `[^${label}]:` : `[${label}]: #`)
    }
  }

  /** What to append to `chunk` so that its references resolve as in the whole source. */
  appendixFor(chunk: string): string {
    if (this.standIns.size === 0) return ''
    const own = new Set<string>()
    for (const [, footnote, label] of chunk.matchAll(definitionLine)) own.add(labelKey(footnote!, label!))
    const needed = new Set<string>()
    for (const [, footnote, label] of chunk.matchAll(bracketed)) {
      const key = labelKey(footnote!, label!)
      const standIn = own.has(key) ? undefined : this.standIns.get(key)
      if (standIn) needed.add(standIn)
    }
    return needed.size === 0 ? '' : '\n\n' + [...needed].join('\n\n') + '\n'
  }
}

/** One parse of a Markdown source: the tree of the `length` units at `offset`, followed in `text` by definitions' stand-ins. */
export interface ParsedChunk {
  tree: Root
  offset: number
  length: number
  /** What was parsed: the chunk's own text, then anything appended. */
  text: string
}

/**
 * Parse a Markdown source as a run of chunks cut at {@link chunkBoundaries}
 * (`size` and `blocks` as there; the whole source at once when it is small), each with stand-ins for the
 * definitions its references need: the trees hold the same blocks and
 * inline constructs as the tree of the whole source, in time linear in the
 * number of blocks. Nodes from `length` on come from the stand-ins.
 */
export function* parseMarkdownChunks(source: string, size = CHUNK_SIZE, blocks = CHUNK_BLOCKS): Generator<ParsedChunk> {
  const cuts = chunkBoundaries(source, size, blocks)
  if (cuts.length === 0) return yield {tree: parseMarkdown(source), offset: 0, length: source.length, text: source}
  const definitions = new Definitions(source)
  let start = 0
  for (const end of [...cuts, source.length]) {
    const own = source.slice(start, end)
    const text = own + definitions.appendixFor(own)
    yield {tree: parseMarkdown(text), offset: start, length: end - start, text}
    start = end
  }
}
