import type {Point, Position} from '../types.js'

/**
 * Map offsets in `source` to unist points (1-based line and column, UTF-16
 * units). Line breaks are `\n`, `\r\n` and `\r`. Build once per source; each
 * look-up is a binary search.
 */
export class LineIndex {
  /** Offset at which each line starts. */
  private readonly starts: number[] = [0]

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
