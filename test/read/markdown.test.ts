import {describe, expect, it} from 'vitest'
import {PLACEHOLDER} from '../../src/read/index.js'
import {readDocument} from '../../src/document/index.js'
import type {Block, Document} from '../../src/types.js'
import {outline, sourceAt, unitSources} from './helpers.js'

const md = (source: string): Document => readDocument(source, {format: 'md'})

/** Every prose unit that is not a placeholder or a joining space maps to a source character that shows it. */
function expectUnitsInPlace(document: Document, block: Block): void {
  for (const [unit, at] of unitSources(document, block)) {
    if (unit === PLACEHOLDER || unit === ' ') continue
    expect(['\\', '&', unit]).toContain(at)
  }
}

describe('Markdown blocks', () => {
  it('reads headings, paragraphs, list items, table cells and block-quote paragraphs as blocks', () => {
    const document = md(
      '# Título\n\nUm parágrafo.\n\n- primeiro item\n- segundo item\n\n> Citação.\n>\n> > Dentro.\n\n| a | b |\n|---|---|\n| c | d |\n'
    )
    expect(document.blocks.map((block) => [block.role, block.depth ?? null, block.quoted ?? false])).toEqual([
      ['heading', 1, false],
      ['paragraph', null, false],
      ['list-item', null, false],
      ['list-item', null, false],
      ['quote', 1, true],
      ['quote', 2, true],
      ['table-cell', null, false],
      ['table-cell', null, false],
      ['table-cell', null, false],
      ['table-cell', null, false]
    ])
    expect(sourceAt(document, document.blocks[0]!.position)).toBe('# Título')
    expect(sourceAt(document, document.blocks[6]!.position)).toBe('a')
  })

  it('never reads inside code blocks, HTML blocks, front matter or definitions', () => {
    const document = md(
      '---\ntitle: Não. Isto não.\n---\n\n```js\nconst a = 1. Not prose.\n```\n\n    indented code.\n\n<div>\nHTML. Not prose.\n</div>\n\n[ref]: https://example.com "Title. No"\n\nProse.\n'
    )
    expect(outline(document)).toEqual(['paragraph: Prose.'])
  })

  it('reads TOML front matter as no prose either', () => {
    expect(outline(md('+++\ntitle = "Não."\n+++\n\nTexto.'))).toEqual(['paragraph: Texto.'])
  })
})

describe('Markdown prose and its offsets', () => {
  it('maps backslash escapes to the backslash', () => {
    const document = md('Um \\*asterisco\\* literal.')
    const [block] = document.blocks
    expect(block!.prose.text).toBe('Um *asterisco* literal.')
    expect(block!.prose.offsets[3]).toBe(3)
    expect(block!.prose.offsets[4]).toBe(5)
    expect(sourceAt(document, block!.sentences[0]!.position)).toBe('Um \\*asterisco\\* literal.')
    expectUnitsInPlace(document, block!)
  })

  it('maps character references to their ampersand, named and numeric, astral included', () => {
    const document = md('R&amp;D e caf&#233; e &#x1F600; fim.')
    const [block] = document.blocks
    expect(block!.prose.text).toBe('R&D e café e 😀 fim.')
    const offsets = Array.from(block!.prose.offsets)
    expect(offsets.slice(0, 4)).toEqual([0, 1, 6, 7])
    expect(offsets[block!.prose.text.indexOf('é')]).toBe(document.source.indexOf('&#233;'))
    const emoji = block!.prose.text.indexOf('😀')
    expect([offsets[emoji], offsets[emoji + 1]]).toEqual([
      document.source.indexOf('&#x1F600;'),
      document.source.indexOf('&#x1F600;')
    ])
    expect(offsets[emoji + 2]).toBe(document.source.indexOf('&#x1F600;') + '&#x1F600;'.length)
    expect(block!.sentences[0]!.text).toBe('R&amp;D e caf&#233; e &#x1F600; fim.')
  })

  it('keeps an unknown reference (&foo;) as literal text', () => {
    expect(md('A &foo; b.').blocks[0]!.prose.text).toBe('A &foo; b.')
  })

  it('drops emphasis markers from prose and maps around them', () => {
    const document = md('As **export** controls _mudaram_.')
    const [block] = document.blocks
    expect(block!.prose.text).toBe('As export controls mudaram.')
    expect(block!.prose.offsets[3]).toBe(5)
    expect(block!.prose.offsets[9]).toBe(13)
    expectUnitsInPlace(document, block!)
  })

  it('maps continuation lines of block quotes past their > markers, and joins them with one space', () => {
    const document = md('> Uma frase que\n> continua aqui.\n> > E uma citação\n> > dentro.')
    const [outer, inner] = document.blocks
    expect(outer!.prose.text).toBe('Uma frase que continua aqui.')
    expect(outer!.prose.offsets[outer!.prose.text.indexOf('continua')]).toBe(document.source.indexOf('continua'))
    expect(outer!.sentences[0]!.text).toBe('Uma frase que continua aqui.')
    expect(inner!.sentences[0]!.text).toBe('E uma citação dentro.')
    expect(sourceAt(document, inner!.sentences[0]!.position)).toBe('E uma citação\n> > dentro.')
    expectUnitsInPlace(document, outer!)
    expectUnitsInPlace(document, inner!)
  })

  it('maps continuation lines of list items past their indentation', () => {
    const document = md('1. Um item que\n   continua.\n   - E um subitem\n     partido.')
    expect(outline(document)).toEqual(['list-item: Um item que continua.', 'list-item: E um subitem partido.'])
    for (const block of document.blocks) expectUnitsInPlace(document, block)
  })

  it('reads lazy continuation lines of a quote', () => {
    const document = md('> Uma frase\nque continua.')
    expect(document.blocks[0]!.sentences[0]!.text).toBe('Uma frase que continua.')
  })

  it('reads table cells with inline markup as blocks of their own', () => {
    const document = md('| Termo | Definição |\n|---|---|\n| **export** controls | controlos de `exportação` |\n')
    expect(document.blocks.map((block) => block.prose.text)).toEqual([
      'Termo',
      'Definição',
      'export controls',
      `controlos de ${PLACEHOLDER}`
    ])
    expect(sourceAt(document, document.blocks[2]!.sentences[0]!.position)).toBe('**export** controls')
  })

  it('replaces inline code, inline HTML, autolinks, bare URLs and images with one placeholder each', () => {
    const document = md('Corra `npm ci` e <kbd>Enter</kbd>, veja <https://a.pt>, www.b.pt e ![logo](l.png) já.')
    const [block] = document.blocks
    const p = PLACEHOLDER
    expect(block!.prose.text).toBe(`Corra ${p} e ${p}Enter${p}, veja ${p}, ${p} e ${p} já.`)
    const placeholders = [...block!.prose.text.matchAll(/\uFFFC/g)].map(
      (match) => document.source[block!.prose.offsets[match.index]!]
    )
    expect(placeholders).toEqual(['`', '<', '<', '<', 'w', '!'])
  })

  it('keeps link text as prose and leaves the destination out', () => {
    const document = md('Veja [a documentação](https://example.com/docs "Docs. Aqui") hoje.')
    const [block] = document.blocks
    expect(block!.prose.text).toBe('Veja a documentação hoje.')
    expect(block!.sentences[0]!.text).toBe('Veja [a documentação](https://example.com/docs "Docs. Aqui") hoje.')
    expect(block!.sentences).toHaveLength(1)
  })

  it('keeps reference links’ text as prose', () => {
    expect(md('Veja [o guia][g].\n\n[g]: https://example.com').blocks[0]!.prose.text).toBe('Veja o guia.')
  })

  it('treats hard breaks like hard wraps', () => {
    const document = md('Primeira linha  \nsegunda linha.\\\nTerceira.')
    expect(document.blocks[0]!.prose.text).toBe('Primeira linha segunda linha. Terceira.')
    expect(document.blocks[0]!.sentences.map((sentence) => sentence.text)).toEqual([
      'Primeira linha segunda linha.',
      'Terceira.'
    ])
  })

  it('keeps positions exact with CRLF line endings', () => {
    const document = md('# Título\r\n\r\nUma frase\r\npartida. Outra.\r\n\r\n> Citação\r\n> partida.\r\n')
    expect(outline(document)).toEqual([
      'heading: Título',
      'paragraph: Uma frase partida. | Outra.',
      'quote: Citação partida.'
    ])
    expect(document.blocks.map((block) => block.prose.text)).toEqual([
      'Título',
      'Uma frase partida. Outra.',
      'Citação partida.'
    ])
    const outra = document.blocks[1]!.sentences[1]!
    expect(outra.position.start).toEqual({line: 4, column: 10, offset: document.source.indexOf('Outra')})
    expect(sourceAt(document, document.blocks[2]!.sentences[0]!.position)).toBe('Citação\r\n> partida.')
  })

  it('counts columns and offsets in UTF-16 units past emoji and astral characters', () => {
    const document = md('😀 Olá mundo. Segunda 𝒳 frase.')
    const second = document.blocks[0]!.sentences[1]!
    expect(second.position.start).toEqual({line: 1, column: 15, offset: 14})
    expect(second.position.end).toEqual({line: 1, column: 32, offset: 31})
    expect(sourceAt(document, second.position)).toBe('Segunda 𝒳 frase.')
  })

  it('widens a sentence over the markup around it so its source stays balanced', () => {
    const document = md('**Primeira.** _Segunda._ [Terceira](https://x.pt).')
    expect(document.blocks[0]!.sentences.map((sentence) => sentence.text)).toEqual([
      '**Primeira.**',
      '_Segunda._',
      '[Terceira](https://x.pt).'
    ])
  })

  it('skips blocks with nothing but code or HTML', () => {
    expect(outline(md('`só código`\n\nTexto.'))).toEqual(['paragraph: Texto.'])
  })

  it('reads footnote definitions’ paragraphs', () => {
    expect(outline(md('Texto.[^1]\n\n[^1]: Uma nota.'))).toEqual(['paragraph: Texto.[^1]', 'paragraph: Uma nota.'])
  })
})

describe('large Markdown (parsed in chunks)', () => {
  const unit = [
    '# Título [com ligação][g]',
    'Um parágrafo com **ênfase**,\nquebrado. E [uma referência][g].',
    '```\ncódigo\n\nainda código. Não.\n```',
    '<!-- comentário\n\nainda comentário. Não. -->',
    '<pre>\npré\n\nainda pré. Não.\n</pre>',
    '- item um\n\n  continuação do item.',
    '> Citação\n> partida.',
    '| a | b |\n|---|---|\n| c | d |'
  ].join('\n\n')
  const copies = Math.ceil((1 << 20) / unit.length) + 1
  const source = Array.from({length: copies}, () => unit).join('\n\n') + '\n\n[g]: https://example.com/guia\n'

  it('reads every copy the same, at its own offsets, references resolved in every chunk', () => {
    expect(source.length).toBeGreaterThan(1 << 20)
    const single = md(unit + '\n\n[g]: https://example.com/guia\n')
    const document = md(source)
    expect(document.blocks).toHaveLength(single.blocks.length * copies)
    const last = document.blocks.slice(-single.blocks.length)
    const shift = source.lastIndexOf('# Título')
    expect(last.map((block) => block.prose.text)).toEqual(single.blocks.map((block) => block.prose.text))
    expect(last.map((block) => block.sentences.map((sentence) => sentence.position.start.offset - shift))).toEqual(
      single.blocks.map((block) => block.sentences.map((sentence) => sentence.position.start.offset))
    )
    expect(document.blocks.some((block) => /código|comentário|pré/.test(block.prose.text))).toBe(false)
    expect(last[0]!.prose.text).toBe('Título com ligação')
  }, 240_000)
})
