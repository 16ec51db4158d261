import {alignDocuments, alignMixed} from '../align/index.js'
import type {Alignment} from '../align/types.js'
import {loadGlossaries} from '../glossary/index.js'
import type {Glossary} from '../glossary/types.js'
import {translator} from '../i18n/index.js'
import {compileGlossary, tagTerms, type TermMatcher} from '../tag/index.js'
import type {TermHit} from '../tag/types.js'
import type {Document} from '../types.js'
import {GlosaError} from '../util/errors.js'
import {LineIndex} from '../util/position.js'
import {commentaryInsertions} from './commentary.js'
import type {Gloss, Speech} from './gloss.js'
import {blockBreaks, interleavedInsertions, sideBySideTable, type Layout} from './layout.js'
import {encodeComment, idsIn, lineEnding} from './markers.js'
import {encodeMdxComment, marksFor} from './mdx.js'
import {footnotes, forumNotes, glossarySection, guardedText, notesList, stringify} from './section.js'
import {articleInsertions, quoteRegions} from './quote.js'
import {forumMark, inDialect, profileOf, type Profile, type Target} from './target.js'
import {readForAnnotation, structureOf} from './read.js'
import {order, splice, type Insertion} from './splice.js'
import {isAnnotated, recordedFormat, strip} from './strip.js'
import {glossesOf, termInsertions, type Style} from './terms.js'

/** Where a term's definition is written (see {@link AnnotateOptions.definitions}). */
export type Definitions = 'notes' | 'glossary'

export const definitionPlaces: readonly Definitions[] = ['notes', 'glossary']

/** A reader's language: definitions, notes and labels are written in it. */
export type ReaderLang = 'pt-PT' | 'pt-BR' | 'en'

export const readerLangs: readonly ReaderLang[] = ['pt-PT', 'pt-BR', 'en']

/** Options of {@link annotate}. */
export interface AnnotateOptions {
  /** The glossary (or a compiled matcher). Default: the bundled glossary. */
  glossary?: Glossary | TermMatcher
  /** A translation of the document: aligned in parallel (or `mode`) for the bilingual layouts. */
  translation?: Document
  /** How terms are marked. Default: `footnote`. */
  style?: Style
  /** How the output is laid out. Default: `inline`. */
  layout?: Layout
  /** Mark every occurrence, not only the first per section. Default: false. */
  every?: boolean
  /**
   * The reader's language. Default: the translation's language when there is
   * one; else the document's Portuguese variant when it has Portuguese
   * (`pt-BR` when the variant is undecided); else English.
   */
  lang?: ReaderLang
  /** Force the alignment mode. Default: the aligner decides. */
  mode?: 'parallel' | 'commentary'
  /** The renderer family the marks are written for (see target.ts). Default: `gfm`. */
  target?: Target
  /**
   * Where definitions are written, once: `notes` (the footnotes, or the
   * numbered notes list) or `glossary` (the glossary section; notes then name
   * the terms only). Default: `notes` for the footnote style, else `glossary`.
   */
  definitions?: Definitions
  /** Term hits already found in `document` (skips tagging). */
  hits?: TermHit[]
  /** An alignment already made for `document` (`null`: none). */
  alignment?: Alignment | null
}

function isMatcher(value: Glossary | TermMatcher): value is TermMatcher {
  return typeof (value as TermMatcher).match === 'function'
}

/** Compile the glossary option (the bundled glossary when absent). */
export function matcherFor(glossary: Glossary | TermMatcher | undefined): TermMatcher {
  if (glossary && isMatcher(glossary)) return glossary
  return compileGlossary(glossary ?? loadGlossaries([]))
}

function portugueseOf(document: Document): 'pt-PT' | 'pt-BR' | 'pt' | undefined {
  return document.languages.variant
}

/** The reader's language when none is given (see {@link AnnotateOptions.lang}). */
export function defaultReaderLang(document: Document, translation?: Document): ReaderLang {
  const variant = translation
    ? translation.languages.document === 'en'
      ? 'en'
      : portugueseOf(translation)
    : portugueseOf(document)
  if (variant === 'en' || variant === undefined) return 'en'
  return variant === 'pt' ? 'pt-BR' : variant
}

/** Whether a document holds both Portuguese and English prose (a mixed document to align). */
export function hasBothLanguages(document: Document): boolean {
  const shares = document.languages.shares
  const portuguese = (shares.pt ?? 0) + (shares['pt-PT'] ?? 0) + (shares['pt-BR'] ?? 0)
  return portuguese > 0 && (shares.en ?? 0) > 0
}

/** Everything annotating needs, computed once. */
interface Prepared {
  document: Document
  hits: TermHit[]
  glosses: Map<string, Gloss>
  alignment: Alignment | undefined
  speech: Speech
  /** The `glosa-…` ids the original already holds: glosa's marks take others. */
  reserved: Set<string>
}

function prepare(input: Document, options: AnnotateOptions): Prepared {
  let document = input
  let {hits, alignment} = options
  if (isAnnotated(input.source)) {
    // Annotating annotated text: start again from the original.
    const original = strip(input.source)
    const recorded = recordedFormat(input.source) ?? input.format
    // An MDX original is read as MDX again: its marks were MDX comments.
    const format = recorded === 'md' && input.mdx ? 'mdx' : recorded
    document = readForAnnotation(original, {
      format,
      ...(input.file === undefined ? {} : {file: input.file}),
      bom: input.bom
    })
    hits = undefined
    if (alignment !== null) alignment = undefined
  }
  const matcher = matcherFor(options.glossary)
  hits ??= tagTerms(document, matcher)
  if (alignment === undefined) {
    const mode = options.mode === undefined ? {} : {mode: options.mode}
    if (options.translation) alignment = alignDocuments(document, options.translation, {matcher, ...mode})
    else if (hasBothLanguages(document)) alignment = alignMixed(document, {matcher, ...mode})
  }
  const lang = options.lang ?? defaultReaderLang(document, options.translation)
  const portuguese =
    lang === 'en'
      ? (portugueseOf(document) ?? (options.translation && portugueseOf(options.translation)) ?? 'pt')
      : lang
  const reserved = idsIn(document.source)
  return {
    document,
    hits,
    reserved,
    glosses: glossesOf(hits, matcher.entries, reserved),
    alignment: alignment ?? undefined,
    speech: {lang, portuguese, t: translator(lang)}
  }
}

/**
 * The generated part, each definition written once: with `notes`, the
 * footnote definitions (GFM) or the numbered notes list; with `glossary`, the
 * glossary section, and GFM footnotes that name the terms (a renderer without
 * GFM footnotes links the calls to the glossary entries instead).
 */
function generated(
  prepared: Prepared,
  marked: Gloss[],
  style: Style,
  definitions: Definitions,
  profile: Profile
): string {
  const occurring = [...prepared.glosses.values()]
  if (occurring.length === 0) return ''
  const {speech} = prepared
  const inNotes = style === 'footnote' && definitions === 'notes'
  if (profile.target === 'forum') return style === 'footnote' && marked.length > 0 ? forumNotes(marked, speech) : ''
  const notes =
    style !== 'footnote' || marked.length === 0
      ? []
      : profile.gfmFootnotes
        ? footnotes(marked, speech, guardedText, inNotes)
        : inNotes
          ? notesList(marked, speech, guardedText)
          : []
  const nodes = [...notes, ...(inNotes ? [] : glossarySection(occurring, speech, guardedText))]
  if (nodes.length === 0) return ''
  const mdx = prepared.document.mdx === true
  const markdown = stringify(nodes, {mdx}).replace(/\n$/, '')
  // In MDX a brace opens an expression: generated text escapes it (its only HTML, glosa's anchors, holds none).
  // An MDX document's section is written by the MDX-aware stringifier, which escapes braces itself.
  return profile.target === 'mdx' && !mdx ? markdown.replace(/[{}]/g, '\\$&') : markdown
}

function withEol(text: string, eol: string): string {
  return eol === '\n' ? text : text.replace(/\n/g, eol)
}

/**
 * Annotate a document: glossary terms marked in `style`, commentary linked to
 * the sentences it discusses, plain-text blocks kept apart, translations
 * interleaved, and a generated part (footnotes, glossary section) appended.
 * Every annotation is spliced into the source at an exact offset and marked
 * as glosa's, so `strip(annotate(document))` is the source, byte for byte;
 * annotating annotated text gives the same text. A Markdown document read
 * with {@link readForAnnotation} is not parsed again: annotating reuses the
 * reader's syntax trees.
 */
export function annotate(input: Document, options: AnnotateOptions = {}): string {
  return annotateDetailed(input, options).text
}

/** What {@link annotateDetailed} found besides the annotated text, for renderers of it (the HTML preview). */
export interface Annotated {
  /** The annotated Markdown. */
  text: string
  /** The document annotated (the original, when the input was annotated already). */
  document: Document
  /** The glossary entries that occur, by entry id. */
  glosses: Map<string, Gloss>
  /** The commentary or parallel alignment, if any. */
  alignment: Alignment | undefined
  speech: Speech
}

/** {@link annotate}, returning what it found along with the text. */
export function annotateDetailed(input: Document, options: AnnotateOptions = {}): Annotated {
  const style = options.style ?? 'footnote'
  const layout = options.layout ?? 'inline'
  const profile = profileOf(options.target)
  const definitions = options.definitions ?? (style === 'footnote' ? 'notes' : 'glossary')
  const prepared = prepare(input, options)
  const found = {
    document: prepared.document,
    glosses: prepared.glosses,
    alignment: prepared.alignment,
    speech: prepared.speech
  }
  const text = annotated(prepared, options, style, layout, profile, definitions)
  return {text, ...found}
}

function annotated(
  prepared: Prepared,
  options: AnnotateOptions,
  style: Style,
  layout: Layout,
  profile: Profile,
  definitions: Definitions
): string {
  const {document, alignment, speech} = prepared
  const eol = lineEnding(document.source)
  const marks = marksFor(document)
  const structure = structureOf(document)
  const terms = termInsertions(document, structure, prepared.hits, prepared.glosses, {
    style,
    every: options.every ?? false,
    speech,
    profile
  })
  const tail = generated(prepared, terms.marked, style, definitions, profile)

  if (layout === 'side-by-side') {
    if (!alignment)
      throw new GlosaError('annotate:error.noAlignment', {}, document.file === undefined ? {} : {file: document.file})
    const headers: [string, string] =
      alignment.mode === 'commentary'
        ? [speech.t('annotate:table.commentary') as string, speech.t('annotate:table.discussed') as string]
        : [speech.t('annotate:table.source') as string, speech.t('annotate:table.translation') as string]
    const own = [...terms.insertions, ...articleInsertions(document, eol)]
    if (alignment.mode === 'commentary' && !options.translation)
      own.push(...commentaryInsertions(alignment, structure, prepared.reserved, profile))
    const table = sideBySideTable(document, alignment, own, headers, !options.translation)
    const generatedParts = withEol(
      [marks.sideBySide(document.format), table, ...(tail ? [tail] : [])].join('\n\n'),
      eol
    )
    const encoded = document.mdx ? encodeMdxComment(document.source) : encodeComment(document.source)
    return generatedParts + eol + eol + marks.sourceOpen + eol + encoded + eol + marks.sourceClose + eol
  }

  const insertions: Insertion[] = [...terms.insertions]
  // A forum's plain text keeps its own lines: no block marks, which it would show.
  if (document.format === 'text' && profile.html)
    insertions.push(...blockBreaks(document, eol), ...articleInsertions(document, eol))
  if (alignment && layout === 'inline' && alignment.mode === 'commentary' && !options.translation) {
    insertions.push(...commentaryInsertions(alignment, structure, prepared.reserved, profile))
  }
  if (alignment && layout === 'interleaved')
    insertions.push(...interleavedInsertions(document, structure, alignment, eol, options.translation))
  if (!tail && insertions.length === 0) return document.source
  const dialect = (text: string): string => inDialect(text, profile)
  const write = (parts: Insertion[]): string =>
    quoteRegions(
      splice(
        document.source,
        parts.map((part) => ({...part, text: dialect(part.text)}))
      ),
      eol,
      dialect
    )
  // The forum's notes go last, between invisible separators, even when empty: they make the other additions glosa's.
  if (profile.target === 'forum')
    return checkedRoundTrip(
      write(insertions) + forumMark + eol + eol + (tail ? withEol(tail, eol) + eol : '') + forumMark,
      document
    )
  // Every annotated document has a generated part, empty when no term occurs: it is what makes the other marks glosa's.
  const body = [...(tail ? [withEol(tail, eol)] : []), inDialect(marks.end, profile)].join(eol + eol)
  const open = structure.openEnd(document.source, {containers: style === 'directive'})
  const output =
    open === undefined
      ? write(insertions) + eol + eol + inDialect(marks.begin(document.format), profile) + eol + eol + body + eol
      : // A last block left open would swallow anything after it: the generated part goes before it.
        write([
          ...insertions,
          {offset: open, text: marks.beginBefore(document.format) + eol + eol + body + eol + eol, rank: order.generated}
        ])
  return checkedRoundTrip(output, document)
}

/**
 * Refuse output that `strip` would not turn back into the original: only
 * possible when the original holds text in glosa's namespace that reads as
 * one of glosa's marks next to them (the word `glosa` is never in what glosa
 * generates). The message names the first place that would be lost.
 */
function checkedRoundTrip(output: string, document: Document): string {
  const {source} = document
  if (!/glosa/i.test(source)) return output
  const back = strip(output)
  if (back === source) return output
  let at = 0
  while (at < source.length && back.charCodeAt(at) === source.charCodeAt(at)) at++
  const place = new LineIndex(source).point(at)
  const text = source.slice(at, at + 40).split(/\r?\n|\r/)[0]!
  throw new GlosaError(
    'marks:collision',
    {text},
    {...(document.file === undefined ? {} : {file: document.file}), place}
  )
}
