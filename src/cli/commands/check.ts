import {relative, resolve} from 'node:path'
import {
  checkLangs,
  loadConfig,
  parseRuleOptions,
  planChecks,
  type CheckConfig,
  type CheckPlan
} from '../../check/index.js'
import {cacheFile, CheckCache, hashOf} from '../../check/cache.js'
import {defaultJobs, parseJobs} from '../../check/jobs.js'
import {checkAtScale} from '../../check/scale.js'
import {parseShard} from '../../check/shard.js'
import {packageVersion} from '../../util/package.js'
import {readFileSync} from 'node:fs'
import {currentMaxSize} from '../../util/input.js'
import {bundledGlossaryFiles, glossaryCacheFolder, loadGlossaries} from '../../glossary/index.js'
import {exitCodeOf, reportChunks, reporterNames} from '../../report/index.js'
import {compileGlossary} from '../../tag/index.js'
import {fileFormats, type FileFormat} from '../../bilingual/index.js'
import {columnsOption} from './glossary.js'
import type {Lang} from '../../types.js'
import {GlosaError} from '../../util/errors.js'
import {emit, expectChoice, expectProbability, parseCommandArgs, type Command, type CommandContext} from '../command.js'
import {applyBaseline, createBaseline, formatBaseline, readBaseline} from '../../check/baseline.js'
import {translator} from '../../i18n/index.js'
import {writeFileAtomic} from '../../util/write.js'
import type {VFile} from 'vfile'
import {configNotes, printConfig} from '../config.js'
import {isScoped, scopeOptions, scopedPlan} from '../scope.js'
import {githubLevel, githubOptions, githubStep} from '../github.js'

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
  fuzzy: {type: 'boolean'},
  columns: {type: 'string'},
  'report-unused-disables': {type: 'boolean'},
  baseline: {type: 'string'},
  'write-baseline': {type: 'string'},
  jobs: {type: 'string'},
  cache: {type: 'boolean'},
  'cache-location': {type: 'string'},
  shard: {type: 'string'},
  'print-config': {type: 'string'},
  'min-confidence': {type: 'string'},
  ...scopeOptions,
  ...githubOptions
} as const

/** The columns of CSV and TSV glossaries: `--columns`, else the configuration's `columns`. */
function columnsOf(
  option: string | undefined,
  configured: Readonly<Record<string, string>> | undefined
): {columns?: Record<string, string>} {
  const columns = columnsOption(option) ?? (configured ? {...configured} : undefined)
  return columns ? {columns} : {}
}

/** `glosa check`: check translations against the glossary and report for people, machines or GitHub. */
export const command: Command = {
  async run(context) {
    const {values, positionals} = parseCommandArgs(context.argv, options)
    const reporter = expectChoice('--report', values.report, reporterNames) ?? 'human'
    const format = expectChoice<FileFormat>('--format', values.format, fileFormats)
    const sourceLang = expectChoice<Lang>('--source-lang', values['source-lang'], checkLangs)
    const targetLang = expectChoice<Lang>('--target-lang', values['target-lang'], checkLangs)
    const minConfidence = expectProbability('--min-confidence', values['min-confidence'])
    if (positionals.length > 2 && !values['pairs-of']) throw new GlosaError('check:error.tooManyFiles')
    if (positionals.length === 2 && positionals.every((file) => file === '-'))
      throw new GlosaError('check:error.stdinTwice')
    if (values.aligned && positionals.length === 1) throw new GlosaError('check:error.alignedLines')
    githubLevel(values)

    const jobs = parseJobs(values.jobs) ?? defaultJobs()
    const shard = parseShard(values.shard)

    const config = loadConfig(context.cwd, values.config)
    const note = (text: string) => context.stderr.write('glosa: ' + text + '\n')
    configNotes(config, context).forEach(note)
    const cliRules = parseRuleOptions(values.rule ?? [])
    if (values['print-config'] !== undefined) {
      emit(context, printConfig(values['print-config'], config, values, cliRules, context), values.output)
      return 0
    }
    // No glossary is no glossary: glosa's own is used only when asked for by name (`bundled`).
    const named =
      values.glossary?.map((file) => ({file, root: context.cwd})) ??
      config?.glossaries?.map((file) => ({file, root: config.root})) ??
      []
    const glossaries = named.flatMap(({file, root}) =>
      file === 'bundled' ? bundledGlossaryFiles() : [resolve(root, file)]
    )
    const columns = columnsOf(values.columns, config?.columns)
    // Loaded and compiled only when a unit is checked in this thread: a run the cache answers needs neither, and
    // with --jobs each worker loads it (and says when it cannot be).
    const glossaryCache = glossaryCacheFolder(context.env)
    const compile = () =>
      compileGlossary(
        glossaries.length === 0
          ? {languages: [], entries: []}
          : loadGlossaries(glossaries, {...columns, cache: glossaryCache})
      )
    const glossaryNames = named.map(({file, root}) =>
      file === 'bundled' ? 'bundled' : relative(context.cwd, resolve(root, file)) || file
    )
    const rules = {...config?.rules, ...cliRules}

    let plan: CheckPlan
    if (isScoped(values)) plan = await scopedPlan(values, positionals, config, context, note)
    else if (positionals.length === 2)
      plan = {pairs: [{source: positionals[0]!, target: positionals[1]!}], singles: [], unchecked: []}
    else if (positionals.length === 1) plan = {pairs: [], singles: [positionals[0]!], unchecked: []}
    else if (config && (config.pairs?.length || config.files?.length))
      plan = planChecks(config, context.cwd, values.ignore ?? [])
    else throw new GlosaError('check:error.noInput')

    const source = sourceLang ?? config?.languages?.source
    const target = targetLang ?? config?.languages?.target
    const checkOptions = {
      locale: context.locale,
      rules,
      cwd: context.cwd,
      aligned: values.aligned ?? config?.aligned ?? false,
      fuzzy: values.fuzzy ?? false,
      reportUnusedDisables: values['report-unused-disables'] ?? false,
      ...(minConfidence === undefined ? {} : {minConfidence}),
      ...(config?.ignoreFindings ? {ignores: config.ignoreFindings, ignoreRoot: config.root} : {}),
      ...(source ? {sourceLang: source} : {}),
      ...(target ? {targetLang: target} : {}),
      ...(format ? {format} : {})
    }
    const cache =
      values.cache || values['cache-location'] !== undefined
        ? openCache(values['cache-location'], config, checkOptions, glossaries, columns, context)
        : undefined
    const result = await checkAtScale(plan, checkOptions, {
      jobs,
      ...(cache ? {cache} : {}),
      ...(shard ? {shard} : {}),
      glossary: {files: glossaries, ...columns, ...(glossaryCache === undefined ? {} : {cache: glossaryCache})},
      compile
    })
    for (const text of cache?.notes ?? []) note(text)
    for (const warning of result.warnings) context.stderr.write('glosa: ' + warning + '\n')
    if (shard && reporter !== 'json' && reporter !== 'sarif')
      note(translator(context.locale)('scale:shard.consistencyLeft'))
    for (const note of baselineStep(result.files, values, context)) context.stderr.write('glosa: ' + note + '\n')
    const text = reportChunks(result.files, reporter, {
      locale: context.locale,
      color: context.color && values.output === undefined,
      root: context.cwd,
      run: {glossaries: glossaryNames, languages: result.languages},
      ...(result.consistency ? {consistency: result.consistency} : {})
    })
    const inputs = [
      ...plan.pairs.flatMap((pair) => [pair.source, pair.target]),
      ...plan.singles,
      ...glossaries,
      ...(config?.file === undefined ? [] : [config.file])
    ]
    emit(context, text, values.output, inputs, cache?.fileIds)
    githubStep(result.files, values, context)
    return exitCodeOf(result.files, {frail: values.frail ?? false})
  }
}

/**
 * `--write-baseline FILE` records today's findings (and leaves them out of
 * this run's report); `--baseline FILE` leaves out the findings it records.
 * A baseline that cannot be used is said, and the run goes on.
 */
function baselineStep(
  files: VFile[],
  values: {baseline?: string | undefined; 'write-baseline'?: string | undefined},
  context: CommandContext
): string[] {
  const t = translator(context.locale)
  const notes: string[] = []
  const write = values['write-baseline']
  if (write !== undefined) {
    const file = resolve(context.cwd, write)
    const baseline = createBaseline(files, context.cwd)
    writeFileAtomic(file, formatBaseline(baseline))
    const count = baseline.findings.reduce((sum, finding) => sum + finding.count, 0)
    notes.push(t('ci:baseline.written', {count, file: write}) as string)
    applyBaseline(files, baseline, {cwd: context.cwd, file: write, locale: context.locale})
    return notes
  }
  if (values.baseline === undefined) return notes
  const read = readBaseline(resolve(context.cwd, values.baseline), {name: values.baseline, locale: context.locale})
  notes.push(...read.notes)
  if (!read.baseline) return notes
  const outcome = applyBaseline(files, read.baseline, {cwd: context.cwd, file: values.baseline, locale: context.locale})
  notes.push(...outcome.notes)
  if (outcome.matched > 0)
    notes.push(t('ci:baseline.matched', {count: outcome.matched, file: values.baseline}) as string)
  return notes
}

/**
 * Open the check cache (`--cache`, `--cache-location`) for a run whose
 * settings are hashed from everything that shapes its findings besides the
 * files themselves: glosa's version, the options, the locale, the
 * configuration and the glossaries' content. A cache made under other
 * settings is ignored, with a note, and rewritten.
 */
function openCache(
  location: string | undefined,
  config: CheckConfig | undefined,
  options: Record<string, unknown>,
  glossaries: readonly string[],
  columns: {columns?: Record<string, string>},
  context: CommandContext
): CheckCache {
  const file = cacheFile(location, config?.root ?? context.cwd, context.cwd)
  const settings = hashOf([
    packageVersion(),
    JSON.stringify(options),
    JSON.stringify(columns),
    JSON.stringify(config ?? null, (key, value: unknown) => (key === 'places' ? undefined : value)),
    String(currentMaxSize()),
    // A glossary that cannot be read hashes as such; loading it then says why.
    ...glossaries.flatMap((glossary) => [glossary, readOrNothing(glossary)])
  ])
  const {cache, notes} = CheckCache.open(file, settings, {
    name: relative(context.cwd, file) || file,
    locale: context.locale
  })
  for (const note of notes) context.stderr.write('glosa: ' + note + '\n')
  return cache
}

function readOrNothing(file: string): Uint8Array | string {
  try {
    return readFileSync(file)
  } catch {
    return '\u0000unreadable'
  }
}
