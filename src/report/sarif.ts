import {isAbsolute, relative, resolve, sep} from 'node:path'
import {pathToFileURL} from 'node:url'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {ShardData} from './shard.js'
import {fingerprint} from '../util/fingerprint.js'
import type {GlosaMessage, Severity} from '../util/messages.js'
import {defaultSeverities, notCheckedId, ruleIds} from '../util/rules.js'
import {translator, type Locale} from '../i18n/index.js'
import {packageVersion, ruleUrl} from '../util/package.js'
import {JsonStream, jsonChunks} from '../util/chunks.js'
import {entryOf, isNotChecked, levelOf, lineText, spanOf} from './messages.js'

/** Options of {@link reportSarif}. */
export interface SarifOptions {
  locale?: Locale
  /** The repository root URIs are relative to. Default: `process.cwd()`. */
  root?: string
  /** A shard's uses of approved terms, kept in the run's property bag (`glosaConsistency`) for `glosa report merge`. */
  consistency?: ShardData
}

/** The property of a shard's SARIF run that holds its uses of approved terms. */
export const consistencyProperty = 'glosaConsistency'

/** Where glosa's SARIF results point their URIs from. */
export const uriBaseId = '%SRCROOT%'

const sarifLevels: Record<Severity, 'error' | 'warning' | 'note'> = {error: 'error', warning: 'warning', info: 'note'}

/** `missing-target-term` → `MissingTargetTerm`, SARIF's readable rule name. */
function pascalCase(id: string): string {
  return id.replace(/(^|-)(\w)/g, (_, __, char: string) => char.toUpperCase())
}

/** A repository-relative, `/`-separated, percent-encoded URI for a file path. */
export function relativeUri(path: string, root: string): string {
  const absolute = isAbsolute(path) ? path : resolve(root, path)
  return relative(root, absolute).split(sep).map(encodeURIComponent).join('/')
}

export {fingerprint}

/**
 * SARIF 2.1.0 for GitHub code scanning: one run, the rules with their
 * descriptions and default levels, results with repository-relative URIs
 * (`uriBaseId` %SRCROOT%), UTF-16 columns (`columnKind`), and stable partial
 * fingerprints. Files that could not be checked are tool execution
 * notifications, and make the invocation unsuccessful.
 */
export function reportSarif(files: readonly VFile[], options: SarifOptions = {}): string {
  return [...reportSarifChunks(files, options)].join('')
}

/** {@link reportSarif} in chunks, each result made as it is written: never the whole log as one string. */
export function reportSarifChunks(files: readonly VFile[], options: SarifOptions = {}): Iterable<string> {
  return jsonChunks(sarifLog(files, options))
}

/** The SARIF log, its results a {@link JsonStream}. */
function sarifLog(files: readonly VFile[], options: SarifOptions): unknown {
  const t = translator(options.locale ?? 'en')
  const root = options.root ?? process.cwd()
  const ids: string[] = [...ruleIds]
  const rules: Array<Record<string, unknown>> = ids.map((id) => ({
    id,
    name: pascalCase(id),
    shortDescription: {text: t(`check:rule.${id}.short`) as string},
    fullDescription: {text: t(`check:rule.${id}.full`) as string},
    help: {text: t(`check:rule.${id}.help`) as string},
    helpUri: ruleUrl(id),
    defaultConfiguration: {level: sarifLevels[defaultSeverities[id as keyof typeof defaultSeverities]]}
  }))
  // Rules of other tools' messages (`glosa glossary lint`): their id, page and level.
  for (const file of files) {
    for (const message of file.messages) {
      const id = message.ruleId
      if (id === undefined || id === notCheckedId || ids.includes(id)) continue
      ids.push(id)
      rules.push({
        id,
        name: pascalCase(id),
        ...(message.url ? {helpUri: message.url} : {}),
        defaultConfiguration: {level: sarifLevels[levelOf(message)]}
      })
    }
  }
  const notifications: unknown[] = []
  for (const file of files) {
    for (const message of file.messages) {
      if (!isNotChecked(message)) continue
      notifications.push({
        level: 'error',
        message: {text: message.reason},
        descriptor: {id: notCheckedId, index: 0},
        locations: [{physicalLocation: {artifactLocation: {uri: relativeUri(file.path, root), uriBaseId}}}]
      })
    }
  }
  // Made as they are written, file by file (see util/chunks.ts).
  // A result is one message: small enough to be written whole.
  const results = new JsonStream(
    function* () {
      for (const file of files) yield* resultsOf(file, root, ids)
    },
    () => true
  )
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'glosa',
            version: packageVersion(),
            semanticVersion: packageVersion(),
            informationUri: 'https://www.npmjs.com/package/glosa',
            rules,
            notifications: [
              {
                id: notCheckedId,
                shortDescription: {text: t(`check:rule.${notCheckedId}.short`) as string},
                fullDescription: {text: t(`check:rule.${notCheckedId}.full`) as string},
                help: {text: t(`check:rule.${notCheckedId}.help`) as string},
                helpUri: ruleUrl(notCheckedId),
                defaultConfiguration: {level: 'error'}
              }
            ]
          }
        },
        invocations: [{executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications}],
        originalUriBaseIds: {[uriBaseId]: {uri: pathToFileURL(root + sep).href}},
        columnKind: 'utf16CodeUnits',
        results,
        ...(options.consistency ? {properties: {[consistencyProperty]: options.consistency}} : {})
      }
    ]
  }
  return log
}

/** The SARIF results of one file's messages (files not checked are notifications, not results). */
function* resultsOf(file: VFile, root: string, ids: readonly string[]): Generator<unknown> {
  const uri = relativeUri(file.path, root)
  const seen = new Map<string, number>()
  for (const message of file.messages) {
    if (isNotChecked(message)) continue
    const span = spanOf(message)
    const ruleId = message.ruleId ?? 'glosa'
    // The sentence's fingerprint, which baselines use too; a message made elsewhere falls back on its line.
    const hash =
      (message as GlosaMessage).fingerprint ?? fingerprint(ruleId, uri, span ? lineText(file, span.start.line) : '')
    const occurrence = (seen.get(hash) ?? 0) + 1
    seen.set(hash, occurrence)
    yield sarifResult(message, uri, ids.indexOf(ruleId), `${hash}:${occurrence}`)
  }
}

/** The key of SARIF results' partial fingerprint: the sentence's hash, `:`, its occurrence in the file. */
export const fingerprintKey = 'glosaSentenceHash/v1'

/** The SARIF result of a message of the file at `uri` (repository-relative). */
export function sarifResult(message: VFileMessage, uri: string, ruleIndex: number, partialFingerprint: string) {
  const span = spanOf(message)
  const properties: Record<string, unknown> = {}
  const entry = entryOf(message)
  if (entry !== undefined) properties.entry = entry
  if (message.actual !== undefined) properties.actual = message.actual
  if (message.expected !== undefined) properties.expected = message.expected
  return {
    ruleId: message.ruleId ?? 'glosa',
    ruleIndex,
    level: sarifLevels[levelOf(message)],
    message: {text: message.reason},
    locations: [
      {
        physicalLocation: {
          artifactLocation: {uri, uriBaseId},
          ...(span
            ? {
                region: {
                  startLine: span.start.line,
                  startColumn: span.start.column,
                  endLine: span.end.line,
                  endColumn: span.end.column
                }
              }
            : {})
        }
      }
    ],
    partialFingerprints: {[fingerprintKey]: partialFingerprint},
    ...(Object.keys(properties).length > 0 ? {properties} : {})
  }
}
