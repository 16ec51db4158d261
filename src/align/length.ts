/**
 * The Gale–Church length model: the length of a translation is about `ratio`
 * times the length of its source, with a variance that grows with length.
 * Calibrated on the Medline PT↔EN development set's one-to-one pairs:
 * variance 2.3 characters per character (Gale and Church found 6.8 for
 * European languages with looser translations; we keep a middle value so that
 * freer translations are not punished). The ratio is measured per input.
 */
export const lengthVariance = 4

/** Standard normal upper tail, 2 · (1 − Φ(|z|)), by the Abramowitz–Stegun approximation. */
function twoSidedTail(z: number): number {
  const t = 1 / (1 + 0.2316419 * z)
  const density = Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI)
  const tail =
    density * t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))))
  return 2 * tail
}

/** How many standard deviations `target` characters are from the expected translation length of `source` characters. */
export function lengthDeviation(source: number, target: number, ratio: number, variance = lengthVariance): number {
  const mean = (source + target / ratio) / 2
  if (mean === 0) return 0
  return Math.abs(target - ratio * source) / Math.sqrt(variance * mean * ratio)
}

/** Cost (negative log probability) of `target` characters being the translation of `source` characters. */
export function lengthCost(source: number, target: number, ratio: number, variance = lengthVariance): number {
  if (source === 0 && target === 0) return 0
  const z = lengthDeviation(source, target, ratio, variance)
  if (z > 8) return 30
  return Math.min(30, -Math.log(Math.max(1e-13, twoSidedTail(z))))
}
