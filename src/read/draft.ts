import type {BlockRole} from '../types.js'
import type {Omission} from './markup.js'
import type {BuiltProse} from './prose.js'

/** A block as a format reader finds it, before sentences, ids and languages. */
export interface BlockDraft {
  role: BlockRole
  /** Source range of the whole block. */
  start: number
  end: number
  built: BuiltProse
  author?: string
  depth?: number
  quoted?: boolean
  /** Keep the whole block as one sentence (headings, headlines, credits, attributions). */
  whole?: boolean
  /** The language family the reader already knows, a hint for sentence splitting. */
  lang?: 'pt' | 'en'
  /** Block-quote depth: how many `>` markers hard-wrapped sentence text drops after a line break. */
  quoteDepth?: number
  /** Markup left out of the prose (alert markers, heading ids…), in source order: sentences never widen over it. */
  omitted?: Omission[]
}
