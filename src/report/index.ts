// glosa's reporters: for people, for machines (JSON, SARIF) and for GitHub Actions.
import type {VFile} from 'vfile'
import type {Locale} from '../i18n/index.js'
import type {ShardData} from './shard.js'
import {reportGithub} from './github.js'
import {reportHuman, type RunSummary} from './human.js'
import {reportJsonChunks} from './json.js'
import type {ReporterName} from './messages.js'
import {reportSarifChunks} from './sarif.js'

export {reportHuman, summaryLine, runLine, type HumanOptions, type RunSummary} from './human.js'
export {reportJson, reportJsonChunks} from './json.js'
export {reportSarif, reportSarifChunks, relativeUri, fingerprint, uriBaseId, type SarifOptions} from './sarif.js'
export {reportGithub, escapeData, escapeProperty, githubAnnotationLimit} from './github.js'
export {reporterNames, exitCodeOf, tally, type ReporterName, type Tally} from './messages.js'

/** Options of {@link report}. */
export interface ReportOptions {
  locale?: Locale
  /** Colour the human report. Default: false. */
  color?: boolean
  /** Repository root for SARIF URIs and GitHub annotation paths. Default: `process.cwd()`. */
  root?: string
  /** What the run used, named in the human report's summary. Default: not named. */
  run?: RunSummary
  /** A shard's uses of approved terms, which its JSON and SARIF reports carry for `glosa report merge`. */
  consistency?: ShardData
}

/** Format the messages of `files` with the named reporter. */
export function report(files: readonly VFile[], reporter: ReporterName = 'human', options: ReportOptions = {}): string {
  return [...reportChunks(files, reporter, options)].join('')
}

/**
 * {@link report} in chunks to write one after the other: JSON and SARIF are
 * made file by file as they are written, so that a report of many files is
 * never one string and its parts need not all be held at once.
 */
export function reportChunks(
  files: readonly VFile[],
  reporter: ReporterName = 'human',
  options: ReportOptions = {}
): Iterable<string> {
  const locale = options.locale ?? 'en'
  switch (reporter) {
    case 'json':
      return reportJsonChunks(files, options.consistency)
    case 'sarif':
      return reportSarifChunks(files, {
        locale,
        ...(options.root === undefined ? {} : {root: options.root}),
        ...(options.consistency ? {consistency: options.consistency} : {})
      })
    case 'github':
      return [reportGithub(files, {locale, ...(options.root === undefined ? {} : {root: options.root})})]
    default:
      return [reportHuman(files, {locale, color: options.color ?? false, ...(options.run ? {run: options.run} : {})})]
  }
}
