import {maxOf} from '../util/chunks.js'
import type {VFile} from 'vfile'
import {listFormat, translator, type Locale} from '../i18n/index.js'
import {isNotChecked, levelOf, spanOf, tally} from './messages.js'
import type {Severity} from '../util/messages.js'

/** Options of {@link reportHuman}. */
export interface HumanOptions {
  locale?: Locale
  /** Colour with ANSI escapes (only on a terminal). Default: false. */
  color?: boolean
  /** What the run used, named before the summary so that nothing is a silent default. Default: not named. */
  run?: RunSummary
}

/** What a check run used: its glossaries (as given, `bundled` for glosa's own) and its languages. */
export interface RunSummary {
  glossaries: readonly string[]
  /** Language pairs (`en → pt-PT`) and languages of files checked alone. */
  languages: readonly string[]
}

/** The glossary rules, off when a run has no glossary. */
const glossaryRules = ['missing-target-term', 'deprecated-target-term', 'inconsistent-translation', 'do-not-translate']

/** "glossary: terms.yaml; languages: en → pt-PT", or that there is no glossary and its rules are off. */
export function runLine(run: RunSummary, locale: Locale): string {
  const t = translator(locale)
  const list = listFormat(locale, 'conjunction')
  const glossaries =
    run.glossaries.length === 0
      ? (t('ci:summary.noGlossary', {rules: glossaryRules.join(', ')}) as string)
      : (t('ci:summary.glossaries', {count: run.glossaries.length, list: list.format(run.glossaries)}) as string)
  const languages =
    run.languages.length === 0
      ? (t('ci:summary.noLanguages') as string)
      : (t('ci:summary.languages', {list: list.format(run.languages)}) as string)
  return `${glossaries}; ${languages}`
}

const colours: Record<Severity | 'path' | 'rule' | 'reset', string> = {
  error: '\u001b[31m',
  warning: '\u001b[33m',
  info: '\u001b[34m',
  path: '\u001b[4m',
  rule: '\u001b[2m',
  reset: '\u001b[0m'
}

/**
 * The report for people: messages grouped by file,
 * `line:column-endLine:endColumn  level  message  rule`, then a summary line
 * with localised plurals. A bilingual file (XLIFF, PO, TMX, JSON) is always
 * listed, its heading naming the format it was read as (`(xliff 2.1)`);
 * Markdown and text files without messages are left out; files that could
 * not be checked are listed with why.
 */
export function reportHuman(files: readonly VFile[], options: HumanOptions = {}): string {
  const t = translator(options.locale ?? 'en')
  const paint = (kind: keyof typeof colours, text: string) =>
    options.color ? colours[kind] + text + colours.reset : text
  const rows = files
    .filter((file) => file.messages.length > 0)
    .map((file) => ({
      file,
      lines: file.messages.map((message) => {
        const span = spanOf(message)
        const level = levelOf(message)
        return {
          place: span ? `${span.start.line}:${span.start.column}-${span.end.line}:${span.end.column}` : '-',
          level,
          label: t(`report:level.${level}`) as string,
          reason: message.reason,
          rule: message.ruleId ?? ''
        }
      })
    }))
  const all = rows.flatMap((row) => row.lines)
  const placeWidth = maxOf(
    all.map((line) => line.place.length),
    0
  )
  const labelWidth = maxOf(
    all.map((line) => line.label.length),
    0
  )
  const reasonWidth = Math.min(
    80,
    maxOf(
      all.map((line) => line.reason.length),
      0
    )
  )
  const out: string[] = []
  const formatOf = (file: VFile) => (bilingual(file) ? ` (${file.data.format as string})` : '')
  for (const row of rows) {
    out.push(paint('path', row.file.path) + formatOf(row.file))
    for (const line of row.lines) {
      out.push(
        '  ' +
          line.place.padEnd(placeWidth) +
          '  ' +
          paint(line.level, line.label.padEnd(labelWidth)) +
          '  ' +
          line.reason.padEnd(reasonWidth) +
          '  ' +
          paint('rule', line.rule)
      )
    }
    out.push('')
  }
  // Every bilingual file read is listed with its format, so that a file read as something else is seen.
  const clean = files.filter((file) => file.messages.length === 0 && bilingual(file))
  if (clean.length > 0) {
    for (const file of clean) out.push(paint('path', file.path) + formatOf(file) + '  ✓')
    out.push('')
  }
  if (options.run) out.push(runLine(options.run, options.locale ?? 'en'))
  out.push(summaryLine(files, options.locale ?? 'en', paint))
  return out.join('\n').replace(/[ \t]+$/gm, '') + '\n'
}

/** Whether a file was read as a bilingual format, not as Markdown or text (a report's `format`). */
function bilingual(file: VFile): boolean {
  return typeof file.data.format === 'string' && file.data.format !== 'md' && file.data.format !== 'text'
}

/** The summary: "2 errors, 1 warning (3 files checked, 1 not checked)" in the locale. */
export function summaryLine(
  files: readonly VFile[],
  locale: Locale,
  paint: (kind: Severity, text: string) => string = (_, text) => text
): string {
  const t = translator(locale)
  const counts = tally(files)
  const parts: string[] = []
  if (counts.error > 0) parts.push(paint('error', t('report:summary.errors', {count: counts.error}) as string))
  if (counts.warning > 0) parts.push(paint('warning', t('report:summary.warnings', {count: counts.warning}) as string))
  if (counts.info > 0) parts.push(paint('info', t('report:summary.infos', {count: counts.info}) as string))
  const checked = files.filter((file) => !file.messages.some(isNotChecked)).length
  const scope: string[] = [t('report:summary.checked', {count: checked}) as string]
  if (counts.notChecked > 0)
    scope.push(paint('error', t('report:summary.notChecked', {count: counts.notChecked}) as string))
  const mark = counts.error > 0 || counts.notChecked > 0 ? '✖' : counts.warning > 0 ? '⚠' : '✓'
  if (parts.length === 0 && counts.notChecked > 0) return `${mark} ${scope.reverse().join(' (')})`
  const head = parts.length > 0 ? parts.join(', ') : (t('report:summary.clean') as string)
  return `${mark} ${head} (${scope.join(', ')})`
}
