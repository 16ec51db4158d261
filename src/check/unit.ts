import type {VFile} from 'vfile'
import {translator} from '../i18n/index.js'
import type {Position} from '../types.js'
import {GlosaError} from '../util/errors.js'
import {addMessage as addGlosaMessage, severityOfMessage, type Severity} from '../util/messages.js'
import {
  checkPlannedPair,
  checkPlannedSingle,
  finishFiles,
  type CheckOptions,
  type CheckResult,
  type ReadNotes
} from './check.js'
import type {ConsistencyUse} from './consistency.js'
import type {Directive} from './directives.js'
import type {CheckMessage} from './findings.js'
import type {CheckPlan} from './plan.js'
import {CheckRun} from './run.js'
import {notCheckedId} from './types.js'

/**
 * What a run checks, one piece at a time: a source and its translation, or a
 * file on its own. Units are checked apart (on worker processes, or replayed
 * from the cache) and put together in plan order, so that a run's report is
 * the same however its units were checked.
 */
export type CheckUnit = {source: string; target: string} | {single: string}

/** A message of a unit's file as plain data. */
export interface PlainMessage {
  reason: string
  place?: Position
  ruleId: string
  severity: Severity
  url?: string
  entry?: string
  actual?: string
  expected?: string[]
  fingerprint?: string
}

/** A file a unit reported on, as plain data, with its messages in the order they were made. */
export interface UnitFile {
  path: string
  /** The file's text, kept only where the run still needs it (suppression comments, messages placed by line). */
  source?: string
  messages: PlainMessage[]
}

/**
 * The outcome of checking a unit on its own, as plain data (it crosses
 * processes and is kept in the cache): its files in the order met, the format
 * each path was read as, suppression comments, the uses of approved terms the
 * consistency rule weighs across the run, notes, and the languages checked.
 */
export interface UnitResult {
  files: UnitFile[]
  formats: Array<[string, string]>
  directives: Array<[string, Directive[]]>
  uses: ConsistencyUse[]
  warnings: string[]
  languages: string[]
  /** Set when glosa failed on the unit (a defect): such a result is never cached. */
  crashed?: true
}

/**
 * The units of a plan, pairs first, in plan order (files known not to be checkable are not units).
 * A plan's pairs are units as they are: a copy would be kept beside them for the whole run.
 */
export function unitsOf(plan: CheckPlan): CheckUnit[] {
  return [...plan.pairs, ...plan.singles.map((single) => ({single}))]
}

/** The paths a unit reads. */
export function unitPaths(unit: CheckUnit): string[] {
  return 'single' in unit ? [unit.single] : [unit.source, unit.target]
}

/** The file a unit is reported by when it cannot be checked at all: the translation, or the single file. */
export function unitFile(unit: CheckUnit): string {
  return 'single' in unit ? unit.single : unit.target
}

/** A message as plain data (to be sent to another process, or kept). */
export function plainMessage(message: CheckMessage): PlainMessage {
  const place = message.place && ('start' in message.place ? message.place : {start: message.place, end: message.place})
  return {
    reason: message.reason,
    ...(place ? {place: place as Position} : {}),
    ruleId: message.ruleId ?? '',
    severity: severityOfMessage(message),
    ...(message.url === undefined || message.url === null ? {} : {url: message.url}),
    ...(message.entry === undefined ? {} : {entry: message.entry}),
    ...(message.actual === undefined || message.actual === null ? {} : {actual: message.actual}),
    ...(message.expected === undefined || message.expected === null ? {} : {expected: [...message.expected]}),
    ...(message.fingerprint === undefined ? {} : {fingerprint: message.fingerprint})
  }
}

/**
 * The test hook `GLOSA_CRASH_ON=[exit:|throw:]<path>` (see docs/scaling.md),
 * when `path` is one of `unit`'s files: `crash`, checking it fails as a
 * defect would; in a `--jobs` worker, `exit` ends the process and `throw`
 * throws where nothing catches it (see worker.ts).
 */
export function injectedCrash(unit: CheckUnit): {how: 'crash' | 'exit' | 'throw'; path: string} | undefined {
  const hook = process.env.GLOSA_CRASH_ON
  if (hook === undefined) return undefined
  const [, how = 'crash', path = ''] = /^(?:(exit|throw):)?(.*)$/s.exec(hook)!
  return unitPaths(unit).includes(path) ? {how: how as 'exit' | 'throw' | 'crash', path} : undefined
}

/**
 * Check one unit in a run of its own. A defect of glosa met on the way (an
 * exception that is not a GlosaError) does not stop the run: the unit's file
 * is reported as not checked, with the error, and the run exits with 2.
 */
export function checkUnit(unit: CheckUnit, options: CheckOptions): UnitResult {
  const run = new CheckRun(options)
  const notes: ReadNotes = {directives: new Map(), warnings: []}
  try {
    const crash = injectedCrash(unit)
    if (crash?.how === 'crash') throw new Error(`injected crash on ${crash.path} (GLOSA_CRASH_ON)`)
    if ('single' in unit) checkPlannedSingle(run, unit.single, options, notes)
    else checkPlannedPair(run, unit, options, notes)
  } catch (error) {
    if (error instanceof GlosaError) throw error
    return crashedUnit(unit, options, error)
  }
  return resultOf(run, notes)
}

/** The result of a unit whose check failed with `error`: its file not checked, saying why. */
export function crashedUnit(unit: CheckUnit, options: Omit<CheckOptions, 'matcher'>, error: unknown): UnitResult {
  const run = new CheckRun(options)
  const reason = error instanceof Error ? error.message : String(error)
  run.notChecked(unitFile(unit), 'scale:notChecked.crashed', {reason})
  const t = translator(options.locale ?? 'en')
  const stack = error instanceof Error && error.stack ? error.stack : reason
  return {
    ...resultOf(run, {
      directives: new Map(),
      warnings: [t('scale:crash.warning', {file: unitFile(unit), stack}) as string]
    }),
    crashed: true
  }
}

function resultOf(run: CheckRun, notes: ReadNotes): UnitResult {
  const {files, formats} = run.filesSoFar()
  return {
    files: files.map((file) => {
      const messages = (file.messages as CheckMessage[]).map(plainMessage)
      const directives = notes.directives.get(file.path) ?? []
      // Suppressions need the text; so does SARIF for a message it places by the text of its line.
      const keep =
        directives.length > 0 ||
        messages.some((message) => message.fingerprint === undefined && message.ruleId !== notCheckedId)
      return {path: file.path, ...(keep ? {source: String(file.value ?? '')} : {}), messages}
    }),
    formats: [...formats],
    // Only files with comments: a site's files mostly have none, and a run keeps these to its end.
    directives: [...notes.directives].filter(([, directives]) => directives.length > 0),
    uses: run.consistency.uses,
    warnings: notes.warnings,
    languages: [...run.languages]
  }
}

/** Add a message made plain by {@link plainMessage} back to `file`, as it was. */
export function restoreMessage(file: VFile, message: PlainMessage): CheckMessage {
  // Its entry, actual and expected values and url are the fields of the same names.
  const made: CheckMessage = addGlosaMessage(
    file,
    message.reason,
    message.place,
    message.ruleId,
    message.severity,
    message
  )
  if (message.fingerprint !== undefined) made.fingerprint = message.fingerprint
  return made
}

/**
 * Put a unit's result into the run that gathers them, as if it had been
 * checked there: files met, messages in the order made, formats, suppression
 * comments, uses of terms and languages.
 */
export function absorbUnit(run: CheckRun, notes: ReadNotes, result: UnitResult): void {
  for (const unitFile of result.files) {
    const {file} = run.text(unitFile.path, unitFile.source ?? '', 'und')
    if (unitFile.source !== undefined) file.value = unitFile.source
    for (const message of unitFile.messages) restoreMessage(file, message)
  }
  for (const [path, label] of result.formats) run.format(path, label)
  for (const [path, directives] of result.directives) notes.directives.set(path, directives)
  for (const use of result.uses) run.consistency.add(use)
  for (const language of result.languages) run.languages.add(language)
  notes.warnings.push(...result.warnings)
}

/** A run that gathers unit results: files known not to be checkable first, as a plan lists them. */
export function gatheringRun(
  plan: CheckPlan,
  options: Omit<CheckOptions, 'matcher'>
): {run: CheckRun; notes: ReadNotes} {
  const run = new CheckRun(options)
  for (const item of plan.unchecked) run.notChecked(item.path, item.key, item.values)
  return {run, notes: {directives: new Map(), warnings: []}}
}

/**
 * Check every file of a plan, in this thread: each pair, each single file,
 * and the files already known not to be checkable. Files that cannot be read
 * are reported as not checked, never skipped silently.
 */
export function checkFiles(plan: CheckPlan, options: CheckOptions): CheckResult {
  const {run, notes} = gatheringRun(plan, options)
  for (const unit of unitsOf(plan)) absorbUnit(run, notes, checkUnit(unit, options))
  return finishFiles(run, options, notes)
}
