import type {Glossary} from '../glossary/types.js'
import {resolveLocale, translator, type Locale} from '../i18n/index.js'
import type {TermMatcher} from '../tag/index.js'
import {GlosaError} from '../util/errors.js'
import {readerLangs, type ReaderLang} from './annotate.js'
import {styles, type Style} from './terms.js'

/** Options of the remark plugin; `null` and `undefined` mean the default. */
export interface RemarkGlosaOptions {
  /** A glossary, a compiled matcher, or glossary file paths. Default: the bundled glossary. */
  glossary?: Glossary | TermMatcher | string | string[] | null | undefined
  /** How terms are marked. Default: `footnote`. */
  style?: Style | null | undefined
  /** Mark every occurrence, not only the first per section. Default: false. */
  every?: boolean | null | undefined
  /** The reader's language for definitions and labels. Default: `en`. */
  lang?: ReaderLang | null | undefined
  /** Append the footnote definitions and glossary section. Default: true. */
  section?: boolean | null | undefined
  /** Language of glosa's messages. Default: from the environment (`GLOSA_LOCALE`, `LANG`, …). */
  locale?: Locale | null | undefined
}

/** Validated plugin settings. */
export interface Settings {
  glossary: Glossary | TermMatcher | string[] | undefined
  style: Style
  every: boolean
  lang: ReaderLang
  section: boolean
  locale: Locale
}

function show(value: unknown): string {
  if (typeof value === 'string') return value
  if (Array.isArray(value)) return 'an array'
  if (value === null) return 'null'
  return typeof value === 'object' ? 'an object' : String(value)
}

function list(values: readonly string[]): string {
  return values.map((value) => '`' + value + '`').join(', ')
}

function isGlossaryLike(value: unknown): value is Glossary | TermMatcher {
  if (typeof value !== 'object' || value === null) return false
  return Array.isArray((value as Glossary).entries) || typeof (value as TermMatcher).match === 'function'
}

/** Check the plugin's options once, when it is attached: "Expected `style` to be …, not `x`". */
export function validateOptions(options: unknown): Settings {
  const locale: Locale = resolveLocale(undefined, process.env)
  const fail = (option: string, expected: string, actual: unknown, at: Locale): never => {
    const values = {option, expected, actual: show(actual)}
    const error = new GlosaError('annotate:option.expected', values)
    error.message = translator(at)('annotate:option.expected', values) as string
    throw error
  }
  if (options === null || options === undefined) options = {}
  if (typeof options !== 'object' || Array.isArray(options))
    return fail('options', translator(locale)('annotate:option.object') as string, options, locale)
  const given = options as Record<string, unknown>
  const at: Locale =
    given.locale === 'en' || given.locale === 'pt-PT' || given.locale === 'pt-BR' ? given.locale : locale
  if (given.locale !== undefined && given.locale !== null && given.locale !== at)
    fail('locale', list(['en', 'pt-PT', 'pt-BR']), given.locale, at)
  const t = translator(at)
  const choice = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = given[name]
    if (value === undefined || value === null) return fallback
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T
    return fail(name, list(allowed), value, at)
  }
  const flag = (name: string, fallback: boolean): boolean => {
    const value = given[name]
    if (value === undefined || value === null) return fallback
    if (typeof value === 'boolean') return value
    return fail(name, t('annotate:option.boolean') as string, value, at)
  }
  let glossary: Settings['glossary']
  const value = given.glossary
  if (value === undefined || value === null) glossary = undefined
  else if (typeof value === 'string') glossary = [value]
  else if (Array.isArray(value) && value.every((item) => typeof item === 'string')) glossary = value as string[]
  else if (isGlossaryLike(value)) glossary = value
  else fail('glossary', t('annotate:option.glossary') as string, value, at)
  return {
    glossary,
    style: choice('style', styles, 'footnote'),
    every: flag('every', false),
    lang: choice('lang', readerLangs, 'en'),
    section: flag('section', true),
    locale: at
  }
}
