import {resolve} from 'node:path'
import type {VFile} from 'vfile'
import {alignDocuments, alignMixed} from '../align/index.js'
import {rejoinSplitPairs} from '../align/rejoin.js'
import {repairMovedPairs} from './moved.js'
import type {Alignment, Segment} from '../align/types.js'
import {identifyLanguage} from '../identify/index.js'
import {
  detectFileFormat,
  readBilingual,
  readResourceJson,
  type BilingualFile,
  type FileFormat,
  type ResourceFile
} from '../bilingual/index.js'
import {readWarningText} from '../read/index.js'
import {readDocument} from '../document/index.js'
import {readInput} from '../util/input.js'
import type {Document, Lang} from '../types.js'
import {GlosaError} from '../util/errors.js'
import {translator} from '../i18n/index.js'
import {collectDirectives, textDirectives, type Directive} from './directives.js'
import {CheckRun, sortMessages, type CheckRunOptions} from './run.js'
import {applySuppressions, type FindingIgnore} from './suppress.js'
import {probeUses, settleProbes, type ShardConsistency} from './shard-uses.js'
import {variantVote} from './rules/variant.js'
import {documentSegments, linePairs, lineSegments, proseLineSegments} from './segments.js'
import {checkBilingualFile, checkResourceAlone, checkResourcePair} from './units.js'
import type {CheckPair, CheckSegment, CheckText, TermMatcher} from './types.js'

/** Options of {@link checkFiles} and {@link checkDocuments}. */
export interface CheckOptions extends CheckRunOptions {
  /** The compiled glossary (`compileGlossary(loadGlossaries(files))`). */
  matcher: TermMatcher
  /** Language of the sources (default: detected per document). */
  sourceLang?: Lang
  /** Language of the translations (default: detected per document, with its variant of Portuguese). */
  targetLang?: Lang
  /** Pairs are aligned line by line (line i translates line i): no alignment runs. Default: false. */
  aligned?: boolean
  /** Input format (default: from the extension and content; a format glosa does not read is refused). */
  format?: FileFormat
  /** Check fuzzy PO entries and XLIFF targets not yet started, which are skipped by default. */
  fuzzy?: boolean
  /** Folder the plan's paths are relative to. Default: `process.cwd()`. */
  cwd?: string
  /** The configuration's ignore items (files, rules, entries) and the folder their globs are relative to (default: `cwd`). */
  ignores?: readonly FindingIgnore[]
  ignoreRoot?: string
  /** Report suppression comments that suppressed nothing. Default: false. */
  reportUnusedDisables?: boolean
}

/** What a check gives back: a vfile per file with its messages, and notes for the person running it. */
export interface CheckResult {
  files: VFile[]
  /** Localised warnings about the input (files of very different lengths). */
  warnings: string[]
  /** The language pairs checked (`en → pt-PT`) and the languages of files checked alone, for the summary. */
  languages: string[]
  /** A shard's uses of approved terms, for `glosa report merge` to judge consistency across shards. */
  consistency?: ShardConsistency
}

/** The language of a document: its main language, with its Portuguese variant when decided. */
export function documentLang(document: Document): Lang {
  const main = document.languages.document
  const variant = document.languages.variant
  if (main.startsWith('pt') && (variant === 'pt-PT' || variant === 'pt-BR')) return variant
  return main
}

function base(lang: Lang): string {
  return lang.startsWith('pt') ? 'pt' : lang
}

/** `lang`, or when undetermined the other language of the pair to `other` (`en` ↔ `pt`). */
function otherwise(lang: Lang, other: Lang): Lang {
  if (lang !== 'und') return lang
  return other === 'en' ? 'pt' : other === 'und' ? 'und' : 'en'
}

/** Map an aligner's segments onto check segments (by sentence id, then by place). */
function mapSegments(
  segments: readonly Segment[],
  bySentence: Map<string, CheckSegment>,
  owner: CheckText,
  matcher: TermMatcher
): CheckSegment[] {
  const byOffset = new Map<number, CheckSegment>()
  for (const segment of bySentence.values()) byOffset.set(segment.position.start.offset, segment)
  return segments.map((segment) => {
    const known =
      (segment.sentence === undefined ? undefined : bySentence.get(segment.sentence)) ??
      (segment.position === undefined ? undefined : byOffset.get(segment.position.start.offset))
    if (known) return known
    const start = segment.position?.start.offset ?? 0
    return {
      owner,
      text: segment.text,
      offsets: Array.from({length: segment.text.length + 1}, (_, index) => start + index),
      position: segment.position ?? owner.lines.position(start, start + segment.text.length),
      lang: segment.lang,
      matches: matcher.match(segment.text, {lang: segment.lang})
    }
  })
}

/**
 * The beads of a parallel alignment as check pairs, an omission beside an
 * addition read as one pair when their lengths agree, and sentences the
 * translation moved read with their counterparts.
 */
function pairsOf(alignment: Alignment, source: CheckSegment[], target: CheckSegment[]): CheckPair[] {
  const pairs = alignment.pairs.map((pair) => ({
    source: pair.source.map((index) => source[index]!).filter(Boolean),
    target: pair.target.map((index) => target[index]!).filter(Boolean),
    score: pair.score
  }))
  return repairMovedPairs(rejoinSplitPairs(pairs, (segment) => segment.text.length))
}

const identify = (text: string) => identifyLanguage(text)

/** The lines of a line-aligned file: the prose of each line for Markdown, the line itself for plain text. */
function alignedLines(owner: CheckText, document: Document, matcher: TermMatcher): Array<CheckSegment | undefined> {
  return document.format === 'md'
    ? proseLineSegments(owner, document, matcher, identify)
    : lineSegments(owner, matcher, identify)
}

/**
 * Check a source document and its translation within `run`. The language
 * checks that make the pair unusable (a translation in the source's language,
 * or not in the configured target language) mark the translation not checked.
 */
export function checkDocumentPair(
  run: CheckRun,
  source: Document,
  target: Document,
  paths: {source: string; target: string},
  options: CheckOptions
): void {
  let detected = documentLang(target)
  // glosa works between English and Portuguese: a side too short to tell is the other side's other language.
  const sourceLang = options.sourceLang ?? otherwise(documentLang(source), options.targetLang ?? detected)
  const wanted = options.targetLang ?? otherwise('und', sourceLang)
  if (detected !== 'und' && wanted !== 'und' && base(detected) !== base(wanted))
    detected = partlyIn(target, source, wanted) ?? detected
  let targetLang = options.targetLang ?? otherwise(detected, sourceLang)
  if (detected !== 'und') {
    if (options.targetLang !== undefined && base(detected) !== base(options.targetLang)) {
      run.notChecked(paths.target, 'check:notChecked.wrongLanguage', {expected: options.targetLang, actual: detected})
      return
    }
    if (base(detected) === base(sourceLang)) {
      run.notChecked(paths.target, 'check:notChecked.sameLanguage', {lang: detected})
      return
    }
  }
  const sourceText = run.text(paths.source, source.source, sourceLang)
  const targetText = run.text(paths.target, target.source, targetLang)
  let pairs: CheckPair[]
  if (options.aligned) {
    pairs = linePairs(
      alignedLines(sourceText, source, options.matcher),
      alignedLines(targetText, target, options.matcher)
    )
  } else {
    const sourceSegments = documentSegments(sourceText, source, options.matcher)
    const targetSegments = documentSegments(targetText, target, options.matcher)
    const alignment = alignDocuments(source, target, {matcher: options.matcher, mode: 'parallel'})
    pairs = pairsOf(
      alignment,
      mapSegments(alignment.source.segments, sourceSegments, sourceText, options.matcher),
      mapSegments(alignment.target.segments, targetSegments, targetText, options.matcher)
    )
  }
  if (options.targetLang === undefined && targetLang.startsWith('pt')) {
    targetLang = variantVote(pairs.flatMap((pair) => pair.target)) ?? targetLang
    targetText.lang = targetLang
  }
  run.checkPairs(pairs, sourceLang, targetLang)
}

/**
 * Check one document on its own: deprecated terms, the other variant's terms
 * and consistency; and, when it holds both languages, its translation part
 * against its source part (parallel) or the names of its commentary against
 * the text it discusses (commentary).
 */
export function checkSingleDocument(run: CheckRun, document: Document, path: string, options: CheckOptions): void {
  const lang = options.targetLang ?? documentLang(document)
  const text = run.text(path, document.source, lang)
  const bySentence = documentSegments(text, document, options.matcher)
  const segments = [...bySentence.values()]
  const languages = new Set(
    segments.map((segment) => base(segment.lang)).filter((each) => each === 'pt' || each === 'en')
  )
  const variant =
    options.targetLang ??
    variantVote(segments) ??
    (document.languages.variant === 'pt' ? undefined : document.languages.variant)
  if (languages.size < 2) {
    run.checkAlone(segments, variant)
    return
  }
  const alignment = alignMixed(document, {matcher: options.matcher})
  const source = mapSegments(alignment.source.segments, bySentence, text, options.matcher)
  const target = mapSegments(alignment.target.segments, bySentence, text, options.matcher)
  if (alignment.mode === 'parallel') {
    const langOf = (lang: Lang) => (lang.startsWith('pt') ? (variant ?? lang) : lang)
    let pairs = pairsOf(alignment, source, target)
    let [sourceLang, targetLang] = [alignment.source.lang, alignment.target.lang]
    // The original comes before its translation: whichever language the aligner took as its source.
    if (translationFirst(pairs)) {
      pairs = pairs.map((pair) => ({source: pair.target, target: pair.source}))
      ;[sourceLang, targetLang] = [targetLang, sourceLang]
    }
    run.checkPairs(pairs, langOf(sourceLang), langOf(targetLang))
    const checked = new Set(pairs.flatMap((pair) => pair.target))
    run.checkAlone(
      segments.filter((segment) => !checked.has(segment)),
      variant
    )
    return
  }
  run.checkAlone(segments, variant)
  // A misspelt name need not be in the sentence the commentary is linked to
  // (the misspelling itself weakens the link): compare with the whole text.
  run.checkCommentary(source.map((commentary) => ({commentary, text: target})))
}

/** Least share of a translation in its language for a partly translated file to be checked. */
const PARTLY = 0.2

/**
 * The language `wanted` as `target` has it (with its Portuguese variant),
 * when a good share of `target` is in that language and far more of it than
 * of the source: a translation under way, whose main language is still the
 * source's. Its untranslated sentences are then findings, not a reason to
 * leave the whole file unchecked.
 */
function partlyIn(target: Document, source: Document, wanted: Lang): Lang | undefined {
  const share = (document: Document) => {
    let total = 0
    let best: [Lang, number] | undefined
    for (const [lang, value] of Object.entries(document.languages.shares) as Array<[Lang, number]>) {
      if (base(lang) !== base(wanted)) continue
      total += value
      if (!best || value > best[1]) best = [lang, value]
    }
    return {total, lang: best?.[0]}
  }
  const inTarget = share(target)
  if (inTarget.total < PARTLY || inTarget.total < 2 * share(source).total) return undefined
  return wanted.startsWith('pt') && wanted !== 'pt' ? wanted : inTarget.lang
}

/** Whether, in most pairs with both sides, the target side stands first in the document. */
function translationFirst(pairs: readonly CheckPair[]): boolean {
  let votes = 0
  for (const pair of pairs) {
    const source = pair.source[0]
    const target = pair.target[0]
    if (source && target) votes += target.position.start.offset < source.position.start.offset ? 1 : -1
  }
  return votes > 0
}

/** An input as read: a document, a file of units (XLIFF, PO, TMX) or a JSON resource file. */
type Read =
  | {kind: 'document'; document: Document}
  | {kind: 'units'; file: BilingualFile; text: string}
  | {kind: 'resource'; file: ResourceFile; text: string}

/** How a format is named in reports: `xliff 2.1`, `po`, `md`. */
function formatLabel(read: Read): string {
  if (read.kind === 'document') return read.document.format
  if (read.kind === 'resource') return 'json'
  return read.file.version ? `${read.file.format} ${read.file.version}` : read.file.format
}

/**
 * Read a file as the format it is in, keeping its suppression comments in
 * `directives` (XML comments in XLIFF and TMX); a file glosa cannot read, or
 * whose format it does not read, is reported as not checked.
 */
function readOrReport(
  run: CheckRun,
  path: string,
  cwd: string,
  options: CheckOptions,
  directives: Map<string, Directive[]>,
  warnings: string[]
): Read | undefined {
  try {
    const file = path === '-' ? path : resolve(cwd, path)
    const input = readInput(file)
    const format = detectFileFormat(file, input.text, options.format)
    if (format === 'md' || format === 'mdx' || format === 'text') {
      // Every suppression comment says `glosa-`: a source without it has none, and its trees need no visit.
      const collector = input.text.includes('glosa-') ? collectDirectives() : undefined
      // Without a format asked for, the reader tells Markdown from MDX itself.
      const document = readDocument(input.text, {
        ...(options.format ? {format} : {}),
        file,
        bom: input.bom,
        ...(collector ? {onTree: collector.onTree} : {})
      })
      for (const warning of document.warnings ?? [])
        warnings.push(readWarningText(path, warning, options.locale ?? 'en'))
      directives.set(
        path,
        !collector
          ? []
          : document.format === 'md'
            ? collector.directivesIn(document.source)
            : textDirectives(document.source)
      )
      return {kind: 'document', document}
    }
    if (format === 'json') {
      directives.set(path, [])
      return {kind: 'resource', file: readResourceJson(input.text, file), text: input.text}
    }
    directives.set(path, format === 'po' ? [] : textDirectives(input.text))
    return {kind: 'units', file: readBilingual(format, input.text, file), text: input.text}
  } catch (error) {
    if (!(error instanceof GlosaError)) throw error
    const reason = translator(options.locale ?? 'en')(error.key, error.values) as string
    run.notChecked(path, 'check:notChecked.input', {reason}, error.place)
    return undefined
  }
}

/** What reading a unit's files leaves beside the run: each path's suppression comments, and notes for the person running it. */
export interface ReadNotes {
  directives: Map<string, Directive[]>
  warnings: string[]
}

/**
 * Check one pair of a plan within `run`: read both sides, then check them as
 * documents, resource files or bilingual files, as they are.
 */
export function checkPlannedPair(
  run: CheckRun,
  pair: {source: string; target: string},
  options: CheckOptions,
  notes: ReadNotes
): void {
  const cwd = options.cwd ?? process.cwd()
  const {directives, warnings} = notes
  const sourceRead = readOrReport(run, pair.source, cwd, options, directives, warnings)
  const targetRead = readOrReport(run, pair.target, cwd, options, directives, warnings)
  if (!sourceRead || !targetRead) return
  run.format(pair.source, formatLabel(sourceRead))
  run.format(pair.target, formatLabel(targetRead))
  if (sourceRead.kind === 'resource' && targetRead.kind === 'resource') {
    checkResourcePair(
      run,
      {source: sourceRead.file, target: targetRead.file},
      pair,
      {source: sourceRead.text, target: targetRead.text},
      options
    )
    return
  }
  if (sourceRead.kind !== 'document' || targetRead.kind !== 'document') {
    if (sourceRead.kind === 'units' && targetRead.kind === 'units') {
      // Each file holds its own source and translation.
      checkBilingualFile(run, sourceRead.file, pair.source, sourceRead.text, options)
      checkBilingualFile(run, targetRead.file, pair.target, targetRead.text, options)
    } else
      run.notChecked(pair.target, 'formats:notChecked.pairFormats', {
        source: formatLabel(sourceRead),
        target: formatLabel(targetRead)
      })
    return
  }
  const [source, target] = [sourceRead.document, targetRead.document]
  const ratio =
    Math.max(source.source.length, target.source.length) /
    Math.max(1, Math.min(source.source.length, target.source.length))
  if (ratio >= 3) {
    const t = translator(options.locale ?? 'en')
    warnings.push(
      t('check:warning.lengths', {source: pair.source, target: pair.target, ratio: ratio.toFixed(1)}) as string
    )
  }
  checkDocumentPair(run, source, target, pair, options)
}

/** Check one file of a plan on its own within `run`. */
export function checkPlannedSingle(run: CheckRun, path: string, options: CheckOptions, notes: ReadNotes): void {
  const read = readOrReport(run, path, options.cwd ?? process.cwd(), options, notes.directives, notes.warnings)
  if (read) run.format(path, formatLabel(read))
  if (read?.kind === 'document') checkSingleDocument(run, read.document, path, options)
  else if (read?.kind === 'units') checkBilingualFile(run, read.file, path, read.text, options)
  else if (read?.kind === 'resource') checkResourceAlone(run, read.file, path, read.text, options)
}

/**
 * Leave out what suppression comments and the configuration's ignore items
 * cover, and sort each file's messages by place: the last step of a run,
 * after the findings that span files.
 */
export function finishFiles(
  run: CheckRun,
  options: Omit<CheckOptions, 'matcher'>,
  notes: ReadNotes,
  shard?: {units: readonly number[]}
): CheckResult {
  const cwd = options.cwd ?? process.cwd()
  const files = run.finish({deferConsistency: shard !== undefined})
  // A shard hands its uses of terms on instead (see shard-uses.ts), judged by the comments and ignore items here.
  const probes = shard && probeUses(run, options.rules ?? {})
  const conditional = applySuppressions(files, {
    locale: options.locale ?? 'en',
    settings: options.rules ?? {},
    directives: notes.directives,
    cwd,
    root: options.ignoreRoot ?? cwd,
    ...(options.ignores ? {ignores: options.ignores} : {}),
    reportUnused: options.reportUnusedDisables ?? false,
    ...(probes ? {tentative: new Set(probes.keys())} : {})
  })
  const consistency = shard && probes && settleProbes(run, files, probes, conditional, shard.units)
  sortMessages(files)
  return {files, warnings: notes.warnings, languages: [...run.languages], ...(consistency ? {consistency} : {})}
}
