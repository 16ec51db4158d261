import type {Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {Point} from '../types.js'
import {MDX_SIGNALS} from './data/mdx.js'

/** remark with MDX syntax (`micromark-extension-mdxjs`), GFM and front matter, as docs sites configure it. */
const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze()

/** Why a source is not valid MDX, where the MDX parser stopped. */
export interface MdxProblem {
  /** The parser's reason, in its own words (English), as the MDX compiler reports it. */
  reason: string
  place: Point
}

/** Whether `source` holds syntax only MDX has (see {@link MDX_SIGNALS}). */
export function hasMdxSyntax(source: string): boolean {
  return MDX_SIGNALS.some((signal) => signal.test(source))
}

/**
 * Parse `source` as MDX: the tree, or where and why it is not MDX. Only the
 * parser's own syntax errors are answered; anything else is a bug and thrown.
 */
export function parseMdx(source: string): {tree: Root} | {problem: MdxProblem} {
  try {
    return {tree: mdxParser.parse(source) as Root}
  } catch (error) {
    const message = error as {reason?: string; place?: unknown; line?: number; column?: number}
    if (typeof message.reason !== 'string' || typeof message.line !== 'number') throw error
    // The place is a point, or a position whose start is the point.
    const place = message.place as (Partial<Point> & {start?: Partial<Point>}) | undefined
    const offset = place?.start?.offset ?? place?.offset ?? 0
    return {problem: {reason: message.reason, place: {line: message.line, column: message.column ?? 1, offset}}}
  }
}
