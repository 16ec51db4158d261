import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {LineIndex} from '../../src/util/position.js'

/** The point of `offset`, counted the slow, obvious way. */
function naivePoint(source: string, offset: number) {
  let line = 1
  let start = 0
  for (let index = 0; index < offset; index++) {
    const code = source.charCodeAt(index)
    if (code === 13 && source.charCodeAt(index + 1) === 10) continue
    if (code === 10 || code === 13) {
      line++
      start = index + 1
    }
  }
  return {line, column: offset - start + 1, offset}
}

describe('LineIndex', () => {
  it('counts \\n, \\r\\n and \\r as one line break each', () => {
    const index = new LineIndex('a\nb\r\nc\rd')
    expect(index.point(0)).toEqual({line: 1, column: 1, offset: 0})
    expect(index.point(2)).toEqual({line: 2, column: 1, offset: 2})
    expect(index.point(5)).toEqual({line: 3, column: 1, offset: 5})
    expect(index.point(7)).toEqual({line: 4, column: 1, offset: 7})
    expect(index.offset(3, 1)).toBe(5)
  })

  it('counts columns in UTF-16 code units', () => {
    expect(new LineIndex('😀x').point(2)).toEqual({line: 1, column: 3, offset: 2})
  })

  it('agrees with a character-by-character count on any text', () => {
    fc.assert(
      // eslint-disable-next-line no-misleading-character-class -- each half of the pair on its own: lone surrogates on purpose
      fc.property(fc.stringMatching(/^[ab\r\n😀]*$/), fc.nat(), (source, seed) => {
        const offset = source.length === 0 ? 0 : seed % (source.length + 1)
        const index = new LineIndex(source)
        const point = index.point(offset)
        expect(point).toEqual(naivePoint(source, offset))
        expect(index.offset(point.line, point.column)).toBe(offset)
      })
    )
  })
})
