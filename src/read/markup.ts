import {ADMONITION_MARKER, ALERT_MARKER, ATTRIBUTE_LIST, CONTAINER_FENCE, HEADING_ID, LINE_PREFIX, SHORTCODE} from './data/sites.js'
import type {ProseBuilder} from './prose.js'

/** A source range left out of prose; with `placeholder`, one U+FFFC stands for it. */
export interface Omission {
  start: number
  end: number
  placeholder: boolean
}

/** Where a block's prose goes: a builder, or one that leaves markup out on the way. */
export type ProseSink = Pick<ProseBuilder, 'unit' | 'join' | 'placeholder'>

/** Where to look for site markup in a block. */
export interface MarkupScope {
  /** The block is the first paragraph of a block quote, where an alert marker stands. */
  quoteStart: boolean
  /** The block is a heading, which can end with a custom id. */
  heading: boolean
}

/**
 * The markup in the block at `[start, end)` of `source` that is not prose,
 * in source order: a GitHub alert marker (`[!NOTE]`) opening a block quote;
 * a heading's custom id (`{#id}`); container fences (`:::tip`, `:::`) on
 * their own lines, keeping a label or title; Hugo shortcodes (`{{< … >}}`),
 * with a placeholder where prose stands on both sides of one; an MkDocs
 * admonition marker (`!!! note "Title"`, keeping the title); an attribute
 * list after a link or code span (`{ .md-button }`).
 */
export function siteMarkup(source: string, start: number, end: number, scope: MarkupScope): Omission[] {
  const omissions: Omission[] = []
  const omit = (from: number, to: number, placeholder = false): void => {
    if (to > from) omissions.push({start: start + from, end: start + to, placeholder})
  }
  const text = source.slice(start, end)
  if (scope.quoteStart) {
    const alert = ALERT_MARKER.exec(text)
    if (alert) omit(0, alert[0].length)
  }
  if (scope.heading && text.includes('{')) {
    for (const id of text.matchAll(HEADING_ID)) omit(id.index, id.index + id[0].length)
  }
  if (text.startsWith('!!!', text.search(/\S/)) || text.startsWith('???', text.search(/\S/))) {
    const admonition = ADMONITION_MARKER.exec(text)
    if (admonition) {
      const [marker, open, , close] = admonition.indices!.slice(1)
      omit(marker![0], open?.[1] ?? marker![1])
      if (close) omit(close[0], close[1])
    }
  }
  if (text.includes('{')) {
    for (const list of text.matchAll(ATTRIBUTE_LIST)) omit(list.index, list.index + list[0].length)
  }
  if (text.includes(':::')) {
    for (const fence of text.matchAll(CONTAINER_FENCE)) {
      // Group 1 the colons and name, 2 the label's `[`, 4 its `]`, 5 the attributes (flag d: their indices).
      const [colons, open, , close, attributes] = fence.indices!.slice(1)
      omit(colons![0], open?.[1] ?? colons![1])
      omit(close?.[0] ?? attributes?.[0] ?? colons![1], attributes?.[1] ?? close?.[1] ?? colons![1])
    }
  }
  if (text.includes('{{')) {
    for (const code of text.matchAll(SHORTCODE)) {
      const from = code.index
      const to = from + code[0].length
      const lineEnd = text.slice(to).search(/[\r\n]|$/)
      const alone = LINE_PREFIX.test(text.slice(0, from)) || text.slice(to, to + lineEnd).trim() === ''
      omit(from, to, !alone)
    }
  }
  return omissions.sort((a, b) => a.start - b.start)
}

/**
 * A prose sink that leaves the units coming from omitted ranges out: nothing
 * for most, one placeholder for those that stand between prose.
 */
export class OmittingSink implements ProseSink {
  private readonly placed = new Set<Omission>()

  constructor(
    private readonly prose: ProseSink,
    private readonly omissions: readonly Omission[]
  ) {}

  unit(text: string, start: number, end: number): void {
    if (!this.omitted(start)) this.prose.unit(text, start, end)
  }

  placeholder(start: number, end: number): void {
    if (!this.omitted(start)) this.prose.placeholder(start, end)
  }

  join(start: number, end: number): void {
    if (!this.omitted(start)) this.prose.join(start, end)
  }

  /** Whether `offset` is in an omitted range; places that range's placeholder the first time. */
  private omitted(offset: number): boolean {
    const omission = this.omissions.find((candidate) => offset >= candidate.start && offset < candidate.end)
    if (!omission) return false
    if (omission.placeholder && !this.placed.has(omission)) {
      this.placed.add(omission)
      this.prose.placeholder(omission.start, omission.end)
    }
    return true
  }
}
