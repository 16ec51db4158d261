import type {Nodes} from 'mdast'
import {parseMarkdown} from '../read/parse.js'
import {inSpliceOrder, splice, type Insertion} from './splice.js'
import type {Structure} from './tree.js'

/** A run of these opens or closes emphasis, strong emphasis or (GFM) strikethrough. */
const delimiter = /[*_~]/

const emphasisTypes = new Set(['emphasis', 'strong', 'delete'])

/** Runs at least this long are left to the parse (which the budget bounds), so that no run is scanned far per mark. */
const longestRun = 64

/** Source units a guard may parse beyond twice the source's length, so that a short document always gets its checks. */
const budgetFloor = 1 << 16

/**
 * Keeps the marks glosa writes into a paragraph from changing its emphasis.
 * Whether a run of `*`, `_` or `~` opens or closes emphasis depends on the
 * characters on either side of it (CommonMark's flanking rules), so a mark
 * written right next to a run can make emphasis appear or vanish:
 * `*a)*treino` shows its stars, `*a)*<abbr …>treino</abbr>` emphasises
 * `a)`. Which runs pair up depends only on the runs (their character,
 * length and whether each can open and close) and on the links and code
 * around them, so:
 *
 * - a mark with no run on either side of it changes nothing;
 * - where every run next to it can still open and close as before
 *   (`*inference*` → `*<abbr …>inference</abbr>*`), nothing changes either;
 * - otherwise (rare: `*inference*,` → `…</abbr>*,`, whose closing star can
 *   now open too) the paragraph is parsed without and with its marks, and
 *   the mark is refused if its emphasis, strong emphasis or strikethrough
 *   differ.
 *
 * The parses are bounded: past twice the source's length (plus 64 Ki units)
 * of parsed text, marks that would need one are refused unparsed, so a huge
 * paragraph full of such marks costs linear time, not a parse per mark.
 */
export class EmphasisGuard {
  /** The marks admitted so far, by offset. */
  private readonly marks = new Map<number, Insertion[]>()
  /** The emphasis of each paragraph parsed, without marks, by its start. */
  private readonly originals = new Map<number, string>()
  private budget: number

  constructor(
    private readonly source: string,
    private readonly structure: Structure
  ) {
    this.budget = 2 * source.length + budgetFloor
  }

  /**
   * Whether the marks `insertions` (one mark: a wrap's two ends, or a
   * footnote call) leave the emphasis of their paragraph as it was, with the
   * marks admitted before; if so they are admitted too.
   */
  admit(insertions: readonly Insertion[]): boolean {
    if (insertions.some(({offset}) => this.besideDelimiter(offset)) && !this.keepsParagraph(insertions)) return false
    for (const insertion of insertions) {
      const here = this.marks.get(insertion.offset)
      if (here) here.push(insertion)
      else this.marks.set(insertion.offset, [insertion])
    }
    return true
  }

  /** Whether a delimiter character stands right before or after `offset` (a cheap test that most marks pass). */
  private besideDelimiter(offset: number): boolean {
    return delimiter.test(this.source[offset - 1] ?? '') || delimiter.test(this.source[offset] ?? '')
  }

  /** Whether the paragraph of `insertions` keeps its emphasis with them: by the flags of the runs beside them, or else by a parse. */
  private keepsParagraph(insertions: readonly Insertion[]): boolean {
    const leaf = this.structure.leafAt(Math.min(...insertions.map(({offset}) => offset)), true)
    if (!leaf) return true
    const paragraph = {...contentOf(this.source, leaf), key: leaf.start}
    const runs = insertions.flatMap(({offset}) => this.runsBeside(paragraph, offset))
    return (
      runs.length === 0 || this.keepsFlags(paragraph, runs, insertions) || this.keepsEmphasis(paragraph, insertions)
    )
  }

  /** The delimiter runs (start, end) of `paragraph` that end right before `offset` or start at it; a run longer than {@link longestRun} as far as that. */
  private runsBeside(paragraph: Paragraph, offset: number): Array<[number, number]> {
    const {source} = this
    const runs: Array<[number, number]> = []
    const before = source[offset - 1]
    const after = source[offset]
    const bound = (from: number, step: number, unit: string): number => {
      let at = from
      for (let taken = 0; taken < longestRun; taken++) {
        const next = step < 0 ? at - 1 : at
        if (next < paragraph.start || next >= paragraph.end || source[next] !== unit) break
        at += step
      }
      return at
    }
    if (offset > paragraph.start && before !== undefined && delimiter.test(before))
      runs.push([bound(offset, -1, before), bound(offset, 1, before)])
    if (offset < paragraph.end && after !== undefined && delimiter.test(after) && after !== before)
      runs.push([offset, bound(offset, 1, after)])
    return runs
  }

  /**
   * Whether each of `runs` can open and close with the mark `insertions`
   * added to those of `paragraph` exactly as without it, by micromark's
   * rules; false when unsure (a run a mark splits, a long run, a run after
   * a backslash), so that the paragraph is parsed instead.
   */
  private keepsFlags(
    paragraph: Paragraph,
    runs: ReadonlyArray<[number, number]>,
    insertions: readonly Insertion[]
  ): boolean {
    return runs.every(([start, end]) => {
      if (end - start >= longestRun || this.source[start - 1] === '\\') return false
      const was = this.flags(paragraph, start, end, [])
      return was !== undefined && was === this.flags(paragraph, start, end, insertions)
    })
  }

  /** Whether the run from `start` to `end` can open and close ("oc", "o-", …) with the marks of `paragraph` and `extra`, or undefined when a mark splits it. */
  private flags(paragraph: Paragraph, start: number, end: number, extra: readonly Insertion[]): string | undefined {
    const marksAt = (offset: number): Insertion[] =>
      inSpliceOrder([...(this.marks.get(offset) ?? []), ...extra.filter((mark) => mark.offset === offset)])
    for (let offset = start + 1; offset < end; offset++) if (marksAt(offset).length > 0) return undefined
    const before = marksAt(start).at(-1)?.text
    const after = marksAt(end)[0]?.text
    const previous = before ? before.charCodeAt(before.length - 1) : this.codeBefore(paragraph, start)
    const next = after ? after.charCodeAt(0) : end < paragraph.end ? this.source.charCodeAt(end) : undefined
    return runFlags(this.source.charCodeAt(start), previous, next)
  }

  /** The character micromark sees before `offset` in `paragraph`: none at its start, white space after the indent and block-quote markers that start its later lines. */
  private codeBefore(paragraph: Paragraph, offset: number): number | undefined {
    const {source} = this
    let at = offset
    while (at > paragraph.start && /[ \t]/.test(source[at - 1]!)) at--
    if (at === paragraph.start) return undefined
    while (at > paragraph.start && /[ \t>]/.test(source[at - 1]!)) at--
    if (/[\r\n]/.test(source[at - 1] ?? '')) return undefined
    return source.charCodeAt(offset - 1)
  }

  /** Whether `paragraph` has the same emphasis with the marks admitted into it and `insertions` as without any. */
  private keepsEmphasis(paragraph: Paragraph, insertions: readonly Insertion[]): boolean {
    const text = inlineText(this.source, paragraph)
    const cost = text.length + (this.originals.has(paragraph.key) ? 0 : text.length)
    if (cost > this.budget) return false
    this.budget -= cost
    let original = this.originals.get(paragraph.key)
    if (original === undefined) {
      original = emphasisOf(text, [])
      this.originals.set(paragraph.key, original)
    }
    const marks = [...insertions]
    for (let offset = paragraph.start; offset <= paragraph.end; offset++) marks.push(...(this.marks.get(offset) ?? []))
    const relative = marks.map((mark) => ({...mark, offset: mark.offset - paragraph.start}))
    return emphasisOf(text, relative) === original
  }
}

/** A paragraph's inline content (a table cell's without its pipes), and the start of its block, which names it. */
interface Paragraph {
  start: number
  end: number
  key: number
}

/** Where the inline content of `leaf` lies: a table cell's span holds the pipes around it, which micromark does not see. */
function contentOf(source: string, leaf: {type: string; start: number; end: number}): {start: number; end: number} {
  if (leaf.type !== 'tableCell') return {start: leaf.start, end: leaf.end}
  const start = source[leaf.start] === '|' ? leaf.start + 1 : leaf.start
  const end =
    leaf.end > start && source[leaf.end - 1] === '|' && source[leaf.end - 2] !== '\\' ? leaf.end - 1 : leaf.end
  return {start, end}
}

/** micromark's class of a character: 1 white space (or none), 2 punctuation or a symbol, 0 anything else (it reads UTF-16 units, NUL as U+FFFD). */
function classOf(code: number | undefined): 0 | 1 | 2 {
  if (code === undefined || Number.isNaN(code)) return 1
  const unit = String.fromCharCode(code === 0 ? 0xfffd : code)
  if (/\s/.test(unit)) return 1
  return /[\p{P}\p{S}]/u.test(unit) ? 2 : 0
}

const underscore = 95
const tilde = 126

/**
 * Whether a run of `marker` between `previous` and `next` can open and
 * close, as micromark decides it (`micromark-core-commonmark/lib/attention.js`,
 * with GFM's `~` among the attention markers, and
 * `micromark-extension-gfm-strikethrough` for `~`).
 */
function runFlags(marker: number, previous: number | undefined, next: number | undefined): string {
  const before = classOf(previous)
  const after = classOf(next)
  let open: boolean
  let close: boolean
  if (marker === tilde) {
    open = after === 0 || (after === 2 && before !== 0)
    close = before === 0 || (before === 2 && after !== 0)
  } else {
    open = after === 0 || (after === 2 && before !== 0) || next === tilde
    close = before === 0 || (before === 2 && after !== 0) || previous === tilde
    if (marker === underscore) {
      ;[open, close] = [open && (before !== 0 || !close), close && (after !== 0 || !open)]
    }
  }
  return (open ? 'o' : '-') + (close ? 'c' : '-')
}

/**
 * The text of a paragraph from `start` to `end` as one parse reads its
 * inline content: the block-quote markers and indents that start its lines
 * after the first become spaces (a paragraph's lines lose their leading
 * white space), so that offsets stay those of the source.
 */
function inlineText(source: string, {start, end}: {start: number; end: number}): string {
  return source
    .slice(start, end)
    .replace(/(\r\n|\n|\r)([ \t>]+)/g, (_, newline: string, prefix: string) => newline + ' '.repeat(prefix.length))
}

/**
 * The emphasis, strong emphasis and strikethrough of `text` with `marks`
 * spliced in, as their types and ranges in `text` (a boundary inside a mark
 * counts as the mark's offset).
 */
function emphasisOf(text: string, marks: readonly Insertion[]): string {
  const ordered = inSpliceOrder(marks)
  // Where each mark starts in the spliced text, and how much the marks before it added: a binary search per node.
  const starts: number[] = []
  const shifts: number[] = []
  let added = 0
  for (const mark of ordered) {
    starts.push(mark.offset + added)
    shifts.push(added)
    added += mark.text.length
  }
  const back = (offset: number): number => {
    let low = 0
    let high = ordered.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (starts[middle]! <= offset) low = middle + 1
      else high = middle
    }
    if (low === 0) return offset
    const mark = ordered[low - 1]!
    return offset < starts[low - 1]! + mark.text.length ? mark.offset : offset - shifts[low - 1]! - mark.text.length
  }
  const found: string[] = []
  // Preorder, with a stack of its own: emphasis may nest as deep as the paragraph is long.
  const stack: Nodes[] = [parseMarkdown(splice(text, ordered))]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (emphasisTypes.has(node.type))
      found.push(`${node.type} ${back(node.position!.start.offset!)} ${back(node.position!.end.offset!)}`)
    if ('children' in node)
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!)
  }
  return found.join('\n')
}
