import {basename} from 'node:path'
import {parse} from 'csv-parse/sync'
import type {Position} from '../types.js'
import {GlosaError} from '../util/errors.js'
import {LineIndex} from '../util/position.js'
import {buildTerm, finishEntry, newEntry} from './build.js'
import {IssueList, type GlossaryIssue} from './issues.js'
import {approvedTerms, termsFor} from './terms.js'
import type {Entry, Glossary, Term, TermLang} from './types.js'
import {normaliseLang} from './vocabulary.js'
import {columnNames as columnNameList} from './data/vocabulary.js'
import {headerLayout, mappedLayout, type Layout} from './columns.js'

const columnNames = new Set(columnNameList)

/**
 * OmegaT glossaries: one term pair per line, `source<TAB>target<TAB>comment`
 * (lines starting with `#` are comments), and the same as CSV with RFC 4180
 * quoting. Rows with the same source term make one entry with several
 * target terms; a comment becomes the target term's note.
 */

/** A cell and where it is. */
interface Cell {
  value: string
  start: number
  end: number
}

/**
 * The separator of a CSV file: a comma, or a semicolon where the first line
 * has more of them outside quotes (spreadsheets in Portuguese and other
 * locales with a decimal comma save CSV with semicolons), or a tab where the
 * first line has tabs and neither (a TSV saved as `.csv`).
 */
function csvSeparator(text: string): string {
  const counts = {',': 0, ';': 0, '\t': 0}
  let quoted = false
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!
    if (char === '"') quoted = !quoted
    else if (quoted) continue
    else if (char === '\n' || char === '\r') break
    else if (char in counts) counts[char as keyof typeof counts]++
  }
  if (counts['\t'] > 0 && counts[','] === 0 && counts[';'] === 0) return '\t'
  return counts[';'] > counts[','] ? ';' : ','
}

/** Where each cell of a record is: `raw` is the record as csv-parse consumed it, at `offset` in the text (leading comment and blank lines included). */
function cellsOf(raw: string, offset: number, values: readonly string[], separator: string, quoted: boolean): Cell[] {
  let index = 0
  // Comment and blank lines csv-parse skipped before the record.
  for (;;) {
    const line = /^[^\r\n]*(?:\r\n|\r|\n)/.exec(raw.slice(index))
    if (!line || !(/^\s*$/.test(line[0]) || line[0].startsWith('#'))) break
    index += line[0].length
  }
  return values.map((value) => {
    const start = index
    if (quoted && raw[index] === '"') {
      index++
      while (index < raw.length && !(raw[index] === '"' && raw[index + 1] !== '"')) index += raw[index] === '"' ? 2 : 1
      index++
    } else {
      while (index < raw.length && raw[index] !== separator && raw[index] !== '\n' && raw[index] !== '\r') index++
    }
    const cell = {value, start: offset + start, end: offset + index}
    if (raw[index] === separator) index++
    return cell
  })
}

/** What csv-parse's errors say of where they are: the line, and the field's index on it. */
interface CsvError {
  code?: string
  lines?: number
  column?: number
}

/**
 * The offset of the quote a csv-parse error is about: csv-parse names the line
 * and the field; the quote is the first in that field (a quote inside an
 * unquoted cell), or the character after the closing one (text after it).
 */
function quoteErrorOffset(text: string, error: CsvError, separator: string, lines: LineIndex): number {
  const lineStart = lines.offset(Math.max(1, error.lines ?? 1), 1)
  const lineEnd = text.slice(lineStart).search(/\r|\n|$/) + lineStart
  let fieldStart = lineStart
  for (let field = 0; field < (error.column ?? 0); field++) {
    const next = text.indexOf(separator, fieldStart)
    if (next === -1 || next > lineEnd) break
    fieldStart = next + 1
  }
  const quote = text.indexOf('"', fieldStart)
  if (quote === -1 || quote > lineEnd) return fieldStart
  if (error.code === 'CSV_INVALID_CLOSING_QUOTE' && quote === fieldStart) {
    const closing = text.indexOf('"', quote + 1)
    return closing === -1 ? quote : closing + 1
  }
  return quote
}

/**
 * Split CSV or TSV text into rows of cells with csv-parse: RFC 4180 quoting in
 * CSV (none in OmegaT's TSV, whose `#` lines are comments), CRLF, LF or CR
 * line endings, rows of any length (the layout decides what is too short),
 * blank lines skipped. A quoting error is a located GlosaError.
 */
function delimitedRows(text: string, format: 'csv' | 'tsv', file: string | undefined, lines: LineIndex): Cell[][] {
  const separator = format === 'tsv' ? '\t' : csvSeparator(text)
  const quoted = format === 'csv'
  let records: Array<{record: string[]; raw: string}>
  try {
    records = parse(text, {
      raw: true,
      delimiter: separator,
      quote: quoted ? '"' : false,
      relax_column_count: true,
      skip_empty_lines: true,
      record_delimiter: ['\r\n', '\n', '\r'],
      ...(quoted ? {} : {comment: '#', comment_no_infix: true})
    }) as unknown as Array<{record: string[]; raw: string}>
  } catch (error) {
    throw new GlosaError('glossary:error.csvQuote', {}, {file, place: lines.point(quoteErrorOffset(text, error as CsvError, separator, lines)), cause: error})
  }
  const rows: Cell[][] = []
  let offset = 0
  for (const {record, raw} of records) {
    const at = text.indexOf(raw, offset)
    offset = at + raw.length
    if (record.every((value) => value.trim() === '')) continue
    rows.push(cellsOf(raw, at, record, separator, quoted))
  }
  return rows
}

/** Languages named in a header row or comment (`en<TAB>pt-PT`, `English,Portuguese`). */
function headerLangs(cells: string[]): [TermLang, TermLang] | undefined {
  const first = normaliseLang(cells[0]?.replace(/^#\s*/, '') ?? '')
  const second = normaliseLang(cells[1] ?? '')
  return first && second ? [first, second] : undefined
}

/** Languages in a file name: `glossary.en-pt_PT.tsv`, `pt-BR_en.csv`. */
function nameLangs(file: string | undefined): [TermLang, TermLang] | undefined {
  if (file === undefined) return undefined
  const lang = 'en(?:[-_](?:us|gb))?|pt(?:[-_](?:pt|br))?'
  const match = new RegExp(`(?:^|[^a-z])(${lang})[-_.]+(${lang})(?:[^a-z]|$)`, 'i').exec(basename(file))
  if (!match) return undefined
  const first = normaliseLang(match[1]!)
  const second = normaliseLang(match[2]!)
  return first && second && first !== second ? [first, second] : undefined
}

/** Options for {@link readDelimited}. */
export interface DelimitedOptions {
  file?: string | undefined
  format: 'tsv' | 'csv'
  source?: TermLang | undefined
  target?: TermLang | undefined
  /** Which column holds what (`{source: 'English', target: '3', note: 'Notes'}`): header names or 1-based numbers. */
  columns?: Readonly<Record<string, string>> | undefined
}

const languageCode = /^[a-z]{2,3}(?:[-_][a-z]{2,4})?$/i

/**
 * The layout of a file: mapped by the user, named by its header row, DeepL's
 * four columns (source, target, source language, target language), or
 * glosa's own two or three (source, target, comment).
 */
function layoutOf(rows: Cell[][], options: DelimitedOptions, lines: LineIndex): Layout {
  const first = rows[0]?.map((cell) => cell.value.trim()) ?? []
  const header = headerLayout(first)
  if (options.columns) {
    const mapped = mappedLayout(options.columns, first)
    if (typeof mapped === 'string') {
      throw new GlosaError('glossary:error.csvMapping', {name: mapped, found: first.join(', ')}, {file: options.file, place: lines.point(rows[0]?.[0]?.start ?? 0)})
    }
    if (mapped.terms.length < 2) throw new GlosaError('glossary:error.csvMappingTerms', {}, {file: options.file})
    return {...mapped, header: mapped.header || header.layout !== undefined}
  }
  // A header of two languages leaves glosa's third column, the comment, unnamed.
  if (header.layout) return first.length === 2 && header.layout.note === undefined ? {...header.layout, note: 2} : header.layout
  const deepl = rows.length > 0 && rows.every((row) => row.length === 4 && languageCode.test(row[2]!.value.trim()) && languageCode.test(row[3]!.value.trim()))
  if (deepl) {
    const [source, target] = [normaliseLang(rows[0]![2]!.value.trim()), normaliseLang(rows[0]![3]!.value.trim())]
    return {terms: [{index: 0, ...(source ? {lang: source} : {})}, {index: 1, ...(target ? {lang: target} : {})}], header: false}
  }
  if (header.known >= 2 && header.unknown.length > 0) {
    throw new GlosaError('glossary:error.csvColumns', {found: first.join(', '), unknown: header.unknown.join(', ')}, {file: options.file, place: lines.point(rows[0]![0]!.start)})
  }
  return {terms: [{index: 0}, {index: 1}], note: 2, header: false}
}

/** Read an OmegaT TSV or a CSV glossary; unusable input throws a located {@link GlosaError}. */
export function readDelimited(text: string, options: DelimitedOptions): {glossary: Glossary; issues: GlossaryIssue[]} {
  const {file, format} = options
  const lines = new LineIndex(text)
  const issues = new IssueList()
  const rows = delimitedRows(text, format, file, lines)
  // A `# en<TAB>pt-PT` comment line (as glosa writes) names the languages too.
  const comment = format === 'tsv' && text.startsWith('#') ? headerLangs(text.slice(0, text.search(/\r?\n|$/)).split('\t')) : undefined
  let langs = comment
  const layout = layoutOf(rows, options, lines)
  const first = rows[0]?.map((cell) => cell.value.trim())
  const named = first && !layout.header && headerLangs(first)
  if (layout.header) {
    rows.shift()
    const [a, b] = [layout.terms[0]?.lang, layout.terms[1]?.lang]
    if (a && b) langs = [a, b]
  } else if (named) {
    langs = named
    rows.shift()
  } else if (first?.every((cell) => columnNames.has(cell.toLowerCase()))) rows.shift()
  else if (layout.terms[0]?.lang && layout.terms[1]?.lang) langs = [layout.terms[0].lang, layout.terms[1].lang]
  langs ??= nameLangs(file) ?? ['en', 'pt']
  const source = options.source ?? langs[0]
  const target = options.target ?? langs[1]
  if (rows.length === 0) throw new GlosaError('glossary:error.empty', {}, {file})
  const fixed = !layout.header && options.columns === undefined && layout.note === 2

  const position = (cell: Cell): Position => lines.position(cell.start, cell.end)
  const entries: Entry[] = []
  const bySource = new Map<string, Entry>()
  const ids = new Set<string>()
  const [sourceColumn, ...targetColumns] = layout.terms as [Layout['terms'][number], ...Layout['terms']]
  for (const row of rows) {
    // Spreadsheets and CAT tools leave empty cells after the last one used: `chip<TAB>chip<TAB><TAB>`.
    while (row.length > 3 && row[row.length - 1]!.value.trim() === '') row.pop()
    if (fixed ? row.length < 2 || row.length > 3 : row.length <= Math.max(sourceColumn.index, targetColumns[0]!.index)) {
      throw new GlosaError('glossary:error.columns', {count: row.length}, {file, place: lines.point(row[0]!.start)})
    }
    const sourceCell = row[sourceColumn.index]!
    const sourceText = sourceCell.value.trim()
    if (sourceText === '') continue
    const extra = (index: number | undefined) => (index === undefined ? undefined : row[index])
    const noteCell = extra(layout.note)
    const located = (cell: Cell | undefined) => (cell && cell.value.trim() !== '' ? {value: cell.value.trim(), position: position(cell)} : undefined)
    let entry = bySource.get(sourceText)
    if (!entry) {
      entry = newEntry(uniqueId(sourceText, ids), lines.position(sourceCell.start, row[row.length - 1]!.end))
      entry.terms.push(buildTerm({text: sourceText, lang: sourceColumn.lang ?? source, position: position(sourceCell), partOfSpeech: located(extra(layout.pos))}, issues, entry.id))
      const definition = extra(layout.definition)?.value.trim()
      if (definition) entry.definitions[sourceColumn.lang ?? source] = definition
      bySource.set(sourceText, entry)
      entries.push(entry)
    }
    const note = noteCell?.value.trim() || undefined
    for (const [position_, column] of targetColumns.entries()) {
      const cell = row[column.index]
      // The first translation is a term even when empty (lint reports it); other languages' empty cells are none.
      if (!cell || (position_ > 0 && cell.value.trim() === '')) continue
      const lang = column.lang ?? (position_ === 0 ? target : undefined)
      if (!lang) continue
      entry.terms.push(buildTerm({text: cell.value.trim(), lang, position: position(cell), note, status: located(extra(layout.status)), partOfSpeech: located(extra(layout.pos))}, issues, entry.id))
    }
  }
  for (const entry of entries) finishEntry(entry)
  const languages = [...new Set(entries.flatMap((entry) => entry.terms.map((term) => term.lang)))]
  const glossary: Glossary = {languages: languages.length >= 2 ? languages : [source, target], entries}
  if (file !== undefined) glossary.file = file
  return {glossary, issues: issues.issues}
}

/** A readable id from a term (`export controls` → `export-controls`, `inferência` → `inferencia`), made unique. */
function uniqueId(text: string, ids: Set<string>): string {
  const base = idBase(text) || 'term'
  let id = base
  for (let count = 2; ids.has(id); count++) id = `${base}-${count}`
  ids.add(id)
  return id
}

const asciiText = /^[\x00-\x7f]*$/
const asciiRuns = /[^a-z0-9]+/g
const asciiEdges = /^-|-$/g

/**
 * Letters and digits kept (without accents, in lower case, NFC), runs of
 * anything else one dash, none at the ends: no emoji half (a lone
 * surrogate), bidi control or zero-width character gets into an id.
 */
function idBase(text: string): string {
  // Most terms are plain ASCII: two replacements instead of a pass character by character.
  if (asciiText.test(text)) return text.toLowerCase().replace(asciiRuns, '-').replace(asciiEdges, '')
  let base = ''
  let dash = false
  for (const char of text.normalize('NFD').toLowerCase()) {
    if (accent.test(char)) continue
    if (letterOrDigit.test(char)) {
      if (dash && base !== '') base += '-'
      base += char
      dash = false
    } else dash = true
  }
  return base.normalize('NFC')
}

const accent = /^\p{M}$/u
const letterOrDigit = /^[\p{L}\p{N}]$/u

function cell(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ')
}

/** Usable terms for a glossary file that cannot say a term is deprecated: approved ones, else all. */
function usable(entry: Entry, lang: TermLang): Term[] {
  const approved = approvedTerms(entry, lang)
  return approved.length > 0 ? approved : termsFor(entry, lang)
}

/**
 * Write an OmegaT TSV glossary from `source` to `target`: one line per target
 * term (with the preferred source term), then one per further source term
 * (with the preferred target term); a term's note is the comment. Deprecated
 * and superseded terms are left out where an approved one exists: TSV cannot
 * say that a term is not to be used. A first `#` line names the languages.
 */
export function writeTsv(glossary: Glossary, options: {source: TermLang; target: TermLang}): string {
  const out: string[] = [`# ${options.source}\t${options.target}`]
  for (const entry of glossary.entries) {
    const sources = usable(entry, options.source)
    const targets = usable(entry, options.target)
    const first = sources[0]
    const firstTarget = targets[0]
    if (!first || !firstTarget) continue
    for (const target of targets) out.push([cell(first.text), cell(target.text), ...(target.note ? [cell(target.note)] : [])].join('\t'))
    for (const other of sources.slice(1)) out.push([cell(other.text), cell(firstTarget.text)].join('\t'))
  }
  return out.join('\n') + '\n'
}
