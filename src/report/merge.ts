import {JsonStream, jsonChunks} from '../util/chunks.js'
import {notCheckedId} from '../util/rules.js'
import type {GlosaMessage, Severity} from '../util/messages.js'
import type {ShardData, ShardJudge} from './shard.js'
import {jsonMessage} from './json.js'
import {consistencyProperty, fingerprint, fingerprintKey, sarifResult} from './sarif.js'

/** The reports `glosa report merge` combines: glosa's JSON report and SARIF 2.1.0 logs of one run. */
export type MergeFormat = 'json' | 'sarif'

/** A file of glosa's JSON report, as read back (a shard's with its uses of terms). */
interface JsonFile {
  path: string
  format: string | null
  messages: Array<{ruleId: string | null; severity: Severity; line: number | null; column: number | null}>
  consistency?: ShardData
}

interface SarifRun {
  tool: {driver: {rules?: Array<{id: string}>}}
  invocations?: Array<{executionSuccessful?: boolean; toolExecutionNotifications?: SarifLocated[]}>
  results?: SarifResult[]
  properties?: Record<string, unknown>
}

type SarifResult = SarifLocated & {
  ruleId?: string
  ruleIndex?: number
  level?: string
  partialFingerprints?: Record<string, string>
}

interface SarifLocated {
  locations?: Array<{
    physicalLocation?: {artifactLocation?: {uri?: string}; region?: {startLine?: number; startColumn?: number}}
  }>
}

interface SarifLog {
  version: string
  runs: SarifRun[]
}

/** Which report `value` (parsed JSON) is, if it is one `report merge` reads. */
export function mergeFormatOf(value: unknown): MergeFormat | undefined {
  if (Array.isArray(value)) {
    const files = value.every(
      (file) =>
        typeof file === 'object' && file !== null && typeof file.path === 'string' && Array.isArray(file.messages)
    )
    return files ? 'json' : undefined
  }
  if (typeof value !== 'object' || value === null) return undefined
  const log = value as Partial<SarifLog>
  return log.version === '2.1.0' && Array.isArray(log.runs) ? 'sarif' : undefined
}

/** Where a path or URI stands in the run's order; those it does not know go last, in the order met. */
function ranker(order: readonly string[]): (key: string | undefined) => number {
  const ranks = new Map<string, number>()
  order.forEach((key, index) => {
    if (!ranks.has(key)) ranks.set(key, index)
  })
  return (key) => (key === undefined ? Infinity : (ranks.get(key) ?? Infinity))
}

/** `items` sorted by rank, stable. */
function byRank<T>(items: readonly T[], rank: (item: T) => number): T[] {
  return items
    .map((item, index) => ({item, index, rank: rank(item)}))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({item}) => item)
}

/**
 * The uses of approved terms the shards of a run hand over (see
 * check/shard-uses.ts), gathered from their reports, and the findings of
 * `inconsistent-translation` they make together.
 */
class ShardUses {
  /** Each shard's, by report: a JSON report holds them file by file. */
  readonly #shards = new Map<unknown, {locale: ShardData['locale']; uses: unknown[]; pending: unknown[]}>()

  constructor(readonly judge: ShardJudge) {}

  add(report: unknown, consistency: ShardData | undefined): void {
    if (!consistency) return
    const known = this.#shards.get(report)
    if (!known)
      this.#shards.set(report, {...consistency, uses: [...consistency.uses], pending: [...(consistency.pending ?? [])]})
    else {
      known.uses.push(...consistency.uses)
      known.pending!.push(...(consistency.pending ?? []))
    }
  }

  findings(): ReturnType<ShardJudge> {
    return this.judge([...this.#shards.values()] as ShardData[])
  }
}

/**
 * `messages` (a file's, sorted by place, then the new ones) in the order a
 * plain run sorts a file's messages: by where they start (`key`), those of
 * one place in the order given. The findings across files are made after the
 * others, so they come after the others at their place.
 */
function inPlace<T>(messages: readonly T[], key: (message: T) => number): T[] {
  return messages
    .map((message, index) => ({message, index, key: key(message)}))
    .sort((a, b) => a.key - b.key || a.index - b.index)
    .map(({message}) => message)
}

/**
 * Merge JSON reports of the shards of one run: every file once (a file in
 * two reports has the messages of both), in `order` (the paths as the plan
 * lists them; others after, in the order met), with the findings of
 * `inconsistent-translation` across shards, written as `glosa check
 * --report json` writes: the report of the whole run. `judge` makes the
 * findings of the rules that span shards (the CLI gives check's).
 */
export function mergeJsonReports(
  reports: readonly unknown[][],
  order: readonly string[],
  judge: ShardJudge
): {files: JsonFile[]; chunks: Iterable<string>} {
  const byPath = new Map<string, JsonFile>()
  const shards = new ShardUses(judge)
  for (const report of reports) {
    for (const {consistency, ...file} of report as JsonFile[]) {
      shards.add(report, consistency)
      const known = byPath.get(file.path)
      if (known) known.messages.push(...file.messages)
      else byPath.set(file.path, {...file, messages: [...file.messages]})
    }
  }
  for (const [path, found] of shards.findings().files) {
    let file = byPath.get(path)
    if (!file) byPath.set(path, (file = {path, format: null, messages: []}))
    file.messages = inPlace([...file.messages, ...found.messages.map(jsonMessage)], (message) =>
      message.line === null ? -1 : message.line * 1e6 + (message.column ?? 0)
    )
  }
  const rank = ranker(order)
  const files = byRank([...byPath.values()], (file) => rank(file.path))
  return {files, chunks: jsonChunks(new JsonStream(() => files))}
}

function resultUri(item: SarifLocated): string | undefined {
  return item.locations?.[0]?.physicalLocation?.artifactLocation?.uri
}

/**
 * Put the results of the file at `uri` in place (see {@link inPlace}) where
 * they stand in `results`, and number again the occurrences of each sentence
 * hash in their partial fingerprints, as `glosa check` numbers them in a file.
 */
function renumber(results: SarifResult[], uri: string): void {
  const at = results.flatMap((result, index) => (resultUri(result) === uri ? [index] : []))
  const sorted = inPlace(
    at.map((index) => results[index]!),
    (result) => {
      const region = result.locations?.[0]?.physicalLocation?.region
      return region?.startLine === undefined ? -1 : region.startLine * 1e6 + (region.startColumn ?? 0)
    }
  )
  const seen = new Map<string, number>()
  sorted.forEach((result, position) => {
    const value = result.partialFingerprints?.[fingerprintKey]
    if (value !== undefined) {
      const hash = value.replace(/:\d+$/, '')
      const occurrence = (seen.get(hash) ?? 0) + 1
      seen.set(hash, occurrence)
      result = {
        ...result,
        partialFingerprints: {...result.partialFingerprints, [fingerprintKey]: `${hash}:${occurrence}`}
      }
    }
    results[at[position]!] = result
  })
}

/**
 * Merge SARIF logs of the shards of one run into one run: the rules of all
 * (first seen first, each result's `ruleIndex` pointing into them), results
 * and not-checked notifications in `order` (URIs as the plan lists the
 * files), the invocation successful only when every shard's was; the rest
 * (tool, base URIs, column kind) from the first log. `judge`: as for
 * {@link mergeJsonReports}.
 */
export function mergeSarifLogs(
  logs: readonly SarifLog[],
  order: readonly string[],
  uriOf: (path: string) => string,
  judge: ShardJudge
): {log: SarifLog; chunks: Iterable<string>} {
  const first = logs[0]!
  const {properties: baseProperties, ...base} = first.runs[0]!
  const rules: Array<{id: string}> = []
  const ruleIds: string[] = []
  const results: NonNullable<SarifRun['results']> = []
  const notifications: SarifLocated[] = []
  const shards = new ShardUses(judge)
  let successful = true
  for (const log of logs) {
    const run = log.runs[0]!
    shards.add(log, run.properties?.[consistencyProperty] as ShardData | undefined)
    for (const rule of run.tool.driver.rules ?? []) {
      if (!ruleIds.includes(rule.id)) {
        ruleIds.push(rule.id)
        rules.push(rule)
      }
    }
    results.push(...(run.results ?? []))
    for (const invocation of run.invocations ?? []) {
      if (invocation.executionSuccessful === false) successful = false
      notifications.push(...(invocation.toolExecutionNotifications ?? []))
    }
  }
  const {files: found, lines} = shards.findings()
  for (const [path, file] of found) {
    const uri = uriOf(path)
    for (const message of file.messages) {
      const id = message.ruleId!
      if (!ruleIds.includes(id)) {
        ruleIds.push(id)
        rules.push({id})
      }
      // As reportSarif makes it: a message of no sentence by the text of its line. Occurrences are counted below.
      const hash = (message as GlosaMessage).fingerprint ?? fingerprint(id, uri, lines.get(message) ?? '')
      results.push(sarifResult(message, uri, ruleIds.indexOf(id), hash))
    }
  }
  const rank = ranker(order)
  const ordered = byRank(results, (result) => rank(resultUri(result))).map((result) =>
    result.ruleId !== undefined && result.ruleIndex !== undefined
      ? {...result, ruleIndex: ruleIds.indexOf(result.ruleId)}
      : result
  )
  for (const path of found.keys()) renumber(ordered, uriOf(path))
  const properties = {...baseProperties}
  delete properties[consistencyProperty]
  const run: SarifRun = {
    ...base,
    tool: {...base.tool, driver: {...base.tool.driver, rules}},
    invocations: [
      {
        ...base.invocations?.[0],
        executionSuccessful: successful,
        toolExecutionNotifications: byRank(notifications, (item) => rank(resultUri(item)))
      }
    ],
    results: ordered,
    ...(Object.keys(properties).length > 0 ? {properties} : {})
  }
  const log = {...first, runs: [run]}
  return {log, chunks: jsonChunks(log)}
}

/** The exit code `glosa check` gives for what a merged report holds: 2 a file not checked, 1 an error (a warning with `frail`), else 0. */
export function mergedExitCode(
  format: MergeFormat,
  merged: {files?: JsonFile[]; log?: SarifLog},
  frail: boolean
): number {
  const levels: string[] = []
  let notChecked = false
  if (format === 'json') {
    for (const file of merged.files ?? []) {
      for (const message of file.messages) {
        if (message.ruleId === notCheckedId) notChecked = true
        else levels.push(message.severity)
      }
    }
  } else {
    const run = merged.log!.runs[0]!
    notChecked = (run.invocations?.[0]?.toolExecutionNotifications?.length ?? 0) > 0
    for (const result of run.results ?? []) levels.push(result.level === 'note' ? 'info' : (result.level ?? 'warning'))
  }
  if (notChecked) return 2
  if (levels.includes('error') || (frail && levels.includes('warning'))) return 1
  return 0
}
