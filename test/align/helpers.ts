import type {Segment} from '../../src/align/types.js'
import type {Lang} from '../../src/types.js'

/** Hand-made segments, one per string. */
export function segments(texts: readonly string[], lang: Lang, units?: readonly string[]): Segment[] {
  return texts.map((text, index) => ({index, text, lang, ...(units ? {unit: units[index]!} : {})}))
}

/** The beads as `[i,...]:[j,...]` strings, the vecalign way. */
export function beads(pairs: ReadonlyArray<{source: number[]; target: number[]}>): string[] {
  return pairs.map((pair) => `[${pair.source.join(',')}]:[${pair.target.join(',')}]`)
}
