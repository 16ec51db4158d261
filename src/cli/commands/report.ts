import {resolve} from 'node:path'
import {loadConfig, planChecks} from '../../check/index.js'
import {inconsistencies, type ShardConsistency} from '../../check/shard-uses.js'
import {readInput} from '../../util/input.js'
import {mergedExitCode, mergeFormatOf, mergeJsonReports, mergeSarifLogs, type MergeFormat} from '../../report/merge.js'
import {relativeUri} from '../../report/sarif.js'
import type {ShardJudge} from '../../report/shard.js'
import {GlosaError} from '../../util/errors.js'
import {emit, parseCommandArgs, type Command} from '../command.js'

const options = {
  output: {type: 'string', short: 'o'},
  config: {type: 'string'},
  frail: {type: 'boolean'}
} as const

/**
 * The order a plain run lists files in: those known not to be checkable,
 * then each pair's source and translation, then the files checked alone, as
 * the configuration's plan has them. None without a configuration.
 */
function planOrder(cwd: string, explicit: string | undefined): string[] {
  const config = loadConfig(cwd, explicit)
  if (!config || !(config.pairs?.length || config.files?.length)) return []
  const plan = planChecks(config, cwd)
  return [
    ...plan.unchecked.map((item) => item.path),
    ...plan.pairs.flatMap((pair) => [pair.source, pair.target]),
    ...plan.singles
  ]
}

/** `glosa report merge <reports...>`: combine the JSON or SARIF reports of the shards of a run into the report of the whole run. */
export const command: Command = {
  run(context) {
    const {values, positionals} = parseCommandArgs(context.argv, options)
    const [action, ...files] = positionals
    if (action !== 'merge') throw new GlosaError('scale:merge.command', {command: action ?? ''})
    if (files.length === 0) throw new GlosaError('scale:merge.noReports')
    const reports: unknown[] = []
    let format: MergeFormat | undefined
    for (const file of files) {
      const text = readInput(file === '-' ? file : resolve(context.cwd, file)).text
      let value: unknown
      try {
        value = JSON.parse(text)
      } catch (error) {
        throw new GlosaError('scale:merge.notJson', {reason: (error as Error).message}, {file})
      }
      const kind = mergeFormatOf(value)
      if (kind === undefined) throw new GlosaError('scale:merge.unknown', {}, {file})
      if (format !== undefined && kind !== format)
        throw new GlosaError('scale:merge.mixed', {format: kind, first: files[0], other: format}, {file})
      if (kind === 'sarif') {
        const runs = (value as {runs: unknown[]}).runs.length
        if (runs !== 1) throw new GlosaError('scale:merge.sarifRuns', {count: runs}, {file})
      }
      format = kind
      reports.push(value)
    }
    const order = planOrder(context.cwd, values.config)
    const frail = values.frail ?? false
    if (format === 'json') {
      const merged = mergeJsonReports(reports as unknown[][], order, judge)
      emit(context, merged.chunks, values.output, files)
      return mergedExitCode('json', merged, frail)
    }
    const uriOf = (path: string) => relativeUri(path, context.cwd)
    const merged = mergeSarifLogs(reports as Parameters<typeof mergeSarifLogs>[0], order.map(uriOf), uriOf, judge)
    emit(context, merged.chunks, values.output, files)
    return mergedExitCode('sarif', merged, frail)
  }
}

/** The rules a shard cannot judge alone, judged over every shard's data: check's `inconsistent-translation`. */
const judge: ShardJudge = (shards) => inconsistencies(shards as readonly ShardConsistency[])
