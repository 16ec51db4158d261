import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {loadGlossaries} from '../../src/glossary/index.js'
import {readDocument, readDocumentFile} from '../../src/document/index.js'
import {compileGlossary, tagTerms} from '../../src/tag/index.js'

interface Expected {
  entry: string
  text: string
  /** `line:column` of the hit's start. */
  at: string
}

const bundled = compileGlossary(loadGlossaries([]))

describe('the seed with the bundled glossary', () => {
  const document = readDocumentFile('corpus/h20-ft/post.txt')
  const hits = tagTerms(document, bundled)

  it('tags every mention of the products, architectures, organisations and core concepts, and nothing else', () => {
    // Reviewed by hand: every row is a mention of a glossary concept (AI in a
    // Portuguese sentence is the deprecated Portuguese term), and no mention is missing.
    const expected = JSON.parse(readFileSync('test/fixtures/tag/h20-ft/expected.json', 'utf8')) as Expected[]
    const actual = hits.map((hit): Expected => ({
      entry: hit.entry,
      text: hit.text,
      at: `${hit.position.start.line}:${hit.position.start.column}`
    }))
    expect(actual).toEqual(expected)
  })

  it('gives positions whose source slice is the hit', () => {
    for (const hit of hits)
      expect(document.source.slice(hit.position.start.offset, hit.position.end.offset).replace(/\s+/g, ' ')).toBe(
        hit.text
      )
  })

  it('tags AI in Portuguese sentences as the deprecated Portuguese term and in English ones as the English term', () => {
    const ai = hits.filter((hit) => hit.entry === 'ai')
    expect(ai.map((hit) => `${hit.lang}:${hit.status}`)).toEqual([
      'pt:deprecated',
      'pt:deprecated',
      'en:preferred',
      'en:preferred'
    ])
  })

  it('tags the lower-case brands of the forum post as kind case', () => {
    expect(hits.filter((hit) => hit.kind === 'case').map((hit) => hit.text)).toEqual(['nvidia', 'amd'])
  })
})

describe('hard cases with the bundled glossary', () => {
  /** The hits of a source as `source slice=entry:kind`. */
  const tagged = (source: string, format: 'md' | 'text' = 'md') =>
    tagTerms(readDocument(source, {format}), bundled).map(
      (hit) => `${source.slice(hit.position.start.offset, hit.position.end.offset)}=${hit.entry}:${hit.kind}`
    )

  it('tells H20 from H200 and H20s', () => {
    expect(tagged('The H20, the H200 and two H20s.\n')).toEqual([
      'H20=h20:exact',
      'H200=h200:exact',
      'H20s=h20:inflection'
    ])
  })

  it('never takes Portuguese "ai", "aí" or "Alibaba" for AI', () => {
    expect(tagged('Ai, ai, aí está a Alibaba.\n')).toEqual(['Alibaba=alibaba:exact'])
  })

  it('never tags CAC inside a URL, bare or linked, but does in link text', () => {
    expect(tagged('See https://www.cac.gov.cn/CAC/H20.html and [the CAC](https://cac.gov.cn/CAC).\n')).toEqual([
      'CAC=cac:exact'
    ])
  })

  it('never tags a term in inline code or a code block', () => {
    expect(tagged('Run `H20 --inference` now.\n\n```\nNvidia H20\n```\n')).toEqual([])
  })

  it('tags a term split by **…**', () => {
    expect(tagged('They lifted **export** controls.\n')).toEqual(['export** controls=export-controls:inflection'])
  })

  it('keeps positions exact with CRLF line ends and a term across a hard wrap', () => {
    expect(tagged('Os modelos de\r\nfronteira e a\r\nlargura de banda.\r\n', 'text')).toEqual([
      'modelos de\r\nfronteira=frontier-model:inflection',
      'largura de banda=memory-bandwidth:exact'
    ])
  })

  it('tags Nvidia’s with either apostrophe as an inflection of Nvidia', () => {
    expect(tagged("Nvidia’s chips and Nvidia's chips.\n")).toEqual([
      'Nvidia’s=nvidia:inflection',
      'chips=chip:inflection',
      "Nvidia's=nvidia:inflection",
      'chips=chip:inflection'
    ])
  })
})
