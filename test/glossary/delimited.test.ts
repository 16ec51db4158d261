import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {detectGlossaryFormat, loadGlossaries, parseGlossary, readGlossaryFile, writeTsv} from '../../src/glossary/index.js'
import {at, content, fixture, failure} from './helpers.js'


describe('OmegaT TSV', () => {
  const file = fixture('omegat.en-pt_PT.tsv')
  const source = readFileSync(file, 'utf8')
  const glossary = readGlossaryFile(file)

  it('takes the languages from the file name and skips comments and blank lines', () => {
    expect(glossary.languages).toEqual(['en', 'pt-PT'])
    expect(glossary.entries.map((entry) => entry.id)).toEqual(['chip', 'export-control', 'inference'])
  })

  it('makes one entry of the rows sharing a source term; a comment is the target term’s note', () => {
    const controls = glossary.entries[1]!
    expect(controls.terms.map(({lang, text, note}) => [lang, text, note ?? null])).toEqual([
      ['en', 'export control', null],
      ['pt-PT', 'controlo de exportação', 'usually plural'],
      ['pt-PT', 'controlo das exportações', null]
    ])
  })

  it('locates every term at its cell', () => {
    for (const entry of glossary.entries) for (const term of entry.terms) expect(at(source, term.position)).toBe(term.text)
  })

  it('takes the languages from options first', () => {
    const swapped = parseGlossary('inferência\tinference\n', {format: 'tsv', source: 'pt-BR', target: 'en'})
    expect(swapped.entries[0]!.terms.map((term) => term.lang)).toEqual(['pt-BR', 'en'])
  })

  it('defaults to en → pt without a header or a telling file name', () => {
    expect(parseGlossary('chip\tchip\n', {file: 'terms.txt'}).languages).toEqual(['en', 'pt'])
  })

  it('leaves a byte-order mark out of the first term', () => {
    expect(parseGlossary('\uFEFFchip\tchip\n', {format: 'tsv'}).entries[0]!.terms[0]).toMatchObject({
      text: 'chip',
      position: {start: {line: 1, column: 1, offset: 0}}
    })
  })

  it('reads CRLF line ends', () => {
    const glossary = parseGlossary('chip\tchip\r\nwafer\tbolacha\r\n', {format: 'tsv'})
    expect(glossary.entries[1]!.terms[1]!.text).toBe('bolacha')
  })

  it('ignores empty cells after the comment, as spreadsheets and OmegaT exports leave them', () => {
    const glossary = parseGlossary('chip\tchip\t\t\nwafer\tbolacha\tnote\t\t\n', {format: 'tsv'})
    expect(glossary.entries.map((entry) => entry.terms.map((term) => [term.text, term.note ?? null]))).toEqual([
      [['chip', null], ['chip', null]],
      [['wafer', null], ['bolacha', 'note']]
    ])
    expect(parseGlossary('chip,chip,,,\n', {format: 'csv'}).entries[0]!.terms[1]!.text).toBe('chip')
  })

  it('refuses a row with the wrong number of columns, located', () => {
    const error = failure(() => readGlossaryFile(fixture('columns.tsv')))
    expect(error.key).toBe('glossary:error.columns')
    expect(error.values).toEqual({count: 4})
    expect(error.place).toMatchObject({line: 1, column: 1})
  })
})

describe('CSV', () => {
  const glossary = readGlossaryFile(fixture('header.csv'))

  it('reads a header of language names and RFC 4180 quoting (commas, doubled quotes, line breaks)', () => {
    expect(glossary.languages).toEqual(['en', 'pt'])
    expect(glossary.entries.map((entry) => entry.terms.map((term) => term.text))).toEqual([
      ['data centre', 'centro de dados'],
      ['chip, AI', 'chip de IA'],
      ['multi\nline', 'linha']
    ])
    expect(glossary.entries[1]!.terms[1]!.note).toBe('a "quoted" comment')
  })

  it.each([
    ['broken-quote.csv', 'glossary:error.csvQuote', 2, 1],
    ['columns.csv', 'glossary:error.columns', 3, 1]
  ])('refuses %s with %s at %i:%i', (name, key, line, column) => {
    const error = failure(() => readGlossaryFile(fixture(name)))
    expect(error.key).toBe(key)
    expect(error.place).toMatchObject({line, column})
  })

  it('reads the semicolons that spreadsheets in Portuguese save CSV with, commas and semicolons inside quotes kept', () => {
    const glossary = parseGlossary('Inglês;Português\ndata centre;centro de dados;"no Brasil; data center"\n"chip, AI";chip de IA\n', {format: 'csv'})
    expect(glossary.entries.map((entry) => entry.terms.map((term) => [term.lang, term.text, term.note ?? null]))).toEqual([
      [['en', 'data centre', null], ['pt', 'centro de dados', 'no Brasil; data center']],
      [['en', 'chip, AI', null], ['pt', 'chip de IA', null]]
    ])
  })

  it('skips a header row that names columns rather than languages', () => {
    const glossary = parseGlossary('Source,Target,Comment\nchip,chip,\n', {format: 'csv', source: 'en', target: 'pt-BR'})
    expect(glossary.entries.map((entry) => entry.terms.map((term) => [term.lang, term.text]))).toEqual([
      [
        ['en', 'chip'],
        ['pt-BR', 'chip']
      ]
    ])
  })

  it('refuses a quote inside an unquoted cell and text after a closing quote', () => {
    expect(failure(() => parseGlossary('a,b"c\n', {format: 'csv'})).place).toMatchObject({line: 1, column: 4})
    expect(failure(() => parseGlossary('"a"b,c\n', {format: 'csv'})).place).toMatchObject({line: 1, column: 4})
  })
})

describe('writing TSV', () => {
  it('round-trips TSV → model → TSV', () => {
    const text = '# en\tpt-PT\nchip\tchip\nexport control\tcontrolo de exportação\tusually plural\nexport control\tcontrolo das exportações\n'
    const glossary = parseGlossary(text, {format: 'tsv'})
    expect(glossary.languages).toEqual(['en', 'pt-PT'])
    expect(writeTsv(glossary, {source: 'en', target: 'pt-PT'})).toBe(text)
    expect(content(parseGlossary(writeTsv(glossary, {source: 'en', target: 'pt-PT'}), {format: 'tsv'}))).toEqual(content(glossary))
  })

  it('writes approved terms only, by language fallback, preferred first', () => {
    const bundled = loadGlossaries([])
    const lines = writeTsv(bundled, {source: 'en', target: 'pt-BR'}).split('\n')
    expect(lines[0]).toBe('# en\tpt-BR')
    expect(lines).toContain('export control\tcontrole de exportação')
    expect(lines).not.toContain('export control\tcontrolo de exportação')
    expect(lines).toContain('AI\tIA')
    expect(lines).not.toContain('AI\tAI')
    expect(lines).toContain('training\ttreinamento')
  })
})

describe('format detection', () => {
  it.each([
    ['g.tbx', '', 'tbx'],
    ['g.XML', '', 'tbx'],
    ['g.utf8', '', 'tsv'],
    ['g.txt', '', 'tsv'],
    ['g.csv', '', 'csv'],
    ['g.yml', '', 'yaml'],
    ['g.json', '', 'json'],
    [undefined, '  <?xml version="1.0"?><martif/>', 'tbx'],
    [undefined, '{"entries": []}', 'json'],
    [undefined, 'chip\tchip\n', 'tsv'],
    [undefined, 'entries:\n  - id: x\n', 'yaml'],
    [undefined, '# glossary\nentries: []\n', 'yaml'],
    [undefined, '# Glossary in tab-separated format -*- coding: utf-8 -*-\nfile\tficheiro\tnoun\n', 'tsv'],
    [undefined, '# comment only\n', 'yaml'],
    [undefined, 'chip,chip\n', 'csv']
  ])('%s %j is %s', (file, text, format) => {
    expect(detectGlossaryFormat(file, text)).toBe(format)
  })

  it('reads an OmegaT glossary that starts with its header comment and has no telling name as TSV', () => {
    const glossary = readGlossaryFile(new URL('../fixtures/qa/glossary/omegat-glossary', import.meta.url).pathname)
    expect(glossary.entries[0]!.terms.map((term) => term.text)).toEqual(['file', 'ficheiro', 'arquivo'])
    expect(glossary.entries).toHaveLength(4)
  })

  it('refuses a file it cannot tell, naming the extensions it knows', () => {
    const error = failure(() => readGlossaryFile(fixture('unknown.dat')))
    expect(error.key).toBe('glossary:error.unknownType')
    expect(error.message).toContain('.tbx')
  })
})

describe('files that are not glossaries', () => {
  it('refuses a file named as something else rather than guessing from its content', () => {
    const error = failure(() => parseGlossary('# Title\n\nentries: text\n', {file: 'notes.md'}))
    expect(error.key).toBe('glossary:error.unknownType')
  })

  it('says JSON, not YAML, when a .json file is broken, and where', () => {
    const error = failure(() => parseGlossary('{"entries": [}\n', {file: 'g.json'}))
    expect(error.message).toMatch(/^this is not valid JSON: /)
    expect(error.place).toMatchObject({line: 1, column: 14})
  })

  it('refuses YAML aliases, located', () => {
    const error = failure(() => parseGlossary('a: &x [b]\nentries: *x\n', {file: 'g.yaml'}))
    expect(error.place).toMatchObject({line: 2, column: 10})
  })
})
