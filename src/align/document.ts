import type {Block, Document, Lang} from '../types.js'
import {linkCommentary} from './commentary.js'
import {chooseMode} from './mode.js'
import {alignParallel} from './parallel.js'
import {plainSentence} from './plain.js'
import type {AlignedPair, Alignment, AlignOptions, Segment} from './types.js'
import {isPortuguese} from '../util/lang.js'

/** Options of the document aligners. */
export type DocumentAlignOptions = AlignOptions & {
  /** Force a mode; default: parallel when the two parts are translations of each other, commentary otherwise. */
  mode?: 'parallel' | 'commentary'
}

/** Blocks that are no alignment material: who wrote, what was cut, who published. */
const skippedRoles = new Set<Block['role']>(['attribution', 'elision', 'credit'])

/** The default block filter: every block but attributions, elisions and credits. */
export function isAlignmentMaterial(block: Block): boolean {
  return !skippedRoles.has(block.role)
}

/**
 * The sentences of a document as segments, in order, each with its block as
 * its structural unit, its language and its source position. `filter` picks
 * the blocks (default: all but attributions, elisions and credits).
 */
export function segmentsOf(document: Document, filter: (block: Block) => boolean = isAlignmentMaterial): Segment[] {
  const segments: Segment[] = []
  // A sentence of undecided Portuguese variant takes its block's, then the document's.
  const variant = (lang: Lang, block: Block): Lang =>
    lang !== 'pt'
      ? lang
      : block.lang !== 'pt' && isPortuguese(block.lang)
        ? block.lang
        : (document.languages.variant ?? 'pt')
  for (const block of document.blocks) {
    if (!filter(block)) continue
    for (const sentence of block.sentences) {
      segments.push({
        index: segments.length,
        text: sentence.text,
        prose: plainSentence(document.source, block, sentence),
        lang: variant(sentence.lang === 'und' ? block.lang : sentence.lang, block),
        position: sentence.position,
        unit: block.id,
        sentence: sentence.id,
        role: block.role
      })
    }
  }
  return segments
}

/** The language most of the segments' characters are in. */
export function mainLanguage(segments: readonly Segment[]): Lang {
  const shares = new Map<Lang, number>()
  for (const segment of segments) shares.set(segment.lang, (shares.get(segment.lang) ?? 0) + segment.text.length)
  let best: Lang = 'und'
  let most = 0
  for (const [lang, share] of shares) {
    if (lang !== 'und' && share > most) [best, most] = [lang, share]
  }
  return best
}

const characters = (segments: readonly Segment[]) => segments.reduce((sum, segment) => sum + segment.text.length, 0)

/** Warnings about two sides, as i18n keys with values. */
export function sideWarnings(source: readonly Segment[], target: readonly Segment[]): Alignment['warnings'] {
  const warnings: Alignment['warnings'] = []
  const sourceLang = mainLanguage(source)
  const targetLang = mainLanguage(target)
  if (sourceLang !== 'und' && (sourceLang === targetLang || (isPortuguese(sourceLang) && isPortuguese(targetLang)))) {
    warnings.push({key: 'align:warning.sameLanguage', values: {lang: sourceLang}})
  }
  const sourceLength = characters(source)
  const targetLength = characters(target)
  const longer = Math.max(sourceLength, targetLength)
  const shorter = Math.min(sourceLength, targetLength)
  if (shorter > 0 && longer >= 10 * shorter) {
    const side = sourceLength > targetLength ? 'source' : 'target'
    warnings.push({key: `align:warning.lengthRatio.${side}`, values: {ratio: Math.round(longer / shorter)}})
  }
  return warnings
}

/**
 * Align two sides in the given mode, or in the mode they call for (see
 * `chooseMode`): parallel when they are translations of each other, in the
 * order given; commentary otherwise, the Portuguese side discussing the other
 * (put first, with a note, when it was given second).
 */
export function alignSegments(
  source: {file?: string; segments: Segment[]},
  target: {file?: string; segments: Segment[]},
  options: DocumentAlignOptions = {}
): Alignment {
  const warnings = sideWarnings(source.segments, target.segments)
  const notes: Alignment['warnings'] = []
  let pairs: AlignedPair[] | undefined
  let mode = options.mode
  if (mode === undefined) {
    const choice = chooseMode(source.segments, target.segments, options)
    mode = choice.mode
    pairs = choice.pairs
  }
  let sides = {source, target}
  if (
    mode === 'commentary' &&
    !isPortuguese(mainLanguage(source.segments)) &&
    isPortuguese(mainLanguage(target.segments))
  ) {
    sides = {source: target, target: source}
    notes.push({key: 'align:note.commentaryFirst', values: {commentary: target.file ?? '', text: source.file ?? ''}})
  }
  const side = (part: {file?: string; segments: Segment[]}) => ({
    ...(part.file === undefined ? {} : {file: part.file}),
    lang: mainLanguage(part.segments),
    segments: part.segments
  })
  return {
    mode,
    source: side(sides.source),
    target: side(sides.target),
    pairs: mode === 'parallel' ? (pairs ?? alignParallel(source.segments, target.segments, options)) : [],
    links: mode === 'commentary' ? linkCommentary(sides.source.segments, sides.target.segments, options) : [],
    warnings,
    ...(notes.length > 0 ? {notes} : {})
  }
}

/** Align two read documents (a text and its translation, or a commentary and the text it discusses). */
export function alignDocuments(source: Document, target: Document, options: DocumentAlignOptions = {}): Alignment {
  return alignSegments(
    {...(source.file === undefined ? {} : {file: source.file}), segments: segmentsOf(source)},
    {...(target.file === undefined ? {} : {file: target.file}), segments: segmentsOf(target)},
    options
  )
}

/**
 * Align the Portuguese and the English parts of one document, like a forum
 * post that comments on a quoted article, or a bilingual page. The Portuguese
 * part is the source. Attributions, elisions and credits are no alignment
 * material. A part that is missing is an empty side (the caller says so).
 */
export function alignMixed(document: Document, options: DocumentAlignOptions = {}): Alignment {
  const portuguese = segmentsOf(document, (block) => isAlignmentMaterial(block) && isPortuguese(block.lang))
  const english = segmentsOf(document, (block) => isAlignmentMaterial(block) && block.lang === 'en')
  const file = document.file === undefined ? {} : {file: document.file}
  return alignSegments({...file, segments: portuguese}, {...file, segments: english}, options)
}
