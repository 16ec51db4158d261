import {calibrationTable} from './data/calibration.js'
import type {AlignedPair} from './types.js'

/**
 * Turn the aligner's raw bead score into a probability that the bead is
 * right: among beads given 0.9, about nine in ten are in a hand-checked
 * alignment. The raw score ranks beads of one shape but means different
 * things across shapes (an unmatched sentence scored 0.95 is right far less
 * often than a one-to-one pair scored 0.95), so each shape has its own
 * monotone map, fitted by isotonic regression on real aligned data (the
 * WMT19 biomedical development abstracts and the UDHR, `scripts/calibrate.js`).
 * The probability holds for texts that are translations of each other;
 * whether they are is the mode choice's question, which reads the raw score.
 */

/** The shape of a bead, for calibration. */
export type BeadKind = 'one' | 'merge' | 'null'

/** A monotone map from raw score to probability: points `[raw, probability]`, raw ascending. */
export type CalibrationCurve = ReadonlyArray<readonly [number, number]>

export type CalibrationTable = Readonly<Record<BeadKind, CalibrationCurve>>

/** A raw score and whether the bead was right, for fitting. */
export interface CalibrationSample {
  kind: BeadKind
  raw: number
  correct: boolean
}

export function beadKind(pair: {source: readonly unknown[]; target: readonly unknown[]}): BeadKind {
  if (pair.source.length === 0 || pair.target.length === 0) return 'null'
  return pair.source.length === 1 && pair.target.length === 1 ? 'one' : 'merge'
}

/** The probability of `raw` on `curve`, linear between its points, flat beyond its ends. */
function probabilityOn(curve: CalibrationCurve, raw: number): number {
  if (curve.length === 0) return raw
  const first = curve[0]!
  if (raw <= first[0]) return first[1]
  for (let index = 1; index < curve.length; index++) {
    const [x1, y1] = curve[index]!
    if (raw <= x1) {
      const [x0, y0] = curve[index - 1]!
      return x1 === x0 ? y1 : y0 + ((y1 - y0) * (raw - x0)) / (x1 - x0)
    }
  }
  return curve[curve.length - 1]![1]
}

/** A bead's raw score as the probability that it is right. */
export function calibratedScore(pair: AlignedPair, table: CalibrationTable = calibrationTable): number {
  return Math.round(probabilityOn(table[beadKind(pair)], pair.score) * 1000) / 1000
}

/** The pairs with their scores calibrated (new objects). */
export function calibratePairs(
  pairs: readonly AlignedPair[],
  table: CalibrationTable = calibrationTable
): AlignedPair[] {
  return pairs.map((pair) => ({...pair, score: calibratedScore(pair, table)}))
}

/**
 * Fit one monotone curve per bead shape by pool-adjacent-violators, each
 * pooled block pulled towards its shape's rate by `prior` pseudo-samples (a
 * block of three beads says little), one point per block at its highest raw score.
 */
export function fitCalibration(samples: readonly CalibrationSample[], prior = 4): CalibrationTable {
  const fit = (kind: BeadKind): CalibrationCurve => {
    const own = samples.filter((sample) => sample.kind === kind).sort((a, b) => a.raw - b.raw)
    if (own.length === 0) return []
    const rate = own.filter((sample) => sample.correct).length / own.length
    const blocks: Array<{raw: number; correct: number; count: number}> = []
    const value = (block: {correct: number; count: number}) => (block.correct + prior * rate) / (block.count + prior)
    for (const sample of own) {
      blocks.push({raw: sample.raw, correct: sample.correct ? 1 : 0, count: 1})
      // Pool equal scores (one point per score), and pool while the curve would go down.
      const tied = (a: {raw: number}, b: {raw: number}) => a.raw === b.raw
      while (
        blocks.length > 1 &&
        (tied(blocks[blocks.length - 2]!, blocks[blocks.length - 1]!) ||
          value(blocks[blocks.length - 2]!) >= value(blocks[blocks.length - 1]!))
      ) {
        const last = blocks.pop()!
        const before = blocks[blocks.length - 1]!
        before.raw = last.raw
        before.correct += last.correct
        before.count += last.count
      }
    }
    return blocks.map((block) => [Math.round(block.raw * 1000) / 1000, Math.round(value(block) * 1000) / 1000] as const)
  }
  return {one: fit('one'), merge: fit('merge'), null: fit('null')}
}

/**
 * Expected calibration error over `bins` equal-width bins of the score, with
 * the reliability table it comes from: per bin, beads, mean score, share right.
 */
export function calibrationError(
  scored: ReadonlyArray<{score: number; correct: boolean}>,
  bins = 10
): {ece: number; table: Array<{from: number; to: number; count: number; score: number; correct: number}>} {
  const table = Array.from({length: bins}, (_, index) => ({
    from: index / bins,
    to: (index + 1) / bins,
    count: 0,
    score: 0,
    correct: 0
  }))
  for (const item of scored) {
    const bin = table[Math.min(bins - 1, Math.floor(item.score * bins))]!
    bin.count++
    bin.score += item.score
    bin.correct += item.correct ? 1 : 0
  }
  let ece = 0
  for (const bin of table) {
    if (bin.count === 0) continue
    ece += Math.abs(bin.correct - bin.score) / scored.length
    bin.score /= bin.count
    bin.correct /= bin.count
  }
  return {ece, table}
}
