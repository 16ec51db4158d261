import {extname} from 'node:path'
import {GlosaError} from '../util/errors.js'
import type {GlossaryFormat} from './types.js'

/** File name endings and the formats they name. */
const extensions: Record<string, GlossaryFormat> = {
  '.tbx': 'tbx',
  '.xml': 'tbx',
  '.tsv': 'tsv',
  '.tab': 'tsv',
  '.txt': 'tsv',
  '.utf8': 'tsv',
  '.csv': 'csv',
  '.yaml': 'yaml',
  '.yml': 'yaml',
  '.json': 'json'
}

/**
 * The format of a glossary: from the file name's ending; for a file without
 * one (or standard input), from the content (`<` starts XML, `{` JSON; then the first line that is
 * not a `#` comment: a tab TSV, a `key:` line YAML, a comma CSV; comments alone YAML). Throws when
 * neither tells.
 */
export function detectGlossaryFormat(file: string | undefined, text: string): GlossaryFormat {
  const extension = file === undefined ? '' : extname(file).toLowerCase()
  const byName = extensions[extension]
  if (byName) return byName
  // A file named as something else (`.md`, `.docx`) is not a glossary to guess at.
  if (extension !== '') throw new GlosaError('glossary:error.unknownType', {expected: Object.keys(extensions).join(', ')}, {file})
  const start = text.search(/\S/)
  const first = text.charAt(start)
  if (first === '<') return 'tbx'
  if (first === '{' || first === '[') return 'json'
  // Comment lines say nothing (OmegaT starts its TSV with one): the first other line decides.
  const line = text.slice(start).split(/\r?\n/).find((candidate) => candidate.trim() !== '' && !candidate.startsWith('#'))
  if (line === undefined) return 'yaml'
  if (line.includes('\t')) return 'tsv'
  if (/^([\w$"'-]+\s*:(\s.*)?|---.*)$/.test(line)) return 'yaml'
  if (line.includes(',')) return 'csv'
  throw new GlosaError('glossary:error.unknownType', {expected: Object.keys(extensions).join(', ')}, {file})
}
