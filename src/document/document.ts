import {readInput} from '../util/input.js'
import {assignLanguages, identifyLanguage} from '../identify/index.js'
import type {Root} from 'mdast'
import type {Block, Document, InputFormat, ReadWarning} from '../types.js'
import {GlosaError} from '../util/errors.js'
import {LineIndex} from '../util/position.js'
import {detectFormat, isMdx} from '../read/format.js'
import {readForumBlocks} from '../read/forum.js'
import {readMarkdownBlocks, type TreeListener} from '../read/markdown.js'
import {hasMdxSyntax, parseMdx} from '../read/mdx.js'
import {guardMarkdownShape} from '../read/shape.js'
import {finishBlock} from './sentences.js'
import {splitSentences} from '../segment/index.js'

/** Options of {@link readDocument}. */
export interface ReadOptions {
  /**
   * `md`, `mdx` or `text`; default: from `file`'s extension, then from the
   * content. Markdown (`.md`, `.mdx` or detected) is read as MDX when it holds
   * MDX syntax and parses as MDX; `md` never reads MDX, `mdx` refuses a source
   * that is not valid MDX.
   */
  format?: InputFormat
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
  /** JSX attributes whose values are prose in MDX. Default: `alt`, `title`, `caption`, `label`, `aria-label`. */
  attributes?: readonly string[]
}

/**
 * The MDX tree to read a Markdown source from, or none (read as plain
 * Markdown): with `--format mdx`, the source must parse; otherwise a source
 * named `.mdx` or holding MDX syntax is tried, and one that does not parse is
 * read as plain Markdown with a warning saying where MDX stopped.
 */
function mdxTree(source: string, options: ReadOptions, warnings: ReadWarning[]): Root | undefined {
  if (options.format === 'md' || options.mdx === false) return undefined
  const forced = options.format === 'mdx' || options.mdx === true
  if (!forced && !isMdx(options.file, source) && !hasMdxSyntax(source)) return undefined
  const parsed = parseMdx(source)
  if ('tree' in parsed) return parsed.tree
  const {reason, place} = parsed.problem
  if (forced) throw new GlosaError('mdx:invalid', {reason}, {file: options.file, place})
  warnings.push({key: 'mdx:readAsMarkdown', values: {reason}, place})
  return undefined
}

/**
 * Read a source into a document, the stages composed in order: read
 * (src/read: blocks — headings, paragraphs, list items, table cells, quotes,
 * attributions, headlines, elisions, credits… — with their prose and exact
 * source positions), segment (each block's prose into located sentences)
 * and identify (languages set by assignLanguages). Markdown nested past MAX_NESTING (`shape.ts`) throws a
 * GlosaError at the place; deep nesting below it adds a warning.
 */
export function readDocument(source: string, options: ReadOptions = {}): Document {
  const format = options.format === 'mdx' ? 'md' : (options.format ?? detectFormat(options.file, source))
  const lines = new LineIndex(source)
  const blocks: Block[] = []
  const warnings: ReadWarning[] = []
  // Refused before parsing when nested or marked up past the bounds; a warning when enough to slow the parser.
  if (format === 'md') warnings.push(...guardMarkdownShape(source, options.file))
  const tree = format === 'md' ? mdxTree(source, options, warnings) : undefined
  // Finish each draft before asking for the next: drafts share scratch space.
  const drafts =
    format === 'md'
      ? readMarkdownBlocks(source, {
          mdx: options.mdx ?? isMdx(options.file, source),
          tree,
          attributes: options.attributes,
          onTree: options.onTree
        })
      : readForumBlocks(source, {identifyLanguage, splitSentences})
  for (const draft of drafts) {
    blocks.push(finishBlock(draft, blocks.length + 1, source, lines, format === 'md'))
  }
  const languages = assignLanguages(blocks)
  const document: Document = {format, source, bom: options.bom ?? false, languages, blocks}
  if (format === 'md') document.mdx = tree !== undefined
  if (warnings.length > 0) document.warnings = warnings
  if (options.file !== undefined) document.file = options.file
  return document
}

/**
 * Read a file (`-` for standard input) into a document. Bad input (missing,
 * a folder, empty, binary, invalid UTF-8) throws a GlosaError naming the file.
 */
export function readDocumentFile(
  file: string,
  options: {format?: InputFormat; onTree?: TreeListener; attributes?: readonly string[]} = {}
): Document {
  const input = readInput(file)
  // Without a format, readDocument detects it, and whether Markdown is MDX.
  return readDocument(input.text, {
    ...(options.format ? {format: options.format} : {}),
    file,
    bom: input.bom,
    ...(options.onTree ? {onTree: options.onTree} : {}),
    ...(options.attributes ? {attributes: options.attributes} : {})
  })
}
