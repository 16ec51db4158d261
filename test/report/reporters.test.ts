import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {Ajv} from 'ajv'
import addFormats from 'ajv-formats'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import * as reporters from '../../src/report/index.js'
import {addMessage} from '../../src/check/findings.js'
import {ruleIds} from '../../src/check/types.js'
import {ruleUrl} from '../../src/util/package.js'
import {checkLines} from '../check/helpers.js'

const {
  escapeData,
  escapeProperty,
  exitCodeOf,
  fingerprint,
  relativeUri,
  report,
  reportGithub,
  reportHuman,
  reportJson,
  reportSarif
} = reporters

/** A run with one error, one warning and one info in the translation. */
function sample() {
  return checkLines(
    'Modern AI needs memory bandwidth.\nMemory bandwidth matters.\nMemory bandwidth again.\nThe chip is new.',
    'A AI moderna precisa de largura de banda.\nO débito de memória importa.\nA largura de banda outra vez.\nO processador é novo.'
  ).files
}

describe('reporters: public API', () => {
  it('exports a reporter per --report value and the exit code', () => {
    expect([...reporters.reporterNames]).toEqual(['human', 'json', 'sarif', 'github'])
    for (const name of [
      'report',
      'reportHuman',
      'reportJson',
      'reportSarif',
      'reportGithub',
      'exitCodeOf',
      'summaryLine'
    ]) {
      expect(typeof (reporters as Record<string, unknown>)[name], name).toBe('function')
    }
  })
})

describe('human reporter', () => {
  it('groups by file, one line per message, then a summary', () => {
    expect(reportHuman(sample())).toBe(
      [
        'pt.txt',
        '  1:3-1:5   error    Unexpected deprecated term `AI`, expected `IA`                                    deprecated-target-term',
        '  2:3-2:20  warning  Unexpected `débito de memória`, expected `largura de banda`, the translation used 2 times in this run (first at pt.txt:1)  inconsistent-translation',
        '  4:1-4:22  info     Expected `chip` for `chip`, found none                                            missing-target-term',
        '',
        '✖ 1 error, 1 warning, 1 info (2 files checked)',
        ''
      ].join('\n')
    )
  })

  it('speaks Portuguese, with plurals', () => {
    const text = reportHuman(sample(), {locale: 'pt-PT'})
    expect(text).toContain('erro  ')
    expect(text).toContain('✖ 1 erro, 1 aviso, 1 informação (2 ficheiros verificados)')
    expect(reportHuman(sample(), {locale: 'pt-BR'})).toContain('(2 arquivos verificados)')
  })

  it('colours only when asked', () => {
    expect(reportHuman(sample())).not.toContain('\u001b[')
    expect(reportHuman(sample(), {color: true})).toContain('\u001b[31merror')
  })

  it('says when there is nothing to report', () => {
    expect(reportHuman(checkLines('The inference.', 'A inferência.').files)).toBe('✓ no problems (2 files checked)\n')
  })
})

describe('JSON reporter', () => {
  it('prints exactly the documented shape', () => {
    const data = JSON.parse(reportJson(sample())) as Array<{path: string; messages: Array<Record<string, unknown>>}>
    expect(data.map((file) => file.path)).toEqual(['en.txt', 'pt.txt'])
    expect(data[1]!.messages[0]).toEqual({
      line: 1,
      column: 3,
      place: {start: {line: 1, column: 3, offset: 2}, end: {line: 1, column: 5, offset: 4}},
      reason: 'Unexpected deprecated term `AI`, expected `IA`',
      ruleId: 'deprecated-target-term',
      source: 'glosa',
      entry: 'ai',
      severity: 'error',
      fatal: true,
      actual: 'AI',
      expected: ['IA'],
      url: ruleUrl('deprecated-target-term')
    })
    expect(data[1]!.messages.map((message) => [message.severity, message.fatal])).toEqual([
      ['error', true],
      ['warning', false],
      ['info', null]
    ])
  })
})

describe('SARIF reporter', () => {
  const require = createRequire(import.meta.url)
  const schemaFile = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json')
  // The schema is draft-04 (`id`); Ajv 8 reads it as draft-07 once `id` is `$id`.
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as Record<string, unknown>
  schema.$id = schema.id
  delete schema.id
  delete schema.$schema
  const ajv = new Ajv({strict: false, allErrors: true, unicodeRegExp: false})
  addFormats.default(ajv)
  const validate = ajv.compile(schema)

  it('is valid SARIF 2.1.0', () => {
    const log = JSON.parse(reportSarif(sample(), {root: '/repo'})) as unknown
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true)
  })

  it('describes every rule and uses UTF-16 columns and repository-relative URIs', () => {
    const log = JSON.parse(reportSarif(sample(), {root: '/repo'}))
    const run = log.runs[0]
    expect(run.columnKind).toBe('utf16CodeUnits')
    expect(run.tool.driver.name).toBe('glosa')
    expect(run.tool.driver.rules.map((rule: {id: string}) => rule.id)).toEqual([...ruleIds])
    for (const rule of run.tool.driver.rules) {
      expect(rule.shortDescription.text).toBeTruthy()
      expect(rule.fullDescription.text).toBeTruthy()
      expect(rule.help.text).toBeTruthy()
      expect(rule.helpUri).toBe(ruleUrl(rule.id))
      expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration.level)
    }
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///repo/')
    const [first] = run.results
    expect(first).toMatchObject({
      ruleId: 'deprecated-target-term',
      ruleIndex: 1,
      level: 'error',
      message: {text: 'Unexpected deprecated term `AI`, expected `IA`'},
      locations: [
        {
          physicalLocation: {
            artifactLocation: {uri: 'pt.txt', uriBaseId: '%SRCROOT%'},
            region: {startLine: 1, startColumn: 3, endLine: 1, endColumn: 5}
          }
        }
      ]
    })
    expect(run.results.map((result: {level: string}) => result.level)).toEqual(['error', 'warning', 'note'])
  })

  it('keeps fingerprints across runs and unrelated edits above', () => {
    const once = JSON.parse(reportSarif(sample(), {root: '/repo'})).runs[0].results
    const again = JSON.parse(reportSarif(sample(), {root: '/repo'})).runs[0].results
    expect(again.map((result: {partialFingerprints: unknown}) => result.partialFingerprints)).toEqual(
      once.map((result: {partialFingerprints: unknown}) => result.partialFingerprints)
    )
    const moved = checkLines('Intro.\nModern AI is here.', 'Introdução.\nA AI moderna   está aqui.').files
    const still = checkLines('Modern AI is here.', 'A AI moderna está aqui.').files
    const hash = (files: VFile[]) =>
      JSON.parse(reportSarif(files, {root: '/repo'})).runs[0].results[0].partialFingerprints
    expect(hash(moved)).toEqual(hash(still))
    expect(fingerprint('a', 'f', 'x  y')).toBe(fingerprint('a', 'f', ' x y '))
    expect(fingerprint('a', 'f', 'x')).not.toBe(fingerprint('b', 'f', 'x'))
  })

  it('encodes paths as relative URIs', () => {
    expect(relativeUri('/repo/docs/pt/a b.md', '/repo')).toBe('docs/pt/a%20b.md')
    expect(relativeUri('docs/ção.md', '/repo')).toBe('docs/%C3%A7%C3%A3o.md')
  })

  it('lists files not checked as failed tool notifications, not results', () => {
    const file = new VFile({path: 'docs/pt/missing.md', value: ''})
    addMessage({file}, 'not checked: no such file', undefined, 'not-checked', 'error')
    const log = JSON.parse(reportSarif([file], {root: '/repo'}))
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true)
    expect(log.runs[0].results).toEqual([])
    expect(log.runs[0].invocations[0].executionSuccessful).toBe(false)
    expect(log.runs[0].invocations[0].toolExecutionNotifications[0]).toMatchObject({
      level: 'error',
      message: {text: 'not checked: no such file'},
      descriptor: {id: 'not-checked', index: 0},
      locations: [{physicalLocation: {artifactLocation: {uri: 'docs/pt/missing.md', uriBaseId: '%SRCROOT%'}}}]
    })
    expect(log.runs[0].tool.driver.notifications[0].id).toBe('not-checked')
  })
})

describe('GitHub reporter', () => {
  it('writes one workflow command per message', () => {
    expect(reportGithub(sample()).split('\n').slice(0, 3)).toEqual([
      '::error file=pt.txt,line=1,col=3,endLine=1,endColumn=5,title=glosa(deprecated-target-term)::Unexpected deprecated term `AI`, expected `IA`',
      '::warning file=pt.txt,line=2,col=3,endLine=2,endColumn=20,title=glosa(inconsistent-translation)::Unexpected `débito de memória`, expected `largura de banda`, the translation used 2 times in this run (first at pt.txt%3A1)'.replace(
        'pt.txt%3A1',
        'pt.txt:1'
      ),
      '::notice file=pt.txt,line=4,col=1,endLine=4,endColumn=22,title=glosa(missing-target-term)::Expected `chip` for `chip`, found none'
    ])
  })

  it('escapes data and properties', () => {
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext')
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25')
    const file = new VFile({path: 'docs/a,b:c.md', value: 'x'})
    addMessage(
      {file},
      'line one\nline two',
      {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 2, offset: 1}},
      'untranslated',
      'warning'
    )
    expect(reportGithub([file])).toBe(
      '::warning file=docs/a%2Cb%3Ac.md,line=1,col=1,endLine=1,endColumn=2,title=glosa(untranslated)::line one%0Aline two\n'
    )
  })

  it('makes absolute paths repository-relative', () => {
    const file = new VFile({path: '/repo/docs/pt/a.md', value: 'x'})
    addMessage({file}, 'x', undefined, 'untranslated', 'info')
    expect(reportGithub([file], {root: '/repo'})).toBe('::notice file=docs/pt/a.md,title=glosa(untranslated)::x\n')
  })

  it('starts with a notice saying how many annotations GitHub will not show, when a level passes the ten it shows', () => {
    const file = new VFile({path: 'a.md', value: 'x'})
    for (let index = 0; index < 12; index++) addMessage({file}, `problem ${index}`, undefined, 'untranslated', 'error')
    const lines = reportGithub([file]).trimEnd().split('\n')
    expect(lines).toHaveLength(13)
    // First, so that it is never itself one notice too many.
    expect(lines[0]).toBe(
      "::notice title=glosa::2 of glosa's 12 annotations are not shown: GitHub shows 10 per level and step; see the job log or the SARIF report for all of them"
    )
    expect(lines[1]).toMatch(/^::error file=a\.md,.*::problem 0$/u)
  })

  it('counts what passes the limit in every level, and notices too', () => {
    const file = new VFile({path: 'a.md', value: 'x'})
    for (let index = 0; index < 11; index++) addMessage({file}, `problem ${index}`, undefined, 'untranslated', 'error')
    for (let index = 0; index < 13; index++) addMessage({file}, `note ${index}`, undefined, 'untranslated', 'info')
    const notice = reportGithub([file], {locale: 'pt-PT'}).split('\n')[0]
    // 11 errors and 13 notes, and the notice itself: one error and four notes (with the notice, five) past the ten.
    expect(notice).toBe(
      '::notice title=glosa::5 das 24 anotações do glosa não são mostradas: o GitHub mostra 10 por nível e passo; veja o registo do trabalho ou o relatório SARIF para as ver todas'
    )
  })
})

describe('exit codes', () => {
  it('is 0 without errors, 1 with errors (or warnings when frail), 2 when a file was not checked', () => {
    expect(exitCodeOf(checkLines('The inference.', 'A inferência.').files)).toBe(0)
    const warningOnly = checkLines(
      'Memory bandwidth.\nMemory bandwidth.\nMemory bandwidth.',
      'Largura de banda.\nDébito de memória.\nLargura de banda.'
    ).files
    expect(exitCodeOf(warningOnly)).toBe(0)
    expect(exitCodeOf(warningOnly, {frail: true})).toBe(1)
    expect(exitCodeOf(sample())).toBe(1)
    const file = new VFile({path: 'x.md'})
    addMessage({file}, 'not checked', undefined, 'not-checked', 'error')
    expect(exitCodeOf([...sample(), file])).toBe(2)
  })

  it('formats through report() by name', () => {
    expect(report(sample(), 'json')).toBe(reportJson(sample()))
    expect(report(sample())).toBe(reportHuman(sample()))
  })
})
