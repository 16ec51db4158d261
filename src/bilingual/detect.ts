import {extname} from 'node:path'
import {MARKDOWN_EXTENSIONS, TEXT_EXTENSIONS} from '../read/data/markdown.js'
import {detectFormat} from '../read/format.js'
import type {InputFormat as DocumentFormat} from '../types.js'
import {GlosaError} from '../util/errors.js'
import type {BilingualFormat} from './types.js'

/** Every format `glosa check` reads: documents and bilingual files. */
export type FileFormat = DocumentFormat | BilingualFormat

/** The formats glosa reads, as they are named to users. */
export const fileFormats: readonly FileFormat[] = ['md', 'mdx', 'text', 'xliff', 'po', 'tmx', 'json']

const extensions: Readonly<Record<string, BilingualFormat>> = {
  '.xlf': 'xliff',
  '.xliff': 'xliff',
  '.xlz': 'xliff',
  '.sdlxliff': 'xliff',
  '.mqxliff': 'xliff',
  '.po': 'po',
  '.pot': 'po',
  '.tmx': 'tmx',
  '.json': 'json'
}

/**
 * The bilingual format a file's name says it is (`strings.xlf` → `xliff`),
 * if any: for the commands that read documents only, which refuse it
 * rather than read it as prose.
 */
export function bilingualFormatOfName(file: string): BilingualFormat | undefined {
  return file === '-' ? undefined : extensions[extname(file).toLowerCase()]
}

/** A bilingual format's name as messages give it (`XLIFF`, `PO`, `JSON`). */
export function bilingualFormatName(format: BilingualFormat): string {
  return format === 'json' ? 'JSON' : format.toUpperCase()
}

/**
 * Files glosa knows it cannot read: checking them as prose would pass what
 * was never looked at. (Other unknown extensions are judged by content.)
 */
const refusedExtensions = new Set([
  '.xml',
  '.html',
  '.htm',
  '.xhtml',
  '.csv',
  '.tsv',
  '.yaml',
  '.yml',
  '.toml',
  '.ini',
  '.properties',
  '.strings',
  '.stringsdict',
  '.resx',
  '.resw',
  '.arb',
  '.ts',
  '.tsx',
  '.js',
  '.jsx',
  '.mjs',
  '.cjs',
  '.py',
  '.rb',
  '.php',
  '.java',
  '.go',
  '.rs',
  '.c',
  '.h',
  '.cpp',
  '.cs',
  '.srt',
  '.vtt',
  '.sbv',
  '.docx',
  '.doc',
  '.odt',
  '.rtf',
  '.pdf',
  '.xlsx',
  '.xls',
  '.ods',
  '.pptx',
  '.idml',
  '.sdltm',
  '.tbx',
  '.zip',
  '.png',
  '.jpg',
  '.jpeg',
  '.gif',
  '.svg',
  '.ico',
  '.mo'
])

/** The start of the file's content, after a byte-order mark, comments and an XML declaration. */
function xmlRoot(text: string): string | undefined {
  const match =
    /^\s*(?:<\?xml[^>]*\?>\s*)?(?:(?:<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)\s*)*<([\w:.-]+)/.exec(
      text.slice(0, 20000)
    )
  if (!match) return undefined
  const name = match[1]!
  return name.slice(name.indexOf(':') + 1).toLowerCase()
}

/**
 * Whether `text`, whose first element is `root`, is an XML or HTML document
 * (a declaration or a doctype first, or the whole text that one element)
 * rather than Markdown that opens with HTML (`<div align="center">` and a
 * logo above a README's heading), which goes on after that element.
 */
function isXmlDocument(text: string, root: string): boolean {
  if (/^\uFEFF?\s*<(?:\?xml|!doctype)/i.test(text)) return true
  const escaped = root.replace(/[.-]/g, '\\$&')
  return new RegExp(`</(?:[\\w.-]+:)?${escaped}\\s*>\\s*$`, 'i').test(text.slice(-4000))
}

function refuse(file: string, found: string): never {
  throw new GlosaError('formats:error.unreadable', {found, formats: fileFormats.join(', ')}, {file})
}

/**
 * The format of an input: by extension for the formats glosa reads (a
 * `.xlf` file must then be XLIFF), refused for the formats it knows it does
 * not read, and otherwise by content: XML whose root is `<xliff>` or `<tmx>`,
 * a PO file, a JSON object; any other XML or HTML document is refused; the
 * rest (Markdown opening with HTML too) is Markdown or plain text. Throws a GlosaError naming what glosa reads.
 */
export function detectFileFormat(file: string, text: string, forced?: FileFormat): FileFormat {
  if (forced) return forced
  const extension = file === '-' ? '' : extname(file).toLowerCase()
  const byExtension = extensions[extension]
  const root = xmlRoot(text)
  if (byExtension === 'xliff' || byExtension === 'tmx') {
    if (root === byExtension) return byExtension
    return refuse(file, root ? `<${root}>` : extension)
  }
  if (byExtension === 'po' || byExtension === 'json') return byExtension
  if (MARKDOWN_EXTENSIONS.includes(extension) || TEXT_EXTENSIONS.includes(extension)) return detectFormat(file, text)
  if (refusedExtensions.has(extension)) return refuse(file, extension)
  if (root === 'xliff' || root === 'tmx') return root
  if (root !== undefined && isXmlDocument(text, root)) return refuse(file, `<${root}>`)
  if (/^\s*[{[]/.test(text.slice(0, 100))) {
    if (/^\s*\{\s*("|\})/.test(text.slice(0, 1000))) return 'json'
    return refuse(file, 'JSON')
  }
  if (/^msgid\s+"/m.test(text.slice(0, 20000)) && /^msgstr(?:\[\d+\])?\s+"/m.test(text.slice(0, 40000))) return 'po'
  return detectFormat(file, text)
}
