import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {notCheckedId} from '../util/rules.js'
import {severityOfMessage, type GlosaMessage, type Severity} from '../util/messages.js'
import type {Point, Position} from '../types.js'

/** The reporters `--report` accepts. */
export const reporterNames = Object.freeze(['human', 'json', 'sarif', 'github'] as const)

export type ReporterName = (typeof reporterNames)[number]

/** The start and end of a message's place (a point is a place of no length). */
export function spanOf(message: VFileMessage): Position | undefined {
  const place = message.place
  if (!place) return undefined
  if ('start' in place) return {start: place.start as Point, end: (place.end ?? place.start) as Point}
  return {start: place as Point, end: place as Point}
}

/** Counts of messages by severity, and of files not checked. */
export interface Tally {
  error: number
  warning: number
  info: number
  notChecked: number
}

/** Whether a message says its file was not checked. */
export function isNotChecked(message: VFileMessage): boolean {
  return message.ruleId === notCheckedId
}

/** Count the messages of `files` by severity (files not checked apart). */
export function tally(files: readonly VFile[]): Tally {
  const counts: Tally = {error: 0, warning: 0, info: 0, notChecked: 0}
  for (const file of files) {
    for (const message of file.messages) {
      if (isNotChecked(message)) counts.notChecked++
      else counts[severityOfMessage(message)]++
    }
  }
  return counts
}

/**
 * The exit code of a run: 2 when a file could not be checked, 1 when an error
 * (or, with `frail`, a warning) was found, 0 otherwise. `info` never fails.
 */
export function exitCodeOf(files: readonly VFile[], options: {frail?: boolean} = {}): number {
  const counts = tally(files)
  if (counts.notChecked > 0) return 2
  if (counts.error > 0 || (options.frail && counts.warning > 0)) return 1
  return 0
}

/** The `entry` of a check message, when it has one. */
export function entryOf(message: VFileMessage): string | undefined {
  return (message as GlosaMessage).entry
}

/** A message's severity (vfile's `fatal`: true error, false warning, else info). */
export function levelOf(message: VFileMessage): Severity {
  return severityOfMessage(message)
}

export {lineText} from '../util/position.js'
