import type {Gender, PartOfSpeech, TermLang, TermStatus, TermType} from './types.js'
import {genderValues, languageNames, partOfSpeechValues, statusValues, termTypeValues} from './data/vocabulary.js'

/** The languages a glossary term can be in. */
export const termLangs: readonly TermLang[] = ['en', 'pt', 'pt-PT', 'pt-BR']

function key(value: string): string {
  return value.toLowerCase().replace(/[\s_-]+/g, '')
}

/**
 * A language tag as glossary files write it (`pt`, `pt-PT`, `pt_BR`, `PT-br`,
 * `en-US`, `EN`) as a glosa term language; `undefined` for other languages.
 * English regions fold into `en`; Portuguese keeps `PT` and `BR`, and other
 * regions (`pt-AO`) fold into `pt`.
 */
export function normaliseLang(tag: string): TermLang | undefined {
  const parts = tag.trim().toLowerCase().split(/[-_]/)
  const primary = parts[0]
  if (primary === 'en' || primary === 'eng') return 'en'
  if (primary === 'pt' || primary === 'por') {
    const region = parts.find((part, index) => index > 0 && part.length === 2)
    return region === 'pt' ? 'pt-PT' : region === 'br' ? 'pt-BR' : 'pt'
  }
  const named = languageNames[tag.trim().toLowerCase()]
  return named === undefined ? undefined : normaliseLang(named)
}

/** A status value (`preferredTerm-admn-sts`, `preferred`, `deprecatedTerm`) as glosa's, or `undefined`. */
export function normaliseStatus(value: string): TermStatus | undefined {
  return statusValues[key(value)]
}

/** A term type value (`fullForm`, `acronym`, `productName`) as glosa's, or `undefined`. */
export function normaliseTermType(value: string): TermType | undefined {
  return termTypeValues[key(value)]
}

/** A grammatical gender value, or `undefined`. */
export function normaliseGender(value: string): Gender | undefined {
  return genderValues[key(value)]
}

/** A part-of-speech value, or `undefined`. */
export function normalisePartOfSpeech(value: string): PartOfSpeech | undefined {
  return partOfSpeechValues[key(value)]
}
