/**
 * The hostile-input suite's runner: every case spawns the real binary
 * (`bin/glosa.js`, built by `tsc`) in a scratch folder holding the case's
 * files, and checks what a careful tool promises whatever it is given: the
 * exit code, a message in the user's language, no stack trace, and no input
 * changed (sha256 of every file in the folder before and after, unless the
 * case says which files it may write).
 *
 * A case is one call of {@link hostile}; add files beside this one
 * (`test/hostile/<topic>.test.ts`).
 */
import {spawnSync, type SpawnSyncOptions} from 'node:child_process'
import {createHash} from 'node:crypto'
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {expect} from 'vitest'

/** The project folder (where `bin/glosa.js` is). */
export const projectRoot = fileURLToPath(new URL('../..', import.meta.url))
const binary = join(projectRoot, 'bin', 'glosa.js')

/** What a spawned run gave back. */
export interface Run {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

/** A file of a case: text or bytes, `{link: target}` for a symbolic link, `{fifo: true}` for a named pipe. */
export type CaseFile = string | Uint8Array | {link: string} | {fifo: true}

/** Make a scratch folder holding `files` (paths relative to it, `/`-separated; folders made as needed). */
export function scratch(files: Record<string, CaseFile> = {}): string {
  const folder = mkdtempSync(join(tmpdir(), 'glosa-hostile-'))
  for (const [path, content] of Object.entries(files)) {
    const full = join(folder, path)
    mkdirSync(dirname(full), {recursive: true})
    if (typeof content === 'object' && 'link' in content) symlinkSync(content.link, full)
    else if (typeof content === 'object' && 'fifo' in content) spawnSync('mkfifo', [full])
    else writeFileSync(full, content)
  }
  return folder
}

/** sha256 of every file below `folder` (links by their target text), by relative path. */
export function hashes(folder: string): Record<string, string> {
  const found: Record<string, string> = {}
  const visit = (relative: string): void => {
    for (const entry of readdirSync(join(folder, relative), {withFileTypes: true})) {
      const path = relative ? `${relative}/${entry.name}` : entry.name
      const full = join(folder, path)
      if (entry.isSymbolicLink()) found[path] = 'link:' + readlinkSync(full)
      else if (entry.isDirectory()) visit(path)
      else if (lstatSync(full).isFile()) found[path] = createHash('sha256').update(readFileSync(full)).digest('hex')
    }
  }
  visit('')
  return found
}

/** Run `glosa args…` in `cwd` with a clean environment (English unless `env` says otherwise). */
export function runGlosa(
  args: readonly string[],
  options: {
    cwd?: string
    env?: Record<string, string>
    input?: string | Uint8Array
    stdio?: SpawnSyncOptions['stdio']
    timeout?: number
  } = {}
): Run {
  const result = spawnSync(process.execPath, [binary, ...args], {
    cwd: options.cwd ?? projectRoot,
    env: {PATH: process.env.PATH ?? '', TMPDIR: process.env.TMPDIR ?? tmpdir(), ...options.env},
    ...(options.input === undefined ? {} : {input: options.input}),
    ...(options.stdio === undefined ? {} : {stdio: options.stdio}),
    // A hang is a failure, not a stuck suite.
    timeout: options.timeout ?? 30_000,
    maxBuffer: 256 * 1024 * 1024,
    encoding: 'utf8'
  })
  return {code: result.status, signal: result.signal, stdout: result.stdout ?? '', stderr: result.stderr ?? ''}
}

/** Stack frames (`    at f (file:1:2)`) or an internal error's banner in `stderr`. */
const stackTrace = /^\s+at .+[:(]|internal error|^\w*Error: |node:internal/m

/** Assert that `stderr` holds no stack trace and no internal-error banner. */
export function expectNoStackTrace(stderr: string): void {
  expect(stderr, 'a stack trace or internal error').not.toMatch(stackTrace)
}

/** One hostile case: what to give glosa and what it must do. */
export interface HostileCase {
  /** Files of the scratch folder the run happens in. */
  files?: Record<string, CaseFile>
  /** Arguments after `glosa`; `{dir}` stands for the scratch folder's path. */
  args: readonly string[]
  /** Standard input. */
  input?: string | Uint8Array
  /** The exit code glosa must give, or the codes it may give. */
  code: number | readonly number[]
  /** What the English message on standard error must match (omit to require an empty stderr; `any` for no check but the stack trace). */
  message?: RegExp | 'any'
  /** Also run with `LC_ALL=pt_PT.UTF-8` and require a translated message matching this. */
  portuguese?: RegExp
  /** Files (relative paths) the run may create or change; every other file must keep its hash. */
  writes?: readonly string[]
  env?: Record<string, string>
  timeout?: number
}

/**
 * Run a hostile case and assert its promises: exit code, message (English and
 * Portuguese), no stack trace, no input changed. Returns the English run and
 * the scratch folder, for checks of its own.
 */
export function hostile(test: HostileCase): Run & {dir: string} {
  const dir = scratch(test.files)
  const args = test.args.map((arg) => arg.replaceAll('{dir}', dir))
  const before = hashes(dir)
  const run = (env: Record<string, string>) =>
    runGlosa(args, {
      cwd: dir,
      env: {...test.env, ...env},
      ...(test.input === undefined ? {} : {input: test.input}),
      ...(test.timeout === undefined ? {} : {timeout: test.timeout})
    })
  const english = run({LC_ALL: 'en_US.UTF-8'})
  expect(english.signal, `killed by ${english.signal} (a hang?)\n${english.stderr}`).toBeNull()
  expectNoStackTrace(english.stderr)
  if (test.message instanceof RegExp) expect(english.stderr).toMatch(test.message)
  else if (test.message === undefined) expect(english.stderr).toBe('')
  const codes: readonly number[] = typeof test.code === 'number' ? [test.code] : test.code
  expect(codes, english.stderr).toContain(english.code)
  const after = hashes(dir)
  const allowed = new Set(test.writes ?? [])
  for (const [path, hash] of Object.entries(before)) {
    if (!allowed.has(path)) expect(after[path], `${path} changed`).toBe(hash)
  }
  for (const path of Object.keys(after)) {
    if (!(path in before) && !allowed.has(path)) expect.fail(`glosa left ${path} behind`)
  }
  if (test.portuguese) {
    const portuguese = run({LC_ALL: 'pt_PT.UTF-8'})
    expectNoStackTrace(portuguese.stderr)
    expect(portuguese.code).toBe(english.code)
    expect(portuguese.stderr).toMatch(test.portuguese)
  }
  return {...english, dir}
}
