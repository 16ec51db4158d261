import type {VFile} from 'vfile'
import type {Point, Position} from '../types.js'

/**
 * Map offsets in `source` to unist points (1-based line and column, UTF-16
 * units). Line breaks are `\n`, `\r\n` and `\r`. Build once per source; each
 * look-up is a binary search.
 */
export class LineIndex {
  /** Offset at which each line starts: line `n` (1-based) at `starts[n - 1]`. */
  readonly starts: number[] = [0]

  constructor(source: string) {
    // indexOf finds line breaks far faster than reading every unit.
    let lf = source.indexOf('\n')
    let cr = source.indexOf('\r')
    while (lf !== -1 || cr !== -1) {
      if (cr === -1 || (lf !== -1 && lf < cr)) {
        this.starts.push(lf + 1)
        lf = source.indexOf('\n', lf + 1)
      } else {
        const crlf = source.charCodeAt(cr + 1) === 10
        this.starts.push(cr + (crlf ? 2 : 1))
        if (crlf) lf = source.indexOf('\n', cr + 2)
        cr = source.indexOf('\r', cr + 1)
      }
    }
  }

  /** The point at `offset`. */
  point(offset: number): Point {
    let low = 0
    let high = this.starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (this.starts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return {line: low + 1, column: offset - this.starts[low]! + 1, offset}
  }

  /** The position from `start` to `end` (exclusive). */
  position(start: number, end: number): Position {
    return {start: this.point(start), end: this.point(end)}
  }

  /** The offset of a 1-based line and column. */
  offset(line: number, column: number): number {
    return (this.starts[line - 1] ?? 0) + column - 1
  }
}

/** How many lines {@link SequentialPoints} walks forward before it searches instead. */
const walkLimit = 16

/**
 * The points of {@link LineIndex}, found from the line of the last offset
 * asked for: readers and the tagger ask for positions in document order, a
 * few lines apart, so a step or two forward replaces a binary search over
 * every line of a large glossary or document. An offset before the last one, or far after it, is
 * searched for; the points are the same either way.
 */
export class SequentialPoints {
  /** 1-based line of the last point, and the offset at which that line starts. */
  private line = 1
  private lineStart = 0

  constructor(readonly lines: LineIndex) {}

  point(offset: number): Point {
    if (offset < this.lineStart) return this.lines.point(offset)
    const {starts} = this.lines
    // The line after `line` starts at starts[line]; walk while it starts at or before `offset`.
    let line = this.line
    for (let steps = 0; line < starts.length && starts[line]! <= offset; steps++) {
      if (steps === walkLimit) {
        const found = this.lines.point(offset)
        this.line = found.line
        this.lineStart = offset - found.column + 1
        return found
      }
      line++
    }
    this.line = line
    this.lineStart = starts[line - 1]!
    return {line, column: offset - this.lineStart + 1, offset}
  }

  /**
   * The position from `start` to `end` (exclusive). The walk resumes from
   * `start`: what a reader asks for next (an entry's first term) is inside.
   */
  position(start: number, end: number): Position {
    const first = this.point(start)
    const line = this.line
    const lineStart = this.lineStart
    const last = this.point(end)
    this.line = line
    this.lineStart = lineStart
    return {start: first, end: last}
  }
}

/**
 * Where the line holding `offset` starts (`offset` itself at a line break
 * ends the line before it): a search back over that line only. Searching
 * back with `lastIndexOf('\r')` instead ran to the start of every source
 * without a `\r`, which made a walk over a document's blocks quadratic.
 */
export function lineStart(source: string, offset: number): number {
  let index = Math.max(0, Math.min(offset, source.length))
  while (index > 0) {
    const code = source.charCodeAt(index - 1)
    if (code === 10 || code === 13) break
    index--
  }
  return index
}

/** The text of line `line` (1-based) of a file's value, without its line ending. */
export function lineText(file: Pick<VFile, 'value'>, line: number): string {
  const value = String(file.value ?? '')
  let start = 0
  for (let current = 1; current < line; current++) {
    const next = value.slice(start).search(/\r\n|\r|\n/)
    if (next === -1) return ''
    start += next + (value.startsWith('\r\n', start + next) ? 2 : 1)
  }
  const rest = value.slice(start)
  const end = rest.search(/\r\n|\r|\n/)
  return end === -1 ? rest : rest.slice(0, end)
}
