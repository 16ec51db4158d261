import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {readDocument} from '../../src/document/index.js'
import {compileGlossary, tagTerms} from '../../src/tag/index.js'
import type {TermHit} from '../../src/tag/types.js'
import type {Document} from '../../src/types.js'
import {domain} from './glossaries.js'

const matcher = compileGlossary(domain)

/** The hits of a source as `source slice=entry:kind@line:column`. */
function tagged(source: string, format: 'md' | 'text' = 'md'): string[] {
  const document = readDocument(source, {format})
  return tagTerms(document, matcher).map(
    (hit) =>
      `${source.slice(hit.position.start.offset, hit.position.end.offset)}=${hit.entry}:${hit.kind}@${hit.position.start.line}:${hit.position.start.column}`
  )
}

describe('tagTerms', () => {
  it('returns hits with entry, term, lang, status, prose text, kind, source position, block and sentence', () => {
    const source = 'Beijing turns against Nvidia’s H20.\n'
    const hits = tagTerms(readDocument(source, {format: 'text'}), domain)
    expect(hits).toEqual<TermHit[]>([
      {
        entry: 'nvidia',
        term: 'Nvidia',
        lang: 'en',
        status: 'preferred',
        text: 'Nvidia’s',
        kind: 'inflection',
        position: {start: {line: 1, column: 23, offset: 22}, end: {line: 1, column: 31, offset: 30}},
        block: 'b1',
        sentence: 'b1.s1'
      },
      {
        entry: 'h20',
        term: 'H20',
        lang: 'en',
        status: 'preferred',
        text: 'H20',
        kind: 'exact',
        position: {start: {line: 1, column: 32, offset: 31}, end: {line: 1, column: 35, offset: 34}},
        block: 'b1',
        sentence: 'b1.s1'
      }
    ])
  })

  it('accepts a glossary or a compiled matcher, and the diacritics option with a glossary', () => {
    const document = readDocument('A inferencia e a inferência.\n', {format: 'text'})
    expect(tagTerms(document, domain).map((hit) => hit.kind)).toEqual(['exact'])
    expect(tagTerms(document, matcher).map((hit) => hit.kind)).toEqual(['exact'])
    expect(tagTerms(document, domain, {diacritics: true}).map((hit) => hit.kind)).toEqual(['diacritics', 'exact'])
  })

  it('finds a term split by inline formatting, and the position spans the markup inside it only', () => {
    expect(tagged('The **export** controls and *frontier models*.\n')).toEqual([
      'export** controls=export-controls:exact@1:7',
      'frontier models=frontier-model:inflection@1:30'
    ])
  })

  it('never finds a term in inline code, code blocks, link destinations or autolinks, but does in link text', () => {
    const source =
      'The `H20` and <https://cac.gov.cn/CAC> and [the CAC](https://cac.gov.cn/H20).\n\n```\nH20 CAC\n```\n'
    expect(tagged(source)).toEqual(['CAC=cac:exact@1:49'])
  })

  it('finds terms in headings, list items, table cells and block quotes', () => {
    const source = '# H20\n\n- the H200\n\n| chip | CAC |\n| --- | --- |\n| Nvidia | AI |\n\n> inferência\n'
    expect(tagged(source)).toEqual([
      'H20=h20:exact@1:3',
      'H200=h200:exact@3:7',
      'chip=chip:exact@5:3',
      'CAC=cac:exact@5:10',
      'Nvidia=nvidia:exact@7:3',
      'AI=ai:exact@7:12',
      'inferência=inference:exact@9:3'
    ])
  })

  it('keeps exact positions with CRLF line ends and a term across a hard wrap', () => {
    const source = 'Os chips domésticos.\r\nOs modelos de\r\nfronteira e a área de\r\ntransferência.\r\n'
    expect(tagged(source, 'text')).toEqual([
      'chips=chip:inflection@1:4',
      'domésticos=domestic:inflection@1:10',
      'modelos de\r\nfronteira=frontier-model:inflection@2:4',
      'área de\r\ntransferência=clipboard:exact@3:15'
    ])
  })

  it('maps a hit that ends in a character reference to the whole reference', () => {
    const source = 'A inferênci&#97; chegou.\n'
    expect(tagged(source)).toEqual(['inferênci&#97;=inference:exact@1:3'])
  })

  it('never lets a hit cross a sentence boundary', () => {
    expect(tagged('Lifted export. Controls on chips.\n', 'text')).toEqual(['chips=chip:inflection@1:28'])
  })
})

describe('tagTerms invariants', () => {
  const words = [
    'H20',
    'H200',
    'H20s',
    'Nvidia’s',
    'nvidia',
    'export',
    'controls',
    'chips',
    'domésticos',
    'modelos',
    'de',
    'fronteira',
    'CAC',
    'China',
    'Cyberspace',
    'Administration',
    'of',
    'AI',
    'ai',
    'aí',
    'inferência',
    'https://cac.gov.cn/CAC',
    '`H20`',
    '**export**',
    'e',
    'o',
    'the',
    '.',
    ','
  ]
  const separators = [' ', ' ', ' ', '\n', '  ', '\r\n']
  const sources = fc
    .array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...separators)), {minLength: 1, maxLength: 40})
    .map((parts) => parts.map(([word, separator]) => word + separator).join(''))

  const normal = (text: string) => text.replace(/[*`]/g, '').replace(/\s+/g, ' ').replace(/’/g, "'").toLowerCase()

  it('hits never overlap, lie inside their sentence, and each source slice is a form of its term', () => {
    fc.assert(
      fc.property(sources, fc.constantFrom<'md' | 'text'>('md', 'text'), (source, format) => {
        const document: Document = readDocument(source, {format})
        const hits = tagTerms(document, matcher)
        let previous = -1
        for (const hit of hits) {
          expect(hit.position.start.offset).toBeGreaterThanOrEqual(previous)
          expect(hit.position.end.offset).toBeGreaterThan(hit.position.start.offset)
          previous = hit.position.end.offset
          const sentence = document.blocks
            .flatMap((block) => block.sentences)
            .find((candidate) => candidate.id === hit.sentence)!
          expect(hit.position.start.offset).toBeGreaterThanOrEqual(sentence.position.start.offset)
          expect(hit.position.end.offset).toBeLessThanOrEqual(sentence.position.end.offset)
          const slice = normal(source.slice(hit.position.start.offset, hit.position.end.offset))
          expect(slice).toBe(normal(hit.text))
          const [again] = matcher.match(hit.text)
          expect(again?.entry.id).toBe(hit.entry)
          expect(again?.end).toBe(hit.text.length)
        }
      }),
      {numRuns: 300}
    )
  })
})
