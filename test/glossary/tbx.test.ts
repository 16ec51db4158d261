import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {loadGlossaries, parseGlossary, parseGlossaryWithIssues, readGlossaryFile, writeTbx, writeYaml} from '../../src/glossary/index.js'
import {at, content, fixture, failure} from './helpers.js'


describe('TBX v2 (martif, termEntry/langSet/tig|ntig)', () => {
  const file = fixture('v2-basic.tbx')
  const source = readFileSync(file, 'utf8')
  const glossary = readGlossaryFile(file)

  it('reads the title, entries and their ids, ignoring the external DTD', () => {
    expect(glossary.title).toBe('Chip terms (exported from a CAT tool)')
    expect(glossary.entries.map((entry) => entry.id)).toEqual(['export-controls', 'cac', 'r&d'])
  })

  it('reads subject, definitions at entry and language level, notes and sources (a TBX note is for maintainers)', () => {
    const entry = glossary.entries[0]!
    expect(entry.subject).toBe('trade policy')
    expect(entry.definitions).toEqual({
      en: 'Government rules that restrict the export of goods and technology.',
      'pt-PT': 'Regras governamentais que restringem a exportação de bens e tecnologia.'
    })
    expect(entry.notes).toEqual({})
    expect(entry.maintainerNotes).toEqual({en: 'Usually in the plural.'})
    expect(entry.sources).toEqual(['Wikipedia: Export control', 'IATE'])
  })

  it('normalises xml:lang (en-US, pt_PT, PT-br) and maps statuses, genders, types, parts of speech', () => {
    expect(glossary.entries[0]!.terms.map(({text, lang, status}) => [lang, text, status])).toEqual([
      ['en', 'export control', 'preferred'],
      ['pt-PT', 'controlo de exportação', 'preferred'],
      ['pt-PT', 'controle de exportação', 'deprecated'],
      ['pt-BR', 'controle de exportação', 'preferred']
    ])
    expect(glossary.entries[0]!.terms[1]).toMatchObject({gender: 'masculine', type: 'fullForm'})
    expect(glossary.entries[0]!.terms[2]!.note).toBe('Brazilian spelling.')
    expect(glossary.entries[1]!.terms.map((term) => [term.text, term.type ?? null, term.partOfSpeech ?? null])).toEqual([
      ['Cyberspace Administration of China', null, 'properNoun'],
      ['CAC', 'acronym', null],
      ['Administração do Ciberespaço da China', null, null]
    ])
  })

  it('resolves the XML entities in terms and ids', () => {
    expect(glossary.entries[2]!.terms.map((term) => term.text)).toEqual(['R&D <research>', 'I&D'])
  })

  it('locates each term at its text in the file', () => {
    for (const entry of glossary.entries) {
      expect(at(source, entry.position)).toMatch(/^<termEntry[\s\S]*<\/termEntry>$/)
      for (const term of entry.terms.filter((term) => !term.text.includes('&'))) expect(at(source, term.position)).toBe(term.text)
    }
  })

  it('skips languages glosa does not work with, with a warning for lint', () => {
    const {issues} = parseGlossaryWithIssues(source, {file})
    expect(issues).toEqual([expect.objectContaining({ruleId: 'unsupported-language', values: {value: 'de'}, entry: 'cac'})])
    expect(glossary.languages).toEqual(['en', 'pt-PT', 'pt-BR', 'pt'])
  })
})

describe('TBX v3 (tbx, conceptEntry/langSec/termSec)', () => {
  const glossary = readGlossaryFile(fixture('v3-basic.tbx'))

  it('reads entries, definitions in descripGrp with their source, and terms', () => {
    expect(glossary.title).toBe('AI chips')
    const [inference, h20] = glossary.entries
    expect(inference).toMatchObject({
      id: 'inference',
      subject: 'artificial intelligence',
      definitions: {en: 'Running a trained model on new inputs.'},
      sources: ['Nvidia AI inference documentation']
    })
    expect(inference!.terms[1]).toMatchObject({text: 'inferência', lang: 'pt-PT', status: 'preferred', gender: 'feminine', partOfSpeech: 'noun'})
    expect(h20!.terms).toEqual([
      expect.objectContaining({text: 'H20', lang: 'en', type: 'productName', status: 'admitted'}),
      expect.objectContaining({text: 'H20', lang: 'pt'})
    ])
  })
})

describe('TBX in UTF-16, as SDL MultiTerm exports it', () => {
  it('is read like the same file in UTF-8, positions in the decoded text', () => {
    const file = new URL('../fixtures/qa/glossary/multiterm-utf16.tbx', import.meta.url).pathname
    const glossary = readGlossaryFile(file)
    expect(glossary.entries.flatMap((entry) => entry.terms.map((term) => term.text))).toEqual(['file', 'ficheiro'])
    const source = new TextDecoder('utf-16le').decode(readFileSync(file).subarray(2))
    for (const term of glossary.entries[0]!.terms) expect(at(source, term.position)).toBe(term.text)
  })
})

describe('TBX groupings', () => {
  it('reads term notes grouped in termNoteGrp', () => {
    const text = '<tbx xmlns="urn:iso:std:iso:30042:ed-2"><text><body><conceptEntry id="a"><langSec xml:lang="pt-BR"><termSec><term>treinamento</term><termNoteGrp><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote><admin type="source">IATE</admin></termNoteGrp></termSec></langSec></conceptEntry></body></text></tbx>'
    const glossary = parseGlossary(text, {format: 'tbx'})
    expect(glossary.entries[0]).toMatchObject({sources: ['IATE'], terms: [{text: 'treinamento', lang: 'pt-BR', status: 'preferred'}]})
  })
})

describe('writing TBX-Basic v3', () => {
  it('round-trips TBX v2 → model → TBX v3 → model', () => {
    const v2 = readGlossaryFile(fixture('v2-basic.tbx'))
    const v3 = writeTbx(v2)
    expect(v3).toContain('<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">')
    expect(content(parseGlossary(v3, {format: 'tbx'}))).toEqual(content(v2))
  })

  it('round-trips the bundled glossary in everything TBX-Basic can hold', () => {
    const bundled = loadGlossaries([])
    const back = parseGlossary(writeTbx(bundled), {format: 'tbx'})
    // TBX-Basic has no place for the case rule, inflections, variants or severities.
    const holdable = (glossary: typeof bundled) =>
      (content(glossary) as {entries: Array<Record<string, unknown> & {terms: Array<Record<string, unknown>>}>}).entries.map(
        ({severities: _severities, terms, ...entry}) => ({
          ...entry,
          terms: terms.map(({caseSensitive: _case, inflections: _inflections, variants: _variants, ...term}) => term)
        })
      )
    expect(holdable(back)).toEqual(holdable(bundled))
  })

  it('reads and writes Weblate’s translationNote "no" as the do-not-translate flag', () => {
    const text = '<martif><text><body><termEntry><langSet xml:lang="en"><tig><term>Nvidia</term><termNote type="translationNote">no</termNote></tig></langSet></termEntry></body></text></martif>'
    const glossary = parseGlossary(text, {format: 'tbx'})
    expect(glossary.entries[0]!.doNotTranslate).toBe(true)
    expect(writeTbx(glossary)).toContain('<termNote type="translationNote">no</termNote>')
  })

  it('keeps context examples through YAML → TBX → YAML; a pattern has no TBX field and stays in YAML', () => {
    const glossary = parseGlossary(
      'entries:\n  - id: key\n    doNotTranslate: true\n    context: [the key attribute of list items]\n    pattern: "key (?:prop|attribute)"\n    terms: {en: [key]}\n'
    )
    const back = parseGlossary(writeTbx(glossary), {format: 'tbx'})
    expect(back.entries[0]!.contexts).toEqual(['the key attribute of list items'])
    expect(writeYaml(glossary)).toContain('pattern: key (?:prop|attribute)')
    expect(parseGlossary(writeYaml(glossary)).entries[0]).toMatchObject({
      contexts: ['the key attribute of list items'],
      pattern: 'key (?:prop|attribute)'
    })
  })

  it('escapes markup in texts', () => {
    const glossary = parseGlossary('entries:\n  - id: "a&b"\n    definition: {en: "x < y & \\"z\\""}\n    terms: {en: ["R&D <x>"]}\n')
    const written = writeTbx(glossary)
    expect(written).toContain('<term>R&amp;D &lt;x&gt;</term>')
    expect(content(parseGlossary(written, {format: 'tbx'}))).toMatchObject({entries: [{id: 'a&b', definitions: {en: 'x < y & "z"'}}]})
  })
})

describe('unusable or hostile XML', () => {
  it.each([
    ['entity-bomb.tbx', 'glossary:error.entityDeclaration', 3, 3],
    ['external-entity.tbx', 'glossary:error.entityDeclaration', 2, 19],
    ['undefined-entity.tbx', 'glossary:xml.undefinedEntity', 3, 56],
    ['unclosed.tbx', 'glossary:xml.unexpectedClose', 3, 62],
    ['wrong-root.xml', 'glossary:error.tbxRoot', 2, 1]
  ])('%s: %s at %i:%i, nothing expanded or read', (name, key, line, column) => {
    const error = failure(() => readGlossaryFile(fixture(name)))
    expect(error.key).toBe(key)
    expect(error.file).toBe(fixture(name))
    expect(error.place).toMatchObject({line, column})
    expect(error.message).not.toMatch(/root:|lollol/)
  })

  it('never expands entities even when the declaration is buried after a comment', () => {
    const text = '<?xml version="1.0"?>\n<!DOCTYPE martif [\n<!-- x -->\n<!ENTITY a "b">\n]>\n<martif><text><body/></text></martif>'
    expect(failure(() => parseGlossary(text, {format: 'tbx'})).place?.line).toBe(4)
  })

  it('refuses a TBX file without entries', () => {
    const text = '<martif xml:lang="en"><text><body/></text></martif>'
    expect(failure(() => parseGlossary(text, {format: 'tbx', file: 'x.tbx'})).key).toBe('glossary:error.empty')
  })
})

describe('TBX reader notes and maintainer notes', () => {
  it('reads descrip usageNote as the note readers see and note as the maintainers’ one, and writes them back so', () => {
    const tbx = [
      '<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>',
      '<conceptEntry id="hopper"><langSec xml:lang="en">',
      '<descrip type="definition">Nvidia GPU microarchitecture.</descrip>',
      '<descrip type="usageNote">Named after Grace Hopper.</descrip>',
      '<note>Case-sensitive, so that the noun hopper is not tagged.</note>',
      '<termSec><term>Hopper</term></termSec></langSec></conceptEntry></body></text></tbx>'
    ].join('\n')
    const entry = parseGlossary(tbx, {format: 'tbx'}).entries[0]!
    expect(entry.notes).toEqual({en: 'Named after Grace Hopper.'})
    expect(entry.maintainerNotes).toEqual({en: 'Case-sensitive, so that the noun hopper is not tagged.'})
    const again = parseGlossary(writeTbx({languages: ['en'], entries: [entry]}), {format: 'tbx'}).entries[0]!
    expect([again.notes, again.maintainerNotes]).toEqual([entry.notes, entry.maintainerNotes])
  })
})

describe('TBX as MultiTerm and other exporters write it', () => {
  const file = fixture('multiterm-fields.tbx')
  const source = readFileSync(file, 'utf8')
  const {glossary, issues} = parseGlossaryWithIssues(source, {file})

  it('reads a <term> standing directly in <langSet> (no tig or termSec), with the termNotes that follow it', () => {
    expect(glossary.entries[0]!.terms.map(({text, lang, status}) => [lang, text, status])).toEqual([
      ['en', 'accelerator', 'admitted'],
      ['pt-PT', 'acelerador', 'preferred'],
      ['pt-PT', 'aceleradora', 'deprecated']
    ])
    for (const term of glossary.entries[0]!.terms) expect(at(source, term.position)).toBe(term.text)
  })

  it("reads MultiTerm's capitalised data categories: Definition, Subject Field", () => {
    expect(glossary.entries[0]!.definitions).toEqual({en: 'A chip that runs neural networks.', 'pt-PT': 'Circuito que executa redes neuronais.'})
    expect(glossary.entries[0]!.subject).toBe('hardware')
  })

  it('reports each kind of field it drops once, at its first place, never silently', () => {
    const dropped = issues.filter((issue) => issue.ruleId === 'unknown-field')
    expect(dropped.map((issue) => [issue.values.field, issue.entry, at(source, issue.position).slice(0, 30)])).toEqual([
      ['descrip type="Customer"', 'c1', '<descrip type="Customer">ACME<'],
      ['transacGrp', 'c1', '<transacGrp><transac type="ori'],
      ['termNote type="Usage"', 'c1', '<termNote type="Usage">technic']
    ])
    expect(dropped.every((issue) => issue.severity === 'warning')).toBe(true)
  })

  it('keeps a term\'s context examples on its entry (descrip type="Context"), for telling the term from a common word', () => {
    expect(glossary.entries[1]!.contexts?.[0]).toMatch(/^Each w/)
  })

  it('finds no dropped field in a plain TBX-Basic file', () => {
    const v2 = parseGlossaryWithIssues(readFileSync(fixture('v2-basic.tbx'), 'utf8'), {file: 'v2-basic.tbx'})
    const v3 = parseGlossaryWithIssues(readFileSync(fixture('v3-basic.tbx'), 'utf8'), {file: 'v3-basic.tbx'})
    expect([...v2.issues, ...v3.issues].filter((issue) => issue.ruleId === 'unknown-field')).toEqual([])
  })
})
