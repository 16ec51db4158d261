import type {Point} from '../types.js'
import {translator, type Locale} from '../i18n/index.js'

/**
 * An error in what the user gave glosa (a file, an option, a glossary), as
 * opposed to a bug. It carries an i18n key and its values so that the CLI can
 * say it in the user's language, the file and place it is about, and the exit
 * code (2: usage or input error). `message` is the English text.
 */
export class GlosaError extends Error {
  /** i18n key, `namespace:key`. */
  readonly key: string
  /** Interpolation values for the key. */
  readonly values: Record<string, unknown>
  /** The file the problem is in, if any. */
  readonly file: string | undefined
  /** Where in `file`, if known. */
  readonly place: Point | undefined
  readonly exitCode: number

  constructor(
    key: string,
    values: Record<string, unknown> = {},
    options: {file?: string | undefined; place?: Point | undefined; exitCode?: number; cause?: unknown} = {}
  ) {
    super(translator('en')(key, values) as string, options.cause === undefined ? undefined : {cause: options.cause})
    this.name = 'GlosaError'
    this.key = key
    this.values = values
    this.file = options.file
    this.place = options.place
    this.exitCode = options.exitCode ?? 2
  }

  /** The message in `locale`, prefixed with `file:line:column: ` where known. */
  format(locale: Locale): string {
    const t = translator(locale)
    const where =
      this.file === undefined ? '' : this.file + (this.place ? `:${this.place.line}:${this.place.column}` : '') + ': '
    return where + (t(this.key, this.values) as string)
  }
}
