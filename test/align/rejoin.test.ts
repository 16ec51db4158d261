import {describe, expect, it} from 'vitest'
import {rejoinSplitPairs} from '../../src/align/rejoin.js'

const length = (text: string) => text.length
const en = 'It also helps IDEs with auto-completion.'
const pt = 'Este também ajuda os ambientes de desenvolvimento integrado com a conclusão automática.'

describe('rejoining a 1-1 pair the aligner split', () => {
  it('reads an omission beside an addition as one pair when their lengths agree, in either order', () => {
    expect(
      rejoinSplitPairs(
        [
          {source: [en], target: []},
          {source: [], target: [pt]}
        ],
        length
      )
    ).toEqual([{source: [en], target: [pt]}])
    expect(
      rejoinSplitPairs(
        [
          {source: [], target: [pt]},
          {source: [en], target: []}
        ],
        length
      )
    ).toEqual([{source: [en], target: [pt]}])
  })

  it('keeps an omission and an addition of very different lengths apart', () => {
    const beads = [
      {source: ['A short one.'], target: []},
      {source: [], target: [pt + ' ' + pt + ' ' + pt]}
    ]
    expect(rejoinSplitPairs(beads, length)).toEqual(beads)
  })

  it('gives a null sentence to a neighbour whose translation is far too long without it, and only then', () => {
    const merged = {
      source: ['We will cover every little detail in the rest of the documentation.'],
      target: [
        'Se houverem questões, não é coisa de preocupar-se porque cobriremos todos os pequenos detalhes no resto da documentação.'
      ]
    }
    const alone = {source: ["You may already have questions - don't worry."], target: []}
    expect(rejoinSplitPairs([alone, merged], length)).toEqual([
      {source: [...alone.source, ...merged.source], target: merged.target}
    ])
    // A usual neighbour: the null sentence is a true omission and stays one.
    const usual = {
      source: ['We will cover every little detail in the rest of the documentation.'],
      target: ['Cobriremos todos os pequenos detalhes no resto da documentação.']
    }
    expect(rejoinSplitPairs([alone, usual], length)).toEqual([alone, usual])
  })
})
