import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {LineIndex, lineStart} from '../../src/util/position.js'

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

describe('lineStart', () => {
  it('finds the start of the line after \\n, \\r\\n or a lone \\r, and 0 on the first line', () => {
    const source = 'one\ntwo\r\nthree\rfour'
    expect(lineStart(source, 2)).toBe(0)
    expect(lineStart(source, 6)).toBe(4)
    expect(lineStart(source, 12)).toBe(9)
    expect(lineStart(source, source.length)).toBe(15)
  })

  it('counts a break at the offset itself as the end of the line before', () => {
    expect(lineStart('one\ntwo', 3)).toBe(0)
    expect(lineStart('one\ntwo', 4)).toBe(4)
  })

  it('agrees with the start of the line LineIndex gives the offset', () => {
    fc.assert(
      fc.property(fc.string({unit: fc.constantFrom('a', ' ', '\n', '\r')}), fc.nat(), (source, at) => {
        const offset = source.length === 0 ? 0 : at % (source.length + 1)
        const point = new LineIndex(source).point(offset)
        // Between the \r and the \n of one line break is no place a position points to.
        fc.pre(!(source[offset - 1] === '\r' && source[offset] === '\n'))
        expect(lineStart(source, offset)).toBe(offset - (point.column - 1))
      })
    )
  })
})
