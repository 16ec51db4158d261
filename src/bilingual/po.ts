import {GlosaError} from '../util/errors.js'
import {LineIndex} from '../util/position.js'
import {PieceBuilder, type BilingualFile, type BilingualUnit, type Piece} from './types.js'
import {langOfTag} from './xliff.js'

/**
 * Read a gettext PO or POT file with the place of every character, which the
 * PO libraries on npm do not keep: `msgctxt`, `msgid`, `msgid_plural`,
 * `msgstr` and `msgstr[n]` with their continuation lines, the flags (`#,
 * fuzzy`), translator and extracted comments, and the header's
 * `Language`, `Plural-Forms` and charset. An unterminated string, a keyword
 * glosa does not know, a broken header or a charset other than UTF-8 is a
 * located error.
 */

const simpleEscapes: Readonly<Record<string, string>> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '"': '"',
  '\\': '\\',
  a: '\x07',
  b: '\b',
  f: '\f',
  v: '\v',
  '?': '?',
  "'": "'"
}

interface Entry {
  start: number
  flags: string[]
  notes: string[]
  obsolete: boolean
  fields: Map<string, {piece: PieceBuilder; end: number; at: number}>
}

export function readPo(source: string, file: string | undefined, lines = new LineIndex(source)): BilingualFile {
  const entries: Entry[] = []
  let entry: Entry | undefined
  let field: {piece: PieceBuilder; end: number; at: number} | undefined
  const fail = (key: string, values: Record<string, unknown>, offset: number): never => {
    throw new GlosaError(`formats:po.${key}`, values, {file, place: lines.point(offset)})
  }
  const fresh = (start: number): Entry => ({start, flags: [], notes: [], obsolete: false, fields: new Map()})
  /** Read the quoted string at `offset` into `into`; return the offset after its closing quote. */
  const string = (offset: number, into: PieceBuilder): number => {
    if (source[offset] !== '"') fail('expectedString', {found: source.slice(offset, offset + 10)}, offset)
    let index = offset + 1
    let textStart = index
    for (;;) {
      const char = source[index]
      if (char === undefined || char === '\n' || char === '\r') return fail('unterminated', {}, offset)
      if (char === '"') {
        into.literal(source.slice(textStart, index), textStart)
        return index + 1
      }
      if (char === '\\') {
        into.literal(source.slice(textStart, index), textStart)
        const next = source[index + 1] ?? ''
        const octal = /^[0-7]{1,3}/.exec(source.slice(index + 1, index + 4))
        const hex = /^x([0-9a-fA-F]{1,2})/.exec(source.slice(index + 1, index + 4))
        if (next in simpleEscapes) {
          into.decoded(simpleEscapes[next]!, index)
          index += 2
        } else if (octal) {
          into.decoded(String.fromCharCode(parseInt(octal[0], 8)), index)
          index += 1 + octal[0].length
        } else if (hex) {
          into.decoded(String.fromCharCode(parseInt(hex[1]!, 16)), index)
          index += 1 + hex[0].length
        } else fail('escape', {escape: '\\' + next}, index)
        textStart = index
        continue
      }
      index++
    }
  }
  for (let line = 0; line < lines.starts.length; line++) {
    const start = lines.starts[line]!
    const next = lines.starts[line + 1] ?? source.length
    const text = source.slice(start, next).replace(/[\r\n]+$/, '')
    const trimmed = text.trimStart()
    const at = start + text.length - trimmed.length
    if (trimmed === '') {
      field = undefined
      continue
    }
    if (trimmed.startsWith('#~') || trimmed.startsWith('#|')) {
      // Obsolete entries and previous strings are history, never checked.
      if (trimmed.startsWith('#~')) {
        if (!entry || entry.fields.size > 0) entries.push((entry = fresh(at)))
        entry.obsolete = true
      }
      field = undefined
      continue
    }
    if (trimmed.startsWith('#')) {
      if (!entry || entry.fields.size > 0) entries.push((entry = fresh(at)))
      field = undefined
      if (trimmed.startsWith('#,'))
        entry.flags.push(
          ...trimmed
            .slice(2)
            .split(',')
            .map((flag) => flag.trim())
            .filter(Boolean)
        )
      else if (trimmed.startsWith('#.') || trimmed.startsWith('# ') || trimmed === '#')
        entry.notes.push(trimmed.replace(/^#\.?\s?/, ''))
      continue
    }
    if (trimmed.startsWith('"')) {
      if (!field) fail('continuation', {}, at)
      field!.end = string(at, field!.piece)
      continue
    }
    const keyword = /^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)[ \t]+/.exec(trimmed)
    if (!keyword) fail('keyword', {found: trimmed.split(/\s/)[0]}, at)
    const name = keyword![1]!
    // A msgctxt or msgid after a msgstr starts the next entry.
    if (
      !entry ||
      ((name === 'msgctxt' || name === 'msgid') &&
        [...entry.fields.keys()].some((key) => key.startsWith('msgstr') || (name === 'msgid' && key === 'msgid')))
    ) {
      if (!entry || entry.fields.size > 0) entries.push((entry = fresh(at)))
    }
    if (entry.fields.has(name)) fail('duplicate', {keyword: name}, at)
    const piece = new PieceBuilder()
    const stringAt = at + keyword![0].length
    field = {piece, end: string(stringAt, piece), at: stringAt}
    const rest = source.slice(field.end, start + text.length)
    if (rest.trim() !== '') fail('trailing', {found: rest.trim()}, field.end + rest.length - rest.trimStart().length)
    entry.fields.set(name, field)
  }
  return unitsOf(entries, source, file, lines)
}

/**
 * Messages whose translation, by gettext convention, is the list of the
 * translators (names and e-mail addresses), never a translation of the
 * source: GNOME's `translator-credits`, KDE's `NAME OF TRANSLATORS` and
 * `EMAIL OF TRANSLATORS`, with or without a `msgctxt` (itstool, which makes
 * the PO files of GNOME, MATE and Xfce manuals, writes `msgctxt "_"`).
 */
const creditIds = new Set([
  'translator-credits',
  'translator_credits',
  'NAME OF TRANSLATORS|Your names',
  'EMAIL OF TRANSLATORS|Your emails',
  'Your names',
  'Your emails'
])

const pieceOf = (field: {piece: PieceBuilder; end: number}): Piece => field.piece.finish(field.end - 1)

function unitsOf(entries: Entry[], source: string, file: string | undefined, lines: LineIndex): BilingualFile {
  const result: BilingualFile = {format: 'po', units: []}
  let plurals: number | undefined
  for (const entry of entries) {
    if (entry.obsolete || entry.fields.size === 0) continue
    const msgid = entry.fields.get('msgid')
    if (!msgid) throw new GlosaError('formats:po.noMsgid', {}, {file, place: lines.point(entry.start)})
    if (msgid.piece.text === '' && !entry.fields.has('msgctxt')) {
      const header = entry.fields.get('msgstr')
      if (header) plurals = readHeader(pieceOf(header), result, file, lines, source)
      continue
    }
    const context = entry.fields.get('msgctxt')?.piece.text
    const id = (context === undefined ? '' : context + '|') + msgid.piece.text
    const notes = entry.notes.length > 0 ? {notes: entry.notes} : {}
    const skip =
      creditIds.has(id) || creditIds.has(msgid.piece.text)
        ? {skip: 'credits' as const}
        : entry.flags.includes('fuzzy')
          ? {skip: 'fuzzy' as const, state: 'fuzzy'}
          : {}
    const plural = entry.fields.get('msgid_plural')
    if (!plural) {
      const msgstr = entry.fields.get('msgstr')
      if (!msgstr) throw new GlosaError('formats:po.noMsgstr', {}, {file, place: lines.point(entry.start)})
      const unit: BilingualUnit = {id, source: pieceOf(msgid), ...notes, ...skip}
      if (msgstr.piece.text !== '') unit.target = pieceOf(msgstr)
      result.units.push(unit)
      continue
    }
    const forms = [...entry.fields.keys()].filter((key) => key.startsWith('msgstr['))
    const count = Math.max(plurals ?? 2, forms.length)
    // An entry never translated has every form empty: one unit says so, not one per form.
    const translated = forms.some((key) => entry.fields.get(key)!.piece.text !== '')
    for (let index = 0; index < (translated ? count : 1); index++) {
      const form = entry.fields.get(`msgstr[${index}]`)
      const unit: BilingualUnit = {
        id: `${id}[${index}]`,
        source: pieceOf(index === 0 ? msgid : plural),
        ...notes,
        ...skip,
        plural: {index, count}
      }
      if (form && form.piece.text !== '') unit.target = pieceOf(form)
      result.units.push(unit)
    }
  }
  return result
}

/** Read the header entry's fields: the language, the number of plural forms; refuse a charset other than UTF-8. */
function readHeader(
  header: Piece,
  result: BilingualFile,
  file: string | undefined,
  lines: LineIndex,
  source: string
): number | undefined {
  let plurals: number | undefined
  for (const match of header.text.matchAll(/^([^:\n]*)(:?)[ \t]*(.*)$/gm)) {
    const [all, name, colon, value] = match as unknown as [string, string, string, string]
    if (all.trim() === '') continue
    const place = lines.point(header.offsets[match.index] ?? 0)
    if (!colon || !/^[\w-]+$/.test(name)) throw new GlosaError('formats:po.headerLine', {line: all}, {file, place})
    if (name === 'Language' && value.trim() !== '') result.targetTag = value.trim()
    if (name === 'Content-Type') {
      const charset = /charset=([\w-]+)/i.exec(value)?.[1]
      if (charset && !/^(?:utf-?8|charset)$/i.test(charset))
        throw new GlosaError('formats:po.charset', {charset}, {file, place})
    }
    if (name === 'Plural-Forms') {
      const count = /^\s*nplurals\s*=\s*(\d+)\s*;\s*plural\s*=[^;]+;?\s*$/.exec(value)
      if (!count || Number(count[1]) < 1) throw new GlosaError('formats:po.pluralForms', {value}, {file, place})
      plurals = Number(count[1])
    }
  }
  void source
  const targetLang = langOfTag(result.targetTag)
  if (targetLang) result.targetLang = targetLang
  return plurals
}
