import type {Entry} from '../glossary/types.js'
import {GlosaError} from '../util/errors.js'
import {ruleIds, type RuleId, type RuleSettings, type SeveritySetting} from './types.js'

export {defaultSeverities} from '../util/rules.js'
import {defaultSeverities} from '../util/rules.js'

/** The severity settings glosa accepts, in a configuration file, `--rule` or a glossary entry. */
export const severitySettings: readonly SeveritySetting[] = ['error', 'warning', 'info', 'off']

/** Whether `value` is a rule id. */
export function isRuleId(value: string): value is RuleId {
  return (ruleIds as readonly string[]).includes(value)
}

/**
 * The severity of a finding of `rule`: the entry's own setting for the rule
 * wins (it is the most specific), then the run's settings, then the default.
 */
export function severityOf(rule: RuleId, settings: RuleSettings, entry?: Pick<Entry, 'severities'>): SeveritySetting {
  return entry?.severities?.[rule] ?? settings[rule] ?? defaultSeverities[rule]
}

/**
 * Read `--rule id=severity` values (or `id:severity`) into settings; unknown
 * ids and severities are usage errors.
 */
export function parseRuleOptions(values: readonly string[]): RuleSettings {
  const settings: RuleSettings = {}
  for (const value of values) {
    const match = /^([^=:]+)[=:](.+)$/.exec(value.trim())
    if (!match) throw new GlosaError('check:error.ruleOption', {value})
    const [, id, severity] = match as unknown as [string, string, string]
    if (!isRuleId(id)) throw new GlosaError('check:error.unknownRule', {rule: id, expected: ruleIds.join(', ')})
    if (!(severitySettings as readonly string[]).includes(severity)) {
      throw new GlosaError('check:error.unknownSeverity', {
        rule: id,
        value: severity,
        expected: severitySettings.join(', ')
      })
    }
    settings[id] = severity as SeveritySetting
  }
  return settings
}
