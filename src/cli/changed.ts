// `glosa check --changed-since <ref>`: which files changed, asked of git
// itself (no git library: the user's git, with its configuration, is the one
// that knows the repository).
import {execFile} from 'node:child_process'
import {relative, resolve} from 'node:path'
import type {Changes} from '../check/select.js'
import {GlosaError} from '../util/errors.js'

/** Run git in `cwd`; resolve to its standard output, or reject with git's own reason. */
function git(args: string[], cwd: string): Promise<string> {
  return new Promise((done, fail) => {
    execFile('git', args, {cwd, encoding: 'utf8', maxBuffer: 1 << 30}, (error, stdout, stderr) => {
      if (!error) {
        done(stdout)
        return
      }
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') fail(new GitFailure('', true))
      // git says why on standard error, `fatal: ` first; its first line is the reason.
      else
        fail(
          new GitFailure(
            String(stderr)
              .split('\n')
              .find((line) => line.trim() !== '')
              ?.replace(/^(fatal|error): /, '') ?? ''
          )
        )
    })
  })
}

class GitFailure extends Error {
  constructor(
    readonly reason: string,
    readonly missing = false
  ) {
    super(reason)
  }
}

/**
 * Ask git, then turn its failure into a usage error (exit 2) that says what
 * glosa was doing and git's reason.
 */
async function ask(args: string[], cwd: string, key: string, values: Record<string, unknown>): Promise<string> {
  try {
    return await git(args, cwd)
  } catch (error) {
    if (!(error instanceof GitFailure)) throw error
    if (error.missing) throw new GlosaError('changes:error.noGit', {option: '--changed-since'})
    throw new GlosaError(key, {...values, reason: error.reason || '?'})
  }
}

/**
 * What changed between `ref` and the working tree of the repository `cwd` is
 * in, since the two histories parted (`git merge-base ref HEAD`, as in `git
 * diff ref...`): files added, modified, renamed (`-M`) and deleted, and files
 * not yet tracked. Paths relative to `cwd`.
 */
export async function changedSince(ref: string, cwd: string): Promise<Changes> {
  const top = (await ask(['rev-parse', '--show-toplevel'], cwd, 'changes:error.notRepository', {ref})).trim()
  // `--end-of-options`: a ref that starts with `-` is a ref, never an option.
  const base = (
    await ask(['merge-base', '--end-of-options', ref, 'HEAD'], cwd, 'changes:error.unknownRef', {ref})
  ).trim()
  const diff = await ask(
    ['diff', '--name-status', '-M', '-z', '--no-ext-diff', base, '--'],
    top,
    'changes:error.unknownRef',
    {ref}
  )
  const untracked = await ask(['ls-files', '--others', '--exclude-standard', '-z'], top, 'changes:error.unknownRef', {
    ref
  })
  const local = (path: string) => relative(cwd, resolve(top, path))
  const paths = new Set<string>()
  const renames = new Map<string, string>()
  const fields = diff.split('\0')
  for (let index = 0; index < fields.length - 1;) {
    const status = fields[index++]!
    if (status.startsWith('R') || status.startsWith('C')) {
      const from = local(fields[index++]!)
      const to = local(fields[index++]!)
      paths.add(to)
      if (status.startsWith('R')) {
        paths.add(from)
        renames.set(to, from)
      }
      continue
    }
    paths.add(local(fields[index++]!))
  }
  for (const path of untracked.split('\0')) if (path !== '') paths.add(local(path))
  return {paths, renames}
}
