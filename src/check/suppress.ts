import type {VFile} from 'vfile'
import {isAbsolute, relative, resolve, sep} from 'node:path'
import {LineIndex} from '../util/position.js'
import type {Directive} from './directives.js'
import {addMessage, type CheckMessage} from './findings.js'
import {compileGlob} from './glob.js'
import {isRuleId, severityOf} from './rules.js'
import {notCheckedId, type RuleSettings} from './types.js'
import {translator, type Locale} from '../i18n/index.js'

/**
 * An `ignore` item of the configuration that is an object: findings in files
 * matching `files`, of rules in `rules`, about entries in `entries` are left
 * out; a field not given matches everything, and at least one is given.
 */
export interface FindingIgnore {
  files?: string[]
  rules?: string[]
  entries?: string[]
}

/** Options of {@link applySuppressions}. */
export interface SuppressOptions {
  locale: Locale
  settings: RuleSettings
  /** The suppression comments of each file, by the path its messages carry. */
  directives: ReadonlyMap<string, readonly Directive[]>
  /** The configuration's ignore items, with the folder their globs are relative to. */
  ignores?: readonly FindingIgnore[]
  /** The folder `ignores`' globs are relative to, and the folder relative paths are from. */
  root?: string
  cwd?: string
  /** Report comments that suppressed nothing. Default: false. */
  reportUnused?: boolean
  /**
   * Messages that may or may not be findings, which only a later step decides
   * (a shard's probes, see shard-uses.ts): left out where covered like the
   * others, but a comment that covers only such messages is still reported
   * unused, and the report is handed back with the messages it depends on.
   */
  tentative?: ReadonlySet<CheckMessage>
}

/** Reports of unused comments that hold only if none of the tentative messages that comment covers is a finding. */
export type Conditional = Map<CheckMessage, CheckMessage[]>

/** One span of a file where some rules (none listed: every rule) are off, from a directive. */
interface Span {
  directive: Directive
  /** The rule it is for; `undefined`: every rule. */
  rule: string | undefined
  start: number
  end: number
  used: boolean
  /** Tentative messages it covers. */
  tentative: CheckMessage[]
}

/** Where each directive of a file switches rules off, as spans of source offsets. */
function spansOf(source: string, directives: readonly Directive[]): Span[] {
  const lines = new LineIndex(source)
  const spans: Span[] = []
  const each = (directive: Directive) => (directive.rules.length === 0 ? [undefined] : directive.rules)
  directives.forEach((directive, index) => {
    if (directive.kind === 'ignore-file') {
      for (const rule of each(directive))
        spans.push({directive, rule, start: 0, end: source.length, used: false, tentative: []})
    } else if (directive.kind === 'disable-next-line') {
      // The next line with text: a blank line between a comment and its paragraph is usual in Markdown.
      let line = lines.point(directive.end).line + 1
      while (
        line <= lines.starts.length &&
        source.slice(lines.starts[line - 1], lines.starts[line] ?? source.length).trim() === ''
      )
        line++
      const start = lines.starts[line - 1] ?? source.length
      const end = lines.starts[line] ?? source.length
      for (const rule of each(directive)) spans.push({directive, rule, start, end, used: false, tentative: []})
    } else if (directive.kind === 'disable') {
      for (const rule of each(directive)) {
        // Until an `enable` of every rule, or of this one.
        const enable = directives
          .slice(index + 1)
          .find(
            (other) =>
              other.kind === 'enable' &&
              (other.rules.length === 0 || (rule !== undefined && other.rules.includes(rule)))
          )
        spans.push({
          directive,
          rule,
          start: directive.end,
          end: enable ? enable.start : source.length,
          used: false,
          tentative: []
        })
      }
    }
  })
  return spans
}

/** The source offset a message starts at, from its place. */
function startOf(message: CheckMessage, lines: LineIndex): number | undefined {
  const place = message.place
  if (!place) return undefined
  const point = 'start' in place ? place.start : place
  if (point.offset !== undefined) return point.offset
  return point.line === undefined ? undefined : lines.offset(point.line, point.column ?? 1)
}

function portable(path: string): string {
  return path.split(sep).join('/')
}

/**
 * Leave out the findings that suppression comments and the configuration's
 * ignore items cover, in place; then warn, at the comment, about rule ids a
 * comment names that glosa does not have, and (with `reportUnused`) about
 * comments that suppressed nothing. Files that could not be checked are never
 * suppressed.
 */
export function applySuppressions(files: readonly VFile[], options: SuppressOptions): Conditional {
  const conditional: Conditional = new Map()
  const t = translator(options.locale)
  const cwd = options.cwd ?? process.cwd()
  const ignores = (options.ignores ?? []).map((item) => ({
    item,
    globs: item.files?.map((pattern) => compileGlob(pattern))
  }))
  for (const file of files) {
    const source = String(file.value ?? '')
    const lines = new LineIndex(source)
    const directives = options.directives.get(file.path) ?? []
    const spans = spansOf(source, directives)
    // Worked out only when an ignore item names files.
    let path: string | undefined
    const fromRoot = () =>
      (path ??= portable(relative(options.root ?? cwd, isAbsolute(file.path) ? file.path : resolve(cwd, file.path))))
    const ignoring = ignores.filter(({globs}) => !globs || globs.some((glob) => glob.match(fromRoot()) !== undefined))
    const kept: CheckMessage[] = []
    for (const message of file.messages as CheckMessage[]) {
      const rule = message.ruleId
      if (rule === notCheckedId || rule === undefined) {
        kept.push(message)
        continue
      }
      const ignored = ignoring.some(
        ({item}) =>
          (!item.rules || item.rules.includes(rule)) &&
          (!item.entries || (message.entry !== undefined && item.entries.includes(message.entry)))
      )
      if (ignored) continue
      const at = startOf(message, lines)
      const covering =
        at === undefined
          ? []
          : spans.filter((span) => (span.rule === undefined || span.rule === rule) && span.start <= at && at < span.end)
      const tentative = options.tentative?.has(message) ?? false
      for (const span of covering) {
        if (tentative) span.tentative.push(message)
        else span.used = true
      }
      if (covering.length === 0) kept.push(message)
    }
    file.messages.splice(0, file.messages.length, ...kept)
    const owner = {file}
    const warn = (reason: string, start: number, end: number) => {
      const severity = severityOf('suppression', options.settings)
      return severity === 'off'
        ? undefined
        : addMessage(owner, reason, lines.position(start, end), 'suppression', severity)
    }
    for (const directive of directives) {
      directive.rules.forEach((rule, index) => {
        if (isRuleId(rule)) return
        const start = directive.ruleStarts[index]!
        warn(
          t('ci:suppression.unknownRule', {rule, comment: 'glosa-' + directive.kind}) as string,
          start,
          start + rule.length
        )
      })
    }
    if (options.reportUnused) {
      for (const span of spans) {
        if (span.used || (span.rule !== undefined && !isRuleId(span.rule))) continue
        // A comment for every rule is unused only when no span of it was.
        if (span.rule === undefined && spans.some((other) => other.directive === span.directive && other.used)) continue
        const key = span.rule === undefined ? 'ci:suppression.unused' : 'ci:suppression.unusedRule'
        const warning = warn(
          t(key, {rule: span.rule, comment: 'glosa-' + span.directive.kind}) as string,
          span.directive.start,
          span.directive.end
        )
        if (warning && span.tentative.length > 0) conditional.set(warning, span.tentative)
      }
    }
  }
  return conditional
}
