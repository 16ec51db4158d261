import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {LineIndex, SequentialPoints} from '../../src/util/position.js'

describe('SequentialPoints', () => {
  it('gives the points LineIndex gives, whatever order offsets are asked in', () => {
    const text = fc
      .array(fc.constantFrom('a', 'é', ' ', '\n', '\r', '\r\n', '\n\n'), {maxLength: 200})
      .map((parts) => parts.join(''))
    fc.assert(
      fc.property(text, fc.array(fc.tuple(fc.nat(), fc.nat())), (source, asks) => {
        const lines = new LineIndex(source)
        const points = new SequentialPoints(lines)
        for (const [a, b] of asks) {
          const start = Math.min(a, b) % (source.length + 1)
          const end = Math.max(start, Math.max(a, b) % (source.length + 1))
          expect(points.position(start, end)).toEqual(lines.position(start, end))
          expect(points.point(end)).toEqual(lines.point(end))
        }
      })
    )
  })

  it('walks forward over many lines and back again', () => {
    const source = 'line\n'.repeat(100)
    const lines = new LineIndex(source)
    const points = new SequentialPoints(lines)
    for (const offset of [0, 7, 12, 260, 261, 499, 3, 400]) expect(points.point(offset)).toEqual(lines.point(offset))
  })
})
