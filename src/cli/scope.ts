// Checking part of a site: `--changed-since <ref>` (the pairs a branch
// touched, for pull requests) and `--pairs-of <file>…` (the pairs of the files
// named, for pre-commit and lint-staged).
import {relative, resolve} from 'node:path'
import type {CheckConfig} from '../check/config.js'
import {planChecks, type CheckPlan} from '../check/plan.js'
import {selectChanged, type Changes} from '../check/select.js'
import {GlosaError} from '../util/errors.js'
import {changedSince} from './changed.js'
import type {CommandContext} from './command.js'

/** The options of `glosa check` this module reads. */
export const scopeOptions = {
  'changed-since': {type: 'string'},
  'pairs-of': {type: 'boolean'}
} as const

interface ScopeValues {
  'changed-since'?: string | undefined
  'pairs-of'?: boolean | undefined
  ignore?: string[] | undefined
}

/** Whether the run checks part of the configuration's files. */
export function isScoped(values: ScopeValues): boolean {
  return values['changed-since'] !== undefined || values['pairs-of'] === true
}

/**
 * The plan of a scoped run: the configuration's whole plan cut down to what
 * changed since the ref, or to the pairs of the files named. Notes for
 * standard error (how much is checked, sides paired across a rename) go to
 * `note`.
 */
export async function scopedPlan(
  values: ScopeValues,
  positionals: readonly string[],
  config: CheckConfig | undefined,
  context: CommandContext,
  note: (text: string) => void
): Promise<CheckPlan> {
  const ref = values['changed-since']
  const option = ref === undefined ? '--pairs-of' : '--changed-since'
  if (ref !== undefined && values['pairs-of']) throw new GlosaError('changes:error.both')
  if (ref !== undefined && positionals.length > 0) throw new GlosaError('changes:error.withFiles')
  if (ref === undefined && positionals.length === 0) throw new GlosaError('changes:error.noFiles')
  if (!config || !(config.pairs?.length || config.files?.length))
    throw new GlosaError('changes:error.needsConfig', {option})
  const changes: Changes =
    ref === undefined
      ? {paths: new Set(positionals.map((path) => relative(context.cwd, resolve(context.cwd, path))))}
      : await changedSince(ref, context.cwd)
  const full = planChecks(config, context.cwd, values.ignore ?? [])
  const {renamed, ...plan} = selectChanged(full, config, context.cwd, changes)
  const t = context.t
  for (const pair of renamed) {
    note(
      t('changes:renamed', {
        renamed: pair.renamed,
        from: pair.from,
        other: pair.renamed === pair.source ? pair.target : pair.source,
        expected: pair.expected
      }) as string
    )
  }
  const count = plan.pairs.length + plan.singles.length
  // A side paired across a rename is a pair the full plan did not have.
  const total = full.pairs.length + full.singles.length + renamed.length
  if (count + plan.unchecked.length === 0)
    note(t(ref === undefined ? 'changes:nothingNamed' : 'changes:nothingChanged', {ref}) as string)
  else
    note(
      t('changes:selected', {
        count,
        total,
        why: ref === undefined ? t('changes:named') : t('changes:since', {ref})
      }) as string
    )
  return plan
}
