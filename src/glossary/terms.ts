import type {Lang} from '../types.js'
import type {Entry, Term, TermLang} from './types.js'

/**
 * The glossary languages that serve a document language, most specific
 * first: `pt-PT` is served by `pt-PT` terms, then `pt`; `pt` by `pt`, `pt-PT`, `pt-BR`.
 */
export function glossaryLangsFor(lang: Lang | TermLang): TermLang[] {
  switch (lang) {
    case 'pt-PT':
      return ['pt-PT', 'pt']
    case 'pt-BR':
      return ['pt-BR', 'pt']
    case 'pt':
      return ['pt', 'pt-PT', 'pt-BR']
    case 'en':
      return ['en']
    default:
      return []
  }
}

/**
 * The entry's terms for a document language, by fallback: a variant's own
 * terms when it has any, else the `pt` terms (for `pt`, all Portuguese terms).
 */
export function termsFor(entry: Entry, lang: Lang | TermLang): Term[] {
  const langs = glossaryLangsFor(lang)
  if (lang === 'pt') return entry.terms.filter((term) => langs.includes(term.lang))
  for (const candidate of langs) {
    const terms = entry.terms.filter((term) => term.lang === candidate)
    if (terms.length > 0) return terms
  }
  return []
}

/** The approved (preferred, then admitted) terms for a language, preferred first. */
export function approvedTerms(entry: Entry, lang: Lang | TermLang): Term[] {
  const terms = termsFor(entry, lang)
  return [
    ...terms.filter((term) => term.status === 'preferred'),
    ...terms.filter((term) => term.status === 'admitted')
  ]
}

/** The term to show for a language: the first preferred, else admitted, else any. */
export function preferredTerm(entry: Entry, lang: Lang | TermLang): Term | undefined {
  return approvedTerms(entry, lang)[0] ?? termsFor(entry, lang)[0]
}

/** The definition (or note) in a language, by the same fallback, then English. */
export function textFor(values: Partial<Record<TermLang, string>>, lang: Lang | TermLang): string | undefined {
  for (const candidate of [...glossaryLangsFor(lang), 'pt', 'en'] as TermLang[]) {
    const value = values[candidate]
    if (value) return value
  }
  return undefined
}

const lowerAscii = /^[a-z0-9 -]*$/

/**
 * Whether a term matches only in its own case: its `caseSensitive`, else
 * true for acronyms, abbreviations and terms with a capital after a word's
 * first letter (`CAC`, `ByteDance`) or with capitals and digits (`H20`).
 * The tagger matches by it and lint warns by it, so both agree.
 */
export function isCaseSensitive(term: Term): boolean {
  if (term.caseSensitive !== undefined) return term.caseSensitive
  if (term.type === 'acronym' || term.type === 'abbreviation') return true
  if (lowerAscii.test(term.text)) return false
  return term.text.split(/[^\p{L}\p{N}\p{M}]+/u).some((word) => /^.+\p{Lu}/u.test(word) || (/\p{Lu}/u.test(word) && /\p{N}/u.test(word)))
}
