/**
 * An omission beside an addition is usually one pair the aligner split: a
 * source sentence with no counterpart next to a target sentence with none
 * (1-0 + 0-1) reads as a translation of it when their lengths agree as a
 * translation's do. Compare the two readings and keep the 1-1 one then, so
 * that a clean translation gives no omission and no addition.
 */

/** A bead as the aligner gives it: source and target units, either side may be empty. */
export interface Bead<T> {
  source: T[]
  target: T[]
}

/**
 * Least and greatest ratio of target to source length for two units to be
 * read as one pair (Portuguese runs about 1.1-1.2 times English, and a term
 * may expand a lot: "IDEs", "ambientes de desenvolvimento integrado").
 */
const ratioRange: readonly [number, number] = [0.45, 2.6]

/** A pair whose target is this much longer than its source (or shorter, inverted) may hold a neighbour's null unit. */
const inflated = 1.5

/** The range a pair's ratio must come back into for a neighbouring null unit to join it. */
const usualRange: readonly [number, number] = [0.75, 1.5]

/** Units shorter than this (in characters) give no length evidence: never rejoined. */
const minimumLength = 12

/**
 * Rejoin each 1-0 bead with a neighbouring 0-1 bead (either order) whose
 * lengths agree (`lengthOf` of each side's units, summed); other beads are
 * returned as they are, in order. The beads given are not changed.
 */
export function rejoinSplitPairs<T>(beads: readonly Bead<T>[], lengthOf: (unit: T) => number): Bead<T>[] {
  const total = (units: readonly T[]) => units.reduce((sum, unit) => sum + lengthOf(unit), 0)
  const agree = (source: readonly T[], target: readonly T[]) => {
    const a = total(source)
    const b = total(target)
    if (a < minimumLength || b < minimumLength) return false
    const ratio = b / a
    return ratio >= ratioRange[0] && ratio <= ratioRange[1]
  }
  const out: Bead<T>[] = []
  for (let index = 0; index < beads.length; index++) {
    const bead = beads[index]!
    const next = beads[index + 1]
    const sourceOnly = (each: Bead<T>) => each.source.length > 0 && each.target.length === 0
    const targetOnly = (each: Bead<T>) => each.target.length > 0 && each.source.length === 0
    if (next && ((sourceOnly(bead) && targetOnly(next)) || (targetOnly(bead) && sourceOnly(next)))) {
      const source = sourceOnly(bead) ? bead.source : next.source
      const target = targetOnly(bead) ? bead.target : next.target
      if (agree(source, target)) {
        out.push({source: [...source], target: [...target]})
        index++
        continue
      }
    }
    out.push(bead)
  }
  return joinInflated(out, total)
}

/**
 * A null bead beside a pair whose other side is far longer than its own
 * (1-0 beside a pair with a long target) is that pair's too, when adding it
 * brings the pair's ratio back to a translation's: a source sentence the
 * translator merged into its neighbour's ("You may have questions - don't
 * worry. We will cover..." as one Portuguese sentence). A true omission
 * leaves its neighbour's ratio usual, and stays.
 */
function joinInflated<T>(beads: Bead<T>[], total: (units: readonly T[]) => number): Bead<T>[] {
  const ratio = (bead: Bead<T>) => total(bead.target) / Math.max(1, total(bead.source))
  const usual = (value: number) => value >= usualRange[0] && value <= usualRange[1]
  const out: Bead<T>[] = []
  for (let index = 0; index < beads.length; index++) {
    const bead = beads[index]!
    const isNull = (bead.source.length === 0) !== (bead.target.length === 0)
    if (!isNull || total(bead.source) + total(bead.target) < minimumLength) {
      out.push(bead)
      continue
    }
    const sourceOnly = bead.source.length > 0
    // The neighbour before (already out) or after, whichever takes it back to usual.
    const candidates: Array<{bead: Bead<T>; before: boolean}> = []
    const previous = out[out.length - 1]
    const next = beads[index + 1]
    if (previous && previous.source.length > 0 && previous.target.length > 0)
      candidates.push({bead: previous, before: true})
    if (next && next.source.length > 0 && next.target.length > 0) candidates.push({bead: next, before: false})
    const joined = candidates
      .map(({bead: pair, before}) => {
        const merged: Bead<T> = before
          ? {source: [...pair.source, ...bead.source], target: [...pair.target, ...bead.target]}
          : {source: [...bead.source, ...pair.source], target: [...bead.target, ...pair.target]}
        const own = ratio(pair)
        const wasInflated = sourceOnly ? own > inflated : own < 1 / inflated
        return {before, merged, fits: wasInflated && usual(ratio(merged))}
      })
      .find((each) => each.fits)
    if (!joined) out.push(bead)
    else if (joined.before) out[out.length - 1] = joined.merged
    else {
      out.push(joined.merged)
      index++
    }
  }
  return out
}
