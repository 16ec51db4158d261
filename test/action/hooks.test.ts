import {spawnSync} from 'node:child_process'
import {copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {delimiter, dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parse} from 'yaml'
import {describe, expect, it} from 'vitest'
import {git} from '../helpers/repository.js'

// The commit-time checks of docs/ci.md: the pre-commit hooks of
// .pre-commit-hooks.yaml and the lint-staged task the page shows, each run on
// a repository with a staged page, so that only the staged pages and their
// counterparts are checked.

const root = fileURLToPath(new URL('../../', import.meta.url))
const article = join(root, 'test/fixtures/check/article')

/** A site of three pairs, committed, glosa installed as a devDependency, and a translation with mistakes staged. */
function repository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'glosa-hooks-'))
  git(dir, 'init', '-q', '-b', 'main')
  writeFileSync(
    join(dir, 'glosa.config.json'),
    JSON.stringify({
      pairs: [{source: 'docs/en/*.md', target: 'docs/pt/*.md'}],
      glossaries: ['terms.yaml'],
      languages: {source: 'en', target: 'pt-PT'}
    })
  )
  writeFileSync(join(dir, '.gitignore'), 'node_modules\n')
  copyFileSync(join(root, 'test/fixtures/check/glossary.yaml'), join(dir, 'terms.yaml'))
  for (const page of ['a', 'b', 'c']) {
    mkdirSync(join(dir, 'docs/en'), {recursive: true})
    mkdirSync(join(dir, 'docs/pt'), {recursive: true})
    copyFileSync(join(article, 'en.md'), join(dir, `docs/en/${page}.md`))
    // Page c is wrong already: a run of every page would report it.
    copyFileSync(join(article, page === 'c' ? 'errors.pt-PT.md' : 'clean.pt-PT.md'), join(dir, `docs/pt/${page}.md`))
  }
  mkdirSync(join(dir, 'node_modules/.bin'), {recursive: true})
  symlinkSync(join(root, 'bin/glosa.js'), join(dir, 'node_modules/.bin/glosa'))
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '-m', 'site')
  copyFileSync(join(article, 'errors.pt-PT.md'), join(dir, 'docs/pt/b.md'))
  writeFileSync(join(dir, 'README.md'), '# The site\n')
  git(dir, 'add', 'docs/pt/b.md', 'README.md')
  return dir
}

/** PATH as npm scripts and npx give it: the repository's node_modules/.bin first. */
const pathIn = (dir: string) => [join(dir, 'node_modules/.bin'), process.env.PATH ?? ''].join(delimiter)

describe('.pre-commit-hooks.yaml', {timeout: 60_000}, () => {
  const hooks = parse(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Array<Record<string, unknown>>

  it('declares the two hooks with what pre-commit requires of a manifest', () => {
    expect(hooks.map((hook) => [hook.id, hook.language])).toEqual([
      ['glosa', 'node'],
      ['glosa-npx', 'system']
    ])
    for (const hook of hooks) {
      for (const key of ['id', 'name', 'entry', 'language'])
        expect(typeof hook[key], `${String(hook.id)}.${key}`).toBe('string')
      expect(hook.entry).toMatch(/glosa check --pairs-of$/)
      expect(hook.require_serial).toBe(true)
    }
  })

  it('checks the staged pages with their counterparts, as pre-commit runs the hook (entry, then the staged files it matches)', () => {
    const dir = repository()
    const hook = hooks.find((each) => each.id === 'glosa-npx')!
    const staged = git(dir, 'diff', '--cached', '--name-only').trim().split('\n')
    const files = staged.filter((file) => new RegExp(String(hook.files)).test(file))
    expect(files).toEqual(['README.md', 'docs/pt/b.md'])
    // pre-commit splits the entry as a shell would and appends the file names.
    const [command, ...args] = String(hook.entry).split(' ')
    const result = spawnSync(command!, [...args, ...files], {
      cwd: dir,
      encoding: 'utf8',
      env: {...process.env, PATH: pathIn(dir), NO_COLOR: '1', LANG: 'C', LC_ALL: '', GLOSA_LOCALE: ''}
    })
    expect(result.stderr).toContain('glosa: 1 of 3 pairs and files to check (the files named and their counterparts)')
    expect(result.stdout).toContain('docs/pt/b.md\n')
    expect(result.stdout).not.toContain('docs/pt/c.md')
    expect(result.stdout).toContain('✖ 5 errors, 2 warnings (2 files checked)')
    expect(result.status).toBe(1)
  })
})

describe('the lint-staged task of docs/ci.md', {timeout: 60_000}, () => {
  /** The lint-staged configuration the page shows. */
  function documented(): Record<string, string> {
    const page = readFileSync(join(root, 'docs/ci.md'), 'utf8')
    const block = /## lint-staged[\s\S]*?```json\n([\s\S]*?)```/.exec(page)
    expect(block, 'docs/ci.md shows a lint-staged configuration').not.toBeNull()
    return (JSON.parse(block![1]!) as {'lint-staged': Record<string, string>})['lint-staged']
  }

  function lintStaged(dir: string) {
    const bin = join(dirname(fileURLToPath(import.meta.resolve('lint-staged/package.json'))), 'bin/lint-staged.js')
    return spawnSync(process.execPath, [bin], {
      cwd: dir,
      encoding: 'utf8',
      env: {...process.env, PATH: pathIn(dir), NO_COLOR: '1', FORCE_COLOR: '0', LANG: 'C', LC_ALL: '', GLOSA_LOCALE: ''}
    })
  }

  it('fails the commit on the staged translation, checked with its source, and on nothing else', () => {
    const dir = repository()
    const pkg = {name: 'site', private: true, 'lint-staged': documented()}
    writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg, null, 2))
    const result = lintStaged(dir)
    const output = result.stdout + result.stderr
    expect(output).toContain('glosa check --pairs-of')
    expect(output).toContain('1 of 3 pairs and files to check')
    expect(output).toContain('Unexpected `H2O`, expected `H20`')
    expect(output).not.toContain('docs/pt/c.md')
    expect(result.status).toBe(1)
  })

  it('passes when the staged page is right', () => {
    const dir = repository()
    // The page as committed, with one more blank line: staged, and right.
    writeFileSync(join(dir, 'docs/pt/b.md'), readFileSync(join(article, 'clean.pt-PT.md'), 'utf8') + '\n')
    git(dir, 'add', 'docs/pt/b.md')
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({name: 'site', private: true, 'lint-staged': documented()}, null, 2)
    )
    const result = lintStaged(dir)
    // lint-staged ran the task on the page, and it passed.
    expect(result.stdout + result.stderr).toMatch(/"data":"COMPLETED"[^\n]*"title":"glosa check --pairs-of"/)
    expect(result.status).toBe(0)
  })
})
