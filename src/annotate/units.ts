import type {InlineCode as InlineCodeNode, PhrasingContent} from 'mdast'
import {segmentsOf} from '../align/index.js'
import type {AlignedPair, Alignment, Segment} from '../align/types.js'
import type {BilingualFile, Piece, ResourceFile} from '../bilingual/index.js'
import {readDocument} from '../document/index.js'
import type {Lang} from '../types.js'
import {annotate, type AnnotateOptions, type ReaderLang} from './annotate.js'
import {readForAnnotation} from './read.js'
import {stringify} from './section.js'

/**
 * The side-by-side table of a bilingual file (XLIFF, PO, TMX) or of a pair of
 * JSON resource files: one row per translated unit, its source with the
 * glossary's terms marked beside its translation, and the generated notes.
 * A unit's text is written as a Markdown paragraph of its own (Markdown
 * escaped, line breaks as spaces, each inline code or placeholder element as
 * code), and the unit's rows are the alignment: nothing is aligned by guess.
 * Units the file says not to publish (fuzzy, `translate="no"`, obsolete, not
 * started, translator credits) and units without a translation are left out.
 */

/** One unit to lay out: its id and its two sides. */
export interface UnitRow {
  id: string
  source: Piece
  target: Piece
}

/** The rows of a bilingual file: its translated units that the file does not mark as skipped. */
export function bilingualRows(file: BilingualFile): UnitRow[] {
  return file.units.flatMap((unit) =>
    unit.skip || !unit.target ? [] : [{id: unit.id, source: unit.source, target: unit.target}]
  )
}

/** The rows of a JSON resource pair: the source's keys in its order, each with the translation's message of the same key. */
export function resourceRows(source: ResourceFile, target: ResourceFile): UnitRow[] {
  return [...source.messages].flatMap(([key, message]) => {
    const translated = target.messages.get(key)
    return translated ? [{id: key, source: message.piece, target: translated.piece}] : []
  })
}

/** A unit's text as one Markdown paragraph: its inline codes as code, its line breaks as spaces. */
function paragraph(piece: Piece): string {
  const children: PhrasingContent[] = []
  let from = 0
  const text = (value: string) => {
    const flat = value.replace(/[ \t]*(?:\r\n|\n|\r)[ \t]*/g, ' ')
    if (flat !== '') children.push({type: 'text', value: flat})
  }
  for (const code of piece.codes) {
    text(piece.text.slice(from, code.at))
    children.push({type: 'inlineCode', value: code.display} satisfies InlineCodeNode)
    from = code.at + 1
  }
  text(piece.text.slice(from))
  if (!children.some((child) => child.type === 'text' && child.value.trim() !== '')) return ''
  return stringify([{type: 'paragraph', children}]).trim()
}

/** Paragraphs joined by blank lines, with the range each takes. */
function joined(paragraphs: readonly string[]): {source: string; ranges: Array<[number, number]>} {
  let source = ''
  const ranges: Array<[number, number]> = []
  for (const text of paragraphs) {
    if (source !== '') source += '\n\n'
    ranges.push([source.length, source.length + text.length])
    source += text
  }
  return {source: source + '\n', ranges}
}

/** The indices of the segments that start in each range, range by range. */
function byRange(segments: readonly Segment[], ranges: ReadonlyArray<[number, number]>): number[][] {
  const groups = ranges.map((): number[] => [])
  let range = 0
  for (const segment of segments) {
    const offset = segment.position?.start.offset ?? -1
    while (range < ranges.length && ranges[range]![1] <= offset) range++
    if (range < ranges.length && ranges[range]![0] <= offset) groups[range]!.push(segment.index)
  }
  return groups
}

/** The reader's language for a target language: Portuguese readers read their variant (pt-BR when undecided), the rest English. */
function readerOf(lang: Lang): ReaderLang {
  if (lang === 'pt-PT' || lang === 'pt-BR') return lang
  return lang === 'pt' ? 'pt-BR' : 'en'
}

/** Options of {@link annotateUnits}: those of `annotate` without a layout, translation or alignment, which the units give. */
export type UnitAnnotateOptions = Omit<AnnotateOptions, 'layout' | 'translation' | 'alignment' | 'hits' | 'mode'> & {
  /** The file the units came from, named in the output's recorded source. */
  file?: string
}

/**
 * The side-by-side Markdown of `rows`, terms of the source marked as
 * `annotate` marks them. `languages` are the sides' languages (see
 * `unitLanguages` in src/tag); the reader's language defaults to the target's.
 */
export function annotateUnits(
  rows: readonly UnitRow[],
  languages: {sourceLang: Lang; targetLang: Lang},
  options: UnitAnnotateOptions = {}
): string {
  const kept = rows
    .map((row) => ({row, source: paragraph(row.source), target: paragraph(row.target)}))
    .filter((row) => row.source !== '' && row.target !== '')
  const sources = joined(kept.map((row) => row.source))
  const targets = joined(kept.map((row) => row.target))
  const {file, ...rest} = options
  const document = readForAnnotation(sources.source, {format: 'md', ...(file === undefined ? {} : {file})})
  const translation = readDocument(targets.source, {format: 'md'})
  const sourceSegments = segmentsOf(document, () => true)
  const targetSegments = segmentsOf(translation, () => true)
  const sourceGroups = byRange(sourceSegments, sources.ranges)
  const targetGroups = byRange(targetSegments, targets.ranges)
  // A unit's translation is one cell: its sentences as one segment, joined as the unit writes them.
  const targetUnits: Segment[] = []
  const pairs: AlignedPair[] = sourceGroups.flatMap((source, index) => {
    const group = targetGroups[index]!.map((at) => targetSegments[at]!)
    if (group.length > 0)
      targetUnits.push({
        ...group[0]!,
        index: targetUnits.length,
        text: targets.source.slice(group[0]!.position!.start.offset, group.at(-1)!.position!.end.offset)
      })
    const target = group.length > 0 ? [targetUnits.length - 1] : []
    return source.length === 0 && target.length === 0 ? [] : [{source, target, score: 1}]
  })
  const alignment: Alignment = {
    mode: 'parallel',
    source: {...(file === undefined ? {} : {file}), lang: languages.sourceLang, segments: sourceSegments},
    target: {lang: languages.targetLang, segments: targetUnits},
    pairs,
    links: [],
    warnings: []
  }
  return annotate(document, {
    lang: readerOf(languages.targetLang),
    ...rest,
    layout: 'side-by-side',
    translation,
    alignment
  })
}
