import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {loadConfig} from '../../src/check/config.js'
import {configNames, findConfig, repositoryRoot} from '../../src/check/discover.js'
import {failure} from '../glossary/helpers.js'
import {runCheck} from './helpers.js'

// Configuration found as ESLint, Prettier and stylelint find theirs: every
// format, from any folder of the repository, and said when two compete.

const root = new URL('../../', import.meta.url).pathname
const article = join(root, 'test/fixtures/check/article')

/** A folder with `files`; `.git` makes it a repository root. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'glosa-discover-'))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), {recursive: true})
    writeFileSync(join(dir, path), text)
  }
  return dir
}

const glosa = runCheck

const error = failure

const rules = {untranslated: 'warning', 'length-ratio': 'off'}

/** What --print-config prints. */
interface Shown {
  exists: boolean
  config: unknown
  role: unknown
  languages: Record<string, unknown>
  rules: Record<string, unknown>
}

describe('configuration formats', () => {
  it.each([
    ['glosa.config.json', JSON.stringify({rules})],
    ['glosa.config.yaml', 'rules:\n  untranslated: warning\n  length-ratio: "off"\n'],
    ['glosa.config.yml', 'rules: {untranslated: warning, length-ratio: "off"}\n'],
    ['glosa.config.js', `module.exports = ${JSON.stringify({rules})}\n`],
    ['glosa.config.mjs', `export default ${JSON.stringify({rules})}\n`],
    ['glosa.config.cjs', `module.exports = ${JSON.stringify({rules})}\n`],
    ['.glosarc', 'rules:\n  untranslated: warning\n  length-ratio: "off"\n'],
    ['.glosarc', JSON.stringify({rules})],
    ['.glosarc.json', JSON.stringify({rules})],
    ['.glosarc.yaml', 'rules:\n  untranslated: warning\n  length-ratio: "off"\n'],
    ['.glosarc.js', `module.exports = ${JSON.stringify({rules})}\n`],
    ['.glosarc.mjs', `export default ${JSON.stringify({rules})}\n`],
    ['package.json', JSON.stringify({name: 'site', glosa: {rules}})]
  ])('reads %s (%#)', (name, text) => {
    const dir = folder({'.git/HEAD': '', [name]: text})
    expect(loadConfig(dir)).toMatchObject({file: join(dir, name), root: dir, rules})
  })

  it('reads an ES module of a package of type module from a .js file', () => {
    const dir = folder({
      '.git/HEAD': '',
      'package.json': '{"type": "module"}',
      'glosa.config.js': `export default ${JSON.stringify({rules})}\n`
    })
    expect(loadConfig(dir)).toMatchObject({rules})
  })

  it('types YAML scalars as YAML 1.2 does (aligned: true is a boolean, a column a number)', () => {
    const dir = folder({'glosa.config.yaml': 'aligned: true\ncolumns:\n  source: 2\n'})
    expect(loadConfig(dir)).toMatchObject({aligned: true, columns: {source: '2'}})
  })

  it('locates mistakes in YAML at their line and column, as in JSON', () => {
    const dir = folder({'glosa.config.yaml': 'pairs:\n  - source: docs/en/*.md\n    targte: docs/pt/*.md\n'})
    expect(error(() => loadConfig(dir)).format('en')).toBe(
      `${join(dir, 'glosa.config.yaml')}:3:5: unknown key 'targte' in pairs[0] (expected one of source, target)`
    )
    const bad = folder({'.glosarc.yml': 'rules:\n  untranslated: loud\n'})
    expect(error(() => loadConfig(bad)).format('pt-PT')).toBe(
      `${join(bad, '.glosarc.yml')}:2:3: a regra 'untranslated' aceita error, warning, info, off, não 'loud'`
    )
    const broken = folder({'glosa.config.yaml': 'rules: [untranslated\n'})
    expect(error(() => loadConfig(broken)).file).toBe(join(broken, 'glosa.config.yaml'))
  })

  it('says why a JavaScript configuration cannot be loaded, naming the file', () => {
    const dir = folder({'glosa.config.mjs': 'export default {rules: \n'})
    const caught = error(() => loadConfig(dir))
    expect(caught.key).toBe('config:error.module')
    expect(caught.format('en')).toMatch(
      new RegExp(`^${join(dir, 'glosa.config.mjs')}: cannot load this JavaScript configuration: .+`)
    )
  })

  it('refuses an empty configuration file instead of passing over it', () => {
    const dir = folder({'glosa.config.json': ''})
    expect(error(() => loadConfig(dir)).key).toBe('check:error.configRoot')
  })
})

describe('configuration discovery', () => {
  it('searches from the current folder up to the repository root, and no further', () => {
    const dir = folder({'glosa.config.json': '{"aligned": true}', 'site/.git/HEAD': '', 'site/docs/pt/guide/x.md': ''})
    expect(repositoryRoot(join(dir, 'site/docs/pt/guide'))).toBe(join(dir, 'site'))
    // The configuration above the repository is not the repository's.
    expect(findConfig(join(dir, 'site/docs/pt/guide'))).toBeUndefined()
    writeFileSync(join(dir, 'site/.glosarc.yaml'), 'aligned: false\n')
    expect(findConfig(join(dir, 'site/docs/pt/guide'))).toMatchObject({
      file: join(dir, 'site/.glosarc.yaml'),
      value: {aligned: false}
    })
    // The nearest wins.
    writeFileSync(join(dir, 'site/docs/package.json'), '{"glosa": {"aligned": true}}')
    expect(findConfig(join(dir, 'site/docs/pt/guide'))?.file).toBe(join(dir, 'site/docs/package.json'))
  })

  it('passes over a package.json without a glosa key, even one it cannot read', () => {
    const dir = folder({'.git/HEAD': '', 'glosa.config.json': '{}', 'docs/package.json': '{"name": "docs",}'})
    expect(findConfig(join(dir, 'docs'))?.file).toBe(join(dir, 'glosa.config.json'))
  })

  it('outside a repository, reads the current folder only', () => {
    const dir = folder({'glosa.config.json': '{}', 'docs/a.md': ''})
    expect(repositoryRoot(join(dir, 'docs'))).toBeUndefined()
    expect(findConfig(join(dir, 'docs'))).toBeUndefined()
    expect(findConfig(dir)?.file).toBe(join(dir, 'glosa.config.json'))
  })

  it('takes glosa.config.* over .glosarc* over package.json in one folder, and lists the losers', () => {
    expect(configNames[0]).toBe('glosa.config.json')
    expect(configNames.at(-1)).toBe('package.json')
    const dir = folder({
      '.git/HEAD': '',
      'package.json': '{"glosa": {}}',
      '.glosarc.json': '{}',
      'glosa.config.yaml': 'aligned: true\n'
    })
    const config = loadConfig(dir)!
    expect(config.file).toBe(join(dir, 'glosa.config.yaml'))
    expect(config.shadowed).toEqual([join(dir, '.glosarc.json'), join(dir, 'package.json')])
    expect(loadConfig(folder({'glosa.config.json': '{}', 'package.json': '{"name": "x"}'}))!.shadowed).toBeUndefined()
  })
})

describe('glosa check and its configuration (the binary)', {timeout: 60_000}, () => {
  /** A repository with a site configured at its top in YAML, and a competing .glosarc.json. */
  function site(): string {
    return folder({
      '.git/HEAD': '',
      'glosa.config.yaml':
        'pairs:\n  - source: docs/en/**/*.md\n    target: docs/pt/**/*.md\nlanguages:\n  target: pt-PT\nrules:\n  locale-variant: error\nignore:\n  - docs/**/drafts/**\n',
      '.glosarc.json': '{"files": ["*.md"]}',
      'docs/en/guide/a.md': readFileSync(join(article, 'en.md'), 'utf8'),
      'docs/pt/guide/a.md': readFileSync(join(article, 'errors.pt-PT.md'), 'utf8'),
      'docs/pt/drafts/b.md': 'Rascunho.\n'
    })
  }

  it('runs from a subfolder with the configuration above it, paths relative to it, and says which file won', () => {
    const dir = site()
    const result = glosa(['--report', 'json'], join(dir, 'docs/pt'))
    const files = JSON.parse(result.stdout) as Array<{
      path: string
      messages: Array<{ruleId: string; severity: string}>
    }>
    expect(files.map((file) => file.path)).toEqual(['../en/guide/a.md', 'guide/a.md'])
    expect(files[1]!.messages.find((message) => message.ruleId === 'locale-variant')?.severity).toBe('error')
    expect(result.stderr).toContain(
      'glosa: ../../glosa.config.yaml is the configuration; ../../.glosarc.json, in the same folder, is not read (the first of glosa.config.*, .glosarc*, package.json wins)\n'
    )
    expect(result.code).toBe(1)
  })

  it('reads the file --config names, whatever its name', () => {
    const dir = site()
    writeFileSync(join(dir, 'ci-glosa.yml'), 'files:\n  - docs/pt/drafts/*.md\n')
    const result = glosa(['--config', 'ci-glosa.yml', '--report', 'json'], dir)
    expect((JSON.parse(result.stdout) as Array<{path: string}>).map((file) => file.path)).toEqual([
      'docs/pt/drafts/b.md'
    ])
    expect(result.stderr).not.toContain('is the configuration')
  })

  it('--print-config shows what applies to a file and where each value came from', () => {
    const dir = site()
    const result = glosa(['--print-config', 'pt/guide/a.md', '--rule', 'untranslated=off'], join(dir, 'docs'))
    expect(result.code).toBe(0)
    const shown = JSON.parse(result.stdout) as Shown
    expect(shown.config).toEqual({file: '../glosa.config.yaml', root: '..', shadowed: ['../.glosarc.json']})
    expect(shown.role).toEqual({
      as: 'target',
      pair: 0,
      counterpart: 'en/guide/a.md',
      counterpartExists: true,
      from: '../glosa.config.yaml:3:5'
    })
    expect(shown.languages).toEqual({
      source: {value: 'detected', from: 'default'},
      target: {value: 'pt-PT', from: '../glosa.config.yaml:5:3'}
    })
    expect(shown.rules['locale-variant']).toEqual({value: 'error', from: '../glosa.config.yaml:7:3'})
    expect(shown.rules.untranslated).toEqual({value: 'off', from: '--rule'})
    expect(shown.rules['missing-target-term']).toEqual({value: 'error', from: 'default'})
    const draft = JSON.parse(glosa(['--print-config', 'docs/pt/drafts/b.md'], dir).stdout) as Shown
    expect(draft.role).toEqual({as: 'ignored', index: 0, pattern: 'docs/**/drafts/**', from: 'glosa.config.yaml:9:5'})
    const outside = JSON.parse(glosa(['--print-config', 'README.md', '--source-lang', 'en'], dir).stdout) as Shown
    expect(outside.role).toEqual({as: 'none'})
    expect(outside.exists).toBe(false)
    expect(outside.languages.source).toEqual({value: 'en', from: '--source-lang'})
  })
})
