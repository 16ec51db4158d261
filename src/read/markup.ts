import {ALERT_MARKER} from './data/sites.js'
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
}

/**
 * The markup in the block at `[start, end)` of `source` that is not prose,
 * in source order: a GitHub alert marker (`[!NOTE]`) opening a block quote.
 */
export function siteMarkup(source: string, start: number, end: number, scope: MarkupScope): Omission[] {
  const omissions: Omission[] = []
  if (scope.quoteStart) {
    const alert = ALERT_MARKER.exec(source.slice(start, Math.min(end, start + 32)))
    if (alert) omissions.push({start, end: start + alert[0].length, placeholder: false})
  }
  return omissions
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
