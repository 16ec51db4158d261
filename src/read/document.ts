import {readInput} from './input.js'
import {assignLanguages} from '../identify/index.js'
import type {Block, Document, Format} from '../types.js'
import {LineIndex} from '../util/position.js'
import {detectFormat, isMdx} from './format.js'
import {readForumBlocks} from './forum.js'
import {readMarkdownBlocks, type TreeListener} from './markdown.js'
import {guardMarkdownShape} from './shape.js'
import {finishBlock} from './sentences.js'

/** Options of {@link readDocument}. */
export interface ReadOptions {
  /** `md` or `text`; default: from `file`'s extension, then from the content. */
  format?: Format
  /** Where the source came from (`-` for standard input); kept on the document. */
  file?: string
  /** Whether the source had a byte-order mark (already removed); default false. */
  bom?: boolean
  /**
   * Markdown only: called with each syntax tree the reader parses, so that a
   * later stage can use it instead of parsing the source again (see
   * {@link TreeListener}). Default: none. The document is the same either way.
   */
  onTree?: TreeListener
  /**
   * Markdown only: whether the source is MDX, so that its top-level
   * `import`/`export` paragraphs are left out of prose like code. Default:
   * from `file`'s extension (`.mdx`), or for a source without a name, when
   * it starts with an import or export statement.
   */
  mdx?: boolean
}

/**
 * Read a source into a document: blocks (headings, paragraphs, list items,
 * table cells, quotes, attributions, headlines, elisions, credits…), each
 * split into sentences with exact source positions, with languages set by
 * assignLanguages. Markdown nested past MAX_NESTING (`shape.ts`) throws a
 * GlosaError at the place; deep nesting below it adds a warning.
 */
export function readDocument(source: string, options: ReadOptions = {}): Document {
  const format = options.format ?? detectFormat(options.file, source)
  const lines = new LineIndex(source)
  const blocks: Block[] = []
  // Refused before parsing when nested past the bound; a warning when deep enough to slow the parser.
  const warning = format === 'md' ? guardMarkdownShape(source, options.file) : undefined
  // Finish each draft before asking for the next: drafts share scratch space.
  const drafts = format === 'md' ? readMarkdownBlocks(source, {mdx: options.mdx ?? isMdx(options.file, source), onTree: options.onTree}) : readForumBlocks(source)
  for (const draft of drafts) {
    blocks.push(finishBlock(draft, blocks.length + 1, source, lines, format === 'md'))
  }
  const languages = assignLanguages(blocks)
  const document: Document = {format, source, bom: options.bom ?? false, languages, blocks}
  if (options.file !== undefined) document.file = options.file
  if (warning) document.warnings = [warning]
  return document
}

/**
 * Read a file (`-` for standard input) into a document. Bad input (missing,
 * a folder, empty, binary, invalid UTF-8) throws a GlosaError naming the file.
 */
export function readDocumentFile(file: string, options: {format?: Format; onTree?: TreeListener} = {}): Document {
  const input = readInput(file)
  const format = options.format ?? detectFormat(file, input.text)
  return readDocument(input.text, {format, file, bom: input.bom, ...(options.onTree ? {onTree: options.onTree} : {})})
}
