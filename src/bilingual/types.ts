import type {Lang} from '../types.js'

/** The bilingual formats glosa reads: each file holds both sides, or (JSON) pairs with another by key. */
export type BilingualFormat = 'xliff' | 'po' | 'tmx' | 'json'

/**
 * A code inside a segment that is never prose: an XLIFF or TMX inline
 * element (`<ph id="1"/>`, `<pc id="2">`, `<bpt i="1">`), kept so that the
 * placeholder rule can compare the two sides.
 */
export interface InlineCode {
  /** What must match on the other side: `ph#1`, `pc#2`, `/pc#2`, `bpt#1`. */
  key: string
  /** The code as written in the file, for messages. */
  display: string
  /** Where the code's U+FFFC stands in {@link Piece.text}. */
  at: number
}

/**
 * One side of a unit: its text with every inline code replaced by one U+FFFC
 * (entities and escapes decoded), and the file offset of each UTF-16 unit of
 * the text plus one after the last, as in a read document's prose.
 */
export interface Piece {
  text: string
  offsets: number[]
  codes: InlineCode[]
}

/** Why a unit is left out of the check. */
export type SkipReason = 'fuzzy' | 'translate-no' | 'obsolete' | 'not-translated-yet' | 'credits' | 'keyed-source'

/** A translation unit: an XLIFF `<unit>`/`<trans-unit>` segment, a PO entry (one per plural form), a TMX `<tu>`, a JSON key. */
export interface BilingualUnit {
  /** The place as translators name it: the unit id, the PO `msgctxt` + `msgid`, the JSON key. */
  id: string
  source: Piece
  /** Absent when the unit has no target at all. */
  target?: Piece
  /** Set when the unit must not be checked, and why. */
  skip?: SkipReason
  /** The workflow state as the file says it (`translated`, `final`, `needs-review-translation`, `fuzzy`). */
  state?: string
  /** Translator and developer comments, kept for reports. */
  notes?: string[]
  /** PO plural forms: which `msgstr[n]` this is, of how many the language has. */
  plural?: {index: number; count: number}
}

/** A bilingual file as read: its format, languages and units, and problems that are not fatal. */
export interface BilingualFile {
  format: BilingualFormat
  /** The format's version where it has one (`1.2`, `2.1`, `1.4`). */
  version?: string
  sourceLang?: Lang
  targetLang?: Lang
  /** Language tags as written in the file (`pt_BR`, `pt-br`). */
  sourceTag?: string
  targetTag?: string
  units: BilingualUnit[]
}

/** A piece built one unit at a time: `push` text with the offset of each unit. */
export class PieceBuilder {
  text = ''
  readonly offsets: number[] = []
  readonly codes: InlineCode[] = []

  /** Text whose units stand at `start`, `start + 1`, … in the file. */
  literal(value: string, start: number): void {
    for (let index = 0; index < value.length; index++) this.offsets.push(start + index)
    this.text += value
  }

  /** Characters that all stand at one file offset (an entity reference, an escape). */
  decoded(value: string, at: number): void {
    for (let index = 0; index < value.length; index++) this.offsets.push(at)
    this.text += value
  }

  /** An inline code: one U+FFFC at `at`. */
  code(key: string, display: string, at: number): void {
    this.codes.push({key, display, at: this.text.length})
    this.offsets.push(at)
    this.text += '\uFFFC'
  }

  /** The piece, ending at file offset `end`. */
  finish(end: number): Piece {
    return {text: this.text, offsets: [...this.offsets, end], codes: this.codes}
  }
}
