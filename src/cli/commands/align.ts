// `glosa align <file>` (a mixed document) or `glosa align <source> <target>`.
import {alignMixed, alignSegments, segmentsOf, type DocumentAlignOptions} from '../../align/document.js'
import {formatJson, formatSideBySide, formatTmx, formatVecalign, formatXliff} from '../../align/format.js'
import {parseLexicon} from '../../align/lexicon.js'
import {segmentsOfLines} from '../../align/lines.js'
import type {Alignment, Segment} from '../../align/types.js'
import type {InputFormat} from '../../types.js'
import {glossaryCacheFolder, loadGlossaries} from '../../glossary/index.js'
import {identifyLanguage} from '../../identify/index.js'
import {readDocumentFile} from '../../document/index.js'
import {readInput} from '../../util/input.js'
import {compileGlossary} from '../../tag/index.js'
import {GlosaError} from '../../util/errors.js'
import {packageVersion} from '../../util/package.js'
import {
  emit,
  expectChoice,
  expectProbability,
  parseCommandArgs,
  readFormats,
  reportReadWarnings,
  type Command,
  type CommandContext
} from '../command.js'

interface Side {
  file: string
  segments: Segment[]
}

/** A one-sentence-per-line file as a side; its language from its text. */
function readLines(file: string): Side {
  const {text} = readInput(file)
  const sample = text.slice(0, 20000)
  return {file, segments: segmentsOfLines(text, identifyLanguage(sample).lang, file)}
}

function readDocumentSide(file: string, format: InputFormat | undefined, context: CommandContext): Side {
  const document = readDocumentFile(file, format === undefined ? {} : {format})
  reportReadWarnings(context, document)
  return {file, segments: segmentsOf(document)}
}

function alignmentOptions(
  values: {glossary?: string[] | undefined; lexicon?: string | undefined; mode?: string | undefined},
  context: CommandContext
): DocumentAlignOptions {
  const options: DocumentAlignOptions = {}
  const mode = expectChoice('--mode', values.mode, ['parallel', 'commentary'] as const)
  if (mode) options.mode = mode
  options.matcher = compileGlossary(loadGlossaries(values.glossary ?? [], {cache: glossaryCacheFolder(context.env)}))
  if (values.lexicon !== undefined) {
    // Word lists exported by Windows tools are often UTF-16 with a byte-order mark.
    const input = readInput(values.lexicon, {utf16: true})
    options.lexicon = parseLexicon(input.text, {file: values.lexicon})
  }
  return options
}

function sameText(source: Side, target: Side): boolean {
  const text = (side: Side) => side.segments.map((segment) => segment.text.trim()).join('\n')
  return text(source) === text(target)
}

function output(alignment: Alignment, format: string, context: CommandContext): string {
  if ((format === 'vecalign' || format === 'tmx' || format === 'xliff') && alignment.mode !== 'parallel') {
    throw new GlosaError('align:error.formatNeedsParallel', {format})
  }
  if (format === 'json') return formatJson(alignment)
  if (format === 'vecalign') return formatVecalign(alignment)
  if (format === 'tmx') return formatTmx(alignment, {version: packageVersion()})
  if (format === 'xliff') return formatXliff(alignment)
  const columns = Number(context.env.COLUMNS)
  return formatSideBySide(alignment, context.t, Number.isInteger(columns) && columns > 0 ? {width: columns} : {})
}

export const command: Command = {
  run(context) {
    const {values, positionals} = parseCommandArgs(context.argv, {
      input: {type: 'string'},
      mode: {type: 'string'},
      glossary: {type: 'string', multiple: true},
      lexicon: {type: 'string'},
      json: {type: 'boolean'},
      format: {type: 'string'},
      'read-as': {type: 'string'},
      'min-confidence': {type: 'string'},
      output: {type: 'string', short: 'o'}
    })
    const [first, second, extra] = positionals
    if (first === undefined) throw new GlosaError('cli:error.missingArgument', {name: '<file>'})
    if (extra !== undefined) throw new GlosaError('cli:error.tooManyArguments', {extra})
    const input = expectChoice('--input', values.input, ['document', 'lines'] as const) ?? 'document'
    const format = values.json
      ? 'json'
      : (expectChoice('--format', values.format, ['side-by-side', 'json', 'vecalign', 'tmx', 'xliff'] as const) ??
        'side-by-side')
    const readAs = expectChoice('--read-as', values['read-as'], readFormats)
    if (input === 'lines' && second === undefined) throw new GlosaError('align:error.linesNeedTwoFiles')
    const minConfidence = expectProbability('--min-confidence', values['min-confidence'])
    const options = alignmentOptions(values, context)

    // These formats pair a text with its translation: without --mode, texts that read as commentary are aligned as a translation, saying so.
    const translationOnly = format === 'vecalign' || format === 'tmx' || format === 'xliff'
    const asTranslation = (align: (settings: DocumentAlignOptions) => Alignment): Alignment => {
      const chosen = align(options)
      if (!translationOnly || values.mode !== undefined || chosen.mode === 'parallel') return chosen
      context.stderr.write(
        'glosa: ' +
          (context.t('align:note.prefix') as string) +
          (context.t('mode:note.formatImpliesParallel', {format}) as string) +
          '\n'
      )
      return align({...options, mode: 'parallel'})
    }
    let alignment: Alignment
    if (second === undefined) {
      const document = readDocumentFile(first, readAs === undefined ? {} : {format: readAs})
      reportReadWarnings(context, document)
      alignment = asTranslation((settings) => alignMixed(document, settings))
      if (alignment.source.segments.length === 0 || alignment.target.segments.length === 0) {
        const missing = alignment.source.segments.length === 0 ? 'pt' : 'en'
        throw new GlosaError(`align:error.missingPart.${missing}`, {}, {file: first})
      }
    } else {
      const read = (file: string) => (input === 'lines' ? readLines(file) : readDocumentSide(file, readAs, context))
      const source = read(first)
      const target = read(second)
      for (const side of [source, target]) {
        if (side.segments.length === 0) throw new GlosaError('align:error.emptySide', {}, {file: side.file})
      }
      if (sameText(source, target)) throw new GlosaError('align:error.identical', {source: first, target: second})
      alignment = asTranslation((settings) => alignSegments(source, target, settings))
    }
    for (const [prefix, messages] of [
      ['align:warning.prefix', alignment.warnings],
      ['align:note.prefix', alignment.notes ?? []]
    ] as const) {
      for (const message of messages)
        context.stderr.write(
          'glosa: ' + (context.t(prefix) as string) + (context.t(message.key, message.values) as string) + '\n'
        )
    }
    if (minConfidence !== undefined)
      alignment = {...alignment, pairs: alignment.pairs.filter((pair) => pair.score >= minConfidence)}
    const inputs = [
      first,
      ...(second === undefined ? [] : [second]),
      ...(values.lexicon === undefined ? [] : [values.lexicon]),
      ...(values.glossary ?? [])
    ]
    emit(context, output(alignment, format, context), values.output, inputs)
    return 0
  }
}
