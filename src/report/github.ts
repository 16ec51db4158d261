import {isAbsolute, relative, sep} from 'node:path'
import type {VFile} from 'vfile'
import {translator, type Locale} from '../i18n/index.js'
import {levelOf, spanOf} from './messages.js'
import {atLeast} from './summary.js'
import type {Severity} from '../util/messages.js'

/** GitHub shows at most this many annotations of each level per step. */
export const githubAnnotationLimit = 10

/** Escape the message of a workflow command (`%`, CR, LF). */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Escape a property of a workflow command (also `:` and `,`). */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

const commands = {error: 'error', warning: 'warning', info: 'notice'} as const

/** Options of {@link reportGithub}. */
export interface GithubOptions {
  locale?: Locale
  /** The repository root annotation paths are relative to. Default: `process.cwd()`. */
  root?: string
  /** Print at most this many annotations per level, the notice about the rest included; they are in the job summary and SARIF. Default: all. */
  limit?: number
  /** The least serious level annotated. Default: `info`. */
  level?: Severity
}

/**
 * GitHub Actions workflow commands, one per message
 * (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::…`), after a
 * `::notice` saying how many GitHub will not show when a level has more than
 * it shows per step. With `limit`, only that many per level are printed.
 */
export function reportGithub(files: readonly VFile[], options: GithubOptions = {}): string {
  // Annotations attach to repository-relative paths.
  const pathOf = (path: string) =>
    isAbsolute(path)
      ? relative(options.root ?? process.cwd(), path)
          .split(sep)
          .join('/')
      : path
  const counts = {error: 0, warning: 0, info: 0}
  const lines: Array<{level: Severity; line: string}> = []
  for (const file of files) {
    for (const message of file.messages) {
      const level = levelOf(message)
      if (!atLeast(level, options.level ?? 'info')) continue
      counts[level]++
      const properties: string[] = [`file=${escapeProperty(pathOf(file.path))}`]
      const span = spanOf(message)
      if (span) {
        properties.push(
          `line=${span.start.line}`,
          `col=${span.start.column}`,
          `endLine=${span.end.line}`,
          `endColumn=${span.end.column}`
        )
      }
      properties.push(`title=${escapeProperty(message.ruleId ? `glosa(${message.ruleId})` : 'glosa')}`)
      lines.push({level, line: `::${commands[level]} ${properties.join(',')}::${escapeData(message.reason)}`})
    }
  }
  const levels = Object.keys(counts) as Array<keyof typeof counts>
  const cap = options.limit ?? githubAnnotationLimit
  const over = levels.some((level) => counts[level] > cap)
  // The notice about the limit is itself a notice: it goes first, so that it is shown.
  if (counts.info > 0 && over) counts.info++
  const hidden = levels.reduce((sum, level) => sum + Math.max(0, counts[level] - cap), 0)
  const t = translator(options.locale ?? 'en')
  const total = lines.length
  let kept = lines
  if (options.limit !== undefined && over) {
    const room = {error: cap, warning: cap, info: cap - 1}
    kept = lines.filter((item) => room[item.level]-- > 0)
  }
  const out = kept.map((item) => item.line)
  if (hidden > 0) {
    // Without a limit every annotation is printed, and GitHub leaves out `hidden` of them; with one, glosa leaves them out.
    const notice =
      options.limit === undefined
        ? t('report:github.limit', {count: hidden, total, limit: cap})
        : t('github:annotations.limited', {count: total - kept.length, total, limit: cap})
    out.unshift(`::notice title=glosa::${escapeData(notice as string)}`)
  }
  return out.length > 0 ? out.join('\n') + '\n' : ''
}
