import type {VFile} from 'vfile'
import type {Locale} from '../i18n/index.js'
import type {Lang, Point} from '../types.js'
import {Consistency} from './consistency.js'
import type {PairContext} from './context.js'
import {addMessage, FindingSink} from './findings.js'
import {checkNames} from './rules/names.js'
import {checkNumbers} from './rules/numbers.js'
import {checkParity} from './rules/parity.js'
import {checkDeprecated, checkTerms} from './rules/terms.js'
import {checkUntranslated} from './rules/untranslated.js'
import {checkDuplicated, checkUnaligned} from './rules/structure.js'
import {checkVariant} from './rules/variant.js'
import {checkText} from './segments.js'
import {
  notCheckedId,
  type CheckPair,
  type CheckSegment,
  type CheckText,
  type RuleSettings,
  type TermMatcher
} from './types.js'
import {translator} from '../i18n/index.js'
import {glossaryLangsFor} from '../glossary/terms.js'

/** Options of a {@link CheckRun}. */
export interface CheckRunOptions {
  /** Language of messages. Default: `en`. */
  locale?: Locale
  /** Severities by rule id (an entry's own severities still win). */
  rules?: RuleSettings
  /** The compiled glossary, to find terms inside prefixed words (`recriados` for `criar`). Default: none. */
  matcher?: TermMatcher
  /**
   * `unaligned-segment` reports a sentence the aligner left unmatched only
   * when the probability that it has no counterpart (the bead's calibrated
   * score) is at least this, 0 to 1. Default: 0 (every one).
   */
  minConfidence?: number
}

/** A commentary segment with the text segments it discusses. */
export interface CommentaryGroup {
  commentary: CheckSegment
  text: CheckSegment[]
}

function variantOf(lang: Lang): 'pt-PT' | 'pt-BR' | undefined {
  return lang === 'pt-PT' || lang === 'pt-BR' ? lang : undefined
}

/**
 * One run of `glosa check`: the files it reports on, the severities, and what
 * spans files (the consistency of translations across the run). Feed it
 * pairs, single documents and files it could not check, then `finish()`.
 */
export class CheckRun {
  readonly sink: FindingSink
  readonly consistency: Consistency
  readonly #files = new Map<string, VFile>()
  /** The format each file was read as, by path, for the files not under check yet. */
  readonly #formats = new Map<string, string>()
  /** The language pairs checked (`en → pt-PT`) and the languages of files checked alone, in order met. */
  readonly languages = new Set<string>()
  #finished = false

  constructor(readonly options: CheckRunOptions = {}) {
    this.sink = new FindingSink(options.locale ?? 'en', options.rules ?? {})
    this.consistency = new Consistency(options.rules ?? {})
  }

  /** A file to report on; one vfile per path, even when a file is in several pairs. */
  text(path: string, source: string, lang: Lang): CheckText {
    const text = checkText(path, source, lang)
    const existing = this.#files.get(path)
    if (existing) text.file = existing
    else {
      this.#files.set(path, text.file)
      const format = this.#formats.get(path)
      if (format !== undefined) text.file.data.format = format
    }
    return text
  }

  /**
   * Check aligned pairs of a source and its translation: untranslated
   * segments, terms, names, numbers, placeholders, markup and the other
   * parity rules, unaligned segments, and the variant of Portuguese over the
   * target. `units`: the pairs are the units of a bilingual file, each on its own.
   */
  checkPairs(pairs: readonly CheckPair[], sourceLang: Lang, targetLang: Lang, options: {units?: boolean} = {}): void {
    this.languages.add(`${sourceLang} → ${targetLang}`)
    // Copies of a paragraph, found first, are passed over by the rules below like untranslated sentences.
    // Not in a file of units: each unit translates its own source string, and two strings that differ
    // slightly (update/upgrade) often share one translation (35 of 44 such findings false on real PO files).
    const untranslated = new Set<CheckSegment>()
    if (!options.units) checkDuplicated(pairs, this.sink, untranslated)
    pairs.forEach((pair, index) => {
      // The units of a bilingual file stand alone: no sentence of one runs into the next.
      const neighbours = options.units
        ? []
        : [pairs[index - 1], pairs[index + 1]].filter((each): each is CheckPair => each !== undefined)
      const context: PairContext = {
        pair,
        neighbours,
        sourceLang,
        targetLang,
        sink: this.sink,
        consistency: this.consistency,
        untranslated,
        ...(this.options.matcher ? {matcher: this.options.matcher} : {})
      }
      checkUntranslated(context)
      checkTerms(context)
      checkNames(context)
      checkNumbers(context)
      checkParity(context)
    })
    checkUnaligned(pairs, this.sink, untranslated, this.options.minConfidence ?? 0)
    const variant = variantOf(targetLang)
    if (variant) {
      const targets = pairs.flatMap((pair) => pair.target).filter((segment) => !untranslated.has(segment))
      checkVariant(targets, variant, this.sink)
    }
  }

  /**
   * Check a document on its own: deprecated terms in each language part, the
   * other variant's terms in its Portuguese parts (`variant`: the configured
   * or detected variant), and the consistency of its Portuguese terms.
   */
  checkAlone(segments: readonly CheckSegment[], variant: Lang | undefined): void {
    for (const segment of segments) {
      const lang = segment.lang.startsWith('pt') && variant && variant.startsWith('pt') ? variant : segment.lang
      if (lang !== 'und') this.languages.add(lang)
      const found = checkDeprecated([segment], lang, this.sink)
      if (!lang.startsWith('pt')) continue
      for (const item of found) {
        if (
          item.standing === 'approved' &&
          !item.match.entry.doNotTranslate &&
          glossaryLangsFor(lang).includes(item.term!.lang)
        ) {
          this.consistency.record(item)
        }
      }
    }
    const own = variantOf(variant ?? 'und')
    if (own) checkVariant(segments, own, this.sink)
  }

  /**
   * Check commentary against the text it discusses: a name of the text
   * misspelt in the commentary ("H2O" beside "H20"). Commentary need not
   * repeat names or numbers, so nothing else applies.
   */
  checkCommentary(groups: readonly CommentaryGroup[]): void {
    for (const group of groups) {
      checkNames({pair: {source: group.text, target: [group.commentary]}, sink: this.sink}, {alteredOnly: true})
    }
  }

  /** Report that a file was not checked (missing, unreadable, no counterpart): an error of its own. */
  notChecked(path: string, key: string, values: Record<string, unknown> = {}, place?: Point): void {
    const file = this.file(path)
    const reason = translator(this.sink.locale)(key, values) as string
    // Where in the file, when reading it found the place (invalid UTF-8 at line:column).
    addMessage(
      {file},
      reason,
      place && {start: place, end: {line: place.line, column: place.column + 1, offset: (place.offset ?? 0) + 1}},
      notCheckedId,
      'error'
    )
  }

  /** Record the format a file was read as (`xliff 2.1`, `po`, `md`), which reports list. */
  format(path: string, label: string): void {
    this.#formats.set(path, label)
    const file = this.#files.get(path)
    if (file) file.data.format = label
  }

  /** The files reported on so far, in the order first met, and the format of each path read. */
  filesSoFar(): {files: VFile[]; formats: ReadonlyMap<string, string>} {
    return {files: [...this.#files.values()], formats: this.#formats}
  }

  /** The file reported on at `path` (one with no text, if none was met). */
  file(path: string): VFile {
    return this.#files.get(path) ?? this.text(path, '', 'und').file
  }

  /**
   * Report what spans the run (consistency) and return the files, messages
   * sorted by place. `deferConsistency`: leave consistency to whoever gathers
   * this run's uses with others (a shard's, see shard-uses.ts).
   */
  finish(options: {deferConsistency?: boolean} = {}): VFile[] {
    if (!this.#finished) {
      if (!options.deferConsistency) this.consistency.report(this.sink, (path) => ({file: this.file(path)}))
      this.#finished = true
    }
    const files = [...this.#files.values()]
    sortMessages(files)
    return files
  }
}

/** Sort each file's messages by place (messages without one first). */
export function sortMessages(files: readonly VFile[]): void {
  for (const file of files) {
    file.messages.sort((a, b) => (a.place ? offsetOf(a.place) : -1) - (b.place ? offsetOf(b.place) : -1))
  }
}

function offsetOf(place: NonNullable<VFile['messages'][number]['place']>): number {
  const point = 'start' in place ? place.start : place
  return (point.line ?? 0) * 1e6 + (point.column ?? 0)
}
