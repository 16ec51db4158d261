import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {checkFiles, type CheckOptions} from '../../src/check/index.js'
import {loadGlossaries} from '../../src/glossary/index.js'
import {compileGlossary} from '../../src/tag/index.js'

const folder = 'test/fixtures/check/article/'
const matcher = compileGlossary(loadGlossaries([new URL('../fixtures/check/glossary.yaml', import.meta.url).pathname]))
const cwd = new URL('../../', import.meta.url).pathname

/** Check the English article against a translation; `line rule actual→expected` per message. */
function check(translation: string, options: Partial<CheckOptions> = {}): string[] {
  const result = checkFiles(
    {pairs: [{source: folder + 'en.md', target: folder + translation}], singles: [], unchecked: []},
    {matcher, cwd, ...options}
  )
  return result.files.flatMap((file) =>
    file.messages.map(
      (message) =>
        `${file.path.slice(folder.length)}:${message.line} ${message.ruleId}` +
        (message.actual ? ` ${message.actual}` : '') +
        (message.expected ? ` → ${message.expected.join('|')}` : '')
    )
  )
}

describe('glosa check on translations with planted errors', () => {
  it('reports a Brazilian form that the bundled glossary deprecates in pt-PT once, as deprecated-target-term', () => {
    const dir = mkdtempSync(join(tmpdir(), 'glosa-variant-'))
    writeFileSync(join(dir, 'en.md'), 'The US tightened export controls on advanced chips in 2023.\n')
    writeFileSync(join(dir, 'pt.md'), 'Os EUA apertaram os controles de exportação sobre chips avançados em 2023.\n')
    const bundled = compileGlossary(loadGlossaries([]))
    const plan = {pairs: [{source: join(dir, 'en.md'), target: join(dir, 'pt.md')}], singles: [], unchecked: []}
    const result = checkFiles(plan, {matcher: bundled, cwd: dir, targetLang: 'pt-PT'})
    expect(
      result.files.flatMap((file) =>
        file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.actual}`)
      )
    ).toEqual(['1:21 deprecated-target-term controles de exportação'])
  })

  it('finds nothing in a clean European Portuguese translation', () => {
    expect(check('clean.pt-PT.md')).toEqual([])
    expect(check('clean.pt-PT.md', {targetLang: 'pt-PT'})).toEqual([])
  })

  it('finds nothing in a clean Brazilian Portuguese translation', () => {
    expect(check('clean.pt-BR.md')).toEqual([])
    expect(check('clean.pt-BR.md', {targetLang: 'pt-BR'})).toEqual([])
  })

  it('reports each planted error on its line with its rule, and nothing on clean lines', () => {
    expect(check('errors.pt-PT.md', {targetLang: 'pt-PT'})).toEqual([
      // A product name misspelt.
      'errors.pt-PT.md:1 do-not-translate H2O → H20',
      // A wrong term (dedução for inference).
      'errors.pt-PT.md:3 missing-target-term A Nvidia vende o H20 a empresas chinesas para dedução. → inferência',
      // A term translated two ways: the admitted one here, the preferred on line 15.
      'errors.pt-PT.md:5 inconsistent-translation débito de memória → largura de banda',
      // A deprecated term.
      'errors.pt-PT.md:7 deprecated-target-term AI → IA',
      // A number changed.
      'errors.pt-PT.md:9 number-mismatch 60 → 90',
      // A sentence left in English.
      'errors.pt-PT.md:11 untranslated',
      // A Brazilian term in a European text.
      'errors.pt-PT.md:13 locale-variant usuários → utilizador'
    ])
  })

  it('decides the variant by the words’ vote when none is configured: one Brazilian slip does not make a text Brazilian', () => {
    expect(check('errors.pt-PT.md')).toEqual(check('errors.pt-PT.md', {targetLang: 'pt-PT'}))
    // Two Brazilian words against two European slips is a tie: the document's detected variant decides then,
    // which is why CI should configure the target language.
    expect(check('clean.pt-BR.md')).toEqual([])
  })

  it('reports European terms and words in a Brazilian translation', () => {
    expect(check('errors.pt-BR.md', {targetLang: 'pt-BR'})).toEqual([
      'errors.pt-BR.md:13 locale-variant utilizadores → usuário',
      'errors.pt-BR.md:13 locale-variant ecrã → tela'
    ])
  })

  it('never flags elision and credit lines identical in both files', () => {
    const lines = check('errors.pt-PT.md', {targetLang: 'pt-PT'}).map((message) => Number(/:(\d+) /.exec(message)![1]))
    expect(lines.filter((line) => line >= 17)).toEqual([])
  })

  it('checks the same pairs line by line with --aligned', () => {
    // Blank lines pair up too, so the same planted errors come out on the same lines.
    expect(check('errors.pt-PT.md', {targetLang: 'pt-PT', aligned: true})).toEqual(
      check('errors.pt-PT.md', {targetLang: 'pt-PT'})
    )
    expect(check('clean.pt-PT.md', {aligned: true, targetLang: 'pt-PT'})).toEqual([])
  })

  it('follows the severities of the run and of glossary entries', () => {
    const quiet = check('errors.pt-PT.md', {
      targetLang: 'pt-PT',
      rules: {'locale-variant': 'off', 'number-mismatch': 'off'}
    })
    expect(quiet.some((message) => /locale-variant|number-mismatch/.test(message))).toBe(false)
    expect(quiet).toHaveLength(5)
  })
})

describe('glosa check on files it cannot check', () => {
  it('reports a missing translation as not checked, without stopping', () => {
    const result = checkFiles(
      {
        pairs: [
          {source: folder + 'en.md', target: folder + 'missing.md'},
          {source: folder + 'en.md', target: folder + 'clean.pt-PT.md'}
        ],
        singles: [],
        unchecked: []
      },
      {matcher, cwd}
    )
    const missing = result.files.find((file) => file.path.endsWith('missing.md'))!
    expect(missing.messages.map((message) => [message.ruleId, message.reason, message.fatal])).toEqual([
      ['not-checked', 'not checked: no such file', true]
    ])
  })

  it('reports an empty translation as not checked', () => {
    const empty = mkdtempSync(join(tmpdir(), 'glosa-empty-'))
    writeFileSync(join(empty, 'pt.md'), '  \n')
    const result = checkFiles(
      {pairs: [{source: join(cwd, folder, 'en.md'), target: 'pt.md'}], singles: [], unchecked: []},
      {matcher, cwd: empty, locale: 'pt-BR'}
    )
    expect(result.files.flatMap((file) => file.messages.map((message) => `${file.path}: ${message.reason}`))).toEqual([
      'pt.md: não verificado: o arquivo está vazio: não há nada para ler'
    ])
  })

  it('checks a partly translated file, reporting what is still in the source language', () => {
    // Three of seven sentences translated: the file reads as English, yet it is a translation under way.
    const result = checkFiles(
      {
        pairs: [{source: 'test/fixtures/qa/check/partly/en.md', target: 'test/fixtures/qa/check/partly/pt-PT.md'}],
        singles: [],
        unchecked: []
      },
      {matcher, cwd}
    )
    expect(result.files.flatMap((file) => file.messages.map((message) => `${message.line} ${message.ruleId}`))).toEqual(
      ['9 untranslated', '11 untranslated', '13 untranslated', '15 untranslated']
    )
  })

  it('refuses a "translation" in the source language', () => {
    const result = checkFiles(
      {pairs: [{source: folder + 'en.md', target: folder + 'en.md'}], singles: [], unchecked: []},
      {matcher, cwd, locale: 'pt-PT'}
    )
    expect(result.files.flatMap((file) => file.messages.map((message) => message.reason))).toEqual([
      'não verificado: a tradução está na mesma língua que a origem (en)'
    ])
  })

  it('refuses a translation not in the configured target language', () => {
    const result = checkFiles(
      {pairs: [{source: folder + 'clean.pt-PT.md', target: folder + 'en.md'}], singles: [], unchecked: []},
      {matcher, cwd, targetLang: 'pt-PT'}
    )
    expect(result.files.flatMap((file) => file.messages.map((message) => message.reason))).toEqual([
      'not checked: the translation should be in pt-PT but reads as en'
    ])
  })
})

describe('glosa check on a single mixed document (commentary on a quoted article)', () => {
  const seed = readFileSync(new URL('../../corpus/h20-ft/post.txt', import.meta.url), 'utf8')
  const bundled = compileGlossary(loadGlossaries([]))

  function single(text: string): string[] {
    const folder = mkdtempSync(join(tmpdir(), 'glosa-single-'))
    writeFileSync(join(folder, 'post.txt'), text)
    const result = checkFiles({pairs: [], singles: ['post.txt'], unchecked: []}, {matcher: bundled, cwd: folder})
    return result.files.flatMap((file) =>
      file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.actual ?? ''}`)
    )
  }

  it('reports the deprecated "AI" of the Portuguese commentary, never the English article’s', () => {
    const found = single(seed)
    expect(found.every((message) => / deprecated-target-term AI$/.test(message))).toBe(true)
    const lines = seed.split('\n')
    for (const message of found) {
      const [line, column] = message.split(' ')[0]!.split(':').map(Number) as [number, number]
      expect(lines[line - 1]!.slice(column - 1, column + 1)).toBe('AI')
      expect(line).toBeLessThanOrEqual(3)
    }
    expect(found.length).toBeGreaterThan(0)
  })

  it('reports a name of the article misspelt in the commentary', () => {
    const altered = seed.replace('Nota: o H20 é um chip', 'Nota: o H2O é um chip')
    const found = single(altered).filter((message) => message.includes('do-not-translate'))
    expect(found).toEqual([`1:${altered.indexOf('H2O') + 1} do-not-translate H2O`])
  })
})

describe('glosa check on a single bilingual document (each paragraph followed by its translation)', () => {
  function single(file: string): string[] {
    const result = checkFiles(
      {pairs: [], singles: [`test/fixtures/qa/check/bilingual/${file}`], unchecked: []},
      {matcher, cwd}
    )
    return result.files.flatMap((each) =>
      each.messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.actual ?? ''}`)
    )
  }

  it('takes the side that comes first as the original, and reports the translation’s errors there', () => {
    expect(single('en-first.md')).toEqual(['5:24 do-not-translate H2O', '9:46 number-mismatch 16'])
  })

  it('checks the English as the translation when the Portuguese comes first', () => {
    // The heading, made of names, needs no counterpart.
    expect(single('pt-first.md')).toEqual(['5:17 do-not-translate H2O', '9:35 number-mismatch 16'])
  })
})

describe('glosa check on files of very different lengths', () => {
  it('warns, still checks, and reports what the translation left out in the source', () => {
    const result = checkFiles(
      {pairs: [{source: folder + 'en.md', target: folder + 'short.pt-PT.md'}], singles: [], unchecked: []},
      {matcher, cwd, targetLang: 'pt-PT'}
    )
    expect(result.warnings).toEqual([
      `${folder}en.md and ${folder}short.pt-PT.md differ a lot in length (5.6 times): is it the right translation?`
    ])
    const source = result.files.find((file) => file.path.endsWith('en.md'))!
    expect(source.messages.map((message) => `${message.line} ${message.ruleId}`)).toEqual([
      '5 unaligned-segment',
      '7 unaligned-segment',
      '9 unaligned-segment',
      '11 unaligned-segment',
      '13 unaligned-segment',
      '15 unaligned-segment'
    ])
  })

  it('reports unmatched sentences only as sure as --min-confidence asks', () => {
    const run = (minConfidence: number) =>
      checkFiles(
        {pairs: [{source: folder + 'en.md', target: folder + 'short.pt-PT.md'}], singles: [], unchecked: []},
        {matcher, cwd, targetLang: 'pt-PT', minConfidence}
      )
        .files.flatMap((file) => file.messages)
        .filter((message) => message.ruleId === 'unaligned-segment').length
    expect(run(0)).toBe(6)
    // An unmatched sentence's probability of having no counterpart is calibrated below 0.8 on real abstracts: none is that sure.
    expect(run(0.95)).toBe(0)
  })
})
