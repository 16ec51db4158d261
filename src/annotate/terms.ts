import type {Block, Document} from '../types.js'
import type {Entry} from '../glossary/types.js'
import type {TermHit} from '../tag/types.js'
import {EmphasisGuard} from './emphasis.js'
import {escapeAttribute} from './escape.js'
import {definition, labelled, shownTerms, type Gloss, type Speech} from './gloss.js'
import {glosaId} from './markers.js'
import {marksFor} from './mdx.js'
import {promotedHeadlines} from './layout.js'
import {order, type Insertion} from './splice.js'
import {profileOf, type Profile} from './target.js'
import type {Structure} from './tree.js'

/** How a term is marked in the text. */
export type Style = 'footnote' | 'link' | 'abbr' | 'directive'

export const styles: readonly Style[] = ['footnote', 'link', 'abbr', 'directive']

/** Block roles that start a section (for "first occurrence in each section"). */
const sectionStarts = new Set<Block['role']>(['heading', 'headline'])

/** The glosses of the entries hit, in order of first hit, each with a unique `glosa-…` id that is not in `reserved`. */
export function glossesOf(
  hits: readonly TermHit[],
  entries: Map<string, Entry>,
  reserved: ReadonlySet<string> = new Set()
): Map<string, Gloss> {
  const glosses = new Map<string, Gloss>()
  const taken = new Set<string>(reserved)
  for (const hit of hits) {
    let gloss = glosses.get(hit.entry)
    if (!gloss) {
      const entry = entries.get(hit.entry)
      if (!entry) continue
      let id = glosaId(entry.id)
      for (let suffix = 2; taken.has(id); suffix++) id = `${glosaId(entry.id)}-${suffix}`
      taken.add(id)
      gloss = {entry, id, hits: []}
      glosses.set(hit.entry, gloss)
    }
    gloss.hits.push(hit)
  }
  return glosses
}

/**
 * Index of the section each offset is in: sections start at headings (and a
 * plain-text article's headline), and in plain text where the language
 * changes (a quoted English article after Portuguese commentary). Markdown
 * says where its sections are with headings.
 */
function sectionFinder(document: Document): (offset: number) => number {
  const text = document.format === 'text'
  const starts = document.blocks
    .filter(
      (block, index) =>
        sectionStarts.has(block.role) || (text && index > 0 && block.lang !== document.blocks[index - 1]!.lang)
    )
    .map((block) => block.position.start.offset)
  // How many sections start at or before `offset`: a binary search, since a long document has many sections and many hits.
  return (offset) => {
    let low = 0
    let high = starts.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (starts[middle]! <= offset) low = middle + 1
      else high = middle
    }
    return low
  }
}

/** Where a footnote call after a hit goes: after the rest of the word (`Nvidia’s`), out of links and code. */
function footnotePlace(source: string, end: number, structure: Structure): number | undefined {
  const rest = /^(?:['’]?[\p{L}\p{N}\p{M}])+/u.exec(source.slice(end, end + 40))
  const word = end + (rest ? rest[0].length : 0)
  const place = structure.after(word)
  // The "rest of the word" runs into a link or code that starts right after
  // the term (`H20https://…`): the call goes right after the term, not past
  // the link, where an autolink literal would swallow it.
  if (place !== undefined && place !== word && structure.after(end) === end) return end
  return place
}

/** How far back a directive name is looked for; a longer run of name characters counts as one. */
const longestName = 256

/**
 * Whether a `[` at `offset` would open the label of a remark-directive text
 * directive (`:name[…]`), so that a footnote call or a link glosa writes there
 * would read as a directive instead. remark-directive takes as a name any run
 * of UTF-16 units that are not white space, Unicode punctuation or symbols
 * (`-` and `_` allowed), tested one unit at a time: an emoji's surrogates, a
 * skin tone, a zero-width joiner and even a tab are name characters, as
 * letters are.
 */
function endsInDirectiveName(source: string, offset: number): boolean {
  let at = offset
  while (at > 0 && offset - at <= longestName && isDirectiveNameUnit(source.charCodeAt(at - 1))) at--
  return at < offset && (offset - at > longestName || source.charCodeAt(at - 1) === 58) /* : */
}

function isDirectiveNameUnit(code: number): boolean {
  // A tab too: micromark hands tabs on as a code of its own, which its white-space test misses.
  if (code === 45 || code === 95 || code === 9) return true
  const unit = String.fromCharCode(code)
  return !/[\s\p{P}\p{S}]/u.test(unit)
}

/**
 * Whether a footnote call at `offset` would turn the `www.` after it into a
 * GFM autolink literal that was not one: GFM links `www.` only after white
 * space, `(`, `*`, `_`, `[`, `]` or `~`, and the call ends in `]`, so after
 * `[link](…)www.example.com` the literal would run on into what follows.
 */
function opensWwwAutolink(source: string, offset: number): boolean {
  if (!/^www\./i.test(source.slice(offset, offset + 4))) return false
  return !(offset === 0 || /[\s(*_[\]~]/.test(source[offset - 1]!))
}

/** Whether the text just before `offset` would change the meaning of a mark opened there. */
function unsafeBefore(source: string, offset: number, style: Style): boolean {
  const previous = source[offset - 1] ?? ''
  if (previous === '\\') return true
  if (style === 'link') return previous === '!' || previous === ']' || endsInDirectiveName(source, offset)
  if (style === 'directive') return previous === ':' || previous === ']' || /[\p{L}\p{N}]/u.test(previous)
  return false
}

/** The title of an `<abbr>` mark: the terms in both languages and the definition, attribute-escaped. */
export function abbrTitle(gloss: Gloss, speech: Speech): string {
  return escapeAttribute(abbrTitleText(gloss, speech))
}

/** The text of an `<abbr>` mark's title, unescaped (for a JSX attribute in an MDX tree, which its serialiser escapes). */
export function abbrTitleText(gloss: Gloss, speech: Speech): string {
  const terms = labelled(shownTerms(gloss.entry, speech), speech).join(' · ')
  const meaning = definition(gloss.entry, speech)
  return meaning ? `${terms}: ${meaning}` : terms
}

/**
 * The insertions that mark term hits in `style`: the first annotatable hit of
 * each entry per section (every hit with `every`), never in headings, code,
 * HTML or where the mark would nest links. Returns the glosses marked, in
 * order of their first mark (the footnote order).
 */
export function termInsertions(
  document: Document,
  structure: Structure,
  hits: readonly TermHit[],
  glosses: Map<string, Gloss>,
  options: {style: Style; every: boolean; speech: Speech; profile?: Profile}
): {insertions: Insertion[]; marked: Gloss[]} {
  const {source} = document
  const sectionOf = sectionFinder(document)
  const headlines = promotedHeadlines(document)
  const done = new Set<string>()
  const marked = new Set<Gloss>()
  const profile = options.profile ?? profileOf()
  const numbers = new Map<Gloss, number>()
  const insertions: Insertion[] = []
  let wrappedUpTo = -1
  const marks = marksFor(document)
  const emphasis = new EmphasisGuard(source, structure)
  // MDX has no directives: its terms are marked as <abbr> elements.
  const style: Style = options.style === 'directive' && document.mdx ? 'abbr' : options.style
  const sorted = [...hits].sort((a, b) => a.position.start.offset - b.position.start.offset)
  for (const hit of sorted) {
    const gloss = glosses.get(hit.entry)
    if (!gloss) continue
    const start = hit.position.start.offset
    const end = hit.position.end.offset
    if (structure.inHeading(start) || headlines.some((range) => range.start <= start && start < range.end)) continue
    const key = `${sectionOf(start)}\u0000${hit.entry}`
    if (!options.every && done.has(key)) continue
    if (style === 'footnote') {
      const at = footnotePlace(source, end, structure)
      // `:word[^…]` would read as a text directive to remark-directive users.
      if (at === undefined || endsInDirectiveName(source, at) || opensWwwAutolink(source, at)) continue
      // Notes are numbered in the order they are first called, as GFM numbers footnotes.
      const number = numbers.get(gloss) ?? numbers.size + 1
      const call = {offset: at, text: profile.noteCall(gloss.id, number), rank: order.footnote}
      if (!emphasis.admit([call])) continue
      numbers.set(gloss, number)
      insertions.push(call)
    } else {
      const range = structure.wrappable(start, end, {link: style === 'link'})
      if (!range) continue
      const [from, to] = range
      if (from < wrappedUpTo) continue
      const text = source.slice(from, to)
      if (unsafeBefore(source, from, style)) continue
      if (style !== 'abbr' && /[[\]]/.test(text)) continue
      if (style === 'abbr' && text.includes('</abbr>')) continue
      const mark =
        style === 'link'
          ? marks.link('\u0000', gloss.id)
          : style === 'abbr'
            ? marks.abbr('\u0000', gloss.id, abbrTitle(gloss, options.speech))
            : marks.directive('\u0000', gloss.id)
      const [open, close] = mark.split('\u0000') as [string, string]
      const wrap = [
        {offset: from, text: open, rank: order.wrapOpen},
        {offset: to, text: close, rank: order.wrapClose}
      ]
      if (!emphasis.admit(wrap)) continue
      insertions.push(...wrap)
      wrappedUpTo = to
    }
    done.add(key)
    marked.add(gloss)
  }
  return {insertions, marked: [...marked]}
}
