import {JsonStream, jsonChunks} from '../util/chunks.js'
import type {Severity} from '../util/messages.js'
import {notCheckedId} from '../util/rules.js'

/** The reports `glosa report merge` combines: glosa's JSON report and SARIF 2.1.0 logs of one run. */
export type MergeFormat = 'json' | 'sarif'

/** A file of glosa's JSON report, as read back. */
interface JsonFile {
  path: string
  format: string | null
  messages: Array<{ruleId: string | null; severity: Severity}>
}

interface SarifRun {
  tool: {driver: {rules?: Array<{id: string}>}}
  invocations?: Array<{executionSuccessful?: boolean; toolExecutionNotifications?: SarifLocated[]}>
  results?: Array<SarifLocated & {ruleId?: string; ruleIndex?: number; level?: string}>
}

interface SarifLocated {
  locations?: Array<{physicalLocation?: {artifactLocation?: {uri?: string}}}>
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
 * Merge JSON reports of the shards of one run: every file once (a file in
 * two reports has the messages of both), in `order` (the paths as the plan
 * lists them; others after, in the order met), written as `glosa check
 * --report json` writes: the report of the whole run.
 */
export function mergeJsonReports(
  reports: readonly unknown[][],
  order: readonly string[]
): {files: JsonFile[]; chunks: Iterable<string>} {
  const byPath = new Map<string, JsonFile>()
  for (const report of reports) {
    for (const file of report as JsonFile[]) {
      const known = byPath.get(file.path)
      if (known) known.messages.push(...file.messages)
      else byPath.set(file.path, {...file, messages: [...file.messages]})
    }
  }
  const rank = ranker(order)
  const files = byRank([...byPath.values()], (file) => rank(file.path))
  return {files, chunks: jsonChunks(new JsonStream(() => files))}
}

function uriOf(item: SarifLocated): string | undefined {
  return item.locations?.[0]?.physicalLocation?.artifactLocation?.uri
}

/**
 * Merge SARIF logs of the shards of one run into one run: the rules of all
 * (first seen first, each result's `ruleIndex` pointing into them), results
 * and not-checked notifications in `order` (URIs as the plan lists the
 * files), the invocation successful only when every shard's was; the rest
 * (tool, base URIs, column kind) from the first log.
 */
export function mergeSarifLogs(
  logs: readonly SarifLog[],
  order: readonly string[]
): {log: SarifLog; chunks: Iterable<string>} {
  const first = logs[0]!
  const base = first.runs[0]!
  const rules: Array<{id: string}> = []
  const ruleIds: string[] = []
  const results: NonNullable<SarifRun['results']> = []
  const notifications: SarifLocated[] = []
  let successful = true
  for (const log of logs) {
    const run = log.runs[0]!
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
  const rank = ranker(order)
  const ordered = byRank(results, (result) => rank(uriOf(result))).map((result) =>
    result.ruleId !== undefined && result.ruleIndex !== undefined
      ? {...result, ruleIndex: ruleIds.indexOf(result.ruleId)}
      : result
  )
  const run: SarifRun = {
    ...base,
    tool: {...base.tool, driver: {...base.tool.driver, rules}},
    invocations: [
      {
        ...base.invocations?.[0],
        executionSuccessful: successful,
        toolExecutionNotifications: byRank(notifications, (item) => rank(uriOf(item)))
      }
    ],
    results: ordered
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
