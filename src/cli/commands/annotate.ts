import {annotate, readerLangs, readFileForAnnotation} from '../../annotate/index.js'
import {definitionPlaces} from '../../annotate/annotate.js'
import {layouts} from '../../annotate/layout.js'
import {targets} from '../../annotate/target.js'
import {previewHtml} from '../../preview/html.js'
import {styles} from '../../annotate/terms.js'
import {glossaryCacheFolder, loadGlossaries} from '../../glossary/index.js'
import {readDocumentFile} from '../../document/index.js'
import {GlosaError} from '../../util/errors.js'
import {
  emit,
  expectChoice,
  parseCommandArgs,
  readFormats,
  refuseBilingual,
  reportReadWarnings,
  type Command
} from '../command.js'
import {outputTarget} from './strip.js'

const modes = ['parallel', 'commentary'] as const
const outputs = ['markdown', 'html'] as const

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
    refuseBilingual('annotate', [file, translationFile], format)
    const output = outputTarget(file, values.output, values['in-place'])

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
