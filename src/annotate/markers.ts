import {indexOfSpan, Structure, type Span} from './tree.js'
import {escapeRegExp} from '../text/index.js'

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

/**
 * The `glosa-…` identifiers a text already holds: glosa gives its own marks
 * other ids, so that a user's `[^glosa-1]` or `<a id="glosa-nota">` never
 * reads as one of glosa's.
 */
export function idsIn(text: string): Set<string> {
  const ids = new Set<string>()
  if (text.includes('glosa-')) for (const [found] of text.matchAll(/glosa-[a-z0-9-]+/g)) ids.add(found)
  return ids
}

export const marks = {
  /** Opens the generated part appended to the document (footnote definitions, glossary section). */
  begin: (format: 'md' | 'text') => (format === 'text' ? '<!-- glosa:begin text -->' : '<!-- glosa:begin -->'),
  /** Opens the generated part when it goes before a last block left open (an unclosed code fence). */
  beginBefore: (format: 'md' | 'text') =>
    format === 'text' ? '<!-- glosa:begin-before text -->' : '<!-- glosa:begin-before -->',
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
  sideBySide: (format: 'md' | 'text') =>
    format === 'text' ? '<!-- glosa:side-by-side text -->' : '<!-- glosa:side-by-side -->',
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

/**
 * A comment mark, in either form glosa writes: an HTML comment (Markdown)
 * or an MDX comment expression (MDX, see mdx.ts): `<!-- glosa:end -->`,
 * `{/* glosa:end *\/}`.
 */
function comment(body: string): string {
  return String.raw`(?:<!-- ${body} -->|\{/\* ${body} \*/\})`
}

/** Where a generated part opens, in either comment form. */
const beginComment = ['<!-- glosa:begin', '{/* glosa:begin'] as const

/** The two forms of the mark that ends a generated part. */
const endComments = ['<!-- glosa:end -->', '{/* glosa:end */}'] as const

/**
 * Every mark glosa writes into a document's body, for documents whose line
 * ending is `eol`. A match is only a candidate: {@link ownedAdditions} decides
 * which are glosa's.
 */
function candidatePattern(eol: string): RegExp {
  const n = escapeRegExp(eol)
  return new RegExp(
    [
      String.raw`(?<sup><sup>\[↗\d+\]\(#${id}${title}\)(?: \[↗\d+\]\(#${id}${title}\))*</sup>)`,
      // Commentary references ` → [[14]](#…)` and a discussed sentence's label, an anchor with a link back (see target.ts).
      String.raw`(?<refs> → \[\[\d+\]\]\(#${id}${title}\)(?: \[\[\d+\]\]\(#${id}${title}\))*)`,
      String.raw`<a id="(?<label>${id})"></a>\[\[\d+\]\]\(#(?<back>${id})${title}\) `,
      // A note call for renderers without GFM footnotes: a superscript link to a notes list item.
      String.raw`<sup>\[\d+\]\(#(?<note>${id})\)</sup>`,
      String.raw`\[\^(?<call>${id})\]`,
      String.raw`<a id="(?<anchor>${id})"></a>`,
      String.raw`\[(?<linkText>[^\[\]]*)\]\(#(?<link>${id})\)`,
      String.raw`<abbr data-glosa="(?<abbr>${id})" title="[^"]*">(?<abbrText>[\s\S]*?)</abbr>`,
      String.raw`:term\[(?<directiveText>[^\[\]]*)\]\{glosa="(?<directive>${id})"\}`,
      String.raw`${n}${n}${comment('glosa:translation')}(?<translation>[\s\S]*?)${comment('glosa:translation-end')}`,
      String.raw`(?<split>${n}${comment('glosa:split')}${n})`,
      String.raw`(?<break>${comment('glosa:break')}${n})`,
      // A promoted headline: `## ` before it and a comment after it, with its own marks between.
      String.raw`(?<heading>(?<=^|${n})## (?=[^\r\n]*${comment('glosa:heading')})|${comment('glosa:heading')})`,
      // A one-line block wrapped to show its role: the wrap before it and the wrap and comment after it (see quote.ts).
      String.raw`(?<role>(?<=^|${n})(?:\*\*|— \*|\*)(?=[^\r\n]*?\*<!-- glosa:(?:byline|standfirst|elision|credit) -->)|\*{1,2}<!-- glosa:(?:byline|standfirst|elision|credit) -->)`,
      String.raw`(?<quote>${comment('glosa:quote')}${n}|${n}${comment('glosa:quote-end')})`
    ].join('|'),
    'g'
  )
}

/** How every side-by-side document starts. */
export const sideBySidePrefix = '<!-- glosa:side-by-side'

/** How every side-by-side document made from MDX starts. */
export const mdxSideBySidePrefix = '{/* glosa:side-by-side'

/** Whether `text` is a side-by-side document, from Markdown or MDX. */
export function isSideBySide(text: string): boolean {
  return text.startsWith(sideBySidePrefix) || text.startsWith(mdxSideBySidePrefix)
}

/** Whether `text` may hold a generated part: it has an opening mark in either form. */
function mayHoldPart(text: string): boolean {
  return beginComment.some((mark) => text.includes(mark))
}

/** glosa's generated part in an annotated document: what it holds, and the range `strip` removes. */
export interface GeneratedPart {
  /** Where it starts and ends, with the line endings glosa wrote around it. */
  start: number
  end: number
  /** The original's format, as the opening mark records it. */
  format: 'md' | 'text'
  /** The labels of its footnote definitions. */
  footnotes: Set<string>
  /** The ids of its anchors (one per glossary item). */
  anchors: Set<string>
}

/**
 * Within a generated part, the word `glosa` only ever stands in a footnote
 * definition's label or a glossary item's anchor at the start of a line:
 * generated text is guarded so that it never holds the word (see `guardText`).
 */
const partContent = /(?<=^|[\r\n])(?:\[\^(glosa-[a-z0-9-]+)\]: |(?:-|\d+\.) <a id="(glosa-[a-z0-9-]+)"><\/a>)|glosa/gi

/** What the part between `from` and `to` defines, if it reads as glosa wrote it; undefined if not. */
function partDefinitions(
  text: string,
  from: number,
  to: number
): Pick<GeneratedPart, 'footnotes' | 'anchors'> | undefined {
  const footnotes = new Set<string>()
  const anchors = new Set<string>()
  for (const match of text.slice(from, to).matchAll(partContent)) {
    const [, label, anchor] = match
    if (label !== undefined) footnotes.add(label)
    else if (anchor !== undefined) anchors.add(anchor)
    else return undefined
  }
  return {footnotes, anchors}
}

/** The opening mark at `at` (`begin` or `begin-before`), with the format it records. */
function openingAt(
  text: string,
  at: number,
  eol: string
): {kind: string; format: 'md' | 'text'; end: number} | undefined {
  const match = /<!-- glosa:(begin|begin-before)( text)? -->|\{\/\* glosa:(begin|begin-before)( text)? \*\/\}/y
  match.lastIndex = at
  const found = match.exec(text)
  if (!found || !text.startsWith(eol, match.lastIndex)) return undefined
  return {kind: (found[1] ?? found[3])!, format: found[2] || found[4] ? 'text' : 'md', end: match.lastIndex}
}

/** Where the last opening mark (either form) starting with `prefix` (`glosa:begin` or `glosa:begin-before`) stands before `before`, or -1. */
function lastOpening(text: string, name: string, before: number): number {
  return Math.max(text.lastIndexOf('<!-- ' + name, before), text.lastIndexOf('{/* ' + name, before))
}

/**
 * glosa's generated part, found by its structure: an HTML block of its own
 * that opens with `<!-- glosa:begin -->` and whose `<!-- glosa:end -->` ends
 * the document, or opens with `<!-- glosa:begin-before -->` and ends right
 * before a last block left open; and between them nothing but what glosa
 * writes there. A document without one holds nothing of glosa's.
 */
export function generatedPart(text: string, structure?: Structure): GeneratedPart | undefined {
  if (!mayHoldPart(text)) return undefined
  const eol = lineEnding(text)
  const tree = structure ?? Structure.of(text)
  // An HTML comment is an HTML block; an MDX comment, read as plain Markdown, a paragraph.
  const startsBlock = (at: number) => {
    const unit = tree.units[indexOfSpan(tree.units, at, false)]
    return unit?.start === at && unit.type === (text.startsWith('<!--', at) ? 'html' : 'paragraph')
  }
  const end = endComments.find((mark) => text.endsWith(mark + eol) || text.endsWith(mark)) ?? marks.end
  const close = text.endsWith(end + eol)
    ? text.length - eol.length - end.length
    : text.endsWith(end)
      ? text.length - end.length
      : -1
  if (close !== -1) {
    const at = lastOpening(text, 'glosa:begin', close)
    const opening = at === -1 ? undefined : openingAt(text, at, eol)
    const defined = opening?.kind === 'begin' ? partDefinitions(text, opening.end, close) : undefined
    if (opening && defined && text.slice(at - 2 * eol.length, at) === eol + eol && startsBlock(at)) {
      return {start: at - 2 * eol.length, end: text.length, format: opening.format, ...defined}
    }
  }
  // Before a last block left open (a directive container, in the directive style): the part ends, with a blank line, where that block starts.
  for (const open of new Set([tree.openEnd(text), tree.openEnd(text, {containers: true})])) {
    const closeBefore = open === undefined ? -1 : open - 2 * eol.length - marks.end.length
    // Both end marks have the same length.
    if (
      open === undefined ||
      closeBefore < 0 ||
      !endComments.some((mark) => text.startsWith(mark + eol + eol, closeBefore))
    )
      continue
    const at = lastOpening(text, 'glosa:begin-before', closeBefore)
    const opening = at === -1 ? undefined : openingAt(text, at, eol)
    const defined = opening ? partDefinitions(text, opening.end, closeBefore) : undefined
    if (opening && defined && startsBlock(at)) return {start: at, end: open, format: opening.format, ...defined}
  }
  return undefined
}

/**
 * Source ranges of fenced code blocks and code spans: glosa never writes into
 * them, so a mark there is the document's own text (an example of glosa's output).
 */
function codeRanges(text: string, structure: Structure): Span[] {
  const ranges: Span[] = []
  for (const leaf of structure.leaves) {
    if (leaf.type === 'code' && /^[ \t]*(?:```|~~~)/.test(text.slice(leaf.start, leaf.start + 40))) ranges.push(leaf)
    for (const node of leaf.inlines) if (node.type === 'inlineCode') ranges.push(node)
  }
  return ranges.sort((a, b) => a.start - b.start)
}

/** One of glosa's additions in an annotated text. */
export interface Addition {
  start: number
  end: number
  /** What stays of it when stripped (a wrapped term's text). */
  kept: string
}

function escaped(text: string, at: number): boolean {
  let slashes = 0
  while (at - slashes > 0 && text.charCodeAt(at - slashes - 1) === 92) slashes++
  return slashes % 2 === 1
}

/**
 * The additions in `text` that are glosa's, in order: a footnote call whose
 * definition is in the generated part, a link, `<abbr>` or directive naming
 * one of its anchors, a commentary reference whose targets are all anchors in
 * the body and those anchors, and the block marks of the format and layout
 * glosa recorded. Nothing is glosa's without a generated part; nothing
 * escaped or inside code is (in a Markdown original).
 */
export function ownedAdditions(text: string, part: GeneratedPart, structure: Structure): Addition[] {
  const eol = lineEnding(text)
  const pattern = candidatePattern(eol)
  const code = part.format === 'text' ? [] : codeRanges(text, structure)
  const found: Array<Addition & {sup?: string[]; anchor?: string; back?: string}> = []
  const anchors = new Set<string>()
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const start = match.index
    const end = start + match[0].length
    const groups = match.groups!
    // A block mark opens with line endings that an unclosed fence's code may take in: its mark is what counts.
    const mark = start + match[0].length - match[0].replace(/^[\r\n]+/, '').length
    if ((part.start <= start && start < part.end) || indexOfSpan(code, mark, false) !== -1 || escaped(text, mark)) {
      pattern.lastIndex = start + 1
      continue
    }
    const references = groups.sup ?? groups.refs
    if (references !== undefined)
      found.push({
        start,
        end,
        kept: '',
        sup: [...references.matchAll(/\(#(glosa-[a-z0-9-]+)/g)].map((link) => link[1]!)
      })
    else if (groups.anchor !== undefined || groups.label !== undefined) {
      const anchor = (groups.anchor ?? groups.label)!
      anchors.add(anchor)
      found.push({start, end, kept: '', anchor, ...(groups.back === undefined ? {} : {back: groups.back})})
    } else if (groups.note !== undefined) {
      if (part.anchors.has(groups.note)) found.push({start, end, kept: ''})
    } else if (groups.call !== undefined) {
      if (part.footnotes.has(groups.call)) found.push({start, end, kept: ''})
    } else if (groups.link !== undefined) {
      if (part.anchors.has(groups.link)) found.push({start, end, kept: groups.linkText!})
    } else if (groups.abbr !== undefined) {
      if (part.anchors.has(groups.abbr)) found.push({start, end, kept: groups.abbrText!})
    } else if (groups.directive !== undefined) {
      if (part.anchors.has(groups.directive)) found.push({start, end, kept: groups.directiveText!})
    } else if (groups.translation !== undefined) {
      // A quoted translation is guarded: the word glosa in it would be someone else's mark.
      if (!/glosa/i.test(groups.translation)) found.push({start, end, kept: ''})
    } else if (part.format === 'text') {
      found.push({start, end, kept: ''})
    }
    if (!found.at(-1) || found.at(-1)!.start !== start) pattern.lastIndex = start + 1
  }
  // A commentary reference is glosa's when every sentence it links to has an anchor; an anchor, when such a reference links to it.
  const linked = new Set<string>()
  const owned = found.filter((addition) => {
    if (!addition.sup) return true
    const mine = addition.sup.every((target) => anchors.has(target))
    if (mine) for (const target of addition.sup) linked.add(target)
    return mine
  })
  // A sentence's label links back to the commentary: the anchor there is glosa's when an owned label links to it.
  const linkedBack = new Set(
    owned
      .filter((addition) => addition.back !== undefined && linked.has(addition.anchor!))
      .map((addition) => addition.back!)
  )
  return owned.filter(
    (addition) => addition.anchor === undefined || linked.has(addition.anchor) || linkedBack.has(addition.anchor)
  )
}

/**
 * MDX has no HTML comments: its output writes each of glosa's comment marks
 * as an expression comment, `<!-- glosa:begin -->` as `{/* glosa:begin *\/}`.
 * The two directions of that one mapping.
 */
export function mdxComment(htmlComment: string): string {
  return htmlComment.replace(/^<!--/, '{/*').replace(/-->$/, '*/}')
}

/** MDX output's marks read as the HTML comments they stand for (the inverse of {@link mdxComment}). */
export function fromMdxComments(text: string): string {
  return text.includes('{/* glosa:') ? text.replace(/\{\/\* (glosa:[^*]*?) \*\/\}/g, '<!-- $1 -->') : text
}

/**
 * A forum target's additions: a note call `[1]`, a sentence label `[#14] `,
 * references ` → [#14] [#15]`, and the notes appended at the end (always
 * there, empty when no term occurs), each between two U+2063 INVISIBLE
 * SEPARATORs (see target.ts).
 */
export const forumAddition = /\u2063(?:\[\d+\]|\[#\d+\] | → \[#\d+\](?: \[#\d+\])*|(?:\r\n|\n|\r){2}[^\u2063]*)\u2063/g

/** Whether `text` is a forum target's output: it ends with the forum notes, invisible separators around them. */
export function isForumAnnotated(text: string): boolean {
  return /\u2063(?:\r\n|\n|\r){2}[^\u2063]*\u2063$/.test(text)
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
