import {isAbsolute, relative, sep} from 'node:path'
import type {VFile} from 'vfile'
import {translator, type Locale} from '../i18n/index.js'
import {levelOf, spanOf} from './messages.js'

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

/**
 * GitHub Actions workflow commands, one per message
 * (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::…`), after a
 * `::notice` saying how many GitHub will not show when a level has more than
 * it shows per step.
 */
export function reportGithub(files: readonly VFile[], options: {locale?: Locale; root?: string} = {}): string {
  // Annotations attach to repository-relative paths.
  const pathOf = (path: string) => (isAbsolute(path) ? relative(options.root ?? process.cwd(), path).split(sep).join('/') : path)
  const counts = {error: 0, warning: 0, info: 0}
  const lines: string[] = []
  for (const file of files) {
    for (const message of file.messages) {
      const level = levelOf(message)
      counts[level]++
      const properties: string[] = [`file=${escapeProperty(pathOf(file.path))}`]
      const span = spanOf(message)
      if (span) {
        properties.push(`line=${span.start.line}`, `col=${span.start.column}`, `endLine=${span.end.line}`, `endColumn=${span.end.column}`)
      }
      properties.push(`title=${escapeProperty(message.ruleId ? `glosa(${message.ruleId})` : 'glosa')}`)
      lines.push(`::${commands[level]} ${properties.join(',')}::${escapeData(message.reason)}`)
    }
  }
  const levels = Object.keys(counts) as Array<keyof typeof counts>
  // The notice about the limit is itself a notice: it goes first, so that it is shown.
  if (counts.info > 0 && levels.some((level) => counts[level] > githubAnnotationLimit)) counts.info++
  const hidden = levels.reduce((sum, level) => sum + Math.max(0, counts[level] - githubAnnotationLimit), 0)
  if (hidden > 0) {
    const t = translator(options.locale ?? 'en')
    const total = lines.length
    const notice = t('report:github.limit', {count: hidden, total, limit: githubAnnotationLimit}) as string
    lines.unshift(`::notice title=glosa::${escapeData(notice)}`)
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : ''
}
