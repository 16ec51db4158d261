import {annotate, readerLangs, readFileForAnnotation} from '../../annotate/index.js'
import {definitionPlaces} from '../../annotate/annotate.js'
import {layouts} from '../../annotate/layout.js'
import {targets} from '../../annotate/target.js'
import {previewHtml} from '../../preview/html.js'
import {styles} from '../../annotate/terms.js'
import {annotateUnits, bilingualRows, resourceRows, type UnitRow} from '../../annotate/units.js'
import {
  bilingualFormatName,
  bilingualFormatOfName,
  detectFileFormat,
  readBilingual,
  readResourceJson
} from '../../bilingual/index.js'
import {glossaryCacheFolder, loadGlossaries} from '../../glossary/index.js'
import {readDocumentFile} from '../../document/index.js'
import {resourceLanguages, unitLanguages} from '../../tag/index.js'
import type {Lang} from '../../types.js'
import {GlosaError} from '../../util/errors.js'
import {readInput} from '../../util/input.js'
import {emit, expectChoice, parseCommandArgs, readFormats, reportReadWarnings, type Command} from '../command.js'
import {outputTarget} from './strip.js'

const modes = ['parallel', 'commentary'] as const
const outputs = ['markdown', 'html'] as const

/**
 * The units to lay side by side when the input is bilingual, by its name: an
 * XLIFF, PO or TMX file alone, or a JSON resource file with its translation
 * (paired by key). A bilingual file beside a document, or a JSON file alone,
 * is refused: it has no second side to show.
 */
function bilingualInputs(
  file: string,
  translationFile: string | undefined
): {rows: UnitRow[]; languages: {sourceLang: Lang; targetLang: Lang}; name: string; file: string} | undefined {
  const first = bilingualFormatOfName(file)
  const second = translationFile === undefined ? undefined : bilingualFormatOfName(translationFile)
  if (!first && !second) return undefined
  if (first === 'json' && second === 'json') {
    const source = readResourceJson(readInput(file).text, file)
    const target = readResourceJson(readInput(translationFile!).text, translationFile)
    return {
      rows: resourceRows(source, target),
      languages: resourceLanguages({source, target}, {source: file, target: translationFile!}),
      name: 'JSON',
      file
    }
  }
  if (first === 'json' || second === 'json')
    throw new GlosaError('formats:error.resourcePair', {}, {file: first === 'json' ? file : translationFile!})
  if (!first || translationFile !== undefined) {
    const [named, format] = first ? [file, first] : [translationFile!, second!]
    throw new GlosaError('formats:error.sideBySideOnly', {format: bilingualFormatName(format)}, {file: named})
  }
  const input = readInput(file)
  const detected = detectFileFormat(file, input.text)
  if (detected !== 'xliff' && detected !== 'po' && detected !== 'tmx') throw new Error(`${file}: read as ${detected}`)
  const units = readBilingual(detected, input.text, file)
  return {rows: bilingualRows(units), languages: unitLanguages(units), name: bilingualFormatName(first), file}
}

/** `glosa annotate <file> [<translation>]`: the annotated Markdown, on standard output or into a file. */
export const command: Command = {
  run(context) {
    const {values, positionals} = parseCommandArgs(context.argv, {
      glossary: {type: 'string', multiple: true},
      style: {type: 'string'},
      layout: {type: 'string'},
      every: {type: 'boolean', default: false},
      target: {type: 'string'},
      to: {type: 'string'},
      definitions: {type: 'string'},
      lang: {type: 'string'},
      mode: {type: 'string'},
      format: {type: 'string'},
      output: {type: 'string', short: 'o'},
      'in-place': {type: 'boolean', default: false}
    })
    const style = expectChoice('--style', values.style, styles)
    const layout = expectChoice('--layout', values.layout, layouts)
    const lang = expectChoice('--lang', values.lang, readerLangs)
    const mode = expectChoice('--mode', values.mode, modes)
    const target = expectChoice('--target', values.target, targets)
    const definitions = expectChoice('--definitions', values.definitions, definitionPlaces)
    const to = expectChoice('--to', values.to, outputs)
    const format = expectChoice('--format', values.format, readFormats)
    if (positionals.length === 0) throw new GlosaError('cli:error.missingArgument', {name: '<file|->'})
    if (positionals.length > 2)
      throw new GlosaError('cli:error.tooManyArguments', {extra: positionals.slice(2).join(' ')})
    const [file, translationFile] = positionals as [string, string | undefined]
    const bilingual = format === undefined ? bilingualInputs(file, translationFile) : undefined
    const output = outputTarget(file, values.output, values['in-place'])
    if (bilingual) {
      if (layout !== 'side-by-side' || to === 'html' || values['in-place'])
        throw new GlosaError('formats:error.sideBySideOnly', {format: bilingual.name}, {file: bilingual.file})
      const text = annotateUnits(bilingual.rows, bilingual.languages, {
        file,
        glossary: loadGlossaries(values.glossary ?? [], {cache: glossaryCacheFolder(context.env)}),
        every: values.every,
        ...(style ? {style} : {}),
        ...(lang ? {lang} : {}),
        ...(target ? {target} : {}),
        ...(definitions ? {definitions} : {})
      })
      emit(context, text, output, [
        file,
        ...(translationFile === undefined ? [] : [translationFile]),
        ...(values.glossary ?? [])
      ])
      return 0
    }

    // Read so that annotate reuses the reader's syntax trees rather than parsing the source again.
    const document = readFileForAnnotation(file, format === undefined ? {} : {format})
    const translation = translationFile === undefined ? undefined : readDocumentFile(translationFile)
    for (const read of [document, translation]) if (read) reportReadWarnings(context, read)
    if (document.mdx && style === 'directive')
      context.stderr.write(`glosa: ${file}: ${context.t('mdx:directiveInMdx')}\n`)
    if (to === 'html') {
      const page = previewHtml(document, {
        glossary: loadGlossaries(values.glossary ?? [], {cache: glossaryCacheFolder(context.env)}),
        every: values.every,
        ...(translation ? {translation} : {}),
        ...(lang ? {lang} : {}),
        ...(mode ? {mode} : {})
      })
      emit(context, page, output)
      return 0
    }
    const text = annotate(document, {
      glossary: loadGlossaries(values.glossary ?? [], {cache: glossaryCacheFolder(context.env)}),
      every: values.every,
      ...(translation ? {translation} : {}),
      ...(style ? {style} : {}),
      ...(layout ? {layout} : {}),
      ...(lang ? {lang} : {}),
      ...(mode ? {mode} : {}),
      ...(target ? {target} : {}),
      ...(definitions ? {definitions} : {})
    })
    // --in-place writes its own input; every other file read stays untouched.
    const inputs = [
      ...(values['in-place'] ? [] : [file]),
      ...(translationFile === undefined ? [] : [translationFile]),
      ...(values.glossary ?? [])
    ]
    emit(context, (document.bom ? '\uFEFF' : '') + text, output, inputs)
    return 0
  }
}
