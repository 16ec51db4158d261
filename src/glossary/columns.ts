import type {TermLang} from './types.js'
import {normaliseLang} from './vocabulary.js'

/**
 * The columns of a CSV or TSV glossary as real tools export them: a header
 * row names them (languages and codes in English and Portuguese, `source`,
 * `target`, `term`, `translation`, notes, definitions, part of speech,
 * status), or the user maps them (`--columns`, `columns` in the
 * configuration). Weblate, Crowdin, DeepL, memoQ and Google Sheets layouts
 * are recognised by their headers (DeepL's, which has none, by its two
 * language-code columns).
 */

/** What a column holds. */
export type ColumnRole = 'source' | 'target' | 'term' | 'note' | 'definition' | 'pos' | 'status' | 'ignore'

/** A column's role, and for term columns its language when the header names one. */
export interface Column {
  index: number
  role: ColumnRole
  lang?: TermLang
  name: string
}

const roleNames: ReadonlyArray<[RegExp, ColumnRole]> = [
  [/^(?:source|source term|source_term|src|termo de origem|origem)$/, 'source'],
  [/^(?:target|target term|target_term|translation|tradução|traducao|termo de destino|destino)$/, 'target'],
  [/^(?:term|termo)$/, 'source'],
  [/^(?:notes?|comments?|comentários?|comentarios?|notas?|developer_comments|translator_comments|remarks?|observações|explanation)$/, 'note'],
  [/^(?:description|definition|definição|definicao|descrição|descricao)$/, 'definition'],
  [/^(?:pos|part of speech|part_of_speech|partofspeech|classe gramatical|categoria gramatical)$/, 'pos'],
  [/^(?:status|estado|term status|term_status)$/, 'status'],
  // Columns tools add that glosa has no use for: Weblate's location, id, fuzzy and context; memoQ's entry fields.
  [/^(?:location|id|fuzzy|context|contexto|flags|labels|entry_\w+|term_info|term_example|\w+_usage|created|modified|author|domain|subject|client|project)$/, 'ignore']
]

/** Regions named in a language header: `Portuguese (Portugal)`, `Português (Brasil)`. */
function regional(name: string): TermLang | undefined {
  const match = /^(.+?)\s*[([]\s*([^)\]]+)\s*[)\]]$/.exec(name)
  if (!match) return undefined
  const lang = normaliseLang(match[1]!)
  if (!lang) return undefined
  if (!lang.startsWith('pt')) return lang
  const region = match[2]!.toLowerCase()
  return /^(?:portugal|pt|european|europeu)$/.test(region) ? 'pt-PT' : /^(?:brazil|brasil|br|brazilian|brasileiro)$/.test(region) ? 'pt-BR' : lang
}

/** The column a header cell names, or `undefined` when glosa does not know it. */
export function columnOf(name: string, index: number): Column | undefined {
  const clean = name.trim().replace(/^#\s*/, '')
  const lower = clean.toLowerCase()
  // Crowdin: `Term [pt-BR]`, `Description [en]`, `Part of Speech [en]`.
  const crowdin = /^(term|description|part of speech|status)\s*\[([^\]]+)\]$/i.exec(clean)
  if (crowdin) {
    const lang = normaliseLang(crowdin[2]!)
    const kind = crowdin[1]!.toLowerCase()
    const role: ColumnRole = kind === 'term' ? 'term' : kind === 'description' ? 'definition' : kind === 'status' ? 'status' : 'pos'
    return lang ? {index, role, lang, name: clean} : role === 'term' ? undefined : {index, role: 'ignore', name: clean}
  }
  // memoQ: `English_Def` (a definition), beside `English`.
  const memoq = /^(.+)_def$/i.exec(clean)
  if (memoq && normaliseLang(memoq[1]!)) return {index, role: 'definition', lang: normaliseLang(memoq[1]!)!, name: clean}
  for (const [pattern, role] of roleNames) if (pattern.test(lower)) return {index, role, name: clean}
  const lang = regional(clean) ?? (lower.length >= 2 ? normaliseLang(clean) : undefined)
  if (lang) return {index, role: 'term', lang, name: clean}
  return undefined
}

/** How the columns of a file are laid out: its term columns (source first) and the others. */
export interface Layout {
  terms: Array<{index: number; lang?: TermLang}>
  note?: number
  definition?: number
  pos?: number
  status?: number
  /** Whether the first row is a header (then never read as a term). */
  header: boolean
}

/** A header row as a layout; `unknown` lists the cells glosa cannot place. */
export function headerLayout(cells: readonly string[]): {layout?: Layout; unknown: string[]; known: number} {
  const columns = cells.map((cell, index) => (cell.trim() === '' ? {index, role: 'ignore' as const, name: ''} : columnOf(cell, index)))
  const unknown = cells.filter((_, index) => columns[index] === undefined)
  const known = columns.filter((column) => column && column.role !== 'ignore').length
  const terms = columns.filter((column): column is Column => column !== undefined && (column.role === 'source' || column.role === 'target' || column.role === 'term'))
  if (terms.length < 2 || unknown.length > 0) return {unknown, known}
  terms.sort((a, b) => order(a) - order(b))
  const layout: Layout = {terms: terms.map((column) => ({index: column.index, ...(column.lang ? {lang: column.lang} : {})})), header: true}
  for (const column of columns) {
    if (!column) continue
    if (column.role === 'note' && layout.note === undefined) layout.note = column.index
    // A definition in the source's language, else the first.
    if (column.role === 'definition' && (layout.definition === undefined || column.lang === terms[0]?.lang)) layout.definition = column.index
    if (column.role === 'pos' && layout.pos === undefined) layout.pos = column.index
    if (column.role === 'status' && layout.status === undefined) layout.status = column.index
  }
  return {layout, unknown, known}
}

/** `source` before the language columns before `target`, each kept in file order. */
function order(column: Column): number {
  return (column.role === 'source' ? 0 : column.role === 'term' ? 1 : 2) * 1000 + column.index
}

/**
 * A layout from `--columns` (`source=English,target=3,note=Notes`): each role
 * names a header cell or a 1-based column number. Returns the layout, or the
 * name that matched no column.
 */
export function mappedLayout(mapping: Readonly<Record<string, string>>, header: readonly string[] | undefined): Layout | string {
  const find = (value: string): number | string => {
    if (/^\d+$/.test(value)) return Number(value) - 1
    const index = header?.findIndex((cell) => cell.trim().toLowerCase() === value.trim().toLowerCase()) ?? -1
    return index === -1 ? value : index
  }
  const layout: Layout = {terms: [], header: false}
  for (const [role, value] of Object.entries(mapping)) {
    const index = find(value)
    if (typeof index === 'string') return index
    if (typeof value === 'string' && !/^\d+$/.test(value)) layout.header = true
    if (role === 'source' || role === 'target') {
      const lang = header ? (columnOf(header[index] ?? '', index)?.lang ?? undefined) : undefined
      layout.terms[role === 'source' ? 0 : 1] = {index, ...(lang ? {lang} : {})}
    } else if (role === 'note' || role === 'definition' || role === 'pos' || role === 'status') layout[role] = index
  }
  layout.terms = layout.terms.filter(Boolean)
  return layout
}

/** Parse `--columns source=A,target=B,note=C` into a mapping; roles are source, target, note, definition, pos, status. */
export function parseColumnsOption(value: string): Record<string, string> | string {
  const mapping: Record<string, string> = {}
  for (const part of value.split(',')) {
    const match = /^\s*(source|target|note|definition|pos|status)\s*=\s*(.+?)\s*$/.exec(part)
    if (!match) return part
    mapping[match[1]!] = match[2]!
  }
  return mapping
}
