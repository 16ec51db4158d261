// What `glosa check` says about its configuration: the files a folder holds
// beside the one used, and `--print-config <file>`, what applies to one file
// and where each value comes from.
import {existsSync} from 'node:fs'
import {basename, relative, resolve} from 'node:path'
import type {CheckConfig} from '../check/config.js'
import {roleOf} from '../check/pairing.js'
import {defaultSeverities} from '../check/rules.js'
import {ruleIds, type RuleSettings} from '../check/types.js'
import type {CommandContext} from './command.js'

/** The notes a run gives about its configuration: the files in its folder that it wins over. */
export function configNotes(config: CheckConfig | undefined, context: CommandContext): string[] {
  if (!config?.file || !config.shadowed?.length) return []
  const name = (file: string) => relative(context.cwd, file) || basename(file)
  const others = config.shadowed.map(name)
  return [
    context.t('config:shadowed', {count: others.length, used: name(config.file), others: others.join(', ')}) as string
  ]
}

/** The flags of `glosa check` that bear on a file's configuration. */
export interface ConfigFlags {
  glossary?: string[] | undefined
  'source-lang'?: string | undefined
  'target-lang'?: string | undefined
  aligned?: boolean | undefined
  format?: string | undefined
  columns?: string | undefined
  rule?: string[] | undefined
  ignore?: string[] | undefined
}

/** A value and where it came from: `glosa.config.yaml:3:5`, `--rule`, or `default`. */
interface Sourced {
  value: unknown
  from: string
}

/**
 * `glosa check --print-config <file>`: as JSON, the configuration file used
 * (and those it wins over), what the configuration makes of `file` (a side of
 * a pair and its counterpart, a file checked alone, ignored, or none), and
 * every setting that applies to it with where it came from. `rules` are the
 * severities after `--rule` (a glossary entry may still set its own).
 */
export function printConfig(
  file: string,
  config: CheckConfig | undefined,
  flags: ConfigFlags,
  cliRules: RuleSettings,
  context: CommandContext
): string {
  const cwd = context.cwd
  const name = (path: string) => relative(cwd, path) || '.'
  const at = (path: string): string => {
    if (!config?.file) return 'default'
    const place = config.places?.get(path)
    return name(config.file) + (place ? `:${place.line}:${place.column}` : '')
  }
  const pick = (flag: unknown, option: string, configured: unknown, path: string, fallback: unknown): Sourced =>
    flag !== undefined
      ? {value: flag, from: option}
      : configured !== undefined
        ? {value: configured, from: at(path)}
        : {value: fallback, from: 'default'}

  const glossaries =
    flags.glossary !== undefined
      ? {value: flags.glossary, from: '--glossary'}
      : config?.glossaries !== undefined
        ? {
            value: config.glossaries.map((each) => (each === 'bundled' ? each : name(resolve(config.root, each)))),
            from: at('glossaries')
          }
        : {value: [], from: 'default'}
  const rules = Object.fromEntries(
    ruleIds.map((id) => [
      id,
      cliRules[id] !== undefined
        ? {value: cliRules[id], from: '--rule'}
        : pick(undefined, '', config?.rules?.[id], `rules/${id}`, defaultSeverities[id])
    ])
  )
  const ignoreCount = config?.ignore?.length ?? 0
  const role = config ? roleOf(config, file, cwd, flags.ignore ?? []) : ({as: 'none'} as const)
  const roleFrom =
    role.as === 'source' || role.as === 'target'
      ? at(`pairs/${role.pair}/${role.as}`)
      : role.as === 'single'
        ? at(`files/${role.index}`)
        : role.as === 'ignored'
          ? role.index < ignoreCount
            ? at(`ignore/${role.index}`)
            : '--ignore'
          : undefined
  const shown = {
    file,
    exists: existsSync(resolve(cwd, file)),
    config: config?.file
      ? {file: name(config.file), root: name(config.root), shadowed: (config.shadowed ?? []).map(name)}
      : null,
    role: {
      ...role,
      ...(role.as === 'source' || role.as === 'target'
        ? {counterpartExists: existsSync(resolve(cwd, role.counterpart))}
        : {}),
      ...(role.as === 'ignored' ? {pattern: [...(config?.ignore ?? []), ...(flags.ignore ?? [])][role.index]} : {}),
      ...(roleFrom ? {from: roleFrom} : {})
    },
    glossaries,
    languages: {
      source: pick(flags['source-lang'], '--source-lang', config?.languages?.source, 'languages/source', 'detected'),
      target: pick(flags['target-lang'], '--target-lang', config?.languages?.target, 'languages/target', 'detected')
    },
    aligned: pick(flags.aligned, '--aligned', config?.aligned, 'aligned', false),
    format: pick(flags.format, '--format', undefined, '', 'from the extension and content'),
    columns: pick(flags.columns, '--columns', config?.columns, 'columns', 'from each glossary file header'),
    rules
  }
  return JSON.stringify(shown, null, 2) + '\n'
}
