import type {Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {Point} from '../types.js'
import {LineIndex} from '../util/position.js'
import {MDX_SIGNALS} from './data/mdx.js'
import {markdownLines, type MarkdownLine} from './parse.js'

/** remark with MDX syntax (`micromark-extension-mdxjs`), GFM and front matter, as docs sites configure it. */
const mdxParser = unified()
  .use(remarkParse)
  .use(remarkMdx)
  .use(remarkGfm)
  .use(remarkFrontmatter, ['yaml', 'toml'])
  .freeze()

/** Why a source is not valid MDX, where the MDX parser stopped. */
export interface MdxProblem {
  /** The parser's reason, in its own words (English), as the MDX compiler reports it. */
  reason: string
  place: Point
}

/** A code span, its backtick run matched by one of the same length. */
const codeSpan = /(?<!`)(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g

/**
 * Whether `source` holds syntax only MDX has (see {@link MDX_SIGNALS}) in
 * its text: an `import` in a fenced code block, a `<script>` block or a
 * code span (`<Teleport>`) is an example, not MDX, and parsing a page as
 * MDX only to fail costs as much as reading it.
 */
export function hasMdxSyntax(source: string): boolean {
  if (!MDX_SIGNALS.some((signal) => signal.test(source))) return false
  let text = ''
  for (const line of markdownLines(source)) text += line.openBefore || line.openAfter ? '\n' : line.text
  text = text.replace(codeSpan, ' ')
  return MDX_SIGNALS.some((signal) => signal.test(text))
}

/**
 * Parse `source` as MDX: the tree, or where and why it is not MDX. Only the
 * parser's own syntax errors are answered; anything else is a bug and thrown.
 */
export function parseMdx(source: string): {tree: Root} | {problem: MdxProblem} {
  // MDX has no HTML comments and no `{#id}` heading ids: a page with a line opening with one or a heading
  // ending with one (VitePress pages have `<!-- TODO … -->` and `# Title {#title}`) is refused at the
  // first such line, in the parser's words for it, without parsing the whole page to learn it.
  const line = unreadableLine(source)
  if (line) {
    const problem = parseWhole(line.text.replace(/\r?\n$|\r$/, ''))
    if ('problem' in problem) {
      const offset = line.start + problem.problem.place.offset
      return {problem: {reason: problem.problem.reason, place: new LineIndex(source).point(offset)}}
    }
  }
  return parseWhole(source)
}

function parseWhole(source: string): {tree: Root} | {problem: MdxProblem} {
  try {
    return {tree: mdxParser.parse(source) as Root}
  } catch (error) {
    const message = error as {
      reason?: string
      place?: unknown
      line?: number
      column?: number
      ruleId?: string
      source?: string
    }
    if (typeof message.reason !== 'string') throw error
    if (typeof message.line === 'number') {
      // The place is a point, or a position whose start is the point.
      const place = message.place as (Partial<Point> & {start?: Partial<Point>}) | undefined
      const offset = place?.start?.offset ?? place?.offset ?? 0
      return {problem: {reason: message.reason, place: {line: message.line, column: message.column ?? 1, offset}}}
    }
    const place = unclosedTagPlace(message.reason, message, source)
    if (!place) throw error
    return {problem: {reason: message.reason, place}}
  }
}

/** A line MDX cannot read: one opening with an HTML comment, or an ATX heading ending with a `{#id}`. */
const unreadable = /^ {0,3}(?:<!--|#{1,6}[ \t][^\r\n]*\{#[^{}\r\n]*\}[ \t]*(?:\r\n|\n|\r)?$)/

/** The first line outside code that MDX cannot read (see {@link unreadable}), if any. */
function unreadableLine(source: string): MarkdownLine | undefined {
  if (!source.includes('<!--') && !source.includes('{#')) return undefined
  for (const line of markdownLines(source)) if (!line.openBefore && unreadable.test(line.text)) return line
  return undefined
}

/**
 * A JSX tag left open at the end of the document has no place of its own
 * (the parser names none: nothing closes it); its reason names where the tag
 * opens, `Expected a closing tag for \`<Note>\` (1:1-1:26)`: that is the place.
 */
function unclosedTagPlace(
  reason: string,
  message: {ruleId?: string | undefined; source?: string | undefined},
  source: string
): Point | undefined {
  if (message.source !== 'mdast-util-mdx-jsx' || message.ruleId !== 'end-tag-mismatch') return undefined
  const opening = /\((\d+):(\d+)-\d+:\d+\)/.exec(reason)
  if (!opening) return undefined
  const line = Number(opening[1])
  const column = Number(opening[2])
  return {line, column, offset: new LineIndex(source).offset(line, column)}
}
