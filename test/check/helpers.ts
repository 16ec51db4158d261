import {spawnSync} from 'node:child_process'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {checkFiles} from '../../src/check/index.js'
import {fileURLToPath} from 'node:url'
import type {Entry, Glossary, Term} from '../../src/glossary/types.js'
import {CheckRun, type CheckRunOptions} from '../../src/check/run.js'
import {linePairs, lineSegments} from '../../src/check/segments.js'
import {compileGlossary} from '../../src/tag/index.js'
import type {Lang} from '../../src/types.js'

/** A term in short form: `text`, `lang`, status (default preferred), extra fields. */
export function term(
  text: string,
  lang: Term['lang'],
  status: Term['status'] = 'preferred',
  extra: Partial<Term> = {}
): Term {
  return {text, lang, status, ...extra}
}

/** An entry with the given terms and fields. */
export function entry(id: string, terms: Term[], extra: Partial<Entry> = {}): Entry {
  return {id, definitions: {}, notes: {}, sources: [], terms, ...extra}
}

/** A small glossary for the rule tests. */
export const glossary: Glossary = {
  languages: ['en', 'pt-PT', 'pt-BR'],
  entries: [
    entry('inference', [term('inference', 'en'), term('inferência', 'pt')]),
    entry('training', [term('training', 'en'), term('treino', 'pt-PT'), term('treinamento', 'pt-BR')]),
    entry('ai', [
      term('AI', 'en', 'preferred', {type: 'acronym'}),
      term('IA', 'pt', 'preferred', {type: 'acronym'}),
      term('AI', 'pt', 'deprecated', {type: 'acronym'})
    ]),
    entry('bandwidth', [
      term('memory bandwidth', 'en'),
      term('largura de banda', 'pt'),
      term('débito de memória', 'pt', 'admitted')
    ]),
    entry('frontier-model', [term('frontier model', 'en'), term('modelo de fronteira', 'pt')]),
    entry(
      'h20',
      [term('H20', 'en', 'preferred', {type: 'productName'}), term('H20', 'pt', 'preferred', {type: 'productName'})],
      {doNotTranslate: true}
    ),
    entry(
      'h200',
      [term('H200', 'en', 'preferred', {type: 'productName'}), term('H200', 'pt', 'preferred', {type: 'productName'})],
      {doNotTranslate: true}
    ),
    entry(
      'nvidia',
      [
        term('Nvidia', 'en', 'preferred', {type: 'productName'}),
        term('Nvidia', 'pt', 'preferred', {type: 'productName'})
      ],
      {doNotTranslate: true}
    ),
    entry('cac', [
      term('Cyberspace Administration of China', 'en', 'preferred', {partOfSpeech: 'properNoun'}),
      term('CAC', 'en', 'admitted', {type: 'acronym'}),
      term('Administração do Ciberespaço da China', 'pt', 'preferred', {partOfSpeech: 'properNoun'})
    ]),
    entry('eu', [term('EU', 'en', 'preferred', {type: 'acronym'}), term('UE', 'pt', 'preferred', {type: 'acronym'})]),
    entry('user', [term('user', 'en'), term('utilizador', 'pt-PT'), term('usuário', 'pt-BR')]),
    entry('chip', [term('chip', 'en'), term('chip', 'pt')], {severities: {'missing-target-term': 'info'}})
  ]
}

export const matcher = compileGlossary(glossary)

/** The language of a test line: tests say it, `en:` or `pt:` prefixes are not needed. */
export type LangOf = (text: string) => Lang | {lang: Lang; confidence: number}

/**
 * Check two texts aligned line by line with the test glossary; return the
 * messages as `file:line:column rule actual→expected` strings, for exact
 * assertions.
 */
export function checkLines(
  source: string,
  target: string,
  options: CheckRunOptions & {sourceLang?: Lang; targetLang?: Lang; langOf?: LangOf} = {}
) {
  const sourceLang = options.sourceLang ?? 'en'
  const targetLang = options.targetLang ?? 'pt-PT'
  const run = new CheckRun(options)
  const left = run.text('en.txt', source, sourceLang)
  const right = run.text('pt.txt', target, targetLang)
  const langOf = options.langOf ?? ((text: string) => (/\b(the|is|are|and|of)\b/i.test(text) ? 'en' : 'pt'))
  const targetGuess = (text: string) => {
    const guess = langOf(text)
    const lang = typeof guess === 'string' ? guess : guess.lang
    const own = lang === 'en' ? 'en' : targetLang
    return typeof guess === 'string' ? own : {lang: own, confidence: guess.confidence}
  }
  const pairs = linePairs(
    lineSegments(left, options.matcher ?? matcher, () => sourceLang),
    lineSegments(right, options.matcher ?? matcher, targetGuess)
  )
  run.checkPairs(pairs, sourceLang, targetLang)
  const files = run.finish()
  return {
    run,
    files,
    messages: files.flatMap((file) => file.messages),
    summary: files.flatMap((file) =>
      file.messages.map(
        (message) =>
          `${file.path}:${message.line}:${message.column} ${message.ruleId}` +
          (message.actual === undefined ? '' : ` ${message.actual}`) +
          (message.expected === undefined ? '' : ` → ${message.expected.join('|')}`)
      )
    )
  }
}

/** Run the real binary's `glosa check` with `args` in `cwd`, in a C (English) or the given locale, without colour. */
export function runCheck(
  args: string[],
  cwd: string,
  locale = 'C'
): {code: number | null; stdout: string; stderr: string} {
  const bin = fileURLToPath(new URL('../../bin/glosa.js', import.meta.url))
  const result = spawnSync(process.execPath, [bin, 'check', ...args], {
    cwd,
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1', LANG: locale, LC_ALL: '', LC_MESSAGES: '', GLOSA_LOCALE: ''}
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

/**
 * The findings of checking two Markdown documents (`en.md`, English, and
 * `pt.md`, European Portuguese) with no glossary, as `file:line rule`.
 */
export function checkMarkdownPair(source: string, target: string): string[] {
  const folder = mkdtempSync(join(tmpdir(), 'glosa-pair-'))
  writeFileSync(join(folder, 'en.md'), source)
  writeFileSync(join(folder, 'pt.md'), target)
  const plan = {pairs: [{source: 'en.md', target: 'pt.md'}], singles: [], unchecked: []}
  const result = checkFiles(plan, {
    matcher: compileGlossary({entries: []}),
    cwd: folder,
    sourceLang: 'en',
    targetLang: 'pt-PT'
  })
  return result.files.flatMap((file) =>
    file.messages.map((message) => `${file.path}:${message.line} ${message.ruleId}`)
  )
}
