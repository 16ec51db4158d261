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

/** Least and greatest ratio of target to source length for two units to be read as one pair. */
const ratioRange: readonly [number, number] = [0.55, 1.9]

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
  return out
}
