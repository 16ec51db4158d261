import type {Root} from 'mdast'
import {visit} from 'unist-util-visit'
import type {TreeListener} from '../read/index.js'

/** What a suppression comment asks for. */
export type DirectiveKind = 'disable-next-line' | 'disable' | 'enable' | 'ignore-file'

/**
 * A suppression comment found in a file: `<!-- glosa-disable-next-line
 * untranslated -->`, or in MDX `{/* glosa-disable-next-line *\/}`.
 */
export interface Directive {
  kind: DirectiveKind
  /** The rule ids it names; none: every rule. */
  rules: string[]
  /** `[start, end)` of the comment in the source. */
  start: number
  end: number
  /** Where each rule id is in the source, for messages about it. */
  ruleStarts: number[]
}

// The directive in a comment's body: `glosa-disable untranslated, number-mismatch -- why`.
const body = /^\s*glosa-(disable-next-line|disable|enable|ignore-file)(?=\s|$)([^]*?)\s*$/
const htmlComment = /<!--([^]*?)-->/g
const mdxComment = /\{\s*\/\*([^]*?)\*\/\s*\}/g

/** The directive a comment body (`from` is the body's source offset) holds, if any. */
function parseBody(text: string, from: number, start: number, end: number): Directive | undefined {
  const match = body.exec(text)
  if (!match) return undefined
  const kind = match[1] as DirectiveKind
  // A description after ` -- ` is for people, as in ESLint.
  const listed = match[2]!.split(/\s--\s/)[0]!
  const listFrom = from + match.index + match[0].indexOf(match[2]!, 'glosa-'.length + kind.length)
  const rules: string[] = []
  const ruleStarts: number[] = []
  for (const rule of listed.matchAll(/[^\s,]+/g)) {
    rules.push(rule[0])
    ruleStarts.push(listFrom + rule.index)
  }
  return {kind, rules, start, end, ruleStarts}
}

/** The directives of comments in `source` between `from` and `to`, found with `pattern`. */
function scan(source: string, from: number, to: number, pattern: RegExp, into: Directive[]): void {
  const text = source.slice(from, to)
  for (const match of text.matchAll(pattern)) {
    const start = from + match.index
    const inner = start + match[0].indexOf(match[1]!)
    const directive = parseBody(match[1]!, inner, start, start + match[0].length)
    if (directive) into.push(directive)
  }
}

/** A node of the reader's tree that may hold a suppression comment: where it is and what kind. */
interface Candidate {
  type: 'html' | 'text' | 'expression'
  from: number
  to: number
}

/**
 * Collect the suppression comments of a Markdown (or MDX) source from the
 * reader's syntax trees: HTML comments are `html` nodes and MDX comments are
 * text or expression nodes, so a comment shown inside fenced, indented or
 * inline code is code and never a directive. Give `onTree` to the reader,
 * then ask `directivesIn(source)` for the directives, in source order.
 */
export function collectDirectives(): {onTree: TreeListener; directivesIn: (source: string) => Directive[]} {
  const candidates: Candidate[] = []
  const onTree: TreeListener = (tree: Root, chunk) => {
    visit(tree, (node) => {
      const type = node.type as string
      const kind =
        type === 'html'
          ? 'html'
          : type === 'text'
            ? 'text'
            : type === 'mdxFlowExpression' || type === 'mdxTextExpression'
              ? 'expression'
              : undefined
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      // Past the chunk's own text are the link definitions the reader appends to it.
      if (kind === undefined || start === undefined || end === undefined || start >= chunk.length) return
      candidates.push({type: kind, from: chunk.offset + start, to: chunk.offset + Math.min(end, chunk.length)})
    })
  }
  const directivesIn = (source: string) => {
    const directives: Directive[] = []
    // Most sources hold no directive at all. (Searching on from each text node to the next `glosa-`
    // instead cost the square of the source's length where there was none: 6 s of a 2 MB check.)
    const anyDirective = source.includes('glosa-')
    for (const {type, from, to} of candidates) {
      if (type === 'html') scan(source, from, to, htmlComment, directives)
      else if (type === 'text') {
        if (anyDirective && source.slice(from, to).includes('glosa-')) scan(source, from, to, mdxComment, directives)
      } else {
        // An MDX expression node may hold the comment with or without its braces.
        const text = source.slice(from, to)
        const comment = /^\{?\s*\/\*([^]*?)\*\/\s*\}?$/.exec(text)
        if (!comment) continue
        const directive = parseBody(comment[1]!, from + text.indexOf(comment[1]!), from, to)
        if (directive) directives.push(directive)
      }
    }
    return directives
  }
  return {onTree, directivesIn}
}

/** The suppression comments of a plain-text source (no code to tell apart): HTML comments anywhere. */
export function textDirectives(source: string): Directive[] {
  const directives: Directive[] = []
  scan(source, 0, source.length, htmlComment, directives)
  return directives
}
