import {expectChoice, emit, parseCommandArgs, type Command, type CommandContext} from '../command.js'
import {GlosaError} from '../../util/errors.js'
import {refuseOutputOverInput} from '../../util/write.js'
import {lintGlossary, type GlossaryIssue} from '../../glossary/index.js'
import {readGlossaryFileWithIssues} from '../../glossary/load.js'
import {termLangs} from '../../glossary/vocabulary.js'
import {writeTbx, writeYaml} from '../../glossary/write.js'
import {writeTsv} from '../../glossary/delimited.js'
import type {TermLang} from '../../glossary/types.js'

/** One message of `glosa glossary lint --json`, in the shape `glosa check --json` uses. */
interface JsonMessage {
  line: number | null
  column: number | null
  place: GlossaryIssue['position'] | null
  reason: string
  ruleId: string
  source: 'glosa'
  entry: string | null
  severity: 'error' | 'warning'
  fatal: boolean
}

function lint(context: CommandContext, argv: string[]): number {
  const {values, positionals} = parseCommandArgs(argv, {json: {type: 'boolean'}})
  if (positionals.length === 0) throw new GlosaError('cli:error.missingArgument', {name: '<file...>'})
  const t = context.t
  // An unusable file is reported (exit 2) without stopping the others.
  let unusable = false
  const reports = positionals.flatMap((file) => {
    try {
      const {glossary, issues} = readGlossaryFileWithIssues(file)
      return [{file, entries: glossary.entries.length, issues: lintGlossary(glossary, issues)}]
    } catch (error) {
      if (!(error instanceof GlosaError)) throw error
      context.stderr.write('glosa: ' + error.format(context.locale) + '\n')
      unusable = true
      return []
    }
  })
  const all = reports.flatMap((report) => report.issues)
  if (values.json) {
    const json = reports.map(({file, issues}) => ({
      path: file,
      messages: issues.map(
        (issue): JsonMessage => ({
          line: issue.position?.start.line ?? null,
          column: issue.position?.start.column ?? null,
          place: issue.position ?? null,
          reason: t(`glossary:lint.${issue.ruleId}`, issue.values) as string,
          ruleId: issue.ruleId,
          source: 'glosa',
          entry: issue.entry ?? null,
          severity: issue.severity,
          fatal: false
        })
      )
    }))
    context.stdout.write(JSON.stringify(json, null, 2) + '\n')
  } else {
    const lines: string[] = []
    for (const {file, entries, issues} of reports) {
      lines.push(`${file}: ${t('glossary:report.entries', {count: entries})}`)
      const rows = issues.map((issue) => [
        issue.position ? `${issue.position.start.line}:${issue.position.start.column}` : '',
        t(`glossary:report.${issue.severity}`) as string,
        t(`glossary:lint.${issue.ruleId}`, issue.values) as string,
        issue.ruleId
      ])
      const widths = [0, 1].map((column) => Math.max(0, ...rows.map((row) => row[column]!.length)))
      for (const row of rows) lines.push(`  ${row[0]!.padStart(widths[0]!)}  ${row[1]!.padEnd(widths[1]!)}  ${row[2]}  ${row[3]}`)
      lines.push('')
    }
    const errors = all.filter((issue) => issue.severity === 'error').length
    if (reports.length > 0) {
      const summary =
        all.length === 0
          ? t('glossary:report.clean')
          : t('glossary:report.summary', {
              count: all.length,
              errors: t('glossary:report.errors', {count: errors}),
              warnings: t('glossary:report.warnings', {count: all.length - errors})
            })
      lines.push(summary as string)
    }
    if (lines.length > 0) context.stdout.write(lines.join('\n') + '\n')
  }
  return unusable ? 2 : all.some((issue) => issue.severity === 'error') ? 1 : 0
}

function convert(context: CommandContext, argv: string[]): number {
  const {values, positionals} = parseCommandArgs(argv, {
    to: {type: 'string'},
    source: {type: 'string'},
    target: {type: 'string'},
    output: {type: 'string', short: 'o'},
    force: {type: 'boolean', default: false}
  })
  const [file, extra] = positionals
  if (file === undefined) throw new GlosaError('cli:error.missingArgument', {name: '<file>'})
  if (extra !== undefined) throw new GlosaError('cli:error.tooManyArguments', {extra})
  const to = expectChoice('--to', values.to, ['tbx', 'tsv', 'yaml'] as const)
  if (to === undefined) throw new GlosaError('cli:error.missingArgument', {name: '--to'})
  const source = expectChoice('--source', values.source, termLangs)
  const target = expectChoice('--target', values.target, termLangs)
  const options: {source?: TermLang; target?: TermLang} = {}
  if (source) options.source = source
  if (target) options.target = target
  const {glossary} = readGlossaryFileWithIssues(file, options)
  let text: string
  if (to === 'tbx') text = writeTbx(glossary)
  else if (to === 'yaml') text = writeYaml(glossary)
  else {
    const from = source ?? 'en'
    const into = target ?? glossary.languages.find((lang) => lang.startsWith('pt')) ?? 'pt'
    if (from === into) throw new GlosaError('glossary:error.tsvLanguages')
    text = writeTsv(glossary, {source: from, target: into})
  }
  if (values.output !== undefined && !values.force) {
    // The general refusal, said for a glossary: TSV keeps only two languages' terms.
    try {
      refuseOutputOverInput(values.output, [file], context.cwd)
    } catch (error) {
      if (!(error instanceof GlosaError)) throw error
      throw new GlosaError(to === 'tsv' ? 'io:output.lossyOverInput' : 'io:output.overInput', {format: to.toUpperCase()}, {file: values.output})
    }
  }
  emit(context, text, values.output)
  return 0
}

/** `glosa glossary lint|convert`. */
export const command: Command = {
  run(context) {
    const [name, ...argv] = context.argv
    if (name === 'lint') return lint(context, argv)
    if (name === 'convert') return convert(context, argv)
    if (name === undefined) throw new GlosaError('glossary:error.subcommand')
    throw new GlosaError('glossary:error.unknownSubcommand', {name})
  }
}
