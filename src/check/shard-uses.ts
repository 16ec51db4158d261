import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {lineText} from '../util/position.js'
import type {Locale} from '../i18n/index.js'
import {Consistency, type ConsistencyUse} from './consistency.js'
import {addMessage, FindingSink, type CheckMessage} from './findings.js'
import {severityOf} from './rules.js'
import type {CheckRun} from './run.js'
import type {Conditional} from './suppress.js'
import {plainMessage, restoreMessage, type PlainMessage} from './unit.js'
import type {RuleSettings, Severity} from './types.js'

/**
 * `inconsistent-translation` compares the renderings of a concept across the
 * pages of a run, so a shard, which sees some pages only, cannot judge it. A
 * shard hands `glosa report merge` its uses of approved terms instead, in its
 * report; the merge weighs the uses of every shard together and adds the
 * findings the plain run would have made, where it would have put them.
 *
 * Each use is judged by the shard as far as it can be alone: the severity a
 * finding on it would have, and whether a suppression comment or ignore item
 * leaves it out, so that the merge needs neither the files nor the settings.
 * A comment that would be reported unused unless a finding on one of the
 * uses it covers is made (`--report-unused-disables`) is handed over too.
 */
export interface ShardUse extends ConsistencyUse {
  /** The unit (pair or single file) it was found in, by its place among the whole run's units. */
  unit: number
  /** Its place among the shard's uses: a unit's uses in the order they were made. */
  order: number
  /** A finding on it would be left out by a suppression comment or an ignore item. */
  suppressed?: true
}

/** A report of an unused suppression comment that holds unless a finding is made on one of `uses` (by `order`). */
export interface PendingWarning {
  path: string
  message: PlainMessage
  /** The text of the line it starts on, which its SARIF fingerprint is made of. */
  line: string
  uses: number[]
}

/** What a shard's report carries for `glosa report merge`: the locale of its messages, its uses, its pending warnings. */
export interface ShardConsistency {
  locale: Locale
  uses: ShardUse[]
  pending?: PendingWarning[]
}

const rule = 'inconsistent-translation'

/** Probes put in a shard's files, each with the use it stands for and the severity a finding there would have. */
export type Probes = Map<CheckMessage, {index: number; severity: Severity}>

/**
 * Put a probe (a message of the rule, with no reason) at every use of an
 * approved term in `run` whose finding would not be off, so that suppression
 * comments and ignore items can be applied to them as to findings.
 */
export function probeUses(run: CheckRun, settings: RuleSettings): Probes {
  const probes: Probes = new Map()
  run.consistency.uses.forEach((use, index) => {
    const own = use.entrySeverity === undefined ? undefined : {severities: {[rule]: use.entrySeverity}}
    const severity = severityOf(rule, settings, own)
    if (severity === 'off') return
    const probe = addMessage({file: run.file(use.path)}, '', use.place, rule, severity, {entry: {id: use.entry}})
    probes.set(probe, {index, severity})
  })
  return probes
}

/**
 * Take the probes, and the reports of unused comments that depend on them
 * (`conditional`, from applySuppressions), out of `files`, and give the uses
 * of `run` as a shard hands them over: each with the severity its finding
 * would have (`off`: none), suppressed or not. `units`: the unit of each use.
 */
export function settleProbes(
  run: CheckRun,
  files: readonly VFile[],
  probes: Probes,
  conditional: Conditional,
  units: readonly number[]
): ShardConsistency {
  const kept = new Set<number>()
  const pending: PendingWarning[] = []
  for (const file of files) {
    const others = file.messages.filter((message) => {
      const probe = probes.get(message as CheckMessage)
      if (probe) kept.add(probe.index)
      const depends = conditional.get(message as CheckMessage)
      if (depends) {
        const uses = depends.map((probe) => probes.get(probe)!.index)
        const place = message.place
        const line = lineText(file, (place && 'start' in place ? place.start : place)?.line ?? 0)
        pending.push({path: file.path, message: plainMessage(message as CheckMessage), line, uses})
      }
      return !probe && !depends
    })
    file.messages.splice(0, file.messages.length, ...others)
  }
  const probed = new Map([...probes.values()].map((probe) => [probe.index, probe]))
  const uses = run.consistency.uses.map((use, index): ShardUse => {
    const probe = probed.get(index)
    return {
      ...use,
      entrySeverity: probe?.severity ?? 'off',
      unit: units[index]!,
      order: index,
      ...(probe && !kept.has(index) ? {suppressed: true} : {})
    }
  })
  return {locale: run.sink.locale, uses, ...(pending.length > 0 ? {pending} : {})}
}

/**
 * The findings of `inconsistent-translation` over the uses of every shard of
 * a run, and the reports of unused comments that still hold, as the plain
 * run makes them: a file per path that has some, its messages in the order
 * made. `shards`: each shard's uses and pending warnings (orders are a shard's own).
 */
export function inconsistencies(shards: readonly ShardConsistency[]): {
  files: Map<string, VFile>
  /** The text of the line each restored warning starts on. */
  lines: Map<VFileMessage, string>
} {
  const consistency = new Consistency()
  const tagged = shards.flatMap((shard, index) => shard.uses.map((use) => ({use, shard: index})))
  tagged.sort((a, b) => a.use.unit - b.use.unit || a.use.order - b.use.order)
  for (const {use} of tagged) consistency.add(use)
  const files = new Map<string, VFile>()
  const fileOf = (path: string) => {
    let file = files.get(path)
    if (!file) {
      file = new VFile({path})
      files.set(path, file)
    }
    return file
  }
  const locale = shards[0]?.locale ?? 'en'
  const sink = new FindingSink(locale, {})
  // Findings a comment left out still count as its use, as in a plain run.
  const found = new Set<ConsistencyUse>()
  for (const {use, finding} of consistency.inconsistent()) {
    if ((use as ShardUse).suppressed) found.add(use)
    // Each use's severity is settled: the entry's own setting wins over the run's (none here).
    else if (sink.addPlaced({file: fileOf(use.path)}, use.place, finding)) found.add(use)
  }
  const lines = new Map<VFileMessage, string>()
  shards.forEach((shard) => {
    const byOrder = new Map(shard.uses.map((use) => [use.order, use]))
    for (const warning of shard.pending ?? []) {
      if (warning.uses.some((order) => found.has(byOrder.get(order)!))) continue
      lines.set(restoreMessage(fileOf(warning.path), warning.message), warning.line)
    }
  })
  return {files, lines}
}
