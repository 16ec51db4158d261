import {spawnSync} from 'node:child_process'
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

// Each test spawns the binary a few times: allow for a busy machine.

const root = new URL('../../', import.meta.url).pathname
const bin = join(root, 'bin/glosa.js')
const article = join(root, 'test/fixtures/check/article')
const glossary = join(root, 'test/fixtures/check/glossary.yaml')

function glosa(args: string[], options: {cwd?: string} = {}) {
  const result = spawnSync(process.execPath, [bin, 'check', ...args], {
    cwd: options.cwd ?? root,
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1', LANG: 'C', LC_ALL: '', LC_MESSAGES: '', GLOSA_LOCALE: ''}
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

const pair = (translation: string) => [
  join('test/fixtures/check/article/en.md'),
  join('test/fixtures/check/article', translation),
  '--glossary',
  glossary
]

/** A folder laid out like a documentation site, with a configuration. */
function site(config: unknown): string {
  const folder = mkdtempSync(join(tmpdir(), 'glosa-site-'))
  mkdirSync(join(folder, 'docs/en/guide'), {recursive: true})
  mkdirSync(join(folder, 'docs/pt/guide'), {recursive: true})
  copyFileSync(join(article, 'en.md'), join(folder, 'docs/en/index.md'))
  copyFileSync(join(article, 'en.md'), join(folder, 'docs/en/guide/chips.md'))
  copyFileSync(join(article, 'en.md'), join(folder, 'docs/en/guide/untranslated.md'))
  copyFileSync(join(article, 'clean.pt-PT.md'), join(folder, 'docs/pt/index.md'))
  copyFileSync(join(article, 'errors.pt-PT.md'), join(folder, 'docs/pt/guide/chips.md'))
  copyFileSync(glossary, join(folder, 'terms.yaml'))
  writeFileSync(
    join(folder, 'glosa.config.json'),
    typeof config === 'string' ? config : JSON.stringify(config, null, 2)
  )
  return folder
}

describe('glosa check (the binary)', {timeout: 60_000}, () => {
  it('takes --min-confidence as a probability and refuses anything else, naming the option', () => {
    expect(glosa([...pair('clean.pt-PT.md'), '--min-confidence', '0.9']).code).toBe(0)
    for (const value of ['2', 'high', '1.5']) {
      const result = glosa([...pair('clean.pt-PT.md'), '--min-confidence', value])
      expect(result.code).toBe(2)
      expect(result.stderr).toContain(
        `option '--min-confidence' takes a probability from 0 to 1 (such as 0.9), not '${value}'`
      )
    }
  })

  it('exits 0 on a clean translation', () => {
    expect(glosa(pair('clean.pt-PT.md'))).toEqual({
      code: 0,
      stdout: 'glossary: test/fixtures/check/glossary.yaml; languages: en → pt-PT\n✓ no problems (2 files checked)\n',
      stderr: ''
    })
  })

  it('exits 1 on errors, with a report grouped by file, in English and Portuguese', () => {
    const english = glosa([...pair('errors.pt-PT.md'), '--target-lang', 'pt-PT'])
    expect(english.code).toBe(1)
    expect(english.stderr).toBe('')
    expect(english.stdout.split('\n')[0]).toBe('test/fixtures/check/article/errors.pt-PT.md')
    expect(english.stdout).toMatch(
      /^ {2}1:16-1:19 +error +Unexpected `H2O`, expected `H20`: this name is kept as it is +do-not-translate$/m
    )
    expect(english.stdout).toMatch(/✖ 5 errors, 2 warnings \(2 files checked\)\n$/)
    const portuguese = glosa([...pair('errors.pt-PT.md'), '--target-lang', 'pt-PT', '--locale', 'pt-PT'])
    expect(portuguese.code).toBe(1)
    expect(portuguese.stdout).toMatch(
      /^ {2}7:3-7:5 +erro +Não se esperava o termo obsoleto `AI`, esperava-se `IA` +deprecated-target-term$/m
    )
    expect(portuguese.stdout).toMatch(/✖ 5 erros, 2 avisos \(2 ficheiros verificados\)\n$/)
    expect(glosa([...pair('errors.pt-PT.md'), '--target-lang', 'pt-PT', '--locale', 'pt-BR']).stdout).toMatch(
      /\(2 arquivos verificados\)\n$/
    )
  })

  it('fails on warnings only with --frail', () => {
    const args = [...pair('clean.pt-BR.md'), '--target-lang', 'pt-PT']
    const lenient = glosa(args)
    expect(lenient.code).toBe(0)
    expect(lenient.stdout).toMatch(/⚠ 3 warnings \(2 files checked\)\n$/)
    expect(glosa([...args, '--frail']).code).toBe(1)
    expect(glosa([...args, '--rule', 'locale-variant=info', '--frail']).code).toBe(0)
  })

  it('prints JSON, SARIF and GitHub reports', () => {
    const json = glosa([...pair('errors.pt-PT.md'), '--target-lang', 'pt-PT', '--report', 'json'])
    expect(json.code).toBe(1)
    const files = JSON.parse(json.stdout) as Array<{path: string; messages: Array<{ruleId: string; line: number}>}>
    expect(files[1]!.messages.map((message) => `${message.line} ${message.ruleId}`)).toEqual([
      '1 do-not-translate',
      '3 missing-target-term',
      '5 inconsistent-translation',
      '7 deprecated-target-term',
      '9 number-mismatch',
      '11 untranslated',
      '13 locale-variant'
    ])
    const sarif = JSON.parse(glosa([...pair('errors.pt-PT.md'), '--target-lang', 'pt-PT', '--report', 'sarif']).stdout)
    expect(sarif.version).toBe('2.1.0')
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({
      uri: 'test/fixtures/check/article/errors.pt-PT.md',
      uriBaseId: '%SRCROOT%'
    })
    const github = glosa([...pair('errors.pt-PT.md'), '--target-lang', 'pt-PT', '--report', 'github'])
    expect(github.stdout.split('\n')[0]).toBe(
      '::error file=test/fixtures/check/article/errors.pt-PT.md,line=1,col=16,endLine=1,endColumn=19,title=glosa(do-not-translate)::Unexpected `H2O`, expected `H20`: this name is kept as it is'
    )
  })

  it('writes the report to a file with -o, nothing on standard output', () => {
    const folder = mkdtempSync(join(tmpdir(), 'glosa-out-'))
    const output = join(folder, 'glosa.sarif')
    const result = glosa([...pair('errors.pt-PT.md'), '--report', 'sarif', '-o', output])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(JSON.parse(readFileSync(output, 'utf8')).version).toBe('2.1.0')
  })

  it('reads the translation from standard input as -', () => {
    const result = spawnSync(
      process.execPath,
      [bin, 'check', 'test/fixtures/check/article/en.md', '-', '--glossary', glossary, '--target-lang', 'pt-PT'],
      {
        cwd: root,
        encoding: 'utf8',
        input: readFileSync(join(article, 'errors.pt-PT.md'), 'utf8')
      }
    )
    expect(result.status).toBe(1)
    expect(result.stdout.split('\n')[0]).toBe('-')
    expect(result.stdout).toMatch(/✖ 5 errors, 2 warnings \(2 files checked\)\n$/)
  })

  it('checks a single document on its own', () => {
    const result = glosa(['corpus/h20-ft/post.txt', '--glossary', 'bundled'])
    expect(result.stdout).toContain('deprecated-target-term')
    expect(result.stdout).not.toContain('do-not-translate')
    expect(result.code).toBe(1)
  })

  it('reads line-aligned Markdown as prose: code, URLs, link targets and names kept as they are never count', () => {
    const folder = 'test/fixtures/qa/check/aligned-md'
    const {code, stdout} = glosa([
      `${folder}/en.md`,
      `${folder}/pt-PT.md`,
      '--aligned',
      '--glossary',
      `${folder}/glossary.yaml`,
      '--report',
      'json'
    ])
    expect(code).toBe(1)
    const [, target] = JSON.parse(stdout) as Array<{messages: Array<{line: number; ruleId: string}>}>
    expect(target!.messages.map((message) => `${message.line} ${message.ruleId}`)).toEqual(['23 missing-target-term'])
  })

  it('shows its help', () => {
    const result = glosa(['--help'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^Usage: glosa check <source> <translation> \[options\]/)
    expect(result.stdout).toContain('--report <reporter>    human, json, sarif or github (default: human)')
    expect(glosa(['--help', '--locale', 'pt-PT']).stdout).toMatch(/^Utilização: glosa check <origem> <tradução>/)
  })
})

describe('glosa check: usage and input errors exit 2', {timeout: 60_000}, () => {
  it('reports a missing translation as not checked, and still prints the report', () => {
    const result = glosa(pair('missing.md'))
    expect(result.code).toBe(2)
    expect(result.stdout).toBe(
      'test/fixtures/check/article/missing.md\n  -  error  not checked: no such file  not-checked\n\n' +
        'glossary: test/fixtures/check/glossary.yaml; languages: none checked\n✖ 1 file not checked (0 files checked)\n'
    )
  })

  it('refuses an unknown reporter, rule or language', () => {
    expect(glosa([...pair('clean.pt-PT.md'), '--report', 'xml'])).toMatchObject({code: 2, stdout: ''})
    const rule = glosa([...pair('clean.pt-PT.md'), '--rule', 'no-such-rule=off'])
    expect(rule.code).toBe(2)
    expect(rule.stderr).toMatch(/^glosa: unknown rule 'no-such-rule'/)
    expect(glosa([...pair('clean.pt-PT.md'), '--target-lang', 'fr']).code).toBe(2)
  })

  it('refuses standard input for both files, which can be read only once', () => {
    expect(glosa(['-', '-'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "glosa: standard input can be read only once: give '-' for the source or for the translation, not both\n"
    })
  })

  it('says there is nothing to check without files or configuration', () => {
    const folder = mkdtempSync(join(tmpdir(), 'glosa-empty-'))
    const result = glosa([], {cwd: folder})
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('nothing to check')
    const portuguese = spawnSync(process.execPath, [bin, 'check', '--locale', 'pt-PT'], {cwd: folder, encoding: 'utf8'})
    expect(portuguese.status).toBe(2)
    expect(portuguese.stderr).toContain('nada para verificar')
  })
})

describe('glosa check with glosa.config.json', {timeout: 60_000}, () => {
  const config = {
    glossaries: ['terms.yaml'],
    languages: {source: 'en', target: 'pt-PT'},
    pairs: [{source: 'docs/en/**/*.md', target: 'docs/pt/**/*.md'}],
    rules: {'number-mismatch': 'warning'}
  }

  it('checks every pair, lists the source without a translation, and exits 2', () => {
    const folder = site(config)
    const result = spawnSync(process.execPath, [bin, 'check', '--report', 'json'], {cwd: folder, encoding: 'utf8'})
    expect(result.status).toBe(2)
    const files = JSON.parse(result.stdout) as Array<{
      path: string
      messages: Array<{ruleId: string; severity: string; reason: string}>
    }>
    const byPath = Object.fromEntries(files.map((file) => [file.path, file.messages]))
    expect(byPath['docs/en/guide/untranslated.md']!.map((message) => message.reason)).toEqual([
      'not checked: no translation docs/pt/guide/untranslated.md for this source file'
    ])
    expect(byPath['docs/pt/index.md']).toEqual([])
    const found = byPath['docs/pt/guide/chips.md']!.map((message) => `${message.ruleId} ${message.severity}`)
    expect(found).toContain('number-mismatch warning')
    expect(found).toContain('do-not-translate error')
    // Across files: index.md uses the preferred rendering that chips.md abandons on one line.
    expect(
      byPath['docs/pt/guide/chips.md']!.find((message) => message.ruleId === 'inconsistent-translation')!.reason
    ).toBe(
      'Unexpected `débito de memória`, expected `largura de banda`, the translation used 3 times in this run (first at docs/pt/guide/chips.md:15)'
    )
  })

  it('exits 1 when every file could be checked, and --ignore leaves files out', () => {
    const folder = site(config)
    const result = spawnSync(process.execPath, [bin, 'check', '--ignore', '**/untranslated.md'], {
      cwd: folder,
      encoding: 'utf8'
    })
    expect(result.status).toBe(1)
    expect(result.stdout).toMatch(/\(4 files checked\)\n$/)
  })

  it('reads the glosa key of package.json', () => {
    const folder = site(config)
    writeFileSync(join(folder, 'glosa.config.json.off'), '')
    const manifest = {
      name: 'site',
      glosa: {...config, pairs: [{source: 'docs/en/index.md', target: 'docs/pt/index.md'}]}
    }
    writeFileSync(join(folder, 'package.json'), JSON.stringify(manifest))
    const result = spawnSync(process.execPath, [bin, 'check', '--config', 'package.json'], {
      cwd: folder,
      encoding: 'utf8'
    })
    expect(result.stdout).toBe('glossary: terms.yaml; languages: en → pt-PT\n✓ no problems (2 files checked)\n')
    expect(result.status).toBe(0)
  })

  it('says where a configuration is not valid JSON or has an unknown key', () => {
    const broken = site('{\n  "pairs": [\n    {"source": "docs/en/*.md" "target": "docs/pt/*.md"}\n  ]\n}')
    const result = spawnSync(process.execPath, [bin, 'check'], {cwd: broken, encoding: 'utf8'})
    expect(result.status).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe(
      `glosa: ${join(broken, 'glosa.config.json')}:3:31: not valid JSON: unexpected '"' where ',' or '}' should be\n`
    )
    const unknown = site({...config, severity: {}})
    const message = spawnSync(process.execPath, [bin, 'check', '--locale', 'pt-PT'], {cwd: unknown, encoding: 'utf8'})
    expect(message.status).toBe(2)
    expect(message.stderr).toMatch(/glosa\.config\.json:\d+:\d+: chave desconhecida 'severity'/)
  })

  it('refuses a pattern that matches nothing', () => {
    const folder = site({...config, pairs: [{source: 'docs/fr/**/*.md', target: 'docs/pt/**/*.md'}]})
    const result = spawnSync(process.execPath, [bin, 'check'], {cwd: folder, encoding: 'utf8'})
    expect(result.status).toBe(2)
    expect(result.stderr.startsWith(`glosa: ${join(folder, 'glosa.config.json')}:`)).toBe(true)
    expect(result.stderr).toMatch(
      /glosa\.config\.json:\d+:\d+: the pattern 'docs\/fr\/\*\*\/\*\.md' matches no file\n$/
    )
    expect(existsSync(join(folder, 'glosa.config.json'))).toBe(true)
  })
})
