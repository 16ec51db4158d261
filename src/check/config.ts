import {dirname, relative, resolve} from 'node:path'
import type {Lang, Point} from '../types.js'
import {GlosaError} from '../util/errors.js'
import {findConfig, readRawConfig} from './discover.js'
import {compileGlob} from './glob.js'
import {isRuleId, severitySettings} from './rules.js'
import type {FindingIgnore} from './suppress.js'
import {ruleIds, type RuleSettings, type SeveritySetting} from './types.js'

/** Languages a source or translation can be declared in. */
export const checkLangs = ['en', 'pt', 'pt-PT', 'pt-BR'] as const

/** A source pattern and the translation pattern that pairs with it (`docs/en/**\/*.md` ↔ `docs/pt/**\/*.md`). */
export interface PairPattern {
  source: string
  target: string
}

/**
 * glosa check's configuration: `glosa.config.{json,yaml,yml,js,mjs,cjs}`,
 * `.glosarc*`, or the `glosa` key of `package.json` (see discover.ts). Paths
 * and patterns are relative to the folder the configuration is in.
 * Command-line flags override every field.
 */
export interface CheckConfig {
  /** The file it was read from. */
  file?: string
  /** The folder paths are relative to. */
  root: string
  /** Glossary files (default: the bundled glossary). */
  glossaries?: string[]
  /** Languages of sources and translations (default: detected). */
  languages?: {source?: Lang; target?: Lang}
  /** Which translation files pair with which source files. */
  pairs?: PairPattern[]
  /** Files checked on their own (patterns). */
  files?: string[]
  /** Severities by rule id: `error`, `warning`, `info` or `off`. */
  rules?: RuleSettings
  /** Patterns of files to leave out. */
  ignore?: string[]
  /** The `ignore` items that are objects: findings to leave out by file pattern, rule id and entry id. */
  ignoreFindings?: FindingIgnore[]
  /** Whether paired files are aligned line by line. Default: false. */
  aligned?: boolean
  /** Which column of CSV and TSV glossaries holds what (`{"source": "English", "target": "3"}`). Default: from each file's header. */
  columns?: Record<string, string>
  /** Where each pattern is in the file, by path (`pairs/0/target`, `files/1`), for messages about it. */
  places?: Map<string, Point>
  /** Other configuration files in the same folder, which this one wins over. */
  shadowed?: string[]
}

const topKeys = [
  '$schema',
  'glossaries',
  'languages',
  'pairs',
  'files',
  'rules',
  'ignore',
  'aligned',
  'columns'
] as const

export interface Reading {
  file: string
  places: Map<string, Point>
  /** JSON pointer of the configuration in the file (`/glosa` in package.json). */
  prefix: string
}

function where(path: string): string {
  return path
    .split('/')
    .filter(Boolean)
    .map((part, index) => (/^\d+$/.test(part) ? `[${part}]` : index === 0 ? part : '.' + part))
    .join('')
}

function typeError(reading: Reading, path: string, expected: string): never {
  // The whole configuration has no key name to show.
  if (path === '')
    throw new GlosaError('check:error.configRoot', {}, {file: reading.file, place: reading.places.get(reading.prefix)})
  throw new GlosaError(
    'check:error.configType',
    {key: where(path), expected},
    {file: reading.file, place: reading.places.get(reading.prefix + '/' + path)}
  )
}

function object(reading: Reading, value: unknown, path: string, allowed: readonly string[]): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) typeError(reading, path, 'an object')
  for (const key of Object.keys(value as object)) {
    if (allowed.includes(key)) continue
    const pointer = reading.prefix + (path ? '/' + path : '') + '/' + key
    throw new GlosaError(
      path ? 'check:error.configUnknownKeyIn' : 'check:error.configUnknownKey',
      {key, where: where(path), expected: allowed.filter((each) => each !== '$schema').join(', ')},
      {file: reading.file, place: reading.places.get(pointer)}
    )
  }
  return value as Record<string, unknown>
}

function strings(reading: Reading, value: unknown, path: string): string[] {
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string' || item === '')) {
    typeError(reading, path, 'a list of paths or patterns')
  }
  return value as string[]
}

function lang(reading: Reading, value: unknown, path: string): Lang {
  if (typeof value !== 'string' || !(checkLangs as readonly string[]).includes(value)) {
    throw new GlosaError(
      'check:error.lang',
      {value: String(value), expected: checkLangs.join(', ')},
      {file: reading.file, place: reading.places.get(reading.prefix + '/' + path)}
    )
  }
  return value as Lang
}

/**
 * The `ignore` list: a string is a pattern of files to leave out; an object
 * `{"files", "rules", "entries"}` leaves out the findings that match all the
 * fields it gives.
 */
function readIgnore(reading: Reading, value: unknown, config: CheckConfig): void {
  if (!Array.isArray(value)) typeError(reading, 'ignore', 'a list of patterns or {"files", "rules", "entries"} objects')
  const patterns: string[] = []
  const findings: FindingIgnore[] = []
  ;(value as unknown[]).forEach((item, index) => {
    const path = `ignore/${index}`
    if (typeof item === 'string' && item !== '') {
      patterns.push(item)
      return
    }
    if (typeof item !== 'object' || item === null || Array.isArray(item))
      typeError(reading, path, 'a pattern or a {"files", "rules", "entries"} object')
    const raw = object(reading, item, path, ['files', 'rules', 'entries'])
    const ignore: FindingIgnore = {}
    if (raw.files !== undefined) {
      ignore.files = strings(reading, raw.files, path + '/files')
      // Too long or too deeply nested: said here, at the pattern, not when findings are filtered.
      ignore.files.forEach((pattern, at) => {
        try {
          compileGlob(pattern)
        } catch (error) {
          if (!(error instanceof GlosaError)) throw error
          throw new GlosaError(error.key, error.values, {
            file: reading.file,
            place: reading.places.get(`${reading.prefix}/${path}/files/${at}`),
            cause: error
          })
        }
      })
    }
    if (raw.entries !== undefined) ignore.entries = strings(reading, raw.entries, path + '/entries')
    if (raw.rules !== undefined) {
      ignore.rules = strings(reading, raw.rules, path + '/rules')
      ignore.rules.forEach((rule, at) => {
        if (!isRuleId(rule)) {
          throw new GlosaError(
            'check:error.unknownRule',
            {rule, expected: ruleIds.join(', ')},
            {file: reading.file, place: reading.places.get(`${reading.prefix}/${path}/rules/${at}`)}
          )
        }
      })
    }
    if (Object.keys(ignore).length === 0) typeError(reading, path, 'an object with "files", "rules" or "entries"')
    findings.push(ignore)
  })
  config.ignore = patterns
  if (findings.length > 0) config.ignoreFindings = findings
}

/** Check a configuration object read from `reading.file`; every problem is a located GlosaError. */
export function validateConfig(value: unknown, reading: Reading): CheckConfig {
  const raw = object(reading, value, '', topKeys)
  const places = new Map<string, Point>()
  for (const [pointer, place] of reading.places) {
    if (pointer.startsWith(reading.prefix + '/')) places.set(pointer.slice(reading.prefix.length + 1), place)
  }
  const config: CheckConfig = {file: reading.file, root: dirname(reading.file), places}
  if (raw.glossaries !== undefined) config.glossaries = strings(reading, raw.glossaries, 'glossaries')
  if (raw.files !== undefined) config.files = strings(reading, raw.files, 'files')
  if (raw.ignore !== undefined) readIgnore(reading, raw.ignore, config)
  if (raw.columns !== undefined) {
    const columns = object(reading, raw.columns, 'columns', ['source', 'target', 'note', 'definition', 'pos', 'status'])
    config.columns = {}
    for (const [role, value] of Object.entries(columns)) {
      if (typeof value !== 'string' && typeof value !== 'number')
        typeError(reading, `columns/${role}`, 'a header name or a column number')
      config.columns[role] = String(value)
    }
  }
  if (raw.aligned !== undefined) {
    if (typeof raw.aligned !== 'boolean') typeError(reading, 'aligned', 'true or false')
    config.aligned = raw.aligned as boolean
  }
  if (raw.languages !== undefined) {
    const languages = object(reading, raw.languages, 'languages', ['source', 'target'])
    config.languages = {}
    if (languages.source !== undefined) config.languages.source = lang(reading, languages.source, 'languages/source')
    if (languages.target !== undefined) config.languages.target = lang(reading, languages.target, 'languages/target')
  }
  if (raw.pairs !== undefined) {
    if (!Array.isArray(raw.pairs)) typeError(reading, 'pairs', 'a list of {"source", "target"} patterns')
    config.pairs = (raw.pairs as unknown[]).map((item, index) => {
      const pair = object(reading, item, `pairs/${index}`, ['source', 'target'])
      for (const side of ['source', 'target'] as const) {
        if (typeof pair[side] !== 'string' || pair[side] === '')
          typeError(reading, `pairs/${index}/${side}`, 'a path or pattern')
      }
      return {source: pair.source as string, target: pair.target as string}
    })
  }
  if (raw.rules !== undefined) {
    const rules = object(reading, raw.rules, 'rules', ruleIds)
    config.rules = {}
    for (const [id, setting] of Object.entries(rules)) {
      if (!isRuleId(id)) continue
      if (typeof setting !== 'string' || !(severitySettings as readonly string[]).includes(setting)) {
        throw new GlosaError(
          'check:error.unknownSeverity',
          {rule: id, value: String(setting), expected: severitySettings.join(', ')},
          {file: reading.file, place: reading.places.get(`${reading.prefix}/rules/${id}`)}
        )
      }
      config.rules[id] = setting as SeveritySetting
    }
  }
  return config
}

/** Read and check a configuration file: any of {@link configNames}, or a file named with `--config` (JSON, YAML or JavaScript). */
export function readConfigFile(file: string): CheckConfig | undefined {
  const raw = readRawConfig(file)
  return raw && validateConfig(raw.value, raw)
}

/**
 * The configuration for a run in `cwd`: `explicit` if given, else the first
 * of {@link configNames} in `cwd` or a folder above it, up to the repository
 * root (see {@link findConfig}); `undefined` when there is none. Files that
 * lose to it in its folder are listed in `shadowed`.
 */
export function loadConfig(cwd: string, explicit?: string): CheckConfig | undefined {
  if (explicit !== undefined) return readConfigFile(resolve(cwd, explicit))
  const found = findConfig(cwd)
  if (found === undefined) return undefined
  const config = validateConfig(found.value, found)
  if (found.shadowed.length > 0) config.shadowed = found.shadowed
  return config
}

/** A path of the configuration, relative to `cwd` for reports. */
export function configPath(config: CheckConfig, path: string, cwd: string): string {
  return relative(cwd, resolve(config.root, path)) || '.'
}
