import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseGlossary, readGlossaryFile} from '../../src/glossary/index.js'
import {ruleUrl} from '../../src/util/package.js'

const root = new URL('../../', import.meta.url).pathname

function glosa(...args: string[]) {
  const result = spawnSync(process.execPath, ['bin/glosa.js', ...args], {cwd: root, encoding: 'utf8', env: {...process.env, GLOSA_LOCALE: 'en'}})
  return {stdout: result.stdout, stderr: result.stderr, code: result.status}
}

describe('glosa glossary lint', () => {
  it('says a clean glossary is clean and exits 0', () => {
    const {stdout, stderr, code} = glosa('glossary', 'lint', 'glossary/ai-chips.yaml')
    expect({stdout, stderr, code}).toEqual({stdout: '✓ no problems (1 file checked)\n', stderr: '', code: 0})
  })

  it('lists located messages with severity and rule id through glosa check’s human report, and exits 1 on an error', () => {
    const {stdout, code} = glosa('glossary', 'lint', 'test/fixtures/glossary/lint.yaml')
    expect(code).toBe(1)
    expect(stdout).toMatch(/^test\/fixtures\/glossary\/lint\.yaml\n/)
    expect(stdout).toMatch(/\n {2}28:5-32:1 +error +id 'chip' is already used by the entry on line 3 +duplicate-id\n/)
    expect(stdout).toMatch(/\n {2}26:19-26:22 +warning +'can' matches regardless of case and is a common word in en: mark it case: sensitive or drop it +common-word\n/)
    expect(stdout.trimEnd().split('\n').pop()).toBe('✖ 9 errors, 6 warnings (1 file checked)')
  })

  it('exits 0 when there are only warnings', () => {
    const {stdout, code} = glosa('glossary', 'lint', 'test/fixtures/glossary/v2-basic.tbx')
    expect(code).toBe(0)
    expect(stdout.trimEnd().split('\n').pop()).toBe('⚠ 1 warning (1 file checked)')
  })

  it('speaks European Portuguese', () => {
    const {stdout, code} = glosa('glossary', 'lint', 'test/fixtures/glossary/lint.yaml', '--locale', 'pt-PT')
    expect(code).toBe(1)
    expect(stdout).toMatch(/\n {2}28:5-32:1 +erro +o identificador 'chip' já é usado pela entrada da linha 3 +duplicate-id\n/)
    expect(stdout).toContain('✖ 9 erros, 6 avisos (1 ficheiro verificado)')
  })

  it('prints JSON messages with --json, the shape of glosa check --report json', () => {
    const {stdout, code} = glosa('glossary', 'lint', '--json', 'test/fixtures/glossary/lint.yaml')
    expect(code).toBe(1)
    const [report] = JSON.parse(stdout) as Array<{path: string; messages: Array<Record<string, unknown>>}>
    expect(report!.path).toBe('test/fixtures/glossary/lint.yaml')
    expect(report!.messages).toContainEqual({
      line: 28,
      column: 5,
      place: expect.objectContaining({start: {line: 28, column: 5, offset: expect.any(Number) as number}}),
      reason: "id 'chip' is already used by the entry on line 3",
      ruleId: 'duplicate-id',
      source: 'glosa',
      entry: 'chip',
      severity: 'error',
      fatal: true,
      actual: null,
      expected: null,
      url: ruleUrl('duplicate-id', 'glossary-lint')
    })
    expect(glosa('glossary', 'lint', '--report', 'json', 'test/fixtures/glossary/lint.yaml').stdout).toBe(stdout)
  })

  it('writes SARIF and GitHub annotations like glosa check', () => {
    const sarif = JSON.parse(glosa('glossary', 'lint', '--report', 'sarif', 'test/fixtures/glossary/lint.yaml').stdout)
    const run = sarif.runs[0]
    expect(run.results).toHaveLength(15)
    const rule = run.tool.driver.rules.find((each: {id: string}) => each.id === 'duplicate-id')
    expect(rule).toEqual({id: 'duplicate-id', name: 'DuplicateId', helpUri: ruleUrl('duplicate-id', 'glossary-lint'), defaultConfiguration: {level: 'error'}})
    expect(run.results.find((result: {ruleId: string}) => result.ruleId === 'duplicate-id')).toMatchObject({
      level: 'error',
      ruleIndex: run.tool.driver.rules.indexOf(rule),
      locations: [{physicalLocation: {artifactLocation: {uri: 'test/fixtures/glossary/lint.yaml'}, region: {startLine: 28, startColumn: 5}}}]
    })
    const github = glosa('glossary', 'lint', '--report', 'github', 'test/fixtures/glossary/lint.yaml').stdout
    expect(github).toContain("::error file=test/fixtures/glossary/lint.yaml,line=28,col=5,endLine=32,endColumn=1,title=glosa(duplicate-id)::id 'chip' is already used by the entry on line 3\n")
  })

  it.each([
    ['entity-bomb.tbx', /entity-bomb\.tbx:3:3: the DOCTYPE declares entities/],
    ['external-entity.tbx', /external-entity\.tbx:2:19: the DOCTYPE declares entities/],
    ['undefined-entity.tbx', /undefined-entity\.tbx:3:56: this is not valid XML: &eacute; is not one of XML's five entities/],
    ['unclosed.tbx', /unclosed\.tbx:3:62: this is not valid XML: <\/tig> does not close the element open at this point/],
    ['wrong-root.xml', /wrong-root\.xml:2:1: this XML is not TBX: its root element is <xliff>/],
    ['broken-quote.csv', /broken-quote\.csv:2:1: broken quoting/],
    ['columns.csv', /columns\.csv:3:1: this row has 1 column, expected 2 or 3/],
    ['columns.tsv', /columns\.tsv:1:1: this row has 4 columns/],
    ['empty.yaml', /empty\.yaml:2:10: the glossary has no entries/],
    ['unknown.dat', /unknown\.dat: cannot tell the glossary's format/]
  ])('refuses %s with a located message and exit 2, no stack trace', (name, message) => {
    const {stdout, stderr, code} = glosa('glossary', 'lint', `test/fixtures/glossary/${name}`)
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(new RegExp('^glosa: test/fixtures/glossary/' + message.source))
    expect(stderr).not.toMatch(/\n\s+at /)
  })

  it('reports an unusable file and still lints the others', () => {
    const {stdout, stderr, code} = glosa('glossary', 'lint', 'test/fixtures/glossary/empty.yaml', 'test/fixtures/glossary/v3-basic.tbx')
    expect(code).toBe(2)
    expect(stderr).toContain('empty.yaml:2:10')
    expect(stdout).toBe('✓ no problems (1 file checked)\n')
  })

  it('says where a YAML glossary stops parsing and why, in each language, with exit code 2', () => {
    const file = 'test/fixtures/glossary/duplicate-key.yaml'
    expect(glosa('glossary', 'lint', file)).toMatchObject({code: 2, stdout: '', stderr: `glosa: ${file}:4:5: this is not valid YAML: this key is already in the same map\n`})
    expect(glosa('glossary', 'lint', file, '--locale', 'pt-PT').stderr).toBe(`glosa: ${file}:4:5: isto não é YAML válido: esta chave já existe no mesmo mapa\n`)
    expect(glosa('tag', 'corpus/h20-ft/post.txt', '--glossary', file, '--locale', 'pt-BR')).toMatchObject({
      code: 2,
      stderr: `glosa: ${file}:4:5: isto não é YAML válido: esta chave já existe no mesmo mapa\n`
    })
  })

  it('refuses an empty file in Portuguese too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'glosa-'))
    writeFileSync(join(dir, 'empty.tsv'), '')
    const {stderr, code} = glosa('glossary', 'lint', join(dir, 'empty.tsv'), '--locale', 'pt-PT')
    expect(code).toBe(2)
    expect(stderr).toBe(`glosa: ${join(dir, 'empty.tsv')}: o ficheiro está vazio: não há nada para ler\n`)
  })
})

describe('glosa glossary convert', () => {
  it('writes TBX v3 that reads back to the same terms', () => {
    const {stdout, code} = glosa('glossary', 'convert', 'test/fixtures/glossary/v2-basic.tbx', '--to', 'tbx')
    expect(code).toBe(0)
    expect(stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<tbx type="TBX-Basic"/)
    expect(parseGlossary(stdout, {format: 'tbx'}).entries.map((entry) => entry.id)).toEqual(['export-controls', 'cac', 'r&d'])
  })

  it('writes TBX-Basic v2 (martif), for memoQ and Trados, that reads back to the same terms', () => {
    const {stdout, code} = glosa('glossary', 'convert', 'test/fixtures/glossary/v3-basic.tbx', '--to', 'tbx-v2')
    expect(code).toBe(0)
    expect(stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<martif type="TBX-Basic" xml:lang="en">/)
    expect(stdout).not.toContain('termSec')
    const v3 = readGlossaryFile('test/fixtures/glossary/v3-basic.tbx')
    const back = parseGlossary(stdout, {format: 'tbx'})
    const terms = (glossary: typeof v3) => glossary.entries.map((entry) => entry.terms.map(({text, lang, status, partOfSpeech, gender}) => ({text, lang, status, partOfSpeech, gender})))
    expect(terms(back)).toEqual(terms(v3))
    expect(back.entries.map((entry) => [entry.subject, entry.definitions, entry.sources])).toEqual(v3.entries.map((entry) => [entry.subject, entry.definitions, entry.sources]))
  })

  it('writes TSV for a language pair, and YAML', () => {
    const tsv = glosa('glossary', 'convert', 'glossary/ai-chips.yaml', '--to', 'tsv', '--target', 'pt-BR')
    expect(tsv.stdout.split('\n').slice(0, 2)).toEqual(['# en\tpt-BR', 'H20\tH20'])
    const yaml = glosa('glossary', 'convert', 'test/fixtures/glossary/omegat.en-pt_PT.tsv', '--to', 'yaml')
    expect(yaml.stdout).toContain('languages:\n  - en\n  - pt-PT\nentries:\n  - id: chip\n')
  })

  it('writes the output file atomically with -o', () => {
    const dir = mkdtempSync(join(tmpdir(), 'glosa-'))
    const out = join(dir, 'out.yaml')
    const {stdout, code} = glosa('glossary', 'convert', 'test/fixtures/glossary/v3-basic.tbx', '--to', 'yaml', '-o', out)
    expect({stdout, code}).toEqual({stdout: '', code: 0})
    expect(parseGlossary(readFileSync(out, 'utf8')).entries.length).toBe(2)
  })

  it('leaves the output untouched when the input is unusable', () => {
    const dir = mkdtempSync(join(tmpdir(), 'glosa-'))
    const out = join(dir, 'out.tbx')
    writeFileSync(out, 'before')
    const {code} = glosa('glossary', 'convert', 'test/fixtures/glossary/unclosed.tbx', '--to', 'tbx', '-o', out)
    expect(code).toBe(2)
    expect(readFileSync(out, 'utf8')).toBe('before')
    expect(existsSync(join(dir, 'missing.tbx'))).toBe(false)
  })

  it.each([
    [['convert', 'glossary/ai-chips.yaml'], /missing argument: --to/],
    [['convert', 'glossary/ai-chips.yaml', '--to', 'pdf'], /option '--to' takes one of tbx, tbx-v2, tsv, yaml, not 'pdf'/],
    [['convert', 'glossary/ai-chips.yaml', '--to', 'tsv', '--target', 'en'], /two different languages/],
    [['lint'], /missing argument: <file...>/],
    [['frobnicate'], /unknown glossary command 'frobnicate'/],
    [[], /say what to do/]
  ])('refuses wrong usage %j with exit 2', (args, message) => {
    const {stderr, code} = glosa('glossary', ...args)
    expect(code).toBe(2)
    expect(stderr).toMatch(message)
  })

  it('prints help in each locale', () => {
    expect(glosa('glossary', '--help').stdout).toMatch(/^Usage:\n  glosa glossary lint <file\.\.\.> \[--report <reporter>\]/)
    expect(glosa('glossary', '--help', '--locale', 'pt-PT').stdout).toMatch(/^Utilização:\n  glosa glossary lint <ficheiro\.\.\.>/)
    expect(glosa('glossary', '--help', '--locale', 'pt-BR').stdout).toMatch(/^Uso:\n  glosa glossary lint <arquivo\.\.\.>/)
  })
})

describe('a glossary of 100,000 entries', () => {
  it('is linted like any other', {timeout: 120_000}, () => {
    const dir = mkdtempSync(join(tmpdir(), 'glosa-'))
    const file = join(dir, 'big.en-pt.tsv')
    writeFileSync(file, Array.from({length: 100_000}, (_, index) => `term${index}\ttermo${index}`).join('\n') + '\n')
    const {stdout, stderr, code} = glosa('glossary', 'lint', file)
    expect({stderr, code}).toEqual({stderr: '', code: 0})
    expect(stdout).toBe('✓ no problems (1 file checked)\n')
  })
})

describe('--columns: which column of a CSV glossary holds what', () => {
  const csv = 'test/fixtures/glossary/layouts/unknown-column.csv'
  const mapping = 'source=English,target=Portuguese,note=Owner'

  it('is what lint asks for when a header has a column it cannot place, and then lints clean', () => {
    const unmapped = glosa('glossary', 'lint', csv)
    expect(unmapped.code).toBe(2)
    expect(unmapped.stderr).toContain(`${csv}:1:1: the header names columns glosa does not know (Owner); columns found: English, Portuguese, Owner. Map them with --columns`)
    const mapped = glosa('glossary', 'lint', csv, '--columns', mapping)
    expect(mapped).toEqual({stdout: '✓ no problems (1 file checked)\n', stderr: '', code: 0})
  })

  it('maps by header name or by 1-based number in convert', () => {
    const byName = glosa('glossary', 'convert', csv, '--columns', mapping, '--to', 'yaml')
    expect(byName.code).toBe(0)
    expect(byName.stdout).toContain('    terms:\n      en:\n        - inference\n      pt:\n        - text: inferência\n          note: Ana\n')
    const byNumber = glosa('glossary', 'convert', csv, '--columns', 'source=1,target=2', '--to', 'tsv', '--target', 'pt')
    expect(byNumber.stdout).toBe('# en\tpt\ninference\tinferência\n')
  })

  it('gives check the glossary it maps: the term is then checked in a PO file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'glosa-columns-'))
    const po = join(dir, 'pt.po')
    writeFileSync(po, 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: pt_PT\\n"\n\nmsgid "Run inference on the chip."\nmsgstr "Executar a dedução no chip."\n')
    expect(glosa('check', po, '--glossary', csv).code).toBe(2)
    const {stdout, code} = glosa('check', po, '--glossary', csv, '--columns', mapping)
    expect(code).toBe(1)
    expect(stdout).toContain('7:9-7:36  error  Expected `inferência` for `inference`, found none  missing-target-term')
  })

  it('refuses a mapping that is not role=column, naming the roles', () => {
    const {stderr, code} = glosa('glossary', 'lint', csv, '--columns', 'English')
    expect(code).toBe(2)
    expect(stderr).toBe("glosa: --columns 'English' is not role=column (roles: source, target, note, definition, pos, status; a column is a header name or a number)\n")
  })
})
