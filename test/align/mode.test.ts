import {describe, expect, it} from 'vitest'
import {alignDocuments, chooseMode, segmentsOf} from '../../src/align/index.js'
import type {Segment} from '../../src/align/types.js'
import {readDocumentFile} from '../../src/document/index.js'
import type {BlockRole, Lang} from '../../src/types.js'

const read = (name: string) => readDocumentFile(new URL(`../fixtures/align/${name}`, import.meta.url).pathname)
const guide = {en: read('guide.en.md'), pt: read('guide.pt-PT.md')}
const article = read('article.en.md')
const comment = read('comment.pt-PT.md')

/** Hand-made segments of a read document: one unit (block) per entry, with its role and sentences. */
function blocks(lang: Lang, units: ReadonlyArray<[BlockRole, ...string[]]>): Segment[] {
  const segments: Segment[] = []
  units.forEach(([role, ...sentences], unit) => {
    for (const text of sentences) segments.push({index: segments.length, text, lang, unit: `b${unit + 1}`, role})
  })
  return segments
}

describe('chooseMode', () => {
  it('takes a translation whose headings, paragraphs and list items correspond one to one for parallel, although the translator merged sentences', () => {
    const source = segmentsOf(guide.en)
    const target = segmentsOf(guide.pt)
    expect(source.length).toBeGreaterThan(target.length)
    expect(chooseMode(source, target)).toMatchObject({mode: 'parallel', reason: 'structure'})
    expect(chooseMode(target, source)).toMatchObject({mode: 'parallel', reason: 'structure'})
  })

  it('takes a commentary that follows an article paragraph by paragraph for commentary: it keeps few of the names and numbers of the paragraph it answers', () => {
    const choice = chooseMode(segmentsOf(comment), segmentsOf(article))
    expect(choice.mode).toBe('commentary')
    expect(choice.reason).toBe('coverage')
  })

  it('takes a translation of the first part of a text for parallel, although the lengths differ a lot; a short commentary stays commentary', () => {
    const english = [
      'The H20 is a chip that Nvidia sells in China.',
      'It has 96 GB of memory and a bandwidth of 4.0 TB/s.',
      'Exports of the H200 to China were banned in 2023.',
      'The company reported revenue of 30 billion dollars in the quarter.',
      'Analysts expect demand for inference chips to grow in 2025.',
      'AMD and Huawei compete in the same market with their own accelerators.'
    ]
    const portuguese = [
      'O H20 é um chip que a Nvidia vende na China.',
      'Tem 96 GB de memória e uma largura de banda de 4,0 TB/s.'
    ]
    const side = (lines: string[], lang: Lang) => lines.map((text, index) => ({index, text, lang}))
    expect(chooseMode(side(portuguese, 'pt-PT'), side(english, 'en'))).toMatchObject({
      mode: 'parallel',
      reason: 'coverage'
    })
    const comment = ['Isto é um erro da política americana, que só ajuda os concorrentes.']
    expect(chooseMode(side(comment, 'pt-PT'), side(english, 'en'))).toMatchObject({
      mode: 'commentary',
      reason: 'lengths'
    })
  })

  it('does not take matching structure for a translation when a unit is far longer or shorter than its counterpart', () => {
    const source = blocks('pt-PT', [
      [
        'paragraph',
        'A fábrica de Aveiro abriu em 2019 com 120 trabalhadores e produz hoje baterias para autocarros elétricos vendidos em toda a Europa.'
      ],
      ['paragraph', 'O Porto recebeu 45 engenheiros.'],
      ['paragraph', 'As vendas subiram 12 % em 2023.']
    ])
    const target = blocks('en', [
      ['paragraph', 'The Aveiro plant opened in 2019.'],
      [
        'paragraph',
        'Porto took on 45 engineers, most of them from the university, who design the battery packs and the software that manages them on the buses.'
      ],
      ['paragraph', 'Sales rose 12% in 2023.']
    ])
    expect(chooseMode(source, target).reason).not.toBe('structure')
  })

  it('needs the same kinds of units in the same order: a heading is no paragraph', () => {
    const source = blocks('pt-PT', [
      ['heading', 'Resultados de 2023'],
      ['paragraph', 'As vendas subiram 12 % em 2023.']
    ])
    const target = blocks('en', [
      ['paragraph', 'Results for 2023.'],
      ['paragraph', 'Sales rose 12% in 2023.']
    ])
    expect(chooseMode(source, target).reason).not.toBe('structure')
  })

  it('takes sides whose lengths no translation has for commentary, without a trial alignment', () => {
    const source = blocks('pt-PT', [['paragraph', 'Concordo.']])
    const target = blocks('en', [
      [
        'paragraph',
        'The board proposed a dividend of 0.45 euros per share, and the chief executive thanked the workers for their effort during the year.'
      ]
    ])
    expect(chooseMode(source, target)).toEqual({mode: 'commentary', reason: 'lengths'})
  })
})

describe('alignDocuments', () => {
  it('keeps the order it was given for a translation, either language first', () => {
    const forward = alignDocuments(guide.en, guide.pt)
    expect(forward.mode).toBe('parallel')
    expect([forward.source.lang, forward.target.lang]).toEqual(['en', 'pt-PT'])
    const backward = alignDocuments(guide.pt, guide.en)
    expect(backward.mode).toBe('parallel')
    expect([backward.source.lang, backward.target.lang]).toEqual(['pt-PT', 'en'])
    expect(forward.notes ?? []).toEqual([])
  })

  it('takes the Portuguese side as the commentary, and says so, when it was given second', () => {
    const alignment = alignDocuments(article, comment)
    expect(alignment.mode).toBe('commentary')
    expect(alignment.source.file).toBe(comment.file)
    expect(alignment.notes).toEqual([
      {key: 'align:note.commentaryFirst', values: {commentary: comment.file, text: article.file}}
    ])
    expect(alignDocuments(comment, article).notes ?? []).toEqual([])
  })
})
