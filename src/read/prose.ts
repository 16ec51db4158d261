import type {Prose} from '../types.js'

/** The object replacement character that stands for code, HTML and URLs in prose. */
export const PLACEHOLDER = '\uFFFC'

/** Prose with the source end of each unit, which sentence positions need. */
export interface BuiltProse {
  prose: Prose
  /** Source offset just after each unit (`ends.length === prose.text.length`). */
  ends: Uint32Array
}

/** Offsets arrays are views into shared chunks of this many entries: no buffer per block. */
const ARENA_CHUNK = 1 << 18
let arena = new Uint32Array(0)
let arenaUsed = 0

/** A zeroed Uint32Array of `length` entries, a view into a shared chunk. */
function allocateOffsets(length: number): Uint32Array {
  if (length > ARENA_CHUNK / 4) return new Uint32Array(length)
  if (arenaUsed + length > arena.length) {
    arena = new Uint32Array(ARENA_CHUNK)
    arenaUsed = 0
  }
  const view = arena.subarray(arenaUsed, arenaUsed + length)
  arenaUsed += length
  return view
}

/** Scratch arrays every builder writes into, grown by doubling and reused. */
let scratchStarts = new Uint32Array(1024)
let scratchEnds = new Uint32Array(1024)

/**
 * Builds a block's prose unit by unit, recording where each unit starts and
 * ends in the source, in typed arrays (no object per character, so 50 MB
 * inputs stay within a small multiple of their size). Builders share their
 * scratch space: build one block at a time, and use the `ends` a build
 * returns before starting the next builder.
 */
export class ProseBuilder {
  private readonly parts: string[] = []
  /** Texts not yet joined into `parts`: joined by the 4,096 units, never concatenated one by one. */
  private pieces: string[] = []
  private pendingLength = 0
  private length = 0
  private starts = scratchStarts
  private ends = scratchEnds
  private last = -1

  /** Number of units so far. */
  get size(): number {
    return this.length
  }

  /** Append `text`, all of whose units come from the source range `[start, end)`. */
  unit(text: string, start: number, end: number): void {
    this.reserve(text.length)
    for (let index = 0; index < text.length; index++) {
      this.starts[this.length] = start
      this.ends[this.length] = end
      this.length++
    }
    this.append(text, text.charCodeAt(text.length - 1))
  }

  /** Append `source.slice(start, end)` verbatim: one unit per source unit. */
  span(source: string, start: number, end: number): void {
    if (end <= start) return
    this.reserve(end - start)
    for (let offset = start; offset < end; offset++) {
      this.starts[this.length] = offset
      this.ends[this.length] = offset + 1
      this.length++
    }
    this.append(source.slice(start, end), source.charCodeAt(end - 1))
  }

  /** Append one U+FFFC standing for the code, HTML or URL at `[start, end)`. */
  placeholder(start: number, end: number): void {
    this.unit(PLACEHOLDER, start, end)
  }

  /**
   * Append one space for the line break (or hard break) at `[start, end)`,
   * unless the prose is empty or already ends with white space.
   */
  join(start: number, end: number): void {
    if (this.length === 0 || this.last === 32 || this.last === 9) return
    this.unit(' ', start, end)
  }

  /** The prose and the source end of each unit (`ends` is valid until the next builder starts). */
  build(): BuiltProse {
    const text = this.parts.join('') + this.pieces.join('')
    const offsets = allocateOffsets(this.length + 1)
    offsets.set(this.starts.subarray(0, this.length))
    offsets[this.length] = this.length === 0 ? 0 : this.ends[this.length - 1]!
    return {prose: {text, offsets}, ends: this.ends.subarray(0, this.length)}
  }

  // `+=` unit by unit would make a chain of a million concatenations for a long block, whose
  // flattening at build() chased pointers all over the heap: 0 to 100 ms for the same 1 MB read.
  private append(text: string, lastCode: number): void {
    this.pieces.push(text)
    this.pendingLength += text.length
    if (this.pendingLength > 4096) {
      this.parts.push(this.pieces.join(''))
      this.pieces = []
      this.pendingLength = 0
    }
    this.last = lastCode
  }

  private reserve(extra: number): void {
    const needed = this.length + extra
    if (needed <= this.starts.length) return
    let capacity = this.starts.length * 2
    while (capacity < needed) capacity *= 2
    const starts = new Uint32Array(capacity)
    starts.set(this.starts.subarray(0, this.length))
    const ends = new Uint32Array(capacity)
    ends.set(this.ends.subarray(0, this.length))
    this.starts = scratchStarts = starts
    this.ends = scratchEnds = ends
  }
}

/**
 * The source range of the prose units `[start, end)` of a block: from the
 * start of the first unit to the end of the last. Use it to locate anything
 * found in `prose.text` (a term, a sentence) in the source.
 */
export function proseToSource(built: BuiltProse, start: number, end: number): [number, number] {
  const {offsets} = built.prose
  if (end <= start) return [offsets[start]!, offsets[start]!]
  return [offsets[start]!, built.ends[end - 1]!]
}
