import type {Lang} from '../types.js'
import {GlosaError} from '../util/errors.js'
import {LineIndex} from '../util/position.js'
import type {Segment} from './types.js'

/**
 * Segments from text with one sentence per line (the hunalign and vecalign
 * convention): line N is segment N − 1, unsegmented. A final line break is
 * allowed; a blank line is an error, since skipping it would shift every
 * later index against gold files written for the same lines.
 */
export function segmentsOfLines(text: string, lang: Lang, file?: string): Segment[] {
  const index = new LineIndex(text)
  const segments: Segment[] = []
  const pattern = /([^\r\n]*)(\r\n|\r|\n|$)/g
  for (const match of text.matchAll(pattern)) {
    const start = match.index
    const line = match[1]!
    if (start === text.length) break
    if (line.trim() === '') {
      throw new GlosaError(
        'align:error.blankLine',
        {line: segments.length + 1},
        {...(file === undefined ? {} : {file}), place: index.point(start)}
      )
    }
    segments.push({
      index: segments.length,
      text: line,
      lang,
      position: {start: index.point(start), end: index.point(start + line.length)}
    })
  }
  return segments
}
