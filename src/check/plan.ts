import {relative, resolve} from 'node:path'
import {GlosaError} from '../util/errors.js'
import type {CheckConfig} from './config.js'
import {compileGlob, expandGlob, staysInside} from './glob.js'
import {expectedPath} from './pairing.js'

/** What a run checks: source and translation pairs, and files on their own. */
export interface CheckPlan {
  pairs: Array<{source: string; target: string}>
  singles: string[]
  /** Files that will not be checked, with the i18n key of why. */
  unchecked: Array<{path: string; key: string; values: Record<string, unknown>}>
}

/** A path with a name that `relative` would change: empty, `.` or `..`, or a separator of Windows. */
const unusualName = /(?:^|\/)\.{0,2}(?:\/|$)|\\/

/**
 * Expand the configuration's patterns into files, relative to `cwd` for
 * reports. A translation pairs with the source whose wildcards matched the
 * same text (`docs/en/guide/a.md` ↔ `docs/pt/guide/a.md` for
 * `docs/en/**\/*.md` ↔ `docs/pt/**\/*.md`); a file on either side without
 * its counterpart is listed as not checked. A pattern that matches nothing is
 * an error.
 */
export function planChecks(config: CheckConfig, cwd: string, extraIgnore: readonly string[] = []): CheckPlan {
  const plan: CheckPlan = {pairs: [], singles: [], unchecked: []}
  const ignore = [...(config.ignore ?? []), ...extraIgnore]
  // The path as found when it reads the same from `cwd` (the usual case): `relative` would give a slice of
  // the absolute path, which keeps that longer string alive for the whole run (20,000 of them on a large site).
  const report = (path: string) => {
    // Found from `cwd` itself, with no `.`, `..` or empty name: already as `relative` would give it.
    if (config.root === cwd && !unusualName.test(path)) return path
    const shown = relative(cwd, resolve(config.root, path)) || path
    return shown === path ? path : shown
  }
  const at = (path: string) => {
    const place = config.places?.get(path)
    return config.file ? {file: config.file, ...(place ? {place} : {})} : {}
  }
  // A pattern's own errors (too long, too deeply nested, reaching outside) said at its place in the configuration.
  const located = <T>(path: string, pattern: string, run: () => T): T => {
    if (!staysInside(pattern))
      throw new GlosaError(
        'io:glob.outside',
        {pattern: pattern.length > 60 ? pattern.slice(0, 60) + '…' : pattern},
        at(path)
      )
    try {
      return run()
    } catch (error) {
      if (error instanceof GlosaError && error.file === undefined)
        throw new GlosaError(error.key, error.values, {...at(path), cause: error})
      throw error
    }
  }
  // Every pattern checked before any folder is walked.
  const patterns: Array<[string, string]> = [
    ...(config.pairs ?? []).flatMap((pair, index): Array<[string, string]> => [
      [`pairs/${index}/source`, pair.source],
      [`pairs/${index}/target`, pair.target]
    ]),
    ...(config.files ?? []).map((pattern, index): [string, string] => [`files/${index}`, pattern]),
    ...(config.ignore ?? []).map((pattern, index): [string, string] => [`ignore/${index}`, pattern])
  ]
  for (const [path, pattern] of patterns) located(path, pattern, () => compileGlob(pattern))
  const expand = (pattern: string, path: string) => {
    const found = located(path, pattern, () => expandGlob(pattern, config.root, ignore))
    if (found.length === 0) throw new GlosaError('check:error.globNoMatch', {pattern}, at(path))
    return found
  }
  for (const [index, pattern] of (config.pairs ?? []).entries()) {
    const source = located(`pairs/${index}/source`, pattern.source, () => compileGlob(pattern.source))
    const target = located(`pairs/${index}/target`, pattern.target, () => compileGlob(pattern.target))
    if (source.wildcards.join() !== target.wildcards.join()) {
      throw new GlosaError(
        'check:error.globPair',
        {source: pattern.source, target: pattern.target},
        at(`pairs/${index}/target`)
      )
    }
    const targets = new Map(
      expand(pattern.target, `pairs/${index}/target`).map((item) => [item.captures.join('\u0000'), item.path])
    )
    const paired = new Set<string>()
    for (const item of expand(pattern.source, `pairs/${index}/source`)) {
      const key = item.captures.join('\u0000')
      const match = targets.get(key)
      if (match === undefined) {
        plan.unchecked.push({
          path: report(item.path),
          key: 'check:notChecked.noCounterpart',
          values: {expected: expectedPath(pattern.target, item.captures)}
        })
        continue
      }
      paired.add(key)
      plan.pairs.push({source: report(item.path), target: report(match)})
    }
    for (const [key, path] of targets) {
      if (!paired.has(key)) plan.unchecked.push({path: report(path), key: 'check:notChecked.noSource', values: {}})
    }
  }
  for (const [index, pattern] of (config.files ?? []).entries()) {
    for (const item of expand(pattern, `files/${index}`)) plan.singles.push(report(item.path))
  }
  return plan
}
