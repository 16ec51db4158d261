// Large results are written in pieces, never as one string or one spread call; a large input
// is announced before glosa works on it.
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {batched, Chunks, jsonChunks, JsonStream, maxOf} from '../../src/util/chunks.js'
import {writeFileAtomic} from '../../src/util/write.js'
import {largeInputSize} from '../../src/util/input.js'
import {hostile} from './helpers.js'

describe('results written in chunks', () => {
  it('jsonChunks writes what JSON.stringify(value, null, 2) does, in pieces', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect([...jsonChunks(value)].join('')).toBe(JSON.stringify(value, null, 2) + '\n')
      }),
      {numRuns: 300}
    )
    const withUndefined = {a: undefined, b: [undefined, () => 1], c: {toJSON: () => 'x'}, d: new Date(0)}
    expect([...jsonChunks(withUndefined)].join('')).toBe(JSON.stringify(withUndefined, null, 2) + '\n')
  })

  it('streams a report’s items, each written whole past two levels, as JSON.stringify would write them', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), {maxLength: 8}), (items) => {
        expect([...jsonChunks({results: new JsonStream(() => items)})].join('')).toBe(
          JSON.stringify({results: items}, null, 2) + '\n'
        )
      }),
      {numRuns: 200}
    )
  })

  it('writes items it is told are small whole, at any depth, as JSON.stringify would write them', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), {maxLength: 8}), fc.nat(3), (items, depth) => {
        let value: unknown = new JsonStream(
          () => items,
          () => true
        )
        let expected: unknown = items
        for (let level = 0; level < depth; level++) {
          value = {level, inner: value}
          expected = {level, inner: expected}
        }
        expect([...jsonChunks(value)].join('')).toBe(JSON.stringify(expected, null, 2) + '\n')
      }),
      {numRuns: 200}
    )
  })

  it('writes a file from pieces, encoded into one buffer: characters cut at its end come whole', () => {
    const folder = mkdtempSync(join(tmpdir(), 'glosa-pieces-'))
    try {
      // Pieces of one to four UTF-8 bytes a character, and one longer than the buffer, so that
      // characters fall across the buffer's end in every way.
      const pieces = Array.from({length: 40_000}, (_, index) =>
        ['a', 'ç', '€', '😀', '\n'][index % 5]!.repeat(index % 7)
      )
      pieces.push('ã😀'.repeat(50_000), '', 'fim\n')
      const file = join(folder, 'out.txt')
      writeFileAtomic(file, new Chunks(() => pieces))
      expect(readFileSync(file)).toEqual(Buffer.from(pieces.join('')))
      writeFileAtomic(file, pieces)
      expect(readFileSync(file)).toEqual(Buffer.from(pieces.join('')))
    } finally {
      rmSync(folder, {recursive: true, force: true})
    }
  })

  it('joins pieces into chunks of about 64 KiB, none lost', () => {
    const pieces = Array.from({length: 200_000}, (_, index) => `row ${index}\n`)
    const chunks = [...batched(pieces)]
    expect(chunks.join('')).toBe(pieces.join(''))
    expect(chunks.length).toBeGreaterThan(20)
    expect(chunks.slice(0, -1).every((chunk) => chunk.length >= 1 << 16 && chunk.length < (1 << 16) + 100)).toBe(true)
  })

  it('takes the largest of more values than a spread call can pass', () => {
    const values = Array.from({length: 300_000}, (_, index) => index % 1000)
    expect(() => Math.max(...values)).toThrow(RangeError)
    expect(maxOf(values)).toBe(999)
    expect(maxOf([], 0)).toBe(0)
  })
})

describe('a large input is announced before glosa starts', () => {
  it(`says so on standard error past ${largeInputSize / 2 ** 20} MiB, and still does the work`, () => {
    const text = 'plain forum text, no marks at all\n'.repeat(Math.ceil((largeInputSize + 1024) / 34))
    const run = hostile({
      files: {'big.txt': text},
      args: ['strip', 'big.txt', '-o', 'out.txt'],
      code: 0,
      message: /^glosa: big\.txt holds 32(?:\.\d)? MiB: reading and tagging it can take minutes .*--max-size/,
      writes: ['out.txt']
    })
    expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1)
  })
})
