import {readdirSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {readInput} from '../util/input.js'
import {throughCache} from './cache.js'
import {detectGlossaryFormat} from './format.js'
import type {GlossaryIssue} from './issues.js'
import type {Glossary, GlossaryFormat, TermLang} from './types.js'
import {readYaml} from './yaml.js'
import {readTbx} from './tbx.js'
import {readDelimited} from './delimited.js'

/** Options for reading a glossary. */
export interface ParseGlossaryOptions {
  /** The file it came from: named in messages, and its ending gives the format. */
  file?: string
  /** The format; default: from the file name's ending, else from the content. */
  format?: GlossaryFormat
  /** TSV and CSV: the language of the first column; default: from a header or the file name, else `en`. */
  source?: TermLang
  /** TSV and CSV: the language of the second column; default: from a header or the file name, else `pt`. */
  target?: TermLang
  /** TSV and CSV: which column holds what (`{source: 'English', target: '3', note: 'Notes'}`), by header name or 1-based number; default: from the header. */
  columns?: Readonly<Record<string, string>>
}

/** A glossary and the problems found while reading it (for `lintGlossary`). */
export interface ParsedGlossary {
  glossary: Glossary
  issues: GlossaryIssue[]
}

/** Read a glossary and keep the problems that did not stop reading. */
export function parseGlossaryWithIssues(source: string, options: ParseGlossaryOptions = {}): ParsedGlossary {
  // Positions count from after a byte-order mark, as everywhere in glosa.
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source
  const format = options.format ?? detectGlossaryFormat(options.file, text)
  switch (format) {
    case 'tbx':
      return readTbx(text, options.file)
    case 'tsv':
    case 'csv':
      return readDelimited(text, {...options, format})
    case 'json':
      return readYaml(text, options.file, 'JSON')
    default:
      return readYaml(text, options.file)
  }
}

/**
 * Read a glossary in any format glosa knows (TBX v2 or v3, OmegaT TSV, CSV,
 * glosa YAML or JSON). Unusable input throws a {@link GlosaError} located in
 * the file; lesser problems are left to `lintGlossary`.
 */
export function parseGlossary(text: string, options: ParseGlossaryOptions = {}): Glossary {
  return parseGlossaryWithIssues(text, options).glossary
}

/** Options for reading a glossary file. */
export interface ReadGlossaryFileOptions extends Omit<ParseGlossaryOptions, 'file'> {
  /** A folder to keep parsed glossaries in, so that reading the same file again costs a `JSON.parse` (see `cache.ts`); default: none. */
  cache?: string | undefined
}

/** Read a glossary file (checked for emptiness, binary content and invalid UTF-8 first). */
export function readGlossaryFile(file: string, options: ReadGlossaryFileOptions = {}): Glossary {
  return readGlossaryFileWithIssues(file, options).glossary
}

/**
 * {@link readGlossaryFile}, keeping the problems that did not stop reading. A
 * glossary is only read, so UTF-16 with a byte-order mark is decoded (SDL
 * MultiTerm exports TBX so, Excel saves "Unicode text" TSV so).
 */
export function readGlossaryFileWithIssues(file: string, options: ReadGlossaryFileOptions = {}): ParsedGlossary {
  const input = readInput(file, {utf16: true})
  const {cache, ...rest} = options
  const parseOptions = {...rest, file}
  if (cache === undefined) return parseGlossaryWithIssues(input.text, parseOptions)
  return throughCache(cache, input.text, parseOptions, () => parseGlossaryWithIssues(input.text, parseOptions))
}

const bundledFolder = fileURLToPath(new URL('../../glossary/', import.meta.url))

/** The glossary files glosa ships (`glossary/*.yaml`), in name order. */
export function bundledGlossaryFiles(): string[] {
  return readdirSync(bundledFolder)
    .filter((name) => /\.(ya?ml|json|tbx|tsv|csv)$/i.test(name))
    .sort()
    .map((name) => bundledFolder + name)
}

/**
 * Merge glossaries into one: entries in order, the languages of all. An entry
 * whose id an earlier glossary already has replaces it in place, so a
 * project glossary can override a bundled entry.
 */
export function mergeGlossaries(glossaries: Glossary[]): Glossary {
  if (glossaries.length === 1) return glossaries[0]!
  const merged: Glossary = {languages: [], entries: []}
  const titles: string[] = []
  const index = new Map<string, number>()
  for (const glossary of glossaries) {
    if (glossary.title) titles.push(glossary.title)
    for (const lang of glossary.languages) if (!merged.languages.includes(lang)) merged.languages.push(lang)
    for (const entry of glossary.entries) {
      const at = index.get(entry.id)
      if (at === undefined) {
        index.set(entry.id, merged.entries.length)
        merged.entries.push(entry)
      } else merged.entries[at] = entry
    }
  }
  if (titles.length > 0) merged.title = titles.join(' + ')
  return merged
}

/** Read and merge glossary files; no files: the bundled glossary. */
export function loadGlossaries(files: string[], options: Pick<ReadGlossaryFileOptions, 'columns' | 'cache'> = {}): Glossary {
  const list = files.length === 0 ? bundledGlossaryFiles() : files
  return mergeGlossaries(list.map((file) => readGlossaryFile(file, options)))
}
