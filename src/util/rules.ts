// The catalogue of glosa check's rules: their stable ids and default levels.
// `check` makes their messages and `report` declares them (SARIF lists every
// rule with its level), so the catalogue sits below both.
import type {Severity} from './messages.js'

/** The stable ids of `glosa check`'s rules (never translated). */
export const ruleIds = Object.freeze([
  'missing-target-term',
  'deprecated-target-term',
  'inconsistent-translation',
  'do-not-translate',
  'untranslated',
  'number-mismatch',
  'locale-variant',
  'unaligned-segment',
  'duplicated-segment',
  'suppression',
  'placeholder-mismatch',
  'markup-mismatch',
  'repeated-word',
  'unbalanced-brackets-quotes',
  'whitespace-punctuation',
  'length-ratio'
] as const)

export type RuleId = (typeof ruleIds)[number]

/**
 * The id of the message that says a file could not be checked (missing,
 * unreadable, no counterpart): it is reported like a finding, so that a
 * report never skips a file silently, and makes the run exit with 2.
 */
export const notCheckedId = 'not-checked'

/** Each rule's default severity. */
export const defaultSeverities: Readonly<Record<RuleId, Severity>> = Object.freeze({
  'missing-target-term': 'error',
  'deprecated-target-term': 'error',
  'inconsistent-translation': 'warning',
  'do-not-translate': 'error',
  untranslated: 'error',
  'number-mismatch': 'error',
  'locale-variant': 'warning',
  'unaligned-segment': 'warning',
  'duplicated-segment': 'error',
  suppression: 'warning',
  'placeholder-mismatch': 'error',
  'markup-mismatch': 'error',
  'repeated-word': 'warning',
  'unbalanced-brackets-quotes': 'warning',
  'whitespace-punctuation': 'warning',
  'length-ratio': 'warning'
})
