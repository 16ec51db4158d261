import {resolve} from 'node:path'
import {checkFiles, checkLangs, loadConfig, parseRuleOptions, planChecks, type CheckPlan} from '../../check/index.js'
import {loadGlossaries} from '../../glossary/index.js'
import {exitCodeOf, report, reporterNames} from '../../report/index.js'
import {compileGlossary} from '../../tag/index.js'
import {inputFormats, type InputFormat} from '../../bilingual/index.js'
import type {Lang} from '../../types.js'
import {GlosaError} from '../../util/errors.js'
import {emit, expectChoice, parseCommandArgs, type Command} from '../command.js'

const options = {
  glossary: {type: 'string', multiple: true},
  config: {type: 'string'},
  aligned: {type: 'boolean'},
  'source-lang': {type: 'string'},
  'target-lang': {type: 'string'},
  format: {type: 'string'},
  rule: {type: 'string', multiple: true},
  ignore: {type: 'string', multiple: true},
  report: {type: 'string'},
  output: {type: 'string', short: 'o'},
  frail: {type: 'boolean'},
  fuzzy: {type: 'boolean'}
} as const

/** `glosa check`: check translations against the glossary and report for people, machines or GitHub. */
export const command: Command = {
  run(context) {
    const {values, positionals} = parseCommandArgs(context.argv, options)
    const reporter = expectChoice('--report', values.report, reporterNames) ?? 'human'
    const format = expectChoice<InputFormat>('--format', values.format, inputFormats)
    const sourceLang = expectChoice<Lang>('--source-lang', values['source-lang'], checkLangs)
    const targetLang = expectChoice<Lang>('--target-lang', values['target-lang'], checkLangs)
    if (positionals.length > 2) throw new GlosaError('check:error.tooManyFiles')
    if (positionals.length === 2 && positionals.every((file) => file === '-')) throw new GlosaError('check:error.stdinTwice')
    if (values.aligned && positionals.length === 1) throw new GlosaError('check:error.alignedLines')

    const config = loadConfig(context.cwd, values.config)
    const glossaries =
      values.glossary?.map((file) => resolve(context.cwd, file)) ??
      config?.glossaries?.map((file) => resolve(config.root, file)) ??
      []
    const matcher = compileGlossary(loadGlossaries(glossaries))
    const rules = {...config?.rules, ...parseRuleOptions(values.rule ?? [])}

    let plan: CheckPlan
    if (positionals.length === 2) plan = {pairs: [{source: positionals[0]!, target: positionals[1]!}], singles: [], unchecked: []}
    else if (positionals.length === 1) plan = {pairs: [], singles: [positionals[0]!], unchecked: []}
    else if (config && (config.pairs?.length || config.files?.length)) plan = planChecks(config, context.cwd, values.ignore ?? [])
    else throw new GlosaError('check:error.noInput')

    const source = sourceLang ?? config?.languages?.source
    const target = targetLang ?? config?.languages?.target
    const result = checkFiles(plan, {
      matcher,
      locale: context.locale,
      rules,
      cwd: context.cwd,
      aligned: values.aligned ?? config?.aligned ?? false,
      fuzzy: values.fuzzy ?? false,
      ...(source ? {sourceLang: source} : {}),
      ...(target ? {targetLang: target} : {}),
      ...(format ? {format} : {})
    })
    for (const warning of result.warnings) context.stderr.write('glosa: ' + warning + '\n')
    const text = report(result.files, reporter, {
      locale: context.locale,
      color: context.color && values.output === undefined,
      root: context.cwd
    })
    emit(context, text, values.output === undefined ? undefined : resolve(context.cwd, values.output))
    return exitCodeOf(result.files, {frail: values.frail ?? false})
  }
}
