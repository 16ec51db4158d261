import {maskedText, type BilingualFile, type Piece, type ResourceFile} from '../bilingual/index.js'
import {identifyVariant, langOfPath, sideLanguage} from '../identify/index.js'
import type {Lang} from '../types.js'
import {LineIndex} from '../util/position.js'
import type {TermMatcher} from './matcher.js'
import type {TermHit} from './types.js'

/**
 * Terms in the units of a bilingual file (XLIFF, PO, TMX) or of a JSON
 * resource file: each side of each unit is tagged in its side's language,
 * placeholders and inline codes masked, and every hit placed at the line and
 * column of its text in the file (inside `<source>`, `msgstr "…"`, a JSON
 * string), escapes and entities counted as the file writes them.
 */

/** Which side of a unit a hit is on: a resource file's messages are one side, `text`. */
export type UnitSide = 'source' | 'target' | 'text'

/** A term hit in a unit: its `block` is the unit's id, its `sentence` the unit's id and side (`menu.open#target`). */
export interface UnitHit extends TermHit {
  unit: string
  side: UnitSide
}

/** Languages asked for; each side's default is the file's declaration, else the language its texts are in. */
export interface UnitTagOptions {
  sourceLang?: Lang
  targetLang?: Lang
}

/** The languages two sides are read in: asked for, else declared, else identified from their texts (see {@link UnitTagOptions}). */
function pairLanguages(
  declared: {source: Lang | undefined; target: Lang | undefined},
  texts: {source: string[]; target: string[]},
  options: UnitTagOptions
): {sourceLang: Lang; targetLang: Lang} {
  const sourceLang = sideLanguage(options.sourceLang, declared.source, texts.source, 'en')
  let targetLang = sideLanguage(options.targetLang, declared.target, texts.target, sourceLang === 'en' ? 'pt' : 'en')
  // `pt` alone (a file's `target-language="pt"`) says nothing of the variant: the texts' words do.
  if (targetLang === 'pt' && !options.targetLang)
    targetLang = identifyVariant(texts.target.slice(0, 300).join('\n')).variant
  return {sourceLang, targetLang}
}

/** The languages a bilingual file's sides are tagged in. */
export function unitLanguages(file: BilingualFile, options: UnitTagOptions = {}): {sourceLang: Lang; targetLang: Lang} {
  return pairLanguages(
    {source: file.sourceLang, target: file.targetLang},
    {
      source: file.units.map((unit) => unit.source.text),
      target: file.units.flatMap((unit) => (unit.target ? [unit.target.text] : []))
    },
    options
  )
}

/** The languages of a pair of JSON resource files: the language each path names, else the one its texts are in. */
export function resourceLanguages(
  files: {source: ResourceFile; target: ResourceFile},
  paths: {source: string; target: string},
  options: UnitTagOptions = {}
): {sourceLang: Lang; targetLang: Lang} {
  const texts = (file: ResourceFile) => [...file.messages.values()].map((message) => message.piece.text)
  return pairLanguages(
    {source: langOfPath(paths.source), target: langOfPath(paths.target)},
    {source: texts(files.source), target: texts(files.target)},
    options
  )
}

/** Tag both sides of every unit of a bilingual file whose `source` is the file's text. */
export function tagUnits(
  file: BilingualFile,
  source: string,
  matcher: TermMatcher,
  options: UnitTagOptions = {}
): UnitHit[] {
  const {sourceLang, targetLang} = unitLanguages(file, options)
  const lines = new LineIndex(source)
  const hits: UnitHit[] = []
  for (const unit of file.units) {
    tagPiece(hits, {unit: unit.id, side: 'source', piece: unit.source, lang: sourceLang}, source, lines, matcher)
    if (unit.target)
      tagPiece(hits, {unit: unit.id, side: 'target', piece: unit.target, lang: targetLang}, source, lines, matcher)
  }
  return hits
}

/** Tag the messages of one JSON resource file, in the language its path names or its texts are in (`lang` first). */
export function tagResource(
  file: ResourceFile,
  path: string,
  source: string,
  matcher: TermMatcher,
  lang?: Lang
): UnitHit[] {
  const messages = [...file.messages]
  const language = sideLanguage(
    lang,
    langOfPath(path),
    messages.map(([, message]) => message.piece.text),
    'en'
  )
  const lines = new LineIndex(source)
  const hits: UnitHit[] = []
  for (const [key, message] of messages)
    tagPiece(hits, {unit: key, side: 'text', piece: message.piece, lang: language}, source, lines, matcher)
  return hits
}

function tagPiece(
  hits: UnitHit[],
  where: {unit: string; side: UnitSide; piece: Piece; lang: Lang},
  source: string,
  lines: LineIndex,
  matcher: TermMatcher
): void {
  const {piece} = where
  matcher.scan(maskedText(piece), where.lang, (start, end, accept, kind) => {
    hits.push({
      entry: accept.entryId,
      term: accept.termText,
      lang: accept.lang,
      status: accept.status,
      text: piece.text.slice(start, end),
      kind,
      position: lines.position(piece.offsets[start]!, fileEnd(source, piece, end)),
      block: where.unit,
      sentence: `${where.unit}#${where.side}`,
      unit: where.unit,
      side: where.side
    })
  })
}

/**
 * File offset just after the text's unit before `index`: right after it when
 * the file has that very character there, else where the next unit starts
 * (an entity or escape: `&amp;`, `\"`).
 */
function fileEnd(source: string, piece: Piece, index: number): number {
  const last = piece.offsets[index - 1]!
  return source.charCodeAt(last) === piece.text.charCodeAt(index - 1) ? last + 1 : piece.offsets[index]!
}
