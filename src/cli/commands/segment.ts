import {readDocumentFile} from '../../document/index.js'
import type {Document} from '../../types.js'
import {GlosaError} from '../../util/errors.js'
import {formatName} from '../../read/format.js'
import {jsonChunks, maxOf} from '../../util/chunks.js'
import {
  emit,
  expectChoice,
  parseCommandArgs,
  readFormats,
  reportReadWarnings,
  type Command,
  type CommandContext
} from '../command.js'

/** The machine form of `glosa segment --json` (issue 2, point 8): no prose, no offsets maps. */
export function segmentJson(document: Document): object {
  return {
    file: document.file ?? null,
    format: formatName(document),
    languages: document.languages,
    blocks: document.blocks.map((block) => ({
      id: block.id,
      role: block.role,
      lang: block.lang,
      ...(block.author === undefined ? {} : {author: block.author}),
      position: block.position,
      sentences: block.sentences.map((sentence) => ({
        id: sentence.id,
        text: sentence.text,
        lang: sentence.lang,
        confidence: sentence.confidence,
        position: sentence.position
      }))
    }))
  }
}

/** Cut `text` to `width` code points, ending with an ellipsis when cut; control characters become spaces. */
function fit(text: string, width: number): string {
  const points = Array.from(text.replace(/[\u0000-\u001f\u007f]/g, ' '))
  return points.length <= width ? points.join('') : points.slice(0, Math.max(1, width - 1)).join('') + '…'
}

/** Percentages of the language shares: "pt-PT 46 %, en 54 %". */
function shares(document: Document): string {
  const list = Object.entries(document.languages.shares)
    .filter(([, share]) => share !== undefined && share > 0)
    .sort((a, b) => b[1]! - a[1]!)
    .map(([lang, share]) => `${lang} ${Math.round(share! * 100)}%`)
    .join(', ')
  return list === '' ? '' : ` (${list})`
}

/** The readable table: one row per sentence, the block's role on its first sentence. */
export function segmentTable(document: Document, context: Pick<CommandContext, 't'>, width: number): string {
  const {t} = context
  const rows: string[][] = [
    [
      t('segment:column.id'),
      t('segment:column.role'),
      t('segment:column.lang'),
      t('segment:column.place'),
      t('segment:column.text')
    ]
  ]
  for (const block of document.blocks) {
    block.sentences.forEach((sentence, index) => {
      const role = index > 0 ? '' : block.author === undefined ? block.role : `${block.role} (${block.author})`
      const {line, column} = sentence.position.start
      rows.push([sentence.id, role, sentence.lang, `${line}:${column}`, sentence.text])
    })
  }
  const widths = [0, 1, 2, 3].map((column) =>
    maxOf(
      rows.map((row) => Array.from(row[column]!).length),
      0
    )
  )
  const lead = widths.reduce((sum, size) => sum + size + 2, 0)
  const lines = rows.map((row) =>
    [
      ...row.slice(0, 4).map((cell, column) => cell.padEnd(widths[column]! + (cell.length - Array.from(cell).length))),
      fit(row[4]!, Math.max(20, width - lead))
    ].join('  ')
  )
  const sentences = document.blocks.reduce((sum, block) => sum + block.sentences.length, 0)
  const summary = t('segment:summary', {
    file: document.file ?? '-',
    format: formatName(document),
    blocks: t('segment:blocks', {count: document.blocks.length}),
    sentences: t('segment:sentences', {count: sentences}),
    lang: document.languages.document,
    shares: shares(document)
  })
  return lines.join('\n') + '\n\n' + summary + '\n'
}

export const command: Command = {
  run(context) {
    const {values, positionals} = parseCommandArgs(context.argv, {
      json: {type: 'boolean', default: false},
      format: {type: 'string'},
      width: {type: 'string'}
    })
    const format = expectChoice('--format', values.format, readFormats)
    if (positionals.length === 0) throw new GlosaError('cli:error.missingArgument', {name: '<file|->'})
    if (positionals.length > 1)
      throw new GlosaError('cli:error.tooManyArguments', {extra: positionals.slice(1).join(' ')})
    const width = values.width === undefined ? (process.stdout.columns ?? 120) : Number(values.width)
    if (!Number.isInteger(width) || width < 40) throw new GlosaError('segment:error.width', {value: values.width})
    const file = positionals[0]!
    const document = readDocumentFile(file, format === undefined ? {} : {format})
    reportReadWarnings(context, document)
    // The JSON streams: a million lines make a result past what one string can hold.
    emit(context, values.json ? jsonChunks(segmentJson(document)) : segmentTable(document, context, width))
    return 0
  }
}
