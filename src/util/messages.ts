import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {Position} from '../types.js'
import {ruleUrl} from './package.js'

/** How much a message matters: errors fail a run, warnings only with `--frail`, `info` never. */
export type Severity = 'error' | 'warning' | 'info'

/**
 * A message of glosa (`glosa check`, `glosa glossary lint`): a vfile message
 * with the glossary entry it is about, when there is one.
 */
export type GlosaMessage = VFileMessage & {
  /** The glossary entry id, where there is one. */
  entry?: string
  /**
   * A hash of the rule, the entry and the text of the sentence the finding is
   * in (white space folded): the same as SARIF's `partialFingerprints` and the
   * key of a baseline, so that edits elsewhere in the file leave it alone.
   */
  fingerprint?: string
}

/** The severity of a message from its `fatal` field (vfile's convention). */
export function severityOfMessage(message: VFileMessage): Severity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

/**
 * Add a message to a file with glosa's fields set: `ruleId`, `source`, the
 * `url` of the rule's page, `fatal` from the severity, and the entry, actual
 * and expected values where there are some. The one place every reporter's
 * input is made.
 */
export function addMessage(
  file: VFile,
  reason: string,
  place: Position | undefined,
  ruleId: string,
  severity: Severity,
  details: {entry?: string; actual?: string; expected?: readonly string[]; url?: string} = {}
): GlosaMessage {
  // A vfile message is an Error, whose constructor captures a stack trace that vfile-message then
  // discards (`stack` is set to ''): most of what making a message costs, so none is captured.
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  let message: GlosaMessage
  try {
    message = file.message(reason, {...(place ? {place} : {}), ruleId, source: 'glosa'}) as GlosaMessage
  } finally {
    Error.stackTraceLimit = limit
  }
  message.url = details.url ?? ruleUrl(ruleId)
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined
  if (details.entry !== undefined) message.entry = details.entry
  if (details.actual !== undefined) message.actual = details.actual
  if (details.expected !== undefined) message.expected = [...details.expected]
  return message
}
