import type {BlockRole, Lang, Position} from '../types.js'
import type {LineIndex} from '../util/position.js'
import type {VFile} from 'vfile'

import type {Severity} from '../util/messages.js'

export type {Severity} from '../util/messages.js'

/** A severity as configured: a rule or entry can also be turned `off`. */
export type SeveritySetting = Severity | 'off'

export {ruleIds, notCheckedId, type RuleId} from '../util/rules.js'
import type {RuleId} from '../util/rules.js'

export type {TermMatch, TermMatcher} from '../tag/index.js'
import type {TermMatch} from '../tag/index.js'

/** A file under check: its text, where its lines start, and the file its messages go to. */
export interface CheckText {
  /** The path as reported (relative to the working folder where possible). */
  path: string
  source: string
  lines: LineIndex
  file: VFile
  /** The language of the text as a whole (the configured one, else the detected one). */
  lang: Lang
}

/**
 * A unit of text under check: a sentence of a read document, or a line with
 * `--aligned`. `text` is the prose glosa checks (markup removed, code and URLs
 * replaced by U+FFFC); `offsets[i]` is the source offset of `text[i]`.
 */
export interface CheckSegment {
  owner: CheckText
  text: string
  /** Source offset of each unit of `text`, plus the offset just after the last one. */
  offsets: ArrayLike<number>
  position: Position
  lang: Lang
  /** Confidence of `lang`, 0 to 1, when identified. */
  confidence?: number
  /** The block's role, for documents (elisions and credits are never findings). */
  role?: BlockRole
  /** The id of the block (paragraph, heading, list item) it is a sentence of, for documents. */
  block?: string
  /** Glossary terms found in `text`. */
  matches: TermMatch[]
  /**
   * Units of bilingual files: the text with its placeholders, index for index
   * with `text` (where placeholders are masked by U+FFFC so that no term or
   * number is read inside them). Documents have none: their markup is in the source.
   */
  raw?: string
  /** Units of XLIFF and TMX files: the inline codes, each a U+FFFC of `raw`. */
  codes?: ReadonlyArray<{key: string; display: string; at: number}>
  /** JSON resources: the i18next plural category its key names (`one` of `files_one`). */
  plural?: string
}

/** Source segments paired with the target segments that translate them (either side may be empty). */
export interface CheckPair {
  source: CheckSegment[]
  target: CheckSegment[]
  /** The aligner's probability that the pair is right, when an aligner made it. */
  score?: number
}

/** Severities by rule id, as configured (unknown ids are refused when loading). */
export type RuleSettings = Partial<Record<RuleId, SeveritySetting>>
