import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {
  beadKind,
  calibratedScore,
  calibrationError,
  fitCalibration,
  type CalibrationSample
} from '../../src/align/calibration.js'
import {calibrationTable} from '../../src/align/data/calibration.js'

describe('alignment score calibration', () => {
  it('tells bead shapes apart', () => {
    expect(beadKind({source: [0], target: [0]})).toBe('one')
    expect(beadKind({source: [0, 1], target: [0]})).toBe('merge')
    expect(beadKind({source: [], target: [3]})).toBe('null')
  })

  it("fits a curve that never goes down, pooling what would, and pulls small blocks towards the shape's rate", () => {
    const samples: CalibrationSample[] = [
      {kind: 'one', raw: 0.1, correct: true},
      {kind: 'one', raw: 0.2, correct: false},
      {kind: 'one', raw: 0.5, correct: false},
      {kind: 'one', raw: 0.9, correct: true},
      {kind: 'one', raw: 0.9, correct: true}
    ]
    const table = fitCalibration(samples, 0)
    // 0.1 right and 0.2, 0.5 wrong go down: pooled into one block of one in three; the two at 0.9 are one point.
    expect(table.one).toEqual([
      [0.5, 0.333],
      [0.9, 1]
    ])
    expect(fitCalibration(samples, 4).one.every(([, probability]) => probability > 0.333 && probability < 1)).toBe(true)
    expect(table.merge).toEqual([])
  })

  it('scores each bead between 0 and 1, never lower for a higher raw score of the same shape', () => {
    fc.assert(
      fc.property(
        fc.double({min: 0, max: 1, noNaN: true}),
        fc.double({min: 0, max: 1, noNaN: true}),
        fc.constantFrom([[0], [0]], [[0, 1], [0]], [[0], []]),
        (a, b, [source, target]) => {
          const [low, high] = a <= b ? [a, b] : [b, a]
          const score = (raw: number) =>
            calibratedScore({source: source!, target: target!, score: raw}, calibrationTable)
          expect(score(low)).toBeGreaterThanOrEqual(0)
          expect(score(high)).toBeLessThanOrEqual(1)
          expect(score(low)).toBeLessThanOrEqual(score(high))
        }
      )
    )
  })

  it('measures calibration error as the weighted gap between score and share right', () => {
    const perfect = calibrationError([
      {score: 0.95, correct: true},
      {score: 0.05, correct: false}
    ])
    expect(perfect.ece).toBeCloseTo(0.05)
    const {ece, table} = calibrationError([
      {score: 0.9, correct: true},
      {score: 0.9, correct: false}
    ])
    expect(ece).toBeCloseTo(0.4)
    expect(table[9]).toEqual({from: 0.9, to: 1, count: 2, score: 0.9, correct: 0.5})
  })
})
