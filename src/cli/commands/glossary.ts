import {expectChoice, emit, parseCommandArgs, type Command, type CommandContext} from '../command.js'
import {GlosaError} from '../../util/errors.js'
import {refuseOutputOverInput} from '../../util/write.js'
import {lintGlossaryFile} from '../../glossary/lint-file.js'
import {exitCodeOf, report} from '../../report/index.js'
import {reporterNames} from '../../report/messages.js'
import {readGlossaryFileWithIssues} from '../../glossary/load.js'
import {glossaryCacheFolder} from '../../glossary/cache.js'
import {termLangs} from '../../glossary/vocabulary.js'
import {writeTbx, writeTbxV2, writeYaml} from '../../glossary/write.js'
import {writeTsv} from '../../glossary/delimited.js'
import {parseColumnsOption} from '../../glossary/columns.js'
import type {TermLang} from '../../glossary/types.js'

/** `--columns source=English,target=3,note=Notes`: which column of a CSV or TSV glossary holds what. */
export function columnsOption(value: string | undefined): Record<string, string> | undefined {
  if (value === undefined) return undefined
  const mapping = parseColumnsOption(value)
  if (typeof mapping === 'string') throw new GlosaError('glossary:error.columnsOption', {value: mapping})
  return mapping
}

function lint(context: CommandContext, argv: string[]): number {
  const {values, positionals} = parseCommandArgs(argv, {
    json: {type: 'boolean'},
    columns: {type: 'string'},
    report: {type: 'string'},
    output: {type: 'string', short: 'o'}
  })
  const columns = columnsOption(values.columns)
  if (positionals.length === 0) throw new GlosaError('cli:error.missingArgument', {name: '<file...>'})
  const reporter = values.json ? 'json' : (expectChoice('--report', values.report, reporterNames) ?? 'human')
  // A report written over a glossary it lints would lose the glossary.
  if (values.output !== undefined) refuseOutputOverInput(values.output, positionals, context.cwd)
  // An unusable file is reported (exit 2) without stopping the others.
  let unusable = false
  const files = positionals.flatMap((path) => {
    try {
      return [lintGlossaryFile(path, {locale: context.locale, ...(columns ? {columns} : {})}).file]
    } catch (error) {
      if (!(error instanceof GlosaError)) throw error
      context.stderr.write('glosa: ' + error.format(context.locale) + '\n')
      unusable = true
      return []
    }
  })
  if (files.length > 0) {
    emit(
      context,
      report(files, reporter, {
        locale: context.locale,
        color: context.color && values.output === undefined,
        root: context.cwd
      }),
      values.output
    )
  }
  return unusable ? 2 : exitCodeOf(files)
}

function convert(context: CommandContext, argv: string[]): number {
  const {values, positionals} = parseCommandArgs(argv, {
    to: {type: 'string'},
    source: {type: 'string'},
    target: {type: 'string'},
    output: {type: 'string', short: 'o'},
    force: {type: 'boolean', default: false},
    columns: {type: 'string'}
  })
  const [file, extra] = positionals
  if (file === undefined) throw new GlosaError('cli:error.missingArgument', {name: '<file>'})
  if (extra !== undefined) throw new GlosaError('cli:error.tooManyArguments', {extra})
  const to = expectChoice('--to', values.to, ['tbx', 'tbx-v2', 'tsv', 'yaml'] as const)
  if (to === undefined) throw new GlosaError('cli:error.missingArgument', {name: '--to'})
  const source = expectChoice('--source', values.source, termLangs)
  const target = expectChoice('--target', values.target, termLangs)
  const options: {source?: TermLang; target?: TermLang; columns?: Record<string, string>} = {}
  const columns = columnsOption(values.columns)
  if (columns) options.columns = columns
  if (source) options.source = source
  if (target) options.target = target
  const {glossary} = readGlossaryFileWithIssues(file, {...options, cache: glossaryCacheFolder(context.env)})
  let text: string
  if (to === 'tbx') text = writeTbx(glossary)
  else if (to === 'tbx-v2') text = writeTbxV2(glossary)
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
      throw new GlosaError(
        to === 'tsv' ? 'io:output.lossyOverInput' : 'io:output.overInput',
        {format: to === 'tbx-v2' ? 'TBX' : to.toUpperCase()},
        {file: values.output}
      )
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
