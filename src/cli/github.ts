// glosa check inside a GitHub Actions step: a job summary appended to
// $GITHUB_STEP_SUMMARY and annotations within GitHub's limit, made in the
// same run as the report (SARIF, for code scanning) that `-o` writes.
import {appendFileSync} from 'node:fs'
import {resolve} from 'node:path'
import type {VFile} from 'vfile'
import {githubAnnotationLimit, reportGithub} from '../report/github.js'
import {levels, reportStepSummary} from '../report/summary.js'
import {GlosaError} from '../util/errors.js'
import type {Severity} from '../util/messages.js'
import {expectChoice, type CommandContext} from './command.js'

/** The options of `glosa check` this module reads. */
export const githubOptions = {
  'step-summary': {type: 'string'},
  annotations: {type: 'boolean'},
  'summary-level': {type: 'string'}
} as const

interface GithubValues {
  'step-summary'?: string | undefined
  annotations?: boolean | undefined
  'summary-level'?: string | undefined
  report?: string | undefined
  output?: string | undefined
}

/** Check the options before the run: the level, and no annotations mixed into a JSON, SARIF or GitHub report on standard output. */
export function githubLevel(values: GithubValues): Severity {
  if (
    values.annotations &&
    values.output === undefined &&
    (values.report === 'json' || values.report === 'sarif' || values.report === 'github')
  ) {
    throw new GlosaError('github:error.annotationsWithReport', {report: values.report})
  }
  return expectChoice('--summary-level', values['summary-level'], levels) ?? 'info'
}

/**
 * After the report: append the job summary to the `--step-summary` file (it
 * is GitHub's, shared by the steps of a job: appended to, never replaced)
 * and print at most ten annotations per level with `--annotations`.
 */
export function githubStep(files: readonly VFile[], values: GithubValues, context: CommandContext): void {
  const level = githubLevel(values)
  const summary = values['step-summary']
  if (summary !== undefined) {
    const file = resolve(context.cwd, summary)
    try {
      appendFileSync(file, reportStepSummary(files, {locale: context.locale, root: context.cwd, level}))
    } catch (error) {
      throw new GlosaError('github:error.summary', {reason: (error as Error).message}, {file: summary, cause: error})
    }
  }
  if (values.annotations)
    context.stdout.write(
      reportGithub(files, {locale: context.locale, root: context.cwd, level, limit: githubAnnotationLimit})
    )
}
