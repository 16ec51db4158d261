import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'

const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string}

/** Run the real binary with a clean locale environment. */
function glosa(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['bin/glosa.js', ...args], {
    cwd: new URL('../..', import.meta.url),
    encoding: 'utf8',
    env: {PATH: process.env.PATH ?? '', ...env}
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

describe('glosa (the command line)', () => {
  it('prints its version', () => {
    expect(glosa(['--version'])).toEqual({code: 0, stdout: manifest.version + '\n', stderr: ''})
  })

  it('lists every command in --help, in English by default', () => {
    const {code, stdout, stderr} = glosa(['--help'])
    expect(code).toBe(0)
    expect(stderr).toBe('')
    for (const command of ['segment', 'tag', 'glossary', 'align', 'annotate', 'strip', 'check']) {
      expect(stdout).toMatch(new RegExp(`^  ${command} +\\S`, 'm'))
    }
    expect(stdout).toContain('Exit codes: 0 success, 1 findings, 2 usage or input error.')
  })

  it('speaks European Portuguese from --locale and Brazilian Portuguese from LANG', () => {
    expect(glosa(['--help', '--locale', 'pt-PT']).stdout).toContain('Utilização: glosa <comando> [opções]')
    expect(glosa(['--help'], {LANG: 'pt_BR.UTF-8'}).stdout).toContain('Uso: glosa <comando> [opções]')
    expect(glosa(['--help'], {LANG: 'pt_BR.UTF-8', GLOSA_LOCALE: 'pt-PT'}).stdout).toContain('Utilização:')
  })

  it('prints each command’s help with its options', () => {
    for (const command of ['segment', 'tag', 'glossary', 'align', 'annotate', 'strip', 'check']) {
      const {code, stdout} = glosa([command, '--help'])
      expect(code, command).toBe(0)
      expect(stdout, command).toMatch(/glosa /)
      expect(stdout, command).toMatch(/--/)
    }
  })

  it('exits 2 with a localised message on an unknown command', () => {
    expect(glosa(['frobnicate'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "glosa: unknown command 'frobnicate' (see glosa --help)\n"
    })
    expect(glosa(['frobnicate'], {LC_ALL: 'pt_PT.UTF-8'}).stderr).toBe(
      "glosa: comando desconhecido 'frobnicate' (ver glosa --help)\n"
    )
  })

  it('exits 2 without a command, after printing the usage', () => {
    const {code, stdout} = glosa([])
    expect(code).toBe(2)
    expect(stdout).toContain('Usage: glosa <command> [options]')
  })

  it('names the option alone when its value is missing, and says when a switch is given a value', () => {
    expect(glosa(['check', '--glossary'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "glosa: option '--glossary' needs a value\n"
    })
    expect(glosa(['segment', '--json=yes', 'corpus/h20-ft/post.txt'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "glosa: option '--json' takes no value\n"
    })
    expect(glosa(['segment', '--json=yes', 'corpus/h20-ft/post.txt', '--locale', 'pt-PT']).stderr).toBe(
      "glosa: a opção '--json' não leva valor\n"
    )
  })

  it('warns about a locale it does not speak and goes on in English', () => {
    const {code, stderr} = glosa(['--version', '--locale', 'fr-FR'])
    expect(code).toBe(0)
    expect(stderr).toContain("unknown locale 'fr-FR'")
  })
})
