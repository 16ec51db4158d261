import type {Gender, PartOfSpeech, TermLang, TermStatus, TermType} from './types.js'
import {genderValues, languageNames, partOfSpeechValues, statusValues, termTypeValues} from './data/vocabulary.js'

/** The languages a glossary term can be in. */
export const termLangs: readonly TermLang[] = ['en', 'pt', 'pt-PT', 'pt-BR']

function key(value: string): string {
  return value.toLowerCase().replace(/[\s_-]+/g, '')
}

/**
 * A look-up in `table` by {@link key}, remembered per value as written: a
 * large term base repeats a handful of values (`preferredTerm-admn-sts`)
 * a hundred thousand times.
 */
function lookup<T>(table: Record<string, T>): (value: string) => T | undefined {
  const seen = new Map<string, T | undefined>()
  return (value) => {
    if (seen.has(value)) return seen.get(value)
    const result = Object.hasOwn(table, key(value)) ? table[key(value)] : undefined
    if (seen.size < 1000) seen.set(value, result)
    return result
  }
}

/**
 * A language tag as glossary files write it (`pt`, `pt-PT`, `pt_BR`, `PT-br`,
 * `en-US`, `EN`) as a glosa term language; `undefined` for other languages.
 * English regions fold into `en`; Portuguese keeps `PT` and `BR`, and other
 * regions (`pt-AO`) fold into `pt`.
 */
export function normaliseLang(tag: string): TermLang | undefined {
  let lang = langs.get(tag)
  if (lang === undefined && !langs.has(tag)) {
    lang = readLang(tag)
    if (langs.size < 1000) langs.set(tag, lang)
  }
  return lang
}

/** Language tags already read: a term base repeats a few tags many times. */
const langs = new Map<string, TermLang | undefined>()

function readLang(tag: string): TermLang | undefined {
  const parts = tag.trim().toLowerCase().split(/[-_]/)
  const primary = parts[0]
  if (primary === 'en' || primary === 'eng') return 'en'
  if (primary === 'pt' || primary === 'por') {
    const region = parts.find((part, index) => index > 0 && part.length === 2)
    return region === 'pt' ? 'pt-PT' : region === 'br' ? 'pt-BR' : 'pt'
  }
  // Own names only: `constructor` and `__proto__` are language codes a hostile file may use.
  const name = tag.trim().toLowerCase()
  return Object.hasOwn(languageNames, name) ? readLang(languageNames[name]!) : undefined
}

/** A status value (`preferredTerm-admn-sts`, `preferred`, `deprecatedTerm`) as glosa's, or `undefined`. */
export const normaliseStatus: (value: string) => TermStatus | undefined = lookup(statusValues)

/** A term type value (`fullForm`, `acronym`, `productName`) as glosa's, or `undefined`. */
export const normaliseTermType: (value: string) => TermType | undefined = lookup(termTypeValues)

/** A grammatical gender value, or `undefined`. */
export const normaliseGender: (value: string) => Gender | undefined = lookup(genderValues)

/** A part-of-speech value, or `undefined`. */
export const normalisePartOfSpeech: (value: string) => PartOfSpeech | undefined = lookup(partOfSpeechValues)
