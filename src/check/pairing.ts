import {isAbsolute, relative, resolve, sep} from 'node:path'
import type {CheckConfig} from './config.js'
import {compileGlob} from './glob.js'

/**
 * What the configuration makes of one file: a side of a pair (with the path
 * its counterpart has, found or not), a file checked on its own, a file left
 * out by an `ignore` pattern, or nothing.
 */
export type FileRole =
  | {as: 'source' | 'target'; pair: number; counterpart: string}
  | {as: 'single'; index: number}
  | {as: 'ignored'; index: number}
  | {as: 'none'}

/** The path a pattern gives with `captures` put in for its wildcards (braces left as they are). */
export function expectedPath(pattern: string, captures: readonly string[]): string {
  let index = 0
  return pattern.replace(/\*\*\/|\*\*|\*|\?/g, (wildcard) => {
    const value = captures[index++] ?? ''
    return wildcard === '**/' ? (value ? value + '/' : '') : value
  })
}

/** `path` (relative to `cwd`, or absolute) as the configuration's patterns see it: relative to its root, `/`-separated. */
function inConfig(config: CheckConfig, path: string, cwd: string): string {
  return relative(config.root, isAbsolute(path) ? path : resolve(cwd, path))
    .split(sep)
    .join('/')
}

/**
 * The role of `path` (relative to `cwd`) in `config`, the first that applies
 * in the order a run applies them: `ignore`, then the pairs in order, then
 * `files`. `extraIgnore`: the `--ignore` patterns, after the configuration's
 * (an `ignored` index past the configuration's is one of them). A counterpart is given relative to `cwd`, as reports name files.
 */
export function roleOf(config: CheckConfig, path: string, cwd: string, extraIgnore: readonly string[] = []): FileRole {
  const own = inConfig(config, path, cwd)
  const back = (inside: string) => relative(cwd, resolve(config.root, inside)) || inside
  const ignored = [...(config.ignore ?? []), ...extraIgnore].findIndex(
    (pattern) => compileGlob(pattern).match(own) !== undefined
  )
  if (ignored !== -1) return {as: 'ignored', index: ignored}
  for (const [index, pair] of (config.pairs ?? []).entries()) {
    const source = compileGlob(pair.source).match(own)
    if (source) return {as: 'source', pair: index, counterpart: back(expectedPath(pair.target, source))}
    const target = compileGlob(pair.target).match(own)
    if (target) return {as: 'target', pair: index, counterpart: back(expectedPath(pair.source, target))}
  }
  const single = (config.files ?? []).findIndex((pattern) => compileGlob(pattern).match(own) !== undefined)
  return single === -1 ? {as: 'none'} : {as: 'single', index: single}
}
