import {extname} from 'node:path'
import type {Format} from '../types.js'
import {DETECTION_WINDOW, MARKDOWN_EXTENSIONS, STRONG_MARKERS, TEXT_EXTENSIONS, WEAK_MARKERS, WEAK_MARKERS_NEEDED} from './data/markdown.js'

/**
 * The format of a document: from its file extension (`.md`, `.markdown`,
 * `.mdx` → `md`; `.txt` → `text`), otherwise from its content: one piece of
 * syntax only Markdown has (a heading, a fence, a link, a table), or a few
 * that plain text has now and then (list items, `>` quotes, `**strong**`).
 */
export function detectFormat(file: string | undefined, source: string): Format {
  if (file !== undefined && file !== '-') {
    const extension = extname(file).toLowerCase()
    if (MARKDOWN_EXTENSIONS.includes(extension)) return 'md'
    if (TEXT_EXTENSIONS.includes(extension)) return 'text'
  }
  const sample = source.length > DETECTION_WINDOW ? source.slice(0, DETECTION_WINDOW) : source
  if (STRONG_MARKERS.some((marker) => marker.test(sample))) return 'md'
  let weak = 0
  for (const marker of WEAK_MARKERS) weak += sample.match(marker)?.length ?? 0
  return weak >= WEAK_MARKERS_NEEDED ? 'md' : 'text'
}
