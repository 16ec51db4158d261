import type {BlockRole, Lang, Position} from '../types.js'
import type {CommentaryParameters} from './commentary.js'
import type {ModeParameters} from './mode.js'
import type {ParallelParameters} from './parallel.js'

/** One unit an aligner works on: a sentence (or a line in line mode). */
export interface Segment {
  /** Index within its side (0-based). */
  index: number
  /** The segment's source text (Markdown markup included, when it came from a Markdown document). */
  text: string
  /**
   * The same segment as a reader sees it, markup removed (the block's prose),
   * when it came from a read document; plain-text outputs such as TMX use it.
   */
  prose?: string
  lang: Lang
  /** Where it is in its source file, when it came from one. */
  position?: Position
  /** Id of the structural unit it belongs to (paragraph, list item, article), used as an anchor. */
  unit?: string
  /** The sentence id in the read document (`b3.s2`), when it came from one. */
  sentence?: string
  /** The role of its block (`headline`, `paragraph`…), when it came from a read document. */
  role?: BlockRole
}

/** A bead of a parallel alignment: source segment indices paired with target indices (either may be empty). */
export interface AlignedPair {
  source: number[]
  target: number[]
  /** Confidence, 0 to 1. */
  score: number
}

/** One piece of evidence for a commentary link. */
export interface Evidence {
  kind: 'concept' | 'cognate' | 'name' | 'number' | 'lexicon' | 'token'
  /** What was shared (`inference`, `H20`, `15`). */
  value: string
  /** The glossary entry id for `concept`. */
  entry?: string
}

/** A link from a commentary sentence to an English sentence it discusses. */
export interface CommentaryLink {
  /** Index of the commentary (source) segment. */
  source: number
  /** Index of the discussed (target) segment. */
  target: number
  /** Strength, 0 to 1; links are ranked by it per source. */
  score: number
  evidence: Evidence[]
}

/** The result of aligning two sides. */
export interface Alignment {
  mode: 'parallel' | 'commentary'
  source: {file?: string; lang: Lang; segments: Segment[]}
  target: {file?: string; lang: Lang; segments: Segment[]}
  /** Parallel mode: beads in order. */
  pairs: AlignedPair[]
  /** Commentary mode: links, ranked per source segment. */
  links: CommentaryLink[]
  /** Problems met (one side much longer, same language on both sides), as i18n keys with values. */
  warnings: {key: string; values: Record<string, unknown>}[]
  /** What the reader should know about how the sides were taken (the commentary put first), as i18n keys with values. */
  notes?: {key: string; values: Record<string, unknown>}[]
}

/**
 * What the aligner needs from the tagger's `TermMatcher` (src/tag): glossary
 * concepts found in a text. Structural, so any `TermMatcher` fits.
 */
export interface ConceptMatcher {
  match(
    text: string,
    options?: {lang?: Lang}
  ): Array<{start: number; end: number; entry: {id: string}; term: {text: string}}>
}

/** Options of the aligners. */
export interface AlignOptions {
  /** Glossary concepts found on both sides are evidence (a compiled glossary: `compileGlossary`). */
  matcher?: ConceptMatcher
  /**
   * A bilingual lexicon: folded Portuguese word → English words (see
   * `parseLexicon`). Default: none.
   */
  lexicon?: Map<string, string[]>
  /** Weights of parallel alignment over `defaultParallelParameters` (for experiments; default: those). */
  parallelParameters?: Partial<ParallelParameters>
  /** Weights of commentary linking over `defaultCommentaryParameters` (default: those). */
  commentaryParameters?: Partial<CommentaryParameters>
  /** Thresholds of the mode choice over `defaultModeParameters` (default: those). */
  modeParameters?: Partial<ModeParameters>
}
