import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {alignDocuments, alignMixed, segmentsOf, segmentsOfLines} from '../../src/align/index.js'
import {readDocument, readDocumentFile} from '../../src/document/index.js'
import {GlosaError} from '../../src/util/errors.js'

const fixture = (name: string) => new URL(`../fixtures/align/${name}`, import.meta.url).pathname
const seed = readDocumentFile(new URL('../../corpus/h20-ft/post.txt', import.meta.url).pathname)

describe('segmentsOf', () => {
  it('takes every sentence but attributions, elisions and credits, with its block as unit and its exact position', () => {
    const all = segmentsOf(seed)
    expect(all.map((segment) => segment.text)).not.toContain('MarcoAntonio Escreveu:')
    expect(all.map((segment) => segment.text)).not.toContain('(...)')
    expect(all.map((segment) => segment.text)).not.toContain('FT')
    all.forEach((segment, index) => {
      expect(segment.index).toBe(index)
      expect(segment.unit).toMatch(/^b\d+$/)
      expect(segment.sentence).toMatch(/^b\d+\.s\d+$/)
    })
    const first = all[0]!
    expect(seed.source.slice(first.position!.start.offset, first.position!.end.offset)).toBe(first.text)
  })

  it('takes the blocks a filter picks', () => {
    expect(segmentsOf(seed, (block) => block.role === 'headline').map((segment) => segment.role)).toEqual(['headline'])
  })
})

describe('alignMixed', () => {
  it('reads the seed as a Portuguese commentary on an English article', () => {
    const alignment = alignMixed(seed)
    expect(alignment.mode).toBe('commentary')
    expect(alignment.source.lang).toBe('pt-PT')
    expect(alignment.source.segments).toHaveLength(4)
    expect(alignment.target.lang).toBe('en')
    expect(alignment.pairs).toEqual([])
    expect(alignment.links.length).toBeGreaterThanOrEqual(4)
  })

  it('reads a page with a Portuguese text and its English translation as parallel', () => {
    const alignment = alignMixed(readDocumentFile(fixture('bilingual.md')))
    expect(alignment.mode).toBe('parallel')
    expect(alignment.pairs.map((pair) => [pair.source, pair.target])).toEqual(
      [0, 1, 2, 3, 4].map((index) => [[index], [index]])
    )
    expect(alignment.links).toEqual([])
  })

  it('lets the caller force the mode', () => {
    expect(alignMixed(seed, {mode: 'parallel'}).mode).toBe('parallel')
    expect(alignMixed(readDocumentFile(fixture('bilingual.md')), {mode: 'commentary'}).mode).toBe('commentary')
  })
})

describe('alignDocuments', () => {
  it('aligns two documents and warns when one is ten times longer than the other', () => {
    const short = readDocument('As receitas cresceram 12 % em relação ao ano anterior.\n', {format: 'text'})
    const long = readDocument(readFileSync(fixture('report.en.txt'), 'utf8').repeat(3), {format: 'text'})
    const alignment = alignDocuments(short, long, {mode: 'parallel'})
    expect(alignment.warnings).toContainEqual({
      key: 'align:warning.lengthRatio.target',
      values: {ratio: expect.any(Number)}
    })
    expect(alignment.pairs.filter((pair) => pair.source.length > 0 && pair.target.length > 0)).toHaveLength(1)
  })

  it('warns when both sides are in the same language', () => {
    const one = readDocument(readFileSync(fixture('report.en.txt'), 'utf8'), {format: 'text'})
    const other = readDocument(readFileSync(fixture('report.short.en.txt'), 'utf8'), {format: 'text'})
    expect(alignDocuments(one, other).warnings.map((warning) => warning.key)).toContain('align:warning.sameLanguage')
  })
})

describe('segmentsOfLines', () => {
  it('makes one segment per line, unsegmented, with its line as position', () => {
    const lines = segmentsOfLines('Uma frase. Outra.\nTerceira.\n', 'pt')
    expect(lines.map((segment) => segment.text)).toEqual(['Uma frase. Outra.', 'Terceira.'])
    expect(lines[1]!.position!.start).toEqual({line: 2, column: 1, offset: 18})
  })

  it('refuses a blank line, naming where it is', () => {
    try {
      segmentsOfLines('Uma.\n\nDuas.\n', 'pt', 'x.txt')
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(GlosaError)
      expect((error as GlosaError).key).toBe('align:error.blankLine')
      expect((error as GlosaError).place).toEqual({line: 2, column: 1, offset: 5})
    }
  })
})
