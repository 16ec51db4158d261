import {extname} from 'node:path'
import {translator, type Locale} from '../i18n/index.js'
import type {Document, Format, InputFormat, ReadWarning} from '../types.js'
import {
  DETECTION_WINDOW,
  LEADING_FRONT_MATTER,
  MARKDOWN_EXTENSIONS,
  MDX_ESM_STATEMENT,
  MDX_EXTENSIONS,
  STRONG_MARKERS,
  TEXT_EXTENSIONS,
  WEAK_MARKERS,
  WEAK_MARKERS_NEEDED
} from './data/markdown.js'

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

/**
 * Whether a Markdown source is MDX, whose top-level `import`/`export`
 * paragraphs are JavaScript: from the file's extension (`.mdx`); for a source
 * without a name (standard input), when its first line after any front matter
 * is an import or export statement, as MDX pages (Docusaurus, Next.js) start.
 */
export function isMdx(file: string | undefined, source: string): boolean {
  if (file !== undefined && file !== '-') return MDX_EXTENSIONS.includes(extname(file).toLowerCase())
  const start = LEADING_FRONT_MATTER.exec(source.slice(0, DETECTION_WINDOW))?.[0].length ?? 0
  return MDX_ESM_STATEMENT.test(source.slice(start, start + 1000).trimStart())
}

/** The format a document was read as, as output names it: `mdx` for Markdown read as MDX. */
export function formatName(document: Pick<Document, 'format' | 'mdx'>): InputFormat {
  return document.mdx ? 'mdx' : document.format
}

/** A reader's warning as a line for people: `file:line:column: message`, in `locale`. */
export function readWarningText(file: string, warning: ReadWarning, locale: Locale): string {
  const place = warning.place ? `:${warning.place.line}:${warning.place.column}` : ''
  return `${file}${place}: ${translator(locale)(warning.key, warning.values) as string}`
}
