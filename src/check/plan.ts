import {relative, resolve} from 'node:path'
import {GlosaError} from '../util/errors.js'
import type {CheckConfig} from './config.js'
import {compileGlob, expandGlob} from './glob.js'

/** What a run checks: source and translation pairs, and files on their own. */
export interface CheckPlan {
  pairs: Array<{source: string; target: string}>
  singles: string[]
  /** Files that will not be checked, with the i18n key of why. */
  unchecked: Array<{path: string; key: string; values: Record<string, unknown>}>
}

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
  const report = (path: string) => relative(cwd, resolve(config.root, path)) || path
  const expand = (pattern: string, path: string) => {
    const found = expandGlob(pattern, config.root, ignore)
    if (found.length === 0) {
      const place = config.places?.get(path)
      throw new GlosaError('check:error.globNoMatch', {pattern}, config.file ? {file: config.file, ...(place ? {place} : {})} : {})
    }
    return found
  }
  for (const [index, pattern] of (config.pairs ?? []).entries()) {
    const source = compileGlob(pattern.source)
    const target = compileGlob(pattern.target)
    if (source.wildcards.join() !== target.wildcards.join()) {
      const place = config.places?.get(`pairs/${index}/target`)
      throw new GlosaError('check:error.globPair', {source: pattern.source, target: pattern.target}, config.file ? {file: config.file, ...(place ? {place} : {})} : {})
    }
    const targets = new Map(expand(pattern.target, `pairs/${index}/target`).map((item) => [item.captures.join('\u0000'), item.path]))
    const paired = new Set<string>()
    for (const item of expand(pattern.source, `pairs/${index}/source`)) {
      const key = item.captures.join('\u0000')
      const match = targets.get(key)
      if (match === undefined) {
        plan.unchecked.push({path: report(item.path), key: 'check:notChecked.noCounterpart', values: {expected: expectedPath(pattern.target, item.captures)}})
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

/** The path a pattern gives with `captures` put in for its wildcards (braces left as they are). */
function expectedPath(pattern: string, captures: readonly string[]): string {
  let index = 0
  return pattern.replace(/\*\*\/|\*\*|\*|\?/g, (wildcard) => {
    const value = captures[index++] ?? ''
    return wildcard === '**/' ? (value ? value + '/' : '') : value
  })
}
