import {isAbsolute, relative, sep} from 'node:path'
import type {VFile} from 'vfile'
import {translator, type Locale} from '../i18n/index.js'
import type {Severity} from '../util/messages.js'
import {isNotChecked, levelOf, spanOf, tally} from './messages.js'

/** The levels from the most to the least serious. */
export const levels: readonly Severity[] = Object.freeze(['error', 'warning', 'info'])

/** Whether `level` is `least` or more serious. */
export function atLeast(level: Severity, least: Severity): boolean {
  return levels.indexOf(level) <= levels.indexOf(least)
}

/** Options of {@link reportStepSummary}. */
export interface StepSummaryOptions {
  locale?: Locale
  /** The repository root paths are shown relative to. Default: `process.cwd()`. */
  root?: string
  /** The least serious level listed (counts always count every level). Default: `info`. */
  level?: Severity
  /** Findings listed per file. Default: 5. */
  perFile?: number
  /** Files listed. Default: 50. */
  files?: number
}

/** Longest message shown in a table cell, in UTF-16 units. */
const maxReason = 300

/**
 * Text for one cell of a GitHub Markdown table: one line, every character
 * Markdown or HTML would read as markup escaped with a backslash (a
 * glossary term like `<script>` or `a|b` stays text), cut to a length.
 */
export function tableCell(text: string): string {
  const line = text.replace(/[\r\n]+/g, ' ')
  const short = line.length > maxReason ? line.slice(0, maxReason - 1) + '…' : line
  return short.replace(/[\\`*_[\]<>|&~!#]/g, '\\$&')
}

/**
 * The GitHub job summary of a run (`$GITHUB_STEP_SUMMARY`), in Markdown: a
 * heading with the counts, a table of findings per rule and level, and a
 * table of the first findings of each file (files not checked among them).
 * What is left out for length is counted, and is in the SARIF report.
 */
export function reportStepSummary(files: readonly VFile[], options: StepSummaryOptions = {}): string {
  const t = translator(options.locale ?? 'en')
  const root = options.root ?? process.cwd()
  const least = options.level ?? 'info'
  const perFile = options.perFile ?? 5
  const maxFiles = options.files ?? 50
  const pathOf = (path: string) => (isAbsolute(path) ? relative(root, path) : path).split(sep).join('/')
  const counts = tally(files)
  const parts = [
    counts.error > 0 ? t('report:summary.errors', {count: counts.error}) : '',
    counts.warning > 0 ? t('report:summary.warnings', {count: counts.warning}) : '',
    counts.info > 0 ? t('report:summary.infos', {count: counts.info}) : '',
    counts.notChecked > 0 ? t('report:summary.notChecked', {count: counts.notChecked}) : ''
  ].filter(Boolean)
  const checked = files.filter((file) => !file.messages.some(isNotChecked)).length
  const lines = [
    `### ${t('github:summary.title', {result: parts.length > 0 ? parts.join(', ') : t('report:summary.clean'), checked: t('report:summary.checked', {count: checked})})}`,
    ''
  ]

  const byRule = new Map<string, Record<Severity, number>>()
  for (const file of files) {
    for (const message of file.messages) {
      if (isNotChecked(message)) continue
      const id = message.ruleId ?? 'glosa'
      const row = byRule.get(id) ?? {error: 0, warning: 0, info: 0}
      row[levelOf(message)]++
      byRule.set(id, row)
    }
  }
  if (byRule.size > 0) {
    lines.push(
      `| ${t('github:summary.rule')} | ${levels.map((level) => t(`report:level.${level}`)).join(' | ')} |`,
      '| --- | ---: | ---: | ---: |'
    )
    const rows = [...byRule].sort(
      ([a, x], [b, y]) => y.error - x.error || y.warning - x.warning || y.info - x.info || a.localeCompare(b)
    )
    for (const [id, row] of rows) lines.push(`| ${tableCell(id)} | ${row.error} | ${row.warning} | ${row.info} |`)
    lines.push('')
  }

  const listed = files
    .map((file) => ({
      path: pathOf(file.path),
      messages: file.messages.filter((message) => isNotChecked(message) || atLeast(levelOf(message), least))
    }))
    .filter((file) => file.messages.length > 0)
  if (listed.length > 0) {
    lines.push(`#### ${t('github:summary.first', {count: perFile})}`, '')
    lines.push(
      `| ${t('github:summary.file')} | ${t('github:summary.line')} | ${t('github:summary.level')} | ${t('github:summary.rule')} | ${t('github:summary.message')} |`
    )
    lines.push('| --- | ---: | --- | --- | --- |')
    for (const file of listed.slice(0, maxFiles)) {
      for (const message of file.messages.slice(0, perFile)) {
        const span = spanOf(message)
        const level = isNotChecked(message) ? t('github:summary.notChecked') : t(`report:level.${levelOf(message)}`)
        lines.push(
          `| ${tableCell(file.path)} | ${span ? `${span.start.line}:${span.start.column}` : ''} | ${level} | ${tableCell(message.ruleId ?? '')} | ${tableCell(message.reason)} |`
        )
      }
      const more = file.messages.length - perFile
      if (more > 0) lines.push(`| ${tableCell(file.path)} | | | | ${t('github:summary.moreInFile', {count: more})} |`)
    }
    lines.push('')
    if (listed.length > maxFiles)
      lines.push(t('github:summary.moreFiles', {count: listed.length - maxFiles}) as string, '')
  }
  return lines.join('\n') + '\n'
}
