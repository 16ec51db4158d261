// `glosa tag <file|-> [--glossary <path>]... [--json] [--diacritics] [--format md|text]`
import {bundledGlossaryFiles, glossaryCacheFolder, loadGlossaries} from '../../glossary/index.js'
import {
  bilingualFormatOfName,
  detectFileFormat,
  readBilingual,
  readResourceJson,
  type FileFormat
} from '../../bilingual/index.js'
import {readDocument, readDocumentFile} from '../../document/index.js'
import type {Glossary} from '../../glossary/types.js'
import {compileGlossary, tagResource, tagTerms, tagUnits, type UnitHit} from '../../tag/index.js'
import type {TermHit} from '../../tag/types.js'
import {readInput} from '../../util/input.js'
import type {Translate} from '../../i18n/index.js'
import {GlosaError} from '../../util/errors.js'
import {batched, jsonChunks} from '../../util/chunks.js'
import {
  emit,
  expectChoice,
  parseCommandArgs,
  readFormats,
  reportReadWarnings,
  type Command,
  type CommandContext
} from '../command.js'

/** The figures `glosa tag` reports under its hits. */
export interface TagStats {
  hits: number
  entries: number
  sentences: number
  kinds: Record<string, number>
  statuses: Record<string, number>
}

export const command: Command = {
  run(context) {
    const {values, positionals} = parseCommandArgs(context.argv, {
      glossary: {type: 'string', multiple: true},
      json: {type: 'boolean'},
      diacritics: {type: 'boolean'},
      format: {type: 'string'}
    })
    const [file, extra] = positionals
    if (file === undefined) throw new GlosaError('cli:error.missingArgument', {name: '<file|->'})
    if (extra !== undefined) throw new GlosaError('cli:error.tooManyArguments', {extra})
    const format = expectChoice('--format', values.format, readFormats)
    const glossaryFiles = values.glossary ?? []
    const glossary = loadGlossaries(glossaryFiles, {cache: glossaryCacheFolder(context.env)})
    const options = values.diacritics ? {diacritics: true} : {}
    let hits: Array<TermHit | UnitHit>
    if (format === undefined && (bilingualFormatOfName(file) || file === '-')) {
      // Standard input has no name: its content says what it is, read once.
      const input = readInput(file)
      const detected = detectFileFormat(file, input.text)
      if (isBilingual(detected)) hits = tagBilingualText(file, input.text, detected, glossary, options)
      else {
        const document = readDocument(input.text, {file, bom: input.bom})
        reportReadWarnings(context, document)
        hits = tagTerms(document, glossary, options)
      }
    } else {
      const document = readDocumentFile(file, format === undefined ? {} : {format})
      reportReadWarnings(context, document)
      hits = tagTerms(document, glossary, options)
    }
    const stats = statsOf(hits)
    const glossaries = glossaryFiles.length > 0 ? glossaryFiles : bundledGlossaryFiles()
    // Both stream: a large text's hits make a result past what one string can hold.
    if (values.json) emit(context, jsonChunks({file, glossaries, hits: hits.map(jsonHit), stats}))
    else
      emit(
        context,
        batched([
          ...table(hits, context.t),
          summary(
            stats,
            context,
            hits.some((hit) => 'unit' in hit)
          ) + '\n'
        ])
      )
    return 0
  }
}

const isBilingual = (format: FileFormat): format is 'xliff' | 'po' | 'tmx' | 'json' =>
  format === 'xliff' || format === 'po' || format === 'tmx' || format === 'json'

/**
 * The hits of a bilingual file (XLIFF, PO, TMX: both sides of each unit) or
 * of a JSON resource file (each message), `text` read from `file`, in the
 * format its name or content gave (`detectFileFormat`, which refuses a file
 * whose content is not what its name says, as `check` refuses it).
 */
function tagBilingualText(
  file: string,
  text: string,
  format: 'xliff' | 'po' | 'tmx' | 'json',
  glossary: Glossary,
  options: {diacritics?: boolean}
): UnitHit[] {
  const matcher = compileGlossary(glossary, options)
  if (format === 'json') return tagResource(readResourceJson(text, file), file, text, matcher)
  return tagUnits(readBilingual(format, text, file), text, matcher)
}

/** A hit as `--json` prints it: a unit's hit also names its unit and side. */
function jsonHit(hit: TermHit | UnitHit) {
  const {entry, term, lang, status, text, kind, position} = hit
  if ('unit' in hit) return {entry, term, lang, status, text, kind, position, unit: hit.unit, side: hit.side}
  return {entry, term, lang, status, text, kind, position}
}

function statsOf(hits: ReadonlyArray<TermHit | UnitHit>): TagStats {
  const count = (values: string[]) => {
    const counts: Record<string, number> = Object.create(null) as Record<string, number>
    for (const value of values) counts[value] = (counts[value] ?? 0) + 1
    return {...counts}
  }
  return {
    hits: hits.length,
    entries: new Set(hits.map((hit) => hit.entry)).size,
    sentences: new Set(hits.map((hit) => ('unit' in hit ? hit.unit : hit.sentence))).size,
    kinds: count(hits.map((hit) => hit.kind)),
    statuses: count(hits.map((hit) => hit.status))
  }
}

/** The hits as an aligned table with a localised header, line by line; nothing without hits. A unit's hits also show its unit and side. */
function* table(hits: ReadonlyArray<TermHit | UnitHit>, t: Translate): Generator<string> {
  if (hits.length === 0) return
  const units = 'unit' in hits[0]!
  const columns = ['position', 'text', 'entry', 'term', 'lang', 'status', 'kind', ...(units ? ['unit', 'side'] : [])]
  const header = columns.map((column) => t(`tag:column.${column}`) as string)
  const row = (hit: TermHit | UnitHit) => [
    `${hit.position.start.line}:${hit.position.start.column}`,
    hit.text,
    hit.entry,
    hit.term,
    hit.lang,
    hit.status,
    hit.kind,
    ...('unit' in hit ? [hit.unit, hit.side] : [])
  ]
  const widths = header.map((title) => title.length)
  for (const hit of hits) row(hit).forEach((cell, column) => (widths[column] = Math.max(widths[column]!, cell.length)))
  const line = (cells: string[]) =>
    cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  ') + '\n'
  yield line(header)
  for (const hit of hits) yield line(row(hit))
  yield '\n'
}

/** One line: how many hits of how many entries in how many sentences (or unit sides), by kind. */
function summary(stats: TagStats, context: CommandContext, units: boolean): string {
  const kinds = Object.entries(stats.kinds)
    .map(([kind, count]) => `${kind} ${count}`)
    .join(', ')
  const line = context.t('tag:stats', {
    count: stats.hits,
    entries: context.t('tag:entries', {count: stats.entries}),
    sentences: context.t(units ? 'tag:units' : 'tag:sentences', {count: stats.sentences})
  }) as string
  return kinds ? `${line} (${kinds})` : line
}
