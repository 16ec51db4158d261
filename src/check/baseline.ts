import {existsSync, readFileSync} from 'node:fs'
import {isAbsolute, relative, resolve, sep} from 'node:path'
import type {VFile} from 'vfile'
import {translator, type Locale} from '../i18n/index.js'
import type {CheckMessage} from './findings.js'
import {notCheckedId} from './types.js'

/** What the `tool` field of a baseline says: a JSON file of any other shape is not one. */
export const baselineTool = 'glosa-baseline'

/** The version of the baseline format this glosa writes and reads. */
export const baselineVersion = 1

/**
 * A finding recorded in a baseline: it is matched by rule, entry, file and
 * the fingerprint of its sentence (SARIF's `partialFingerprints`), never by
 * line, so that edits elsewhere in the file do not bring it back.
 */
export interface BaselineFinding {
  rule: string
  entry: string | null
  /** `/`-separated, relative to the folder the run was in. */
  file: string
  fingerprint: string
  /** How many findings of the file have this rule, entry and fingerprint. */
  count: number
}

/** A baseline file: `{"tool": "glosa-baseline", "version": 1, "findings": [...]}`. */
export interface Baseline {
  tool: typeof baselineTool
  version: number
  findings: BaselineFinding[]
}

/** The outcome of applying a baseline: how many findings it left out, and notes about the baseline itself. */
export interface BaselineOutcome {
  matched: number
  /** Localised notes (a file the baseline names is gone, the baseline is not one): the run goes on. */
  notes: string[]
}

function pathOf(file: VFile, cwd: string): string {
  const absolute = isAbsolute(file.path) ? file.path : resolve(cwd, file.path)
  return relative(cwd, absolute).split(sep).join('/')
}

function keyOf(rule: string, entry: string | null, file: string, fingerprint: string): string {
  return [rule, entry ?? '', file, fingerprint].join('\u0000')
}

/** The messages a baseline can hold: findings with a fingerprint (not files left unchecked). */
function baselined(file: VFile): CheckMessage[] {
  return (file.messages as CheckMessage[]).filter(
    (message) => message.ruleId !== notCheckedId && message.fingerprint !== undefined
  )
}

/** The baseline of today's findings, counted by rule, entry, file and fingerprint, in a stable order. */
export function createBaseline(files: readonly VFile[], cwd: string): Baseline {
  const counts = new Map<string, BaselineFinding>()
  for (const file of files) {
    const path = pathOf(file, cwd)
    for (const message of baselined(file)) {
      const entry = message.entry ?? null
      const key = keyOf(message.ruleId!, entry, path, message.fingerprint!)
      const known = counts.get(key)
      if (known) known.count++
      else counts.set(key, {rule: message.ruleId!, entry, file: path, fingerprint: message.fingerprint!, count: 1})
    }
  }
  const findings = [...counts.values()].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.rule.localeCompare(b.rule) ||
      (a.entry ?? '').localeCompare(b.entry ?? '') ||
      a.fingerprint.localeCompare(b.fingerprint)
  )
  return {tool: baselineTool, version: baselineVersion, findings}
}

/** A baseline as JSON text, one finding a line so that diffs of it read well. */
export function formatBaseline(baseline: Baseline): string {
  const lines = baseline.findings.map((finding) => '    ' + JSON.stringify(finding))
  return `{\n  "tool": "${baseline.tool}",\n  "version": ${baseline.version},\n  "findings": [\n${lines.join(',\n')}${lines.length ? '\n' : ''}  ]\n}\n`
}

function isFinding(value: unknown): value is BaselineFinding {
  if (typeof value !== 'object' || value === null) return false
  const item = value as Record<string, unknown>
  return (
    typeof item.rule === 'string' &&
    (item.entry === null || typeof item.entry === 'string') &&
    typeof item.file === 'string' &&
    typeof item.fingerprint === 'string' &&
    Number.isInteger(item.count) &&
    (item.count as number) > 0
  )
}

/**
 * Read a baseline file. A file that is not a baseline, or of another
 * version, is no reason to stop a run: the outcome's note says so and every
 * finding is reported.
 */
export function readBaseline(
  path: string,
  options: {name?: string; locale: Locale}
): {baseline?: Baseline; notes: string[]} {
  const t = translator(options.locale)
  // Notes name the file as the user gave it.
  const file = options.name ?? path
  let value: unknown
  try {
    value = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'ENOENT' : (error as Error).message
    return {notes: [t('ci:baseline.unreadable', {file, reason}) as string]}
  }
  const raw = value as Record<string, unknown> | null
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || raw.tool !== baselineTool) {
    return {notes: [t('ci:baseline.notGlosa', {file}) as string]}
  }
  if (raw.version !== baselineVersion) {
    return {
      notes: [t('ci:baseline.version', {file, version: String(raw.version), expected: baselineVersion}) as string]
    }
  }
  if (!Array.isArray(raw.findings) || !raw.findings.every(isFinding))
    return {notes: [t('ci:baseline.notGlosa', {file}) as string]}
  return {baseline: {tool: baselineTool, version: baselineVersion, findings: raw.findings}, notes: []}
}

/**
 * Leave out, in place, the findings the baseline records (as many of each
 * rule, entry, file and fingerprint as it counts); what is left is new. Files
 * the baseline names that no longer exist are noted.
 */
export function applyBaseline(
  files: readonly VFile[],
  baseline: Baseline,
  options: {cwd: string; file: string; locale: Locale}
): BaselineOutcome {
  const t = translator(options.locale)
  const remaining = new Map<string, number>()
  for (const finding of baseline.findings) {
    const key = keyOf(finding.rule, finding.entry, finding.file, finding.fingerprint)
    remaining.set(key, (remaining.get(key) ?? 0) + finding.count)
  }
  let matched = 0
  for (const file of files) {
    const path = pathOf(file, options.cwd)
    const recorded = new Set(
      baselined(file).filter((message) => {
        const key = keyOf(message.ruleId!, message.entry ?? null, path, message.fingerprint!)
        const count = remaining.get(key) ?? 0
        if (count === 0) return false
        remaining.set(key, count - 1)
        matched++
        return true
      })
    )
    if (recorded.size > 0)
      file.messages.splice(
        0,
        file.messages.length,
        ...file.messages.filter((message) => !recorded.has(message as CheckMessage))
      )
  }
  const notes: string[] = []
  const gone = new Set(
    baseline.findings.map((finding) => finding.file).filter((path) => !existsSync(resolve(options.cwd, path)))
  )
  for (const path of gone) notes.push(t('ci:baseline.missingFile', {file: options.file, path}) as string)
  return {matched, notes}
}
