import {bilingualFormatName, bilingualFormatOfName} from '../../bilingual/index.js'
import {readInput} from '../../util/input.js'
import {strip} from '../../annotate/index.js'
import {GlosaError} from '../../util/errors.js'
import {emit, parseCommandArgs, type Command} from '../command.js'

/**
 * Where a command that rewrites `file` sends its output: `-o`, the file
 * itself (`--in-place`), or standard output. A bilingual file (XLIFF, PO,
 * TMX, JSON) is never written over: what glosa writes of it is Markdown.
 */
export function outputTarget(file: string, output: string | undefined, inPlace: boolean): string | undefined {
  if (inPlace && output !== undefined) throw new GlosaError('annotate:error.outputConflict')
  if (inPlace && file === '-') throw new GlosaError('annotate:error.inPlaceStdin')
  const bilingual = bilingualFormatOfName(file)
  if (inPlace && bilingual)
    throw new GlosaError('formats:error.inPlaceBilingual', {format: bilingualFormatName(bilingual)}, {file})
  return inPlace ? file : output
}

/** `glosa strip <file|->`: the original of an annotated file, byte for byte. */
export const command: Command = {
  run(context) {
    const {values, positionals} = parseCommandArgs(context.argv, {
      output: {type: 'string', short: 'o'},
      'in-place': {type: 'boolean', default: false}
    })
    if (positionals.length === 0) throw new GlosaError('cli:error.missingArgument', {name: '<file|->'})
    if (positionals.length > 1)
      throw new GlosaError('cli:error.tooManyArguments', {extra: positionals.slice(1).join(' ')})
    const file = positionals[0]!
    const output = outputTarget(file, values.output, values['in-place'])
    const input = readInput(file, {allowEmpty: true})
    emit(context, (input.bom ? '\uFEFF' : '') + stripNaming(input.text, file), output, values['in-place'] ? [] : [file])
    return 0
  }
}

/** {@link strip}, with the file named in a refusal of the source (nesting past the bound). */
function stripNaming(text: string, file: string): string {
  try {
    return strip(text)
  } catch (error) {
    if (error instanceof GlosaError && error.file === undefined)
      throw new GlosaError(error.key, error.values, {file, place: error.place, cause: error})
    throw error
  }
}
