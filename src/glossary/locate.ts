import type {Point, Position} from '../types.js'
import type {LineIndex} from '../util/position.js'

/** How many lines {@link SequentialPoints} walks forward before it searches instead. */
const walkLimit = 16

/**
 * The points of {@link LineIndex}, found from the line of the last offset
 * asked for: readers ask for positions in document order, a few lines apart,
 * so a step or two forward replaces a binary search over every line of a
 * large glossary. An offset before the last one, or far after it, is
 * searched for; the points are the same either way.
 */
export class SequentialPoints {
  /** 1-based line of the last point, and the offset at which that line starts. */
  private line = 1
  private lineStart = 0

  constructor(readonly lines: LineIndex) {}

  point(offset: number): Point {
    if (offset < this.lineStart) return this.lines.point(offset)
    // `offset(line, 1)` past the last line gives 0, which stops the walk.
    let next = this.lines.offset(this.line + 1, 1)
    for (let steps = 0; next > this.lineStart && next <= offset; steps++) {
      if (steps === walkLimit) {
        const found = this.lines.point(offset)
        this.line = found.line
        this.lineStart = offset - found.column + 1
        return found
      }
      this.line++
      this.lineStart = next
      next = this.lines.offset(this.line + 1, 1)
    }
    return {line: this.line, column: offset - this.lineStart + 1, offset}
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
