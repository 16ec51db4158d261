import {describe, expect, it} from 'vitest'
import {readFileSync} from 'node:fs'
import {alignDocuments, formatJson, formatSideBySide, formatTmx, formatVecalign} from '../../src/align/index.js'
import type {Alignment} from '../../src/align/types.js'
import {translator} from '../../src/i18n/index.js'
import {readDocument} from '../../src/document/index.js'
import {segments} from './helpers.js'

const alignment: Alignment = {
  mode: 'parallel',
  source: {file: 'a.txt', lang: 'pt-PT', segments: segments(['Preço < 5 € & "barato".', 'Sem par.'], 'pt-PT')},
  target: {file: 'b.txt', lang: 'en', segments: segments(['Price < €5 & "cheap".'], 'en')},
  pairs: [
    {source: [0], target: [0], score: 0.9},
    {source: [1], target: [], score: 0.5}
  ],
  links: [],
  warnings: []
}

describe('output formats', () => {
  it('prints vecalign lines in source order, unmatched as [i]:[]', () => {
    expect(formatVecalign(alignment)).toBe('[0]:[0]:0.9\n[1]:[]:0.5\n')
  })

  it('prints JSON with exactly mode, source, target, pairs and links', () => {
    const value = JSON.parse(formatJson(alignment))
    expect(Object.keys(value)).toEqual(['mode', 'source', 'target', 'pairs', 'links'])
    expect(Object.keys(value.source)).toEqual(['file', 'lang', 'segments'])
    expect(Object.keys(value.source.segments[0])).toEqual(['id', 'text', 'position'])
    expect(value.pairs[0]).toEqual({source: [0], target: [0], score: 0.9})
  })

  it('writes a TMX 1.4b memory with one escaped translation unit per pair', () => {
    const tmx = formatTmx(alignment, {version: '1.2.3', date: new Date('2026-01-02T03:04:05Z')})
    expect(tmx).toContain('<tmx version="1.4">')
    expect(tmx).toContain(
      'creationtool="glosa" creationtoolversion="1.2.3" datatype="plaintext" segtype="sentence" adminlang="en" srclang="pt-PT" o-tmf="glosa" creationdate="20260102T030405Z"'
    )
    expect(tmx.match(/<tu /g)).toHaveLength(1)
    expect(tmx).toContain('<tuv xml:lang="pt-PT"><seg>Preço &lt; 5 € &amp; &quot;barato&quot;.</seg></tuv>')
    expect(tmx).toContain('<tuv xml:lang="en"><seg>Price &lt; €5 &amp; &quot;cheap&quot;.</seg></tuv>')
  })

  it('writes plain prose into the plaintext TMX, not the Markdown source', () => {
    const read = (name: string) =>
      readDocument(readFileSync(new URL(`../fixtures/align/${name}`, import.meta.url), 'utf8'), {format: 'md'})
    const tmx = formatTmx(alignDocuments(read('markup.pt.md'), read('markup.en.md'), {mode: 'parallel'}), {
      version: '1'
    })
    const segs = [...tmx.matchAll(/<seg>(.*)<\/seg>/g)].map((match) => match[1])
    expect(segs).toEqual([
      'O chip H20',
      'The H20 chip',
      'O H20 é uma versão reduzida do H200, feita para inferência com vLLM e não para treino.',
      'The H20 is a cut-down version of the H200, made for inference with vLLM rather than training.',
      'A placa custa menos de USD 12 000 &amp; chega em 2025.',
      'The board costs less than USD 12,000 &amp; ships in 2025.',
      'Segundo a Nvidia.',
      'According to Nvidia.'
    ])
    expect(tmx).toContain('datatype="plaintext"')
  })

  it('shows pairs side by side, an unmatched side as a dash', () => {
    const view = formatSideBySide(alignment, translator('en'), {width: 80})
    expect(view).toContain('parallel: a.txt (pt-PT) → b.txt (en)')
    expect(view).toMatch(/0\.90 +Preço < 5 € & "barato"\. +│ Price < €5 & "cheap"\./)
    expect(view).toMatch(/0\.50 +Sem par\. +│ —/)
    expect(view).toContain('2 beads, 1 with both sides')
  })
})
