import {mkdtempSync, readFileSync, renameSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {runCheck} from './helpers.js'
import {git, write} from '../helpers/repository.js'

// `--changed-since <ref>` (pull requests) and `--pairs-of <file>…` (pre-commit,
// lint-staged) on a real git repository whose branch adds, changes, renames and
// deletes pages on either side.

const root = new URL('../../', import.meta.url).pathname
const article = join(root, 'test/fixtures/check/article')
const english = readFileSync(join(article, 'en.md'), 'utf8')
const portuguese = readFileSync(join(article, 'clean.pt-PT.md'), 'utf8')
const mistaken = readFileSync(join(article, 'errors.pt-PT.md'), 'utf8')

const glosa = runCheck

/** The files a JSON report names, with the rule ids of their messages. */
function reported(stdout: string): Record<string, string[]> {
  const files = JSON.parse(stdout) as Array<{path: string; messages: Array<{ruleId: string}>}>
  return Object.fromEntries(files.map((file) => [file.path, file.messages.map((message) => message.ruleId)]))
}

const pages = [
  'added',
  'target-changed',
  'source-changed',
  'source-renamed',
  'source-deleted',
  'both-renamed',
  'both-deleted',
  'target-renamed',
  'untouched'
]

/**
 * A site on `main` with a pair per page, and a branch `work` whose commits
 * (and working tree) change each pair as its name says.
 */
function repository(): string {
  const folder = mkdtempSync(join(tmpdir(), 'glosa-changed-'))
  git(folder, 'init', '-q', '-b', 'main')
  write(
    folder,
    'glosa.config.json',
    JSON.stringify({
      pairs: [{source: 'docs/en/**/*.md', target: 'docs/pt/**/*.md'}],
      languages: {source: 'en', target: 'pt-PT'}
    })
  )
  write(folder, 'README.md', '# A site\n')
  // Each page its own title: git pairs renamed files by their content.
  for (const page of pages.filter((page) => page !== 'added')) {
    write(folder, `docs/en/${page}.md`, `# Page ${page}\n\n${english}`)
    write(folder, `docs/pt/${page}.md`, `# Página ${page}\n\n${portuguese}`)
  }
  git(folder, 'add', '-A')
  git(folder, 'commit', '-q', '-m', 'site')
  git(folder, 'checkout', '-q', '-b', 'work')
  write(folder, 'docs/en/added.md', english)
  write(folder, 'docs/pt/added.md', mistaken)
  git(folder, 'add', '-A')
  git(folder, 'commit', '-q', '-m', 'add a page')
  write(folder, 'docs/pt/target-changed.md', portuguese + '\nMais uma frase.\n')
  write(folder, 'docs/en/source-changed.md', english + '\nOne more sentence.\n')
  git(folder, 'mv', 'docs/en/source-renamed.md', 'docs/en/source-moved.md')
  git(folder, 'mv', 'docs/en/both-renamed.md', 'docs/en/both-moved.md')
  git(folder, 'mv', 'docs/pt/both-renamed.md', 'docs/pt/both-moved.md')
  git(folder, 'mv', 'docs/pt/target-renamed.md', 'docs/pt/target-moved.md')
  git(folder, 'rm', '-q', 'docs/en/source-deleted.md', 'docs/en/both-deleted.md', 'docs/pt/both-deleted.md')
  git(folder, 'commit', '-q', '-a', '-m', 'change, rename and delete pages')
  return folder
}

describe('glosa check --changed-since', {timeout: 60_000}, () => {
  let folder = ''
  beforeAll(() => {
    folder = repository()
  })

  it('checks the pairs where either side changed, a renamed side with its old counterpart, and no other', () => {
    const result = glosa(['--changed-since', 'main', '--report', 'json'], folder)
    expect(reported(result.stdout)).toEqual({
      'docs/en/added.md': [],
      'docs/pt/added.md': ['number-mismatch', 'untranslated', 'locale-variant'],
      'docs/en/both-moved.md': [],
      'docs/pt/both-moved.md': [],
      // A sentence added on one side only.
      'docs/en/source-changed.md': ['unaligned-segment'],
      'docs/pt/source-changed.md': ['unaligned-segment'],
      'docs/en/target-changed.md': ['unaligned-segment'],
      'docs/pt/target-changed.md': ['unaligned-segment'],
      'docs/en/source-moved.md': [],
      'docs/pt/source-renamed.md': [],
      'docs/en/target-renamed.md': [],
      'docs/pt/target-moved.md': [],
      // Its source is gone: the translation is reported, as a full run reports it.
      'docs/pt/source-deleted.md': ['not-checked']
    })
    expect(result.stderr).toContain(
      'glosa: docs/en/source-moved.md was renamed from docs/en/source-renamed.md without its counterpart: checked with docs/pt/source-renamed.md (rename that to docs/pt/source-moved.md)\n'
    )
    expect(result.stderr).toContain(
      'docs/pt/target-moved.md was renamed from docs/pt/target-renamed.md without its counterpart: checked with docs/en/target-renamed.md'
    )
    expect(result.stderr).toContain('glosa: 6 of 7 pairs and files to check (changed since main)\n')
    expect(result.code).toBe(2)
  })

  it('reports a changed pair exactly as a full run does', () => {
    const scoped = reported(glosa(['--changed-since', 'main', '--report', 'json'], folder).stdout)
    const full = reported(glosa(['--report', 'json'], folder).stdout)
    for (const path of ['docs/pt/added.md', 'docs/pt/target-changed.md', 'docs/pt/source-deleted.md'])
      expect(scoped[path]).toEqual(full[path])
    expect(full['docs/pt/untouched.md']).toEqual([])
    expect(scoped['docs/pt/untouched.md']).toBeUndefined()
  })

  it('counts the working tree: uncommitted edits and files not yet tracked', () => {
    const copy = mkdtempSync(join(tmpdir(), 'glosa-changed-'))
    git(copy, 'clone', '-q', folder, '.')
    git(copy, 'checkout', '-q', 'work')
    write(copy, 'docs/pt/untouched.md', portuguese + '\nEditado.\n')
    write(copy, 'docs/en/new.md', english)
    const result = glosa(['--changed-since', 'HEAD', '--report', 'json'], copy)
    expect(Object.keys(reported(result.stdout)).sort()).toEqual([
      'docs/en/new.md',
      'docs/en/untouched.md',
      'docs/pt/untouched.md'
    ])
    // A new source without its translation yet is reported as not checked.
    expect(result.code).toBe(2)
  })

  it('names paths from the folder it runs in, with the configuration found above it', () => {
    const result = glosa(['--changed-since', 'HEAD', '--report', 'json'], join(folder, 'docs/pt'))
    expect(result.code).toBe(0)
    expect(result.stderr).toContain('nothing to check')
    const branch = glosa(['--changed-since', 'main', '--report', 'json'], join(folder, 'docs'))
    expect(Object.keys(reported(branch.stdout))).toContain('pt/target-changed.md')
  })

  it('checks nothing, and passes, when no file of the configuration changed', () => {
    const copy = mkdtempSync(join(tmpdir(), 'glosa-changed-'))
    git(copy, 'clone', '-q', folder, '.')
    git(copy, 'checkout', '-q', 'main')
    write(copy, 'README.md', '# Another title\n')
    const result = glosa(['--changed-since', 'HEAD'], copy)
    expect(result.stderr).toContain('glosa: no file of the configuration changed since HEAD: nothing to check\n')
    expect(result.code).toBe(0)
  })

  it('refuses an unknown ref and a folder outside git, with git’s reason, exit 2', () => {
    const unknown = glosa(['--changed-since', 'no-such-branch'], folder)
    expect(unknown.stderr).toBe(
      "glosa: --changed-since no-such-branch: git cannot compare with 'no-such-branch' (Not a valid object name no-such-branch)\n"
    )
    expect(unknown.code).toBe(2)
    const option = glosa(['--changed-since', '--output=x'], folder)
    expect(option.code).toBe(2)
    const outside = mkdtempSync(join(tmpdir(), 'glosa-nogit-'))
    write(outside, 'glosa.config.json', JSON.stringify({files: ['*.md']}))
    write(outside, 'a.md', portuguese)
    const result = glosa(['--changed-since', 'main'], outside, 'pt_PT.UTF-8')
    expect(result.stderr).toMatch(
      /^glosa: --changed-since main: fora de um repositório git \(not a git repository.*\)\n$/
    )
    expect(result.code).toBe(2)
  })

  it('refuses file names with --changed-since, and a run without a configuration', () => {
    expect(glosa(['--changed-since', 'main', 'docs/en/added.md'], folder).stderr).toContain(
      'give no file names with it'
    )
    const bare = mkdtempSync(join(tmpdir(), 'glosa-changed-'))
    git(bare, 'init', '-q')
    const result = glosa(['--changed-since', 'HEAD'], bare)
    expect(result.stderr).toContain('--changed-since chooses among the files of the configuration')
    expect(result.code).toBe(2)
  })
})

describe('glosa check --pairs-of (pre-commit, lint-staged)', {timeout: 60_000}, () => {
  let folder = ''
  beforeAll(() => {
    folder = repository()
  })

  it('checks each file named with its counterpart, whichever side is named', () => {
    const result = glosa(
      ['--pairs-of', 'docs/pt/added.md', 'docs/en/untouched.md', 'README.md', '--report', 'json'],
      folder
    )
    expect(reported(result.stdout)).toEqual({
      'docs/en/added.md': [],
      'docs/pt/added.md': ['number-mismatch', 'untranslated', 'locale-variant'],
      'docs/en/untouched.md': [],
      'docs/pt/untouched.md': []
    })
    expect(result.stderr).toContain('glosa: 2 of 5 pairs and files to check (the files named and their counterparts)\n')
    expect(result.code).toBe(1)
  })

  it('checks nothing when no file named is in the configuration', () => {
    const result = glosa(['--pairs-of', 'README.md'], folder)
    expect(result.stderr).toContain("none of the files named is in the configuration's pairs or files")
    expect(result.code).toBe(0)
  })

  it('keeps a renamed side with its counterpart only with --changed-since, which knows the rename', () => {
    const result = glosa(['--pairs-of', 'docs/en/source-moved.md', '--report', 'json'], folder)
    expect(reported(result.stdout)).toEqual({'docs/en/source-moved.md': ['not-checked']})
    renameSync(join(folder, 'docs/pt/source-renamed.md'), join(folder, 'docs/pt/source-moved.md'))
    expect(reported(glosa(['--pairs-of', 'docs/en/source-moved.md', '--report', 'json'], folder).stdout)).toEqual({
      'docs/en/source-moved.md': [],
      'docs/pt/source-moved.md': []
    })
    rmSync(join(folder, 'docs/pt/source-moved.md'))
  })
})
