import {basename} from 'node:path'
import type {Position} from '../types.js'
import {GlosaError} from '../util/errors.js'
import {LineIndex} from '../util/position.js'
import {buildTerm, finishEntry, newEntry} from './build.js'
import {IssueList, type GlossaryIssue} from './issues.js'
import {approvedTerms, termsFor} from './terms.js'
import type {Entry, Glossary, Term, TermLang} from './types.js'
import {normaliseLang} from './vocabulary.js'
import {columnNames as columnNameList} from './data/vocabulary.js'

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

/** Split CSV text into rows of cells (RFC 4180: `"…"` quoting, `""` for a quote, line breaks inside quotes) at `separator` (a code unit). */
function csvRows(text: string, fail: (offset: number) => never, separator: number): Cell[][] {
  const rows: Cell[][] = []
  let row: Cell[] = []
  let index = 0
  while (index <= text.length) {
    const start = index
    let value: string
    if (text.charCodeAt(index) === 34) {
      let close = index + 1
      const parts: string[] = []
      for (;;) {
        const quote = text.indexOf('"', close)
        if (quote === -1) fail(start)
        parts.push(text.slice(close, quote))
        if (text.charCodeAt(quote + 1) === 34) {
          parts.push('"')
          close = quote + 2
        } else {
          index = quote + 1
          break
        }
      }
      value = parts.join('')
      const next = text.charCodeAt(index)
      if (index < text.length && next !== separator && next !== 10 && next !== 13) fail(index)
    } else {
      let end = index
      while (end < text.length) {
        const code = text.charCodeAt(end)
        if (code === separator || code === 10 || code === 13) break
        if (code === 34) fail(end)
        end++
      }
      value = text.slice(index, end)
      index = end
    }
    row.push({value, start, end: index})
    const code = text.charCodeAt(index)
    if (code === separator) index++
    else {
      if (code === 13 && text.charCodeAt(index + 1) === 10) index++
      index++
      if (!(row.length === 1 && row[0]!.value === '')) rows.push(row)
      row = []
    }
  }
  return rows
}

/**
 * The separator of a CSV file: a comma, or a semicolon where the first line
 * has more of them outside quotes (spreadsheets in Portuguese and other
 * locales with a decimal comma save CSV with semicolons).
 */
function csvSeparator(text: string): number {
  let commas = 0
  let semicolons = 0
  let quoted = false
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 34) quoted = !quoted
    else if (quoted) continue
    else if (code === 10 || code === 13) break
    else if (code === 44) commas++
    else if (code === 59) semicolons++
  }
  return semicolons > commas ? 59 : 44
}

/** Split TSV text into rows of cells, skipping blank lines and `#` comments. */
function tsvRows(text: string): Cell[][] {
  const rows: Cell[][] = []
  let start = 0
  let cr = text.indexOf('\r')
  while (start < text.length) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    // A lone CR ends a line too (Excel's "Macintosh" export).
    if (cr !== -1 && cr < start) cr = text.indexOf('\r', start)
    if (cr !== -1 && cr < end - 1) end = cr
    const lineEnd = text.charCodeAt(end - 1) === 13 ? end - 1 : end
    if (lineEnd > start && text.charCodeAt(start) !== 35) {
      const row: Cell[] = []
      let cellStart = start
      for (;;) {
        let tab = text.indexOf('\t', cellStart)
        if (tab === -1 || tab > lineEnd) tab = lineEnd
        row.push({value: text.slice(cellStart, tab), start: cellStart, end: tab})
        if (tab === lineEnd) break
        cellStart = tab + 1
      }
      if (row.some((cell) => cell.value.trim() !== '')) rows.push(row)
    }
    start = end + 1
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
}

/** Read an OmegaT TSV or a CSV glossary; unusable input throws a located {@link GlosaError}. */
export function readDelimited(text: string, options: DelimitedOptions): {glossary: Glossary; issues: GlossaryIssue[]} {
  const {file, format} = options
  const lines = new LineIndex(text)
  const issues = new IssueList()
  const fail = (offset: number): never => {
    throw new GlosaError('glossary:error.csvQuote', {}, {file, place: lines.point(offset)})
  }
  const rows = format === 'csv' ? csvRows(text, fail, csvSeparator(text)) : tsvRows(text)
  // A `# en<TAB>pt-PT` comment line (as glosa writes) names the languages too.
  const comment = format === 'tsv' && text.startsWith('#') ? headerLangs(text.slice(0, text.search(/\r?\n|$/)).split('\t')) : undefined
  let langs = comment
  const first = rows[0]?.map((cell) => cell.value.trim())
  const header = first && headerLangs(first)
  if (header) {
    langs = header
    rows.shift()
  } else if (first?.every((cell) => columnNames.has(cell.toLowerCase()))) rows.shift()
  langs ??= nameLangs(file) ?? ['en', 'pt']
  const source = options.source ?? langs[0]
  const target = options.target ?? langs[1]
  if (rows.length === 0) throw new GlosaError('glossary:error.empty', {}, {file})

  const position = (cell: Cell): Position => lines.position(cell.start, cell.end)
  const entries: Entry[] = []
  const bySource = new Map<string, Entry>()
  const ids = new Set<string>()
  for (const row of rows) {
    // Spreadsheets and CAT tools leave empty cells after the last one used: `chip<TAB>chip<TAB><TAB>`.
    while (row.length > 3 && row[row.length - 1]!.value.trim() === '') row.pop()
    if (row.length < 2 || row.length > 3) {
      throw new GlosaError('glossary:error.columns', {count: row.length}, {file, place: lines.point(row[0]!.start)})
    }
    const [sourceCell, targetCell, commentCell] = row as [Cell, Cell, Cell | undefined]
    const sourceText = sourceCell.value.trim()
    let entry = bySource.get(sourceText)
    if (!entry) {
      entry = newEntry(uniqueId(sourceText, ids), lines.position(sourceCell.start, (commentCell ?? targetCell).end))
      entry.terms.push(buildTerm({text: sourceText, lang: source, position: position(sourceCell)}, issues, entry.id))
      bySource.set(sourceText, entry)
      entries.push(entry)
    }
    const note = commentCell?.value.trim()
    entry.terms.push(
      buildTerm({text: targetCell.value.trim(), lang: target, position: position(targetCell), note}, issues, entry.id)
    )
  }
  for (const entry of entries) finishEntry(entry)
  const glossary: Glossary = {languages: [source, target], entries}
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
