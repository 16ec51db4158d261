import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {alignMixed, linkCommentary, segmentsOf} from '../../src/align/index.js'
import {loadGlossaries} from '../../src/glossary/index.js'
import {readDocumentFile} from '../../src/document/index.js'
import {compileGlossary} from '../../src/tag/index.js'
import {segments} from './helpers.js'

const seed = readDocumentFile(new URL('../../corpus/h20-ft/post.txt', import.meta.url).pathname)

/** The English sentence each Portuguese sentence of the seed links to first, by the start of its text. */
function firstLinks(options: Parameters<typeof alignMixed>[1] = {}): string[] {
  const alignment = alignMixed(seed, {...options, mode: 'commentary'})
  return alignment.source.segments.map((segment) => {
    const best = alignment.links.find((link) => link.source === segment.index)
    return best ? alignment.target.segments[best.target]!.text.slice(0, 40) : '(none)'
  })
}

const bundled = {matcher: compileGlossary(loadGlossaries([]))}

describe('linkCommentary on the seed', () => {
  it.each([
    ['without a glossary', {}],
    ['with the bundled glossary', bundled]
  ])('links each of the four Portuguese sentences to the English sentence it discusses first, %s', (_name, options) => {
    const links = firstLinks(options)
    // The H20 as a reduced H200 for inference: the H20 "a watered-down processor".
    expect(links[0]).toBe('A group of Chinese regulators have mobil')
    // Close to the H100, surpassed by the H200 and Blackwell: the China-specific Blackwell chip with better performance than the H20.
    expect(links[1]).toBe('Some Chinese tech companies have held of')
    // Chinese chips promoted but struggling with training: regulators urging domestic chips, AI development impaired.
    expect(links[2]).toBe('Chinese regulators have urged more use o')
    // Domestic chips to replace American ones for inference: the switch "especially for inference" or the push to ban foreign chips for inference.
    expect(['However, some close to the tech companie', 'Some Beijing policymakers are pushing to']).toContain(links[3])
  })

  it('lists the evidence of each link: the name, the cognate, the concept', () => {
    const alignment = alignMixed(seed, {mode: 'commentary'})
    const first = alignment.links.find((link) => link.source === 0)!
    expect(first.evidence).toContainEqual({kind: 'name', value: 'H20'})
    const last = alignment.links.find((link) => link.source === 3)!
    expect(last.evidence).toContainEqual({kind: 'cognate', value: 'inferência/inference'})
    const withConcepts = alignMixed(seed, {...bundled, mode: 'commentary'})
    expect(withConcepts.links.find((link) => link.source === 3)!.evidence).toContainEqual({
      kind: 'concept',
      value: 'inference',
      entry: 'inference'
    })
  })

  it('ranks links per commentary sentence, strongest first, with scores between 0 and 1', () => {
    const alignment = alignMixed(seed, {mode: 'commentary'})
    for (const source of new Set(alignment.links.map((link) => link.source))) {
      const scores = alignment.links.filter((link) => link.source === source).map((link) => link.score)
      expect(scores).toEqual([...scores].sort((a, b) => b - a))
      for (const score of scores) expect(score).toBeGreaterThan(0)
      for (const score of scores) expect(score).toBeLessThanOrEqual(1)
    }
  })

  it.each([
    ['without a glossary', {}],
    ['with the bundled glossary', bundled]
  ])('leaves a sentence about something else unlinked, %s', (_name, options) => {
    const text = segmentsOf(seed).filter((segment) => segment.lang === 'en')
    const unrelated = segments(
      ['O tempo em Lisboa esteve ameno e fomos passear ao jardim com o cão.', 'Nota: o H20 é um chip da Nvidia.'],
      'pt-PT'
    )
    const links = linkCommentary(
      unrelated,
      text.map((segment, index) => ({...segment, index})),
      options
    )
    expect(links.filter((link) => link.source === 0)).toEqual([])
    expect(links.filter((link) => link.source === 1).length).toBeGreaterThan(0)
  })

  it('is not monotone: later commentary may discuss earlier text', () => {
    const links = linkCommentary(
      segments(['A China proíbe chips estrangeiros.', 'O H20 é um chip reduzido.'], 'pt-PT'),
      segments(['The H20 — a reduced chip — sells well.', 'Beijing wants to ban foreign chips in China.'], 'en')
    )
    expect(links.find((link) => link.source === 0)?.target).toBe(1)
    expect(links.find((link) => link.source === 1)?.target).toBe(0)
  })

  it('links within bounds, ranked, each with evidence, whatever the input', () => {
    const sentence = fc.stringMatching(/^[A-Za-zÀ-ú0-9 ,.()]{1,80}$/)
    fc.assert(
      fc.property(fc.array(sentence, {maxLength: 12}), fc.array(sentence, {maxLength: 20}), (a, b) => {
        const links = linkCommentary(segments(a, 'pt'), segments(b, 'en'))
        // In source order, and within one source sentence best first.
        expect(links).toEqual([...links].sort((x, y) => x.source - y.source || y.score - x.score))
        for (const link of links) {
          expect(link.source).toBeGreaterThanOrEqual(0)
          expect(link.source).toBeLessThan(a.length)
          expect(link.target).toBeGreaterThanOrEqual(0)
          expect(link.target).toBeLessThan(b.length)
          expect(link.score).toBeGreaterThan(0)
          expect(link.score).toBeLessThanOrEqual(1)
          expect(link.evidence.length).toBeGreaterThan(0)
        }
      }),
      {numRuns: 80}
    )
  })

  it('returns no links when a side is empty', () => {
    expect(linkCommentary([], segments(['Text.'], 'en'))).toEqual([])
    expect(linkCommentary(segments(['Texto.'], 'pt'), [])).toEqual([])
  })
})
