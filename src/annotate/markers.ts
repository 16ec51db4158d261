import type {Nodes} from 'mdast'
import {indexOfSpan, parseMarkdown, type Span} from './tree.js'

/**
 * Everything glosa adds to a Markdown document, and nothing else, carries a
 * mark in glosa's reserved namespace (`glosa-…` identifiers, `glosa:…`
 * comments, a `data-glosa` or `glosa` attribute), so that `strip` can remove
 * exactly glosa's additions. Each addition is legal Markdown that renders
 * invisibly or as the annotation itself.
 */

/** The line ending a document uses (its first line break), `\n` when it has none. */
export function lineEnding(text: string): string {
  const match = /\r\n|\n|\r/.exec(text)
  return match ? match[0] : '\n'
}

/** A `glosa-…` identifier from an entry or sentence id: lower case ASCII letters, digits and hyphens. */
export function glosaId(id: string): string {
  const slug = id
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return 'glosa-' + (slug || 'x')
}

export const marks = {
  /** Opens the generated part appended to the document (footnote definitions, glossary section). */
  begin: (format: 'md' | 'text') => (format === 'text' ? '<!-- glosa:begin text -->' : '<!-- glosa:begin -->'),
  /** Opens the generated part when it goes before a last block left open (an unclosed code fence). */
  beginBefore: (format: 'md' | 'text') => (format === 'text' ? '<!-- glosa:begin-before text -->' : '<!-- glosa:begin-before -->'),
  end: '<!-- glosa:end -->',
  /** On a line of its own before a plain-text block that starts a line: ends the paragraph above. */
  break: '<!-- glosa:break -->',
  /** Ends a plain-text headline glosa made an ATX heading (`## ` inserted before it). */
  heading: '<!-- glosa:heading -->',
  headingPrefix: '## ',
  /** Around a line break glosa inserted to split a line between two plain-text blocks. */
  split: '<!-- glosa:split -->',
  /** After a one-line block glosa wrapped to show its role (`*…*<!-- glosa:standfirst -->`, see quote.ts). */
  role: (name: 'byline' | 'standfirst' | 'elision' | 'credit') => `<!-- glosa:${name} -->`,
  /** Lines around a quoted article whose lines glosa prefixed with `> ` (see quote.ts). */
  quote: '<!-- glosa:quote -->',
  quoteEnd: '<!-- glosa:quote-end -->',
  /** Around an inserted translation (interleaved layout). */
  translation: '<!-- glosa:translation -->',
  translationEnd: '<!-- glosa:translation-end -->',
  /** First line of a side-by-side document: the whole original follows, encoded, in a comment. */
  sideBySide: (format: 'md' | 'text') => (format === 'text' ? '<!-- glosa:side-by-side text -->' : '<!-- glosa:side-by-side -->'),
  sourceOpen: '<!-- glosa:source',
  sourceClose: '-->',
  footnote: (id: string) => `[^${id}]`,
  anchor: (id: string) => `<a id="${id}"></a>`,
  link: (text: string, id: string) => `[${text}](#${id})`,
  abbr: (text: string, id: string, title: string) => `<abbr data-glosa="${id}" title="${title}">${text}</abbr>`,
  directive: (text: string, id: string) => `:term[${text}]{glosa="${id}"}`
} as const

const id = String.raw`glosa-[a-z0-9-]+`
const title = String.raw`(?: "(?:[^"\\\r\n]|\\.)*")?`

/** Inline additions: a note call, an anchor, commentary labels and references; wrappings keep their text (group 1, 2 or 3). */
const inline = [
  String.raw`<sup>\[↗\d+\]\(#${id}${title}\)(?: \[↗\d+\]\(#${id}${title}\))*</sup>`,
  String.raw` → \[\[\d+\]\]\(#${id}${title}\)(?: \[\[\d+\]\]\(#${id}${title}\))*`,
  String.raw`<a id="${id}"></a>\[\[\d+\]\]\(#${id}${title}\) `,
  String.raw`<sup>\[\d+\]\(#${id}\)</sup>`,
  String.raw`\[\^${id}\]`,
  String.raw`<a id="${id}"></a>`,
  String.raw`\[([^\[\]]*)\]\(#${id}\)`,
  String.raw`<abbr data-glosa="${id}" title="[^"]*">([\s\S]*?)</abbr>`,
  String.raw`:term\[([^\[\]]*)\]\{glosa="${id}"\}`
]

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** The pattern of every addition, for documents whose line ending is `eol`. */
export function additionPattern(eol: string): RegExp {
  const n = escapeRegExp(eol)
  const block = [
    String.raw`${n}${n}<!-- glosa:begin(?: text)? -->[\s\S]*?<!-- glosa:end -->(?:${n})?`,
    String.raw`<!-- glosa:begin-before(?: text)? -->[\s\S]*?<!-- glosa:end -->${n}${n}`,
    String.raw`${n}${n}<!-- glosa:translation -->[\s\S]*?<!-- glosa:translation-end -->`,
    String.raw`${n}<!-- glosa:split -->${n}`,
    String.raw`<!-- glosa:break -->${n}`,
    String.raw`<!-- glosa:quote -->${n}`,
    String.raw`${n}<!-- glosa:quote-end -->`
  ]
  const heading = String.raw`(?<=^|${n})## ([^\r\n]*)<!-- glosa:heading -->`
  const role = String.raw`(?:\*\*|— \*|\*)([^\r\n]*?)\*{1,2}<!-- glosa:(?:byline|standfirst|elision|credit) -->`
  return new RegExp([...block, ...inline, heading, role].join('|'), 'g')
}

/** Roles glosa shows only in plain text (see quote.ts). */
const textRoles = ['byline', 'standfirst', 'elision', 'credit'] as const

/** How every side-by-side document starts. */
export const sideBySidePrefix = '<!-- glosa:side-by-side'

/**
 * Source ranges of fenced code blocks and code spans: glosa never writes into
 * them, so a mark there is the document's own text (an example of glosa's output). In source
 * order and disjoint, as a tree walk finds them.
 */
function codeRanges(text: string): Span[] {
  if (!text.includes('`') && !text.includes('~~~')) return []
  const ranges: Span[] = []
  const visit = (node: Nodes): void => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start !== undefined && end !== undefined) {
      if (node.type === 'inlineCode' || (node.type === 'code' && /^[ \t]*(?:```|~~~)/.test(text.slice(start, end)))) {
        ranges.push({type: node.type, start, end})
        return
      }
    }
    if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(parseMarkdown(text))
  return ranges
}

/** One of glosa's additions in an annotated text, and the text it gives back when stripped. */
export interface Addition {
  start: number
  end: number
  match: RegExpExecArray
}

/**
 * glosa's additions in `text`, in order. Marks inside fenced code and code
 * spans are the document's own, unless its original was plain text (`code`
 * false), where backticks are no Markdown.
 */
export function findAdditions(text: string, options: {code?: boolean} = {}): Addition[] {
  // Every addition holds the word "glosa": a text without it (any source not yet annotated) needs no pattern search.
  if (!text.includes('glosa')) return []
  const pattern = additionPattern(lineEnding(text))
  if (!pattern.test(text)) return []
  pattern.lastIndex = 0
  const code = options.code === false ? [] : codeRanges(text)
  const additions: Addition[] = []
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const start = match.index
    // A block mark opens with line endings that an unclosed fence's code may take in: its mark is what counts.
    const mark = start + match[0].length - match[0].replace(/^[\r\n]+/, '').length
    if (indexOfSpan(code, mark, false) !== -1) {
      pattern.lastIndex = start + 1
      continue
    }
    additions.push({start, end: start + match[0].length, match})
  }
  return additions
}

/** MDX output writes glosa's marks as expression comments: read them as the HTML comments they stand for. */
export function fromDialect(text: string): string {
  return text.includes('{/* glosa:') ? text.replace(/\{\/\* (glosa:[^*]*?) \*\/\}/g, '<!-- $1 -->') : text
}

/**
 * A forum target's additions: a note call `[1]`, a sentence label `[#14] `,
 * references ` → [#14] [#15]`, the notes appended at the end, each between
 * two U+2063 INVISIBLE SEPARATORs (see target.ts).
 */
export const forumAddition = /\u2063(?:\[\d+\]|\[#\d+\] | → \[#\d+\](?: \[#\d+\])*|(?:\r\n|\n|\r){2}[^\u2063]*)\u2063/g

/** Whether `text` holds anything glosa adds. */
export function isAnnotated(text: string): boolean {
  if (text.startsWith(sideBySidePrefix)) return true
  forumAddition.lastIndex = 0
  return forumAddition.test(text) || findAdditions(fromDialect(text)).length > 0
}

/** The format recorded in an annotated document: `text` when its original was plain text. */
export function recordedFormat(text: string): 'md' | 'text' | undefined {
  if (text.startsWith(marks.sideBySide('text'))) return 'text'
  const added = findAdditions(fromDialect(text)).map((addition) => addition.match[0])
  const has = (mark: string) => added.some((part) => part.includes(mark))
  if ([marks.begin('text'), marks.beginBefore('text'), marks.break, marks.split, marks.heading, marks.quote, ...textRoles.map(marks.role)].some(has)) return 'text'
  if (has(marks.begin('md')) || has(marks.beginBefore('md'))) return 'md'
  return undefined
}

/**
 * Hide a whole document inside an HTML comment: `&` and `-` become character
 * references, so the text can hold no `--` (which would end or break the comment).
 */
export function encodeComment(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/-/g, '&#45;').replace(/>/g, '&gt;')
}

const decoded: Record<string, string> = {'&amp;': '&', '&#45;': '-', '&gt;': '>'}

export function decodeComment(text: string): string {
  return text.replace(/&(?:amp|#45|gt);/g, (reference) => decoded[reference]!)
}
