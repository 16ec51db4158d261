import {describe, expect, it} from 'vitest'
import * as align from '../../src/align/index.js'

describe('the align stage', () => {
  it('exports the aligners, the document helpers and the output formats', () => {
    expect(Object.keys(align).sort()).toEqual(
      [
        'alignDocuments',
        'alignMixed',
        'alignParallel',
        'alignSegments',
        'chooseMode',
        'defaultCommentaryParameters',
        'formatJson',
        'formatSideBySide',
        'formatTmx',
        'formatVecalign',
        'linkCommentary',
        'looksParallel',
        'defaultModeParameters',
        'defaultParallelParameters',
        'parseLexicon',
        'segmentsOf',
        'segmentsOfLines'
      ].sort()
    )
  })

  it('keeps its tuning weights frozen: other weights are passed as options, for one call', () => {
    for (const defaults of [
      align.defaultParallelParameters,
      align.defaultCommentaryParameters,
      align.defaultModeParameters
    ]) {
      expect(Object.isFrozen(defaults)).toBe(true)
      expect(() => {
        ;(defaults as Record<string, number>).skip = 0
      }).toThrow(TypeError)
    }
    const source = [
      {index: 0, text: 'The company grew.', lang: 'en'},
      {index: 1, text: 'Revenue rose 12%.', lang: 'en'}
    ] as const
    const target = [
      {index: 0, text: 'A empresa cresceu.', lang: 'pt'},
      {index: 1, text: 'As receitas subiram 12 %.', lang: 'pt'}
    ] as const
    const pairs = (options: Parameters<typeof align.alignParallel>[2]) =>
      align.alignParallel([...source], [...target], options).map((pair) => [pair.source, pair.target])
    expect(pairs({})).toEqual([
      [[0], [0]],
      [[1], [1]]
    ])
    // Leaving a sentence unmatched made free, every sentence is left unmatched, for that call only.
    const free = pairs({parallelParameters: {skip: 0}})
    expect(free).toHaveLength(4)
    expect(free.every(([sourcePart, targetPart]) => sourcePart.length === 0 || targetPart.length === 0)).toBe(true)
    expect(pairs({})).toEqual([
      [[0], [0]],
      [[1], [1]]
    ])
  })
})
