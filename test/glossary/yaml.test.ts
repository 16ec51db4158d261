import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parseGlossary, parseGlossaryWithIssues, writeYaml, type Glossary, type Term} from '../../src/glossary/index.js'
import {readYaml} from '../../src/glossary/yaml.js'
import {at, content, failure} from './helpers.js'

const small = `title: Sample
languages: [en, pt-PT]
entries:
  - id: export-controls
    subject: trade policy
    doNotTranslate: false
    definition:
      en: Rules on exports.
      pt: Regras sobre exportações.
    note: {en: Usually plural.}
    sources: [IATE]
    severities: {deprecated-term: warning}
    terms:
      en: [export control]
      pt-PT:
        - {text: controlo de exportação, status: preferred, gender: masculine, pos: noun, inflections: [controlos de exportação]}
        - text: controle de exportação
          status: deprecated
          note: Brazilian spelling.
  - id: nvidia
    doNotTranslate: true
    terms:
      en: {text: Nvidia, case: insensitive, type: productName, variants: [NVIDIA]}
      pt: Nvidia
`


describe('glosa YAML', () => {
  it('reads entries, per-language texts and terms with their defaults', () => {
    const glossary = parseGlossary(small, {file: 'g.yaml'})
    expect(glossary.title).toBe('Sample')
    expect(glossary.languages).toEqual(['en', 'pt-PT'])
    const [controls, nvidia] = glossary.entries
    expect(controls!.definitions).toEqual({en: 'Rules on exports.', pt: 'Regras sobre exportações.'})
    expect(controls!.notes).toEqual({en: 'Usually plural.'})
    expect(controls!.sources).toEqual(['IATE'])
    expect(controls!.severities).toEqual({'deprecated-term': 'warning'})
    expect(controls!.doNotTranslate).toBeUndefined()
    expect(controls!.terms.map((term) => [term.lang, term.text, term.status])).toEqual([
      ['en', 'export control', 'admitted'],
      ['pt-PT', 'controlo de exportação', 'preferred'],
      ['pt-PT', 'controle de exportação', 'deprecated']
    ])
    expect(controls!.terms[1]).toMatchObject({gender: 'masculine', partOfSpeech: 'noun', inflections: ['controlos de exportação']})
    expect(controls!.terms[2]!.note).toBe('Brazilian spelling.')
    expect(nvidia!.doNotTranslate).toBe(true)
    expect(nvidia!.terms[0]).toMatchObject({text: 'Nvidia', caseSensitive: false, type: 'productName', variants: ['NVIDIA']})
  })

  it('locates every entry and term in the file', () => {
    const glossary = parseGlossary(small)
    for (const entry of glossary.entries) {
      expect(at(small, entry.position)).toMatch(/^id: /)
      for (const term of entry.terms) expect(at(small, term.position)).toBe(term.text)
    }
    expect(glossary.entries[0]!.terms[1]!.position!.start).toEqual({line: 16, column: 18, offset: small.indexOf('controlo de')})
  })

  it('keeps a term written `null`, `true` or `1.50` as written', () => {
    const glossary = parseGlossary('entries:\n  - id: x\n    terms:\n      en: [null, true, 1.50]\n')
    expect(glossary.entries[0]!.terms.map((term) => term.text)).toEqual(['null', 'true', '1.50'])
  })

  it('reads JSON, which is YAML 1.2', () => {
    const json = JSON.stringify({entries: [{id: 'chip', terms: {en: ['chip'], pt: [{text: 'chip', gender: 'masculine'}]}}]})
    const glossary = parseGlossary(json, {file: 'g.json'})
    expect(glossary.entries[0]!.terms[1]).toMatchObject({text: 'chip', lang: 'pt', gender: 'masculine'})
  })

  it.each([
    ['entries:\n  - id: x\n    terms: {en: [a]\n', 'glossary:yaml.flow', 4],
    ['entries: []\n', 'glossary:error.empty', 1],
    ['title: x\n', 'glossary:error.noEntries', 1],
    ['- a\n- b\n', 'glossary:error.expectedMap', 1],
    ['entries:\n  - terms: {en: [a]}\n', 'glossary:error.missingId', 2],
    ['entries:\n  - id: x\n    terms: [a]\n', 'glossary:error.expectedMap', 3],
    ['entries:\n  - id: x\n    doNotTranslate: sometimes\n    terms: {en: a}\n', 'glossary:error.expectedBoolean', 3],
    ['entries:\n  - id: x\n    terms:\n      en: [{status: preferred}]\n', 'glossary:error.missingText', 4],
    ['entries:\n  - id: x\n    id: y\n', 'glossary:yaml.duplicateKey', 3]
  ])('refuses unusable input with a located error: %j', (text, key, line) => {
    const error = failure(() => parseGlossary(text, {file: 'bad.yaml'}))
    expect(error.key).toBe(key)
    expect(error.file).toBe('bad.yaml')
    expect(error.place?.line).toBe(line)
  })

  /** `text` after a comment line of `size` characters: the same glossary, one line further down. */
  const padded = (text: string, size = 600 * 1024): string => '#'.repeat(size) + '\n' + text

  it('reads a large file to the same glossary as a small one, entries and terms located the same way', () => {
    const text = readFileSync(new URL('../../glossary/ai-chips.yaml', import.meta.url), 'utf8')
    const small = readYaml(text)
    const large = readYaml(padded(text))
    expect(content(large.glossary)).toEqual(content(small.glossary))
    const lines = (glossary: Glossary) => glossary.entries.flatMap((entry) => [entry.position?.start.line, ...entry.terms.map((term) => term.position?.start.line)])
    expect(lines(large.glossary)).toEqual(lines(small.glossary).map((line) => line! + 1))
  })

  it('finds bare terms at their text, whole words only', () => {
    const text = 'entries:\n  - id: x\n    terms:\n      en: [ab, a, c]\n      pt:\n        - {status: preferred, text: t}\n        - plain\n'
    const glossary = readYaml(text).glossary
    expect(glossary.entries[0]!.terms.map((term) => at(text, term.position))).toEqual(['ab', 'a', 'c', 't', 'plain'])
  })

  it('gives a large file the issues of a small one, in the same order', () => {
    const text = 'title: T\nentries:\n  - id: a\n    colour: red\n    terms: {en: [{text: x, status: approved}]}\n  - id: b\n    terms: {en: y}\nextra: 1\n'
    const small = parseGlossaryWithIssues(text)
    const large = parseGlossaryWithIssues(padded(text))
    expect(content(large.glossary)).toEqual(content(small.glossary))
    const rules = (issues: typeof small.issues) => issues.map((issue) => [issue.ruleId, issue.values, issue.position?.start.column])
    expect(rules(large.issues)).toEqual(rules(small.issues))
    expect(rules(small.issues)[0]).toEqual(['unknown-field', {field: 'extra'}, 1])
  })

  it('reports the error a reading in order meets first, at every size', () => {
    const text = 'entries:\n  - id: a\n    terms: {en: x}\n  - terms: {en: y}\nlanguages: en\n'
    expect(failure(() => parseGlossary(text))).toMatchObject({key: 'glossary:error.expectedList', place: {line: 5, column: 12}})
    expect(failure(() => parseGlossary(padded(text)))).toMatchObject({key: 'glossary:error.expectedList', place: {line: 6, column: 12}})
    expect(failure(() => parseGlossary(padded(text.replace('languages: en\n', ''))))).toMatchObject({key: 'glossary:error.missingId', place: {line: 5}})
  })

  it('reads a large JSON glossary with every term located and its issues and errors in order', () => {
    const entries = Array.from({length: 6000}, (_, index) => ({id: `e${index}`, colour: index === 3 ? 'red' : undefined, terms: {en: [`term ${index}`], pt: [{text: `termo ${index}`, status: index === 5 ? 'approved' : 'preferred'}]}}))
    const text = JSON.stringify({title: 'T', entries, extra: 1}, null, 2)
    expect(text.length).toBeGreaterThan(600 * 1024)
    const large = readYaml(text, 'g.json', 'JSON')
    expect(at(text, large.glossary.entries[5]!.terms[1]!.position)).toBe('"termo 5"')
    expect(large.issues.map((issue) => [issue.ruleId, issue.values])).toEqual([
      ['unknown-field', {field: 'extra'}],
      ['unknown-field', {field: 'colour'}],
      ['unknown-status', {value: 'approved'}]
    ])
    const broken = text.replace('"id": "e7",', '').replace('"title": "T"', '"title": ["T"]')
    expect(failure(() => parseGlossary(broken, {file: 'g.json'}))).toMatchObject({key: 'glossary:error.expectedText', place: {line: 2}})
  })

  it('reports a syntax error of a large file where it is', () => {
    const error = failure(() => parseGlossary('entries:\n' + '  - {id: a, terms: {en: b}}\n'.repeat(30000) + '  - {id: [\n'))
    expect(error.key).toBe('glossary:yaml.flow')
    expect(error.place?.line).toBeGreaterThan(30000)
  })

  it.each([
    ['entries:\n  - id: x\n    id: y\n', 'duplicateKey', 3, 5],
    ['entries:\n\t- id: x\n', 'indentation', 2, 1],
    ['entries:\n  - id: "x\n', 'unclosed', 3, 1],
    ['entries: [{id: a} {id: b}]\n', 'flow', 1, 19],
    ['entries:\n  - id: "a\\qb"\n', 'escape', 2, 11],
    ['entries: []\n---\nentries: []\n', 'multipleDocuments', 2, 1],
    ['a: &x y\nentries:\n  - id: *x\n', 'alias', 3, 9],
    // An anchor bomb ("billion laughs"): refused at its first alias, never expanded.
    ['a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nentries:\n  - id: x\n', 'alias', 2, 8]
  ])('refuses YAML that does not parse with the same located message in a 1 KB and a 10 MB file: %j', (text, problem, line, column) => {
    const small = failure(() => parseGlossary(text, {file: 'g.yaml'}))
    expect(small).toMatchObject({key: `glossary:yaml.${problem}`, place: {line, column}})
    expect(small.format('pt-PT')).toMatch(/^g\.yaml:\d+:\d+: isto não é YAML válido/)
    const large = failure(() => parseGlossary(padded(text, 10 * 2 ** 20), {file: 'g.yaml'}))
    expect(large).toMatchObject({key: small.key, place: {line: line + 1, column}})
  })

  it('gives process.env back as it was (it parses with a copy) after a glossary that reads and one that is refused', () => {
    const environment = process.env
    expect(parseGlossary(small, {file: 'g.yaml'}).entries).toHaveLength(2)
    expect(process.env).toBe(environment)
    expect(failure(() => parseGlossary('entries:\n  - id: x\n    id: y\n', {file: 'g.yaml'})).key).toBe('glossary:yaml.duplicateKey')
    expect(failure(() => parseGlossary('entries:\n  - id: !!js/function "f"\n', {file: 'g.yaml'})).key).toBe('io:yaml.tag')
    expect(process.env).toBe(environment)
  })

  it('refuses a tag such as !!js/function with the same located message in a 1 KB and a 10 MB file', () => {
    const text = 'entries:\n  - id: !!js/function "function () {}"\n'
    const small = failure(() => parseGlossary(text, {file: 'g.yaml'}))
    expect(small).toMatchObject({key: 'io:yaml.tag', place: {line: 2, column: 23}})
    expect(failure(() => parseGlossary(padded(text, 10 * 2 ** 20), {file: 'g.yaml'}))).toMatchObject({key: 'io:yaml.tag', place: {line: 3, column: 23}})
  })

  it('refuses nesting deeper than 64 levels before the reader recurses, at the place, naming the limit, at every size', () => {
    // Once the reader's own words, "Maximum call stack size exceeded": now refused at the place it passes the bound.
    const text = 'entries: ' + '['.repeat(3000) + ']'.repeat(3000) + '\n'
    const error = failure(() => parseGlossary(text, {file: 'g.yaml'}))
    expect(error.key).toBe('glossary:yaml.tooDeep')
    expect(error.format('pt-PT')).toBe('g.yaml:1:73: isto não é YAML válido para o glosa: mapas e listas encaixam-se aqui a mais de 64 níveis (um glossário ou uma configuração tem poucos níveis)')
    expect(failure(() => parseGlossary(padded(text), {file: 'g.yaml'}))).toMatchObject({key: 'glossary:yaml.tooDeep', place: {line: 2, column: error.place!.column}})
  })
})

describe('writing glosa YAML', () => {
  it('round-trips: YAML → model → YAML → model', () => {
    const glossary = parseGlossary(small)
    const written = writeYaml(glossary)
    const again = parseGlossary(written)
    expect(content(again)).toEqual(content(glossary))
    expect(writeYaml(again)).toBe(written)
  })

  it('writes a term with nothing else as its bare text', () => {
    expect(writeYaml(parseGlossary(small))).toContain('pt:\n        - Nvidia\n')
  })

  const termArbitrary: fc.Arbitrary<Term> = fc.record(
    {
      text: fc.string({minLength: 1, maxLength: 20}).filter((text) => text.trim() === text && text !== ''),
      lang: fc.constantFrom('en' as const, 'pt' as const, 'pt-PT' as const, 'pt-BR' as const),
      status: fc.constantFrom('preferred' as const, 'admitted' as const, 'deprecated' as const, 'superseded' as const),
      gender: fc.constantFrom('masculine' as const, 'feminine' as const),
      caseSensitive: fc.boolean(),
      note: fc.string({minLength: 1, maxLength: 30})
    },
    {requiredKeys: ['text', 'lang', 'status']}
  )

  it('round-trips any glossary it can hold (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            id: fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/),
            definition: fc.string({maxLength: 40}),
            terms: fc.array(termArbitrary, {minLength: 1, maxLength: 4})
          }),
          {minLength: 1, maxLength: 5}
        ),
        (entries) => {
          const glossary: Glossary = {
            languages: ['en', 'pt'],
            entries: entries.map((entry) => ({
              id: entry.id,
              definitions: entry.definition ? {en: entry.definition} : {},
              notes: {},
              sources: [],
              // The writer groups terms by language, in glosa's language order.
              terms: (['en', 'pt', 'pt-PT', 'pt-BR'] as const).flatMap((lang) => entry.terms.filter((term) => term.lang === lang))
            }))
          }
          expect(content(parseGlossary(writeYaml(glossary)))).toEqual(content(glossary))
        }
      ),
      {numRuns: 150}
    )
  })

  it('reads issues while reading, for lint, without failing', () => {
    const {issues} = parseGlossaryWithIssues('entries:\n  - id: x\n    terms:\n      en: [{text: a, status: approved}]\n')
    expect(issues).toEqual([
      expect.objectContaining({ruleId: 'unknown-status', severity: 'error', values: {value: 'approved'}, entry: 'x'})
    ])
  })
})

describe('glosa YAML reader and maintainer notes', () => {
  it('reads note as what readers see and maintainerNote as what only maintainers see, and writes both back', () => {
    const yaml = 'entries:\n  - id: ai\n    note: {pt: Em português escreve-se IA.}\n    maintainerNote: {pt: Sensível a maiúsculas.}\n    terms: {pt: [IA]}\n'
    const entry = parseGlossary(yaml, {format: 'yaml'}).entries[0]!
    expect(entry.notes).toEqual({pt: 'Em português escreve-se IA.'})
    expect(entry.maintainerNotes).toEqual({pt: 'Sensível a maiúsculas.'})
    expect(writeYaml({languages: ['pt'], entries: [entry]})).toContain('maintainerNote:\n      pt: Sensível a maiúsculas.')
  })
})
