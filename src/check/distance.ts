/**
 * Optimal string alignment distance: insertions, deletions, substitutions and
 * transpositions of adjacent characters each cost 1 (`H20` → `H2O` is 1).
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0
  if (a.length === 0) return b.length
  if (b.length === 0) return a.length
  let before = new Array<number>(b.length + 1).fill(0)
  let previous = Array.from({length: b.length + 1}, (_, index) => index)
  let current = new Array<number>(b.length + 1).fill(0)
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1)
      current[j] = value
    }
    ;[before, previous, current] = [previous, current, before]
  }
  return previous[b.length]!
}

/** The largest distance still taken for a slip of the pen in a name of `length` characters. */
export function nearMissLimit(length: number): number {
  return length <= 2 ? 0 : length <= 5 ? 1 : length <= 10 ? 2 : 3
}
