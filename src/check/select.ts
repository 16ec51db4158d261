import type {CheckConfig} from './config.js'
import {roleOf} from './pairing.js'
import type {CheckPlan} from './plan.js'

/** Files that changed, relative to the run's folder (as a plan names them). */
export interface Changes {
  /** Every path added, modified, or renamed to (and deleted: a deleted source's translation is then reported). */
  paths: ReadonlySet<string>
  /** New path → old path, for files renamed. */
  renames?: ReadonlyMap<string, string>
}

/** A file paired under its old counterpart's name because one side was renamed. */
export interface RenamedPair {
  source: string
  target: string
  /** The side that was renamed, and its old path. */
  renamed: string
  from: string
  /** The path the other side would have under the configuration's pairing. */
  expected: string
}

/**
 * The part of a full plan that `changes` touch: the pairs where either side
 * changed, the files checked alone that changed, and the files not checked
 * whose own path or whose missing counterpart's path changed (a translation
 * whose source was deleted). A side renamed without its counterpart keeps
 * it: `docs/en/new.md`, renamed from `docs/en/old.md`, is checked with
 * `docs/pt/old.md` (listed in `renamed`, so that the run can say so) instead
 * of being reported as having none.
 */
export function selectChanged(
  plan: CheckPlan,
  config: CheckConfig,
  cwd: string,
  changes: Changes
): CheckPlan & {renamed: RenamedPair[]} {
  const changed = (path: string) => changes.paths.has(path)
  const pairs = plan.pairs.filter((pair) => changed(pair.source) || changed(pair.target))
  const singles = plan.singles.filter(changed)
  const orphans = new Map(plan.unchecked.map((item) => [item.path, item]))
  const renamed: RenamedPair[] = []
  for (const [path, from] of changes.renames ?? []) {
    if (!orphans.has(path)) continue
    const now = roleOf(config, path, cwd)
    const before = roleOf(config, from, cwd)
    if (now.as !== 'source' && now.as !== 'target') continue
    // The counterpart the old name had, still there without its partner.
    if (
      before.as !== now.as ||
      !orphans.has(before.counterpart) ||
      orphans.get(before.counterpart)!.key === orphans.get(path)!.key
    )
      continue
    const other = before.counterpart
    orphans.delete(path)
    orphans.delete(other)
    const pair = now.as === 'source' ? {source: path, target: other} : {source: other, target: path}
    pairs.push(pair)
    renamed.push({...pair, renamed: path, from, expected: now.counterpart})
  }
  const unchecked = [...orphans.values()].filter((item) => {
    if (changed(item.path)) return true
    const role = roleOf(config, item.path, cwd)
    return (role.as === 'source' || role.as === 'target') && changed(role.counterpart)
  })
  return {pairs, singles, unchecked, renamed}
}
