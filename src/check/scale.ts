import {statSync} from 'node:fs'
import {resolve} from 'node:path'
import {currentMaxSize} from '../util/input.js'
import type {CheckCache} from './cache.js'
import {finishFiles, type CheckOptions, type CheckResult} from './check.js'
import {checkUnitsOnWorkers} from './jobs.js'
import type {CheckPlan} from './plan.js'
import {assignShards, type Shard} from './shard.js'
import type {TermMatcher} from './types.js'
import {absorbUnit, checkUnit, gatheringRun, unitPaths, unitsOf, type CheckUnit, type UnitResult} from './unit.js'

/** How a run is spread: worker processes, a cache, a slice of a CI matrix. */
export interface ScaleOptions {
  /** Worker processes for the units to check (1: none, this thread only). */
  jobs: number
  cache?: CheckCache
  shard?: Shard
  /** The glossary files and CSV columns, which each worker loads and compiles once. */
  glossary: {files: string[]; columns?: Record<string, string>; cache?: string}
  /** Load and compile the glossary in this thread (called only when a unit is checked here; workers say themselves when it cannot be loaded). */
  compile(): TermMatcher
}

/** The bytes a unit reads, for balancing shards (a file that cannot be read counts 0). */
function sizeOf(paths: readonly string[], cwd: string): number {
  let size = 0
  for (const path of paths) {
    try {
      size += statSync(resolve(cwd, path)).size
    } catch {
      // Reported as not checked by the shard that has it.
    }
  }
  return size
}

/** The part of `plan` a shard checks: its units (and the place of each in `units`), and the files known not to be checkable that fall to it. */
export function shardPlan(
  plan: CheckPlan,
  units: readonly CheckUnit[],
  shard: Shard,
  cwd: string
): {plan: CheckPlan; units: CheckUnit[]; places: number[]} {
  const items = [
    ...units.map((unit) => ({paths: unitPaths(unit), size: sizeOf(unitPaths(unit), cwd)})),
    ...plan.unchecked.map((item) => ({paths: [item.path], size: 0}))
  ]
  const shards = assignShards(items, shard.count)
  const mine = (index: number) => shards[index] === shard.index - 1
  return {
    units: units.filter((_, index) => mine(index)),
    places: units.flatMap((_, index) => (mine(index) ? [index] : [])),
    plan: {...plan, unchecked: plan.unchecked.filter((_, index) => mine(units.length + index))}
  }
}

/**
 * Check a plan with `--jobs`, `--cache` and `--shard`: units found in the
 * cache are replayed, the others checked here or on worker processes, and every
 * result gathered in plan order as it becomes the next one, so that the
 * report is the one a plain run makes (see unit.ts).
 */
export async function checkAtScale(
  plan: CheckPlan,
  options: Omit<CheckOptions, 'matcher'>,
  scale: ScaleOptions
): Promise<CheckResult> {
  const cwd = options.cwd ?? process.cwd()
  let units = unitsOf(plan)
  // Each unit's place in the whole run, which orders the uses of terms a shard hands on.
  let places = units.map((_, index) => index)
  if (scale.shard) ({plan, units, places} = shardPlan(plan, units, scale.shard, cwd))
  const {run, notes} = gatheringRun(plan, options)
  // A unit's result once known: checked, or found in the cache (read when its turn comes, see cache.ts).
  const results: Array<UnitResult | (() => UnitResult | undefined) | undefined> = []
  // The glossary is compiled in this thread only for a unit checked here.
  let matcher: TermMatcher | undefined
  const checking = () => ({...options, matcher: (matcher ??= scale.compile())})
  const cache = scale.cache
  const ids = units.map((unit) => cache?.identify(unit, cwd))
  const keep = (index: number, result: UnitResult) => {
    const id = ids[index]
    if (cache && id && !result.crashed) cache.store(id, result)
    return result
  }
  const useUnits: number[] = []
  let gathered = 0
  const gather = () => {
    while (gathered < units.length && results[gathered] !== undefined) {
      const known = results[gathered]!
      // A result the cache finds damaged when it is read is checked here and now.
      const result =
        typeof known === 'function' ? (known() ?? keep(gathered, checkUnit(units[gathered]!, checking()))) : known
      absorbUnit(run, notes, result)
      useUnits.push(...result.uses.map(() => places[gathered]!))
      results[gathered++] = undefined
    }
  }
  const misses: number[] = []
  units.forEach((_, index) => {
    const id = ids[index]
    const replayed = id && cache ? cache.lookup(id) : undefined
    if (replayed) results[index] = replayed
    else misses.push(index)
  })
  gather()
  const done = (index: number, result: UnitResult) => {
    results[index] = keep(index, result)
    gather()
  }
  // Standard input can be read by this thread only.
  const here = scale.jobs <= 1 || misses.length === 1 || misses.some((index) => unitPaths(units[index]!).includes('-'))
  if (misses.length > 0 && here) {
    const withMatcher = checking()
    for (const index of misses) done(index, checkUnit(units[index]!, withMatcher))
  } else if (misses.length > 0) {
    let next = 0
    const spec = {options, glossary: scale.glossary, maxSize: currentMaxSize()}
    await checkUnitsOnWorkers(
      misses.map((index) => units[index]!),
      spec,
      scale.jobs,
      (result) => done(misses[next++]!, result)
    )
  }
  gather()
  cache?.save(cwd)
  return finishFiles(run, options, notes, scale.shard ? {units: useUnits} : undefined)
}
