import {fingerprint} from '../util/fingerprint.js'
import type {Entry} from '../glossary/types.js'
import {listFormat, translator, type Locale} from '../i18n/index.js'
import {addMessage as addGlosaMessage, type GlosaMessage} from '../util/messages.js'
import type {Position} from '../types.js'
import {severityOf} from './rules.js'
import type {CheckSegment, CheckText, RuleId, RuleSettings, Severity, SeveritySetting} from './types.js'

/** A message of `glosa check`: a vfile message with the glossary entry it is about and its fingerprint. */
export type CheckMessage = GlosaMessage

/** A finding before it becomes a message. */
export interface Finding {
  rule: RuleId
  /** The segment it is in. */
  segment: CheckSegment
  /** `[start, end)` in `segment.text`; the whole segment when absent. */
  range?: readonly [number, number]
  /** Without a range: the last segment of a span that starts at `segment` (a two-sentence bead). */
  until?: CheckSegment
  entry?: Entry
  /** What the text has (`AI`), if anything. */
  actual?: string
  /** What it should have (the approved terms). */
  expected?: readonly string[]
  /** The reason's i18n key below `check:reason.` (or a whole key, `namespace:key`) and its values. */
  reason: string
  values?: Record<string, unknown>
}

/** Where `[start, end)` of a segment's text is in its file. */
export function placeOf(segment: CheckSegment, range?: readonly [number, number], until?: CheckSegment): Position {
  if (!range || range[1] <= range[0]) {
    return until && until !== segment ? {start: segment.position.start, end: until.position.end} : segment.position
  }
  const start = segment.offsets[range[0]] ?? segment.position.start.offset
  const end = (segment.offsets[range[1] - 1] ?? segment.position.end.offset - 1) + 1
  return segment.owner.lines.position(start, end)
}

/** Quote a value for a reason: `value`. */
export function code(value: string): string {
  return '`' + value + '`'
}

/**
 * Turns findings into localised vfile messages on their files, applying
 * severities (an entry's own, the run's, the default) and dropping what is off.
 */
export class FindingSink {
  private readonly t

  constructor(
    readonly locale: Locale,
    readonly settings: RuleSettings
  ) {
    this.t = translator(locale)
  }

  /** A list of quoted values, "`a` or `b`" in the locale. */
  quoteList(values: readonly string[]): string {
    return listFormat(this.locale, 'disjunction').format(values.map(code))
  }

  add(finding: Finding): CheckMessage | undefined {
    const severity = severityOf(finding.rule, this.settings, finding.entry)
    if (severity === 'off') return undefined
    const values: Record<string, unknown> = {...finding.values}
    if (finding.actual !== undefined) values.actual ??= code(finding.actual)
    if (finding.expected !== undefined) values.expected ??= this.quoteList(finding.expected)
    const key = finding.reason.includes(':') ? finding.reason : `check:reason.${finding.reason}`
    const reason = this.t(key, values) as string
    return addMessage(
      finding.segment.owner,
      reason,
      placeOf(finding.segment, finding.range, finding.until),
      finding.rule,
      severity,
      {
        ...finding,
        sentence: sentenceOf(finding)
      }
    )
  }

  /**
   * Add a finding whose place is already known (a use of a term handed over
   * as plain data, see `ConsistencyUse`): the same message {@link add} makes.
   */
  addPlaced(owner: Pick<CheckText, 'file'>, place: Position, finding: PlacedFinding): CheckMessage | undefined {
    const own = finding.entrySeverity === undefined ? undefined : {severities: {[finding.rule]: finding.entrySeverity}}
    const severity = severityOf(finding.rule, this.settings, own)
    if (severity === 'off') return undefined
    const values: Record<string, unknown> = {...finding.values}
    if (finding.actual !== undefined) values.actual ??= code(finding.actual)
    if (finding.expected !== undefined) values.expected ??= this.quoteList(finding.expected)
    const reason = this.t(`check:reason.${finding.reason}`, values) as string
    const {entry, actual, expected} = finding
    const message = addMessage(owner, reason, place, finding.rule, severity, {
      ...(entry === undefined ? {} : {entry: {id: entry}}),
      ...(actual === undefined ? {} : {actual}),
      ...(expected === undefined ? {} : {expected})
    })
    message.fingerprint = finding.fingerprint
    return message
  }
}

/** A finding placed already: the entry by id, with its own severity for the rule if it sets one. */
export interface PlacedFinding {
  rule: RuleId
  entry?: string
  entrySeverity?: SeveritySetting
  actual?: string
  expected?: readonly string[]
  /** The reason's i18n key below `check:reason.`. */
  reason: string
  values?: Record<string, unknown>
  /** The fingerprint of the finding's sentence (see {@link CheckMessage}), made where the sentence was. */
  fingerprint: string
}

/** The text of the sentences a finding is in: its segment, up to `until` when it spans two. */
function sentenceOf(finding: Finding): string {
  const {segment, until} = finding
  return until && until !== segment ? segment.text + ' ' + until.text : segment.text
}

/** Add a message to a file under check, with glosa's fields set (a fingerprint when `sentence` is given). */
export function addMessage(
  owner: Pick<CheckText, 'file'>,
  reason: string,
  place: Position | undefined,
  ruleId: string,
  severity: Severity,
  details: {entry?: Pick<Entry, 'id'>; actual?: string; expected?: readonly string[]; sentence?: string} = {}
): CheckMessage {
  const {entry, sentence, ...rest} = details
  const message: CheckMessage = addGlosaMessage(
    owner.file,
    reason,
    place,
    ruleId,
    severity,
    entry ? {...rest, entry: entry.id} : rest
  )
  if (sentence !== undefined) message.fingerprint = fingerprint(ruleId, entry?.id ?? '', sentence)
  return message
}
