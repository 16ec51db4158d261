import {spawnSync} from 'node:child_process'
import {chmodSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {examplesOf, showsOutput, whyNotRunnable, type Example} from './examples.js'

const root = fileURLToPath(new URL('../..', import.meta.url))

function markdownFiles(folder: string): string[] {
  return readdirSync(folder, {withFileTypes: true}).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return entry.name === 'examples' ? [] : markdownFiles(path)
    return entry.name.endsWith('.md') ? [path] : []
  })
}

const documents = [join(root, 'README.md'), ...markdownFiles(join(root, 'docs'))]
const examples = documents.flatMap((file) => examplesOf(readFileSync(file, 'utf8'), relative(root, file)))
const runnable = examples.filter((example) => whyNotRunnable(example, root) === undefined)

/** A folder whose `glosa` runs this repository's binary. */
function shimFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'glosa-docs-'))
  const shim = join(folder, 'glosa')
  writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${join(root, 'bin/glosa.js')}" "$@"\n`)
  chmodSync(shim, 0o755)
  return folder
}

const marker = '\u0001glosa-docs-command\u0001'

/** Run an example's commands in one shell (so `echo $?` sees the last one), each one's output apart. */
function run(example: Example, bin: string): string[][] {
  // The marker follows each command's output; the command's status is put back for an `echo $?` after it.
  const script = example.commands
    .map(({command}) => `{ ${command}\n} 2>&1; status=$?; printf '%s\\n' '${marker}'; (exit $status)`)
    .join('\n')
  const result = spawnSync('sh', ['-c', script], {
    cwd: root,
    encoding: 'utf8',
    env: {PATH: `${bin}:${process.env.PATH ?? ''}`, NO_COLOR: '1', TMPDIR: process.env.TMPDIR ?? tmpdir()}
  })
  return result.stdout
    .split(marker + '\n')
    .slice(0, -1)
    .map((output) => output.split('\n'))
}

describe('the documentation’s command-line examples', () => {
  it('are found, and most of them run on the repository’s own files', () => {
    expect(examples.length).toBeGreaterThan(30)
    expect(runnable.length).toBeGreaterThan(20)
  })

  const bin = shimFolder()
  for (const example of runnable) {
    it(`${example.file}:${example.line} shows what glosa prints`, () => {
      const outputs = run(example, bin)
      example.commands.forEach(({command, output}, index) => {
        const actual = outputs[index] ?? []
        expect(
          showsOutput(output, actual),
          `$ ${command}\n--- shown\n${output.join('\n')}\n--- printed\n${actual.join('\n')}`
        ).toBe(true)
      })
    })
  }
})
