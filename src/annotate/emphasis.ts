import type {Nodes} from 'mdast'
import {parseMarkdown} from '../read/parse.js'
import {inSpliceOrder, splice, type Insertion} from './splice.js'
import type {Structure} from './tree.js'

/** A run of these opens or closes emphasis, strong emphasis or (GFM) strikethrough. */
const delimiter = /[*_~]/

const emphasisTypes = new Set(['emphasis', 'strong', 'delete'])

/** Source units a guard may parse beyond twice the source's length, so that a short document always gets its checks. */
const budgetFloor = 1 << 16

/**
 * Keeps the marks glosa writes into a paragraph from changing its emphasis.
 * Whether a run of `*`, `_` or `~` opens or closes emphasis depends on the
 * characters on either side of it (CommonMark's flanking rules), so a mark
 * written right next to a run can make emphasis appear or vanish:
 * `*\*x*treino` shows its stars, `*\*x*<abbr …>treino</abbr>` emphasises
 * `\*x`. Which runs then pair up depends on the whole paragraph, so where
 * marks touch a run (rare) the paragraph is parsed without and with them,
 * and marks that change its emphasis, strong emphasis or strikethrough are
 * refused. Marks that touch no run cannot change them and cost nothing.
 *
 * The parses are bounded: past twice the source's length (plus 64 Ki units)
 * of parsed text, marks touching a run are refused unparsed, so a huge
 * paragraph full of such marks costs linear time, not a parse per mark.
 */
export class EmphasisGuard {
  /** The marks admitted so far, by the start of their paragraph. */
  private readonly admitted = new Map<number, Insertion[]>()
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
    const first = Math.min(...insertions.map((insertion) => insertion.offset))
    const last = Math.max(...insertions.map((insertion) => insertion.offset))
    const leaf = this.structure.leafAt(first, true)
    if (!leaf) return true
    const marks = this.admitted.get(leaf.start) ?? []
    if (this.touchesRun(first, last) && !this.keepsEmphasis(leaf, [...marks, ...insertions])) return false
    this.admitted.set(leaf.start, [...marks, ...insertions])
    return true
  }

  /** Whether a mark from `first` to `last` stands next to, or holds, a delimiter character. */
  touchesRun(first: number, last: number): boolean {
    return delimiter.test(this.source.slice(Math.max(first - 1, 0), last + 1))
  }

  /** Whether the paragraph `leaf` has the same emphasis with `marks` as without any. */
  keepsEmphasis(leaf: {start: number; end: number}, marks: readonly Insertion[]): boolean {
    const text = inlineText(this.source, leaf.start, leaf.end)
    const cost = text.length + (this.originals.has(leaf.start) ? 0 : text.length)
    if (cost > this.budget) return false
    this.budget -= cost
    let original = this.originals.get(leaf.start)
    if (original === undefined) {
      original = emphasisOf(text, [])
      this.originals.set(leaf.start, original)
    }
    const relative = marks.map((mark) => ({...mark, offset: mark.offset - leaf.start}))
    return emphasisOf(text, relative) === original
  }
}

/**
 * The text of a paragraph from `start` to `end` as one parse reads its
 * inline content: the block-quote markers and indents that start its lines
 * after the first become spaces (a paragraph's lines lose their leading
 * white space), so that offsets stay those of the source.
 */
function inlineText(source: string, start: number, end: number): string {
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
  const back = (offset: number): number => {
    let shift = 0
    for (const mark of ordered) {
      const at = mark.offset + shift
      if (offset < at) break
      if (offset < at + mark.text.length) return mark.offset
      shift += mark.text.length
    }
    return offset - shift
  }
  const found: string[] = []
  const walk = (node: Nodes): void => {
    if (emphasisTypes.has(node.type))
      found.push(`${node.type} ${back(node.position!.start.offset!)} ${back(node.position!.end.offset!)}`)
    if ('children' in node) for (const child of node.children) walk(child)
  }
  walk(parseMarkdown(splice(text, ordered)))
  return found.join('\n')
}
