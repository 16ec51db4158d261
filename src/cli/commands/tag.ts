// `glosa tag <file|-> [--glossary <path>]... [--json] [--diacritics] [--format md|text]`
import {bundledGlossaryFiles, glossaryCacheFolder, loadGlossaries} from '../../glossary/index.js'
import {readDocumentFile} from '../../document/index.js'
import {tagTerms} from '../../tag/index.js'
import type {TermHit} from '../../tag/types.js'
import type {Translate} from '../../i18n/index.js'
import {GlosaError} from '../../util/errors.js'
import {batched, jsonChunks} from '../../util/chunks.js'
import {
  emit,
  expectChoice,
  parseCommandArgs,
  readFormats,
  refuseBilingual,
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
    refuseBilingual('tag', [file], format)
    const glossaryFiles = values.glossary ?? []
    const glossary = loadGlossaries(glossaryFiles, {cache: glossaryCacheFolder(context.env)})
    const document = readDocumentFile(file, format === undefined ? {} : {format})
    reportReadWarnings(context, document)
    const hits = tagTerms(document, glossary, values.diacritics ? {diacritics: true} : {})
    const stats = statsOf(hits)
    const glossaries = glossaryFiles.length > 0 ? glossaryFiles : bundledGlossaryFiles()
    // Both stream: a large text's hits make a result past what one string can hold.
    if (values.json) emit(context, jsonChunks({file, glossaries, hits: hits.map(jsonHit), stats}))
    else emit(context, batched([...table(hits, context.t), summary(stats, context) + '\n']))
    return 0
  }
}

/** A hit as `--json` prints it. */
function jsonHit(hit: TermHit) {
  const {entry, term, lang, status, text, kind, position} = hit
  return {entry, term, lang, status, text, kind, position}
}

function statsOf(hits: readonly TermHit[]): TagStats {
  const count = (values: string[]) => {
    const counts: Record<string, number> = Object.create(null) as Record<string, number>
    for (const value of values) counts[value] = (counts[value] ?? 0) + 1
    return {...counts}
  }
  return {
    hits: hits.length,
    entries: new Set(hits.map((hit) => hit.entry)).size,
    sentences: new Set(hits.map((hit) => hit.sentence)).size,
    kinds: count(hits.map((hit) => hit.kind)),
    statuses: count(hits.map((hit) => hit.status))
  }
}

/** The hits as an aligned table with a localised header, line by line; nothing without hits. */
function* table(hits: readonly TermHit[], t: Translate): Generator<string> {
  if (hits.length === 0) return
  const header = ['position', 'text', 'entry', 'term', 'lang', 'status', 'kind'].map(
    (column) => t(`tag:column.${column}`) as string
  )
  const row = (hit: TermHit) => [
    `${hit.position.start.line}:${hit.position.start.column}`,
    hit.text,
    hit.entry,
    hit.term,
    hit.lang,
    hit.status,
    hit.kind
  ]
  const widths = header.map((title) => title.length)
  for (const hit of hits) row(hit).forEach((cell, column) => (widths[column] = Math.max(widths[column]!, cell.length)))
  const line = (cells: string[]) =>
    cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  ') + '\n'
  yield line(header)
  for (const hit of hits) yield line(row(hit))
  yield '\n'
}

/** One line: how many hits of how many entries, by kind. */
function summary(stats: TagStats, context: CommandContext): string {
  const kinds = Object.entries(stats.kinds)
    .map(([kind, count]) => `${kind} ${count}`)
    .join(', ')
  const line = context.t('tag:stats', {
    count: stats.hits,
    entries: context.t('tag:entries', {count: stats.entries}),
    sentences: context.t('tag:sentences', {count: stats.sentences})
  }) as string
  return kinds ? `${line} (${kinds})` : line
}
