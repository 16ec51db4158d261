import type {Position} from '../types.js'
import type {TermLang, TermStatus} from '../glossary/types.js'

/** How a term hit matched its glossary term. */
export type HitKind = 'exact' | 'case' | 'inflection' | 'variant' | 'diacritics'

/** A glossary term found in a document. */
export interface TermHit {
  /** The entry's id. */
  entry: string
  /** The glossary term that matched (its canonical text). */
  term: string
  /** The term's language. */
  lang: TermLang
  status: TermStatus
  /** The text of the hit as it stands in the source (prose view: inline markup removed, wraps joined). */
  text: string
  kind: HitKind
  /** Where the hit is in the source. */
  position: Position
  /** The block and sentence the hit is in. */
  block: string
  sentence: string
}
