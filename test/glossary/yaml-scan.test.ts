import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {writeYaml, type Glossary} from '../../src/glossary/index.js'
import {preciseTree} from '../../src/glossary/tree.js'
import {scanTree} from '../../src/glossary/yaml-scan.js'
import {bothRead, places, readsLikeYamlPackage as compare} from './helpers.js'

const sample = `# A glossary
title: "AI chips: a sample"
languages: [en, pt-PT]
entries:
  - id: export-controls   # a comment
    subject: trade policy, exports
    definition:
      en: 'Rules on exports, "quoted" and it''s fine'
      pt: "Regras sobre exportações\\n\\u00e9"

    note: {en: Usually plural., 'pt': "x"}
    sources: []
    terms:
      en:
      - export control
      - {text: export controls, inflections: [a, "b c"]}
      pt-PT:
        - text: controlo de exportação
          status: preferred
  # between entries
  - id: nvidia
    terms: {en: Nvidia}
`

describe('the quick YAML reader', () => {
  it('reads the bundled glossary to the tree and places of the yaml package', () => {
    const text = readFileSync(new URL('../../glossary/ai-chips.yaml', import.meta.url), 'utf8')
    expect(scanTree(text)).toBeDefined()
    compare(text)
  })

  it('reads block and flow collections, quoted scalars, comments and blank lines where the yaml package places them', () => {
    expect(scanTree(sample)).toBeDefined()
    expect(compare(sample)).toBe(true)
    expect(compare(sample.replace(/\n/g, '\r\n'))).toBe(true)
    expect(compare('---\n' + sample)).toBe(true)
  })

  it('locates every key of a map with many keys as the yaml package does', () => {
    const keys = Array.from({length: 100}, (_, index) => `  field${index}: ${index % 3 === 0 ? `"v${index}"` : `v${index}`}\n`).join('')
    const text = `entries:\n- id: a\n  terms: {en: a}\nmany:\n${keys}`
    expect(scanTree(text)).toBeDefined()
    compare(text)
  })

  it('hands each entry to the hook as it is read, located, and keeps none of them', () => {
    const precise = preciseTree(sample, undefined)
    const entries = (precise.root as {entries: unknown[]}).entries
    const seen: Array<[unknown, unknown[]]> = []
    const scanned = scanTree(sample, (item, tree) => seen.push([item, places(tree, item)]))
    expect(seen).toEqual(entries.map((entry) => [entry, places(precise, entry)]))
    expect((scanned?.root as {entries: unknown[]}).entries).toEqual([undefined, undefined])
    expect(scanned?.where(scanned.root as object, 'entries')).toEqual(precise.where(precise.root as object, 'entries'))
  })

  it.each([
    ['a tab', 'a:\tb\n'],
    ['a block scalar', 'a: |\n  b\n'],
    ['a scalar continued on the next line', 'a: b\n  c\n'],
    ['an anchor and an alias', 'a: &x b\nc: *x\n'],
    ['a tag', 'a: !!str b\n'],
    ['an empty value', 'a:\nb: c\n'],
    ['a duplicate key', 'a: b\na: c\n'],
    ['a second document', 'a: b\n---\nc: d\n'],
    ['a flow collection over two lines', 'a: [b,\n  c]\n'],
    ['a key that is an array index', 'a: {1: b}\n'],
    ['an escape it does not resolve', 'a: "\\x41"\n'],
    ['a nested list on one line', 'a:\n  - - b\n'],
    ['an unclosed quote', 'a: "b\n'],
    ['a plain scalar holding ": "', 'a: b: c\n'],
    ['bad indentation', 'a:\n    b: c\n  d: e\n']
  ])('leaves %s to js-yaml', (_, text) => {
    expect(scanTree(text)).toBeUndefined()
  })

  const glossaries: fc.Arbitrary<Glossary> = fc
    .array(
      fc.record({
        id: fc.string({minLength: 1, maxLength: 8}),
        definition: fc.string({maxLength: 20}),
        terms: fc.array(
          fc.record({text: fc.string({minLength: 1, maxLength: 12}), note: fc.string({maxLength: 12}), inflections: fc.array(fc.string({maxLength: 6}), {maxLength: 2})}),
          {minLength: 1, maxLength: 3}
        )
      }),
      {minLength: 1, maxLength: 4}
    )
    .map((entries) => ({
      languages: ['en', 'pt'],
      entries: entries.map((entry) => ({
        id: entry.id,
        definitions: entry.definition ? {en: entry.definition, pt: entry.definition} : {},
        notes: {},
        sources: [entry.definition],
        terms: entry.terms.map((term, index) => ({
          text: term.text,
          lang: index % 2 === 0 ? ('en' as const) : ('pt' as const),
          status: 'preferred' as const,
          ...(term.note ? {note: term.note} : {}),
          ...(term.inflections.length > 0 ? {inflections: term.inflections} : {})
        }))
      }))
    }))

  it('reads what writeYaml writes as the yaml package does, or leaves it to js-yaml (property)', () => {
    fc.assert(fc.property(glossaries, (glossary) => {
      compare(writeYaml(glossary))
    }), {numRuns: 400})
  })

  const breakers = [
    ' ', '  ', '\n', '- ', ': ', ':', '#', ' #', '"', "'", '[', ']', '{', '}', ',', '&a ', '*a', '!', '|', '>', '%', '@', '`', '? ', '---', '...',
    '\\', '\r\n', 'é', '😀', '\u0085', '\u2028', '-', 'x', '1', 'null'
  ]

  it('builds the tree and places the yaml package does from any text it reads, and gives up where either reader refuses (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(sample, writeYaml({languages: ['en'], entries: [{id: 'a', definitions: {}, notes: {}, sources: [], terms: [{text: 'b', lang: 'en', status: 'preferred'}]}]})), fc.array(fc.tuple(fc.constantFrom(...breakers), fc.nat()), {minLength: 1, maxLength: 3}), (text, inserts) => {
        for (const [breaker, at] of inserts) {
          const place = at % (text.length + 1)
          text = text.slice(0, place) + breaker + text.slice(place)
        }
        if (bothRead(text)) compare(text)
        else expect(scanTree(text)).toBeUndefined()
      }),
      {numRuns: 4000}
    )
  })
})
