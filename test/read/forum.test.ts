import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {readDocument, readDocumentFile} from '../../src/document/index.js'
import {family, outline, sourceAt} from './helpers.js'

const seedFile = 'corpus/h20-ft/post.txt'
const expected = JSON.parse(
  readFileSync(new URL('../fixtures/read/h20-ft/expected.json', import.meta.url), 'utf8')
) as {
  blocks: Array<{
    id: string
    role: string
    lang: string
    author?: string
    quoted: boolean
    sentences: Array<{id: string; lang: string; start: string; text: string}>
  }>
}

const text = (source: string) => readDocument(source, {format: 'text'})

describe('the seed post (forum plain text)', () => {
  const document = readDocumentFile(seedFile)

  it('is read as text and segmented as the fixture says', () => {
    expect(document.format).toBe('text')
    const actual = document.blocks.map((block) => ({
      id: block.id,
      role: block.role,
      lang: family(block.lang),
      ...(block.author === undefined ? {} : {author: block.author}),
      quoted: block.quoted ?? false,
      sentences: block.sentences.map((sentence) => ({
        id: sentence.id,
        lang: family(sentence.lang),
        start: `${sentence.position.start.line}:${sentence.position.start.column}`,
        text: sentence.text
      }))
    }))
    expect(actual).toEqual(expected.blocks)
  })

  it('has the attribution, four Portuguese sentences, headline, standfirst, one sentence per quoted paragraph, three elisions and the credit', () => {
    const roles = document.blocks.map((block) => block.role)
    expect(roles.slice(0, 5)).toEqual(['attribution', 'paragraph', 'paragraph', 'headline', 'standfirst'])
    expect(document.blocks[0]).toMatchObject({author: 'MarcoAntonio'})
    expect(sourceAt(document, document.blocks[0]!.position)).toBe('MarcoAntonio Escreveu:')
    const portuguese = document.blocks.filter((block) => block.role === 'paragraph').flatMap((block) => block.sentences)
    expect(portuguese).toHaveLength(4)
    expect(portuguese[0]!.text.startsWith('Nota: o H20')).toBe(true)
    expect(roles.filter((role) => role === 'elision')).toHaveLength(3)
    expect(roles.at(-1)).toBe('credit')
    const quotes = document.blocks.filter((block) => block.role === 'quote')
    expect(quotes).toHaveLength(14)
    for (const quote of quotes) expect(quote.sentences).toHaveLength(1)
  })

  it('joins the hard-wrapped second paragraph into two sentences whose text has one space per line break', () => {
    const [first, second] = document.blocks[2]!.sentences
    expect(first!.text).toContain('a que os AI players chineses conseguem desenvolver e treinar frontier models.')
    expect(sourceAt(document, first!.position)).toContain(
      'a que os\nAI players chineses conseguem desenvolver e treinar\nfrontier models.'
    )
    expect(second!.text).toBe(
      'Já para a inferência (na prática, a utilização por parte do utilizador final de modelos já treinados), deverá substituir os chips americanos (nvidia e amd) por domésticos.'
    )
    expect(second!.position.start).toEqual({line: 4, column: 18, offset: document.source.indexOf('Já para')})
  })

  it('slices every sentence’s source to its text, line breaks aside', () => {
    for (const block of document.blocks) {
      for (const sentence of block.sentences)
        expect(sourceAt(document, sentence.position).replace(/\n/g, ' ')).toBe(sentence.text)
    }
  })
})

describe('forum text lines', () => {
  it('starts a block where a line ends a sentence and the next starts one, and joins hard wraps', () => {
    expect(
      outline(text('Uma frase que\ncontinua aqui. E outra\nque também continua.\nNova linha, novo bloco.'))
    ).toEqual([
      'paragraph: Uma frase que continua aqui. | E outra que também continua.',
      'paragraph: Nova linha, novo bloco.'
    ])
  })

  it('always separates blocks at blank lines, even mid-sentence', () => {
    expect(outline(text('uma linha sem ponto\n\n  \ne outra depois'))).toHaveLength(2)
  })

  it('keeps a hard wrap before a capitalised line in the same language', () => {
    expect(
      outline(text('Os chips chineses limitam a velocidade a que os\nAI players chineses conseguem treinar modelos.'))
    ).toEqual([
      'paragraph: Os chips chineses limitam a velocidade a que os AI players chineses conseguem treinar modelos.'
    ])
  })

  it('joins CRLF hard wraps with one space and keeps positions exact', () => {
    const document = text('Esta frase está\r\npartida em duas linhas.\r\nE esta não.\r\n')
    const [first, second] = document.blocks
    expect(first!.sentences[0]!.text).toBe('Esta frase está partida em duas linhas.')
    expect(first!.prose.text).toBe('Esta frase está partida em duas linhas.')
    expect(sourceAt(document, first!.sentences[0]!.position)).toBe('Esta frase está\r\npartida em duas linhas.')
    expect(second!.sentences[0]!.position.start).toEqual({line: 3, column: 1, offset: 42})
  })

  it('recognises attributions in Portuguese and English, alone or glued to the next word', () => {
    const cases: Array<[string, string, string]> = [
      ['MarcoAntonio Escreveu:Nota: o H20 é um chip.', 'MarcoAntonio', 'MarcoAntonio Escreveu:'],
      ['joana_s escreveu:\nConcordo contigo.', 'joana_s', 'joana_s escreveu:'],
      ['Jane Doe wrote: I agree with this.', 'Jane Doe', 'Jane Doe wrote:'],
      ['Citação de Rui Costa\nIsto é verdade.', 'Rui Costa', 'Citação de Rui Costa'],
      ['Quote from bob42:\nThat is right.', 'bob42', 'Quote from bob42:'],
      ['Ana disse:\nNão concordo.', 'Ana', 'Ana disse:'],
      ['Tom said:\nNo way.', 'Tom', 'Tom said:'],
      [
        'On Mon, 3 May 2024, John Smith wrote:\nQuoted text here.',
        'John Smith',
        'On Mon, 3 May 2024, John Smith wrote:'
      ],
      // The quote headers of SMF and phpBB boards give the date after the author.
      [
        'Citação de: joao_m em 12 Março 2024, 14:32\nAlguém já viu isto?',
        'joao_m',
        'Citação de: joao_m em 12 Março 2024, 14:32'
      ],
      [
        'Quote from: Jane Doe on March 12, 2024, 14:32:05\nHas anyone seen this?',
        'Jane Doe',
        'Quote from: Jane Doe on March 12, 2024, 14:32:05'
      ]
    ]
    for (const [source, author, attribution] of cases) {
      const document = text(source)
      const [first, second] = document.blocks
      expect(first, source).toMatchObject({role: 'attribution', author})
      expect(sourceAt(document, first!.position), source).toBe(attribution)
      expect(second?.role, source).toBe('paragraph')
    }
  })

  it('does not take a sentence with "disse:" in the middle of a line for an attribution', () => {
    expect(text('O ministro disse: vamos avançar com o plano.').blocks.map((block) => block.role)).toEqual([
      'paragraph'
    ])
  })

  it('recognises elision lines and lone credit lines', () => {
    for (const elision of ['(...)', '[...]', '…', '(…)']) {
      expect(text(`Primeiro parágrafo.\n${elision}\nSegundo parágrafo.`).blocks[1]?.role, elision).toBe('elision')
    }
    const credits = [
      'FT',
      'Reuters',
      'AP',
      'Lusa',
      '— Financial Times',
      'Fonte: Público',
      '(Reuters)',
      'Fonte: https://www.reuters.com/technology/apple-ai-chips/',
      'Source: www.ft.com/content/abc',
      '(Reporting by Stephen Nellis in San Francisco; Editing by Sam Holmes)',
      'Reporting by David Shepardson; Editing by Chris Reese',
      '(Reportagem de Ana Silva, em Lisboa; edição de Rui Costa)'
    ]
    for (const credit of credits) {
      const document = text(`The article ends here.\n${credit}`)
      expect(document.blocks.at(-1)?.role, credit).toBe('credit')
      expect(sourceAt(document, document.blocks.at(-1)!.position)).toBe(credit)
    }
    expect(text('The article ends here.\n- a bullet item').blocks.at(-1)?.role).not.toBe('credit')
    // Running prose that opens like a staff credit is not one.
    expect(
      text('The article ends here.\nReporting by the FT suggests that the ban will hold.').blocks.at(-1)?.role
    ).not.toBe('credit')
  })

  it('reads bulleted and numbered lines as list items that never continue the sentence before', () => {
    const source =
      'Os requisitos são:\n- 16GB de RAM\n* SSD de 512GB\n• ecrã de 15"\n1. um teclado com\n   acentos portugueses\n2) Bateria longa\nObrigado desde já!'
    const document = text(source)
    expect(document.blocks.map((block) => block.role)).toEqual([
      'paragraph',
      'list-item',
      'list-item',
      'list-item',
      'list-item',
      'list-item',
      'paragraph'
    ])
    expect(document.blocks.slice(1, 6).map((block) => sourceAt(document, block.position))).toEqual([
      '16GB de RAM',
      'SSD de 512GB',
      'ecrã de 15"',
      'um teclado com\n   acentos portugueses',
      'Bateria longa'
    ])
    // A dash of dialogue or a byline is not a bullet.
    expect(text('Ele respondeu:\n— Não sei.').blocks.map((block) => block.role)).not.toContain('list-item')
  })

  it('reads the subject line of a reply as a heading of its own', () => {
    const document = text('Obrigado desde já!\n\nRe: Portátil até 1000€\nExperimenta o Lenovo IdeaPad 5.')
    expect(document.blocks.map((block) => [block.role, sourceAt(document, block.position)])).toEqual([
      ['paragraph', 'Obrigado desde já!'],
      ['heading', 'Re: Portátil até 1000€'],
      ['paragraph', 'Experimenta o Lenovo IdeaPad 5.']
    ])
    expect(text('Regras: ler antes de publicar.').blocks[0]?.role).toBe('paragraph')
  })

  it('starts a new block at a labelled source address after a line with no final stop', () => {
    const document = text(
      'A Nvidia cobra margens de 70% e toda a gente quer fugir disso 😅\nFonte: https://www.reuters.com/technology/apple-ai-chips/'
    )
    expect(document.blocks.map((block) => block.role)).toEqual(['paragraph', 'credit'])
  })

  it('reads a quoted article after a switch of language: headline, standfirst, quoted body, elision, credit', () => {
    const document = text(
      [
        'O artigo abaixo explica bem o problema dos chips.',
        'Beijing turns against the chip',
        'Comments by the secretary trigger a regulatory effort',
        'The regulators have moved against the chip.',
        '(...)',
        'They said it was a blow to the company.',
        'FT'
      ].join('\n')
    )
    expect(document.blocks.map((block) => [block.role, block.quoted ?? false])).toEqual([
      ['paragraph', false],
      ['headline', true],
      ['standfirst', true],
      ['quote', true],
      ['elision', true],
      ['quote', true],
      ['credit', true]
    ])
  })

  it('starts the quoted article after a line ending in a colon when the next lines switch language', () => {
    const document = text(
      [
        'Segundo o Público a resposta é não. Vejam o artigo:',
        'Nvidia halts H20 production',
        'The chipmaker told suppliers to stop work on the processor.',
        'Nvidia has asked suppliers to halt production of the H20, the people said.',
        '— Reuters',
        'Parece-me que isto vai acelerar a Huawei.'
      ].join('\n')
    )
    expect(document.blocks.map((block) => [block.role, block.quoted ?? false])).toEqual([
      ['paragraph', false],
      ['headline', true],
      ['standfirst', true],
      ['quote', true],
      ['credit', true],
      ['paragraph', false]
    ])
  })

  it('reads a headline and standfirst right after an attribution', () => {
    const roles = text(
      'Pedro escreveu:\nChip exports under review\nThe government will review its rules this week.\nOfficials said more is to come.'
    ).blocks.map((block) => block.role)
    expect(roles).toEqual(['attribution', 'headline', 'standfirst', 'quote'])
  })

  it('replaces URLs with one placeholder in prose', () => {
    const document = text('Ver https://example.com/a?b=1. E ainda www.example.pt ou rui@example.pt hoje.')
    const [block] = document.blocks
    expect(block!.prose.text).toBe('Ver \uFFFC. E ainda \uFFFC ou \uFFFC hoje.')
    expect(block!.prose.offsets[4]).toBe(4)
    expect(block!.sentences.map((sentence) => sentence.text)).toEqual([
      'Ver https://example.com/a?b=1.',
      'E ainda www.example.pt ou rui@example.pt hoje.'
    ])
  })
})
