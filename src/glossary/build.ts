import type {Position} from '../types.js'
import type {IssueList} from './issues.js'
import type {Entry, Term, TermLang} from './types.js'
import {normaliseGender, normalisePartOfSpeech, normaliseStatus, normaliseTermType} from './vocabulary.js'

/** A value read from a glossary file, with where it was. */
export interface Located {
  value: string
  /** Where it is; or `where`, to find out only when a message needs it. */
  position?: Position | undefined
  where?: (() => Position | undefined) | undefined
}

/** A term as a reader found it, before its values are checked. */
export interface RawTerm {
  text: string
  lang: TermLang
  position?: Position | undefined
  status?: Located | undefined
  partOfSpeech?: Located | undefined
  gender?: Located | undefined
  type?: Located | undefined
  caseSensitive?: boolean | undefined
  inflections?: string[] | undefined
  variants?: string[] | undefined
  note?: string | undefined
}

/**
 * Turn a raw term into a {@link Term}: map its status, part of speech, gender
 * and type to glosa's values, recording unknown ones in `issues` (the term
 * keeps the default `admitted` status and no unknown value).
 */
export function buildTerm(raw: RawTerm, issues: IssueList, entry: string): Term {
  // The position in the literal: a property added later would cost each term a second object (its out-of-object properties).
  const term: Term = raw.position ? {text: raw.text, lang: raw.lang, status: 'admitted', position: raw.position} : {text: raw.text, lang: raw.lang, status: 'admitted'}
  if (raw.text.trim() === '') issues.add('empty-term', 'error', {lang: raw.lang}, raw.position, entry)
  const status = raw.status && known(raw, raw.status, normaliseStatus, 'unknown-status', 'error', issues, entry)
  const partOfSpeech = raw.partOfSpeech && known(raw, raw.partOfSpeech, normalisePartOfSpeech, 'unknown-part-of-speech', 'warning', issues, entry)
  const gender = raw.gender && known(raw, raw.gender, normaliseGender, 'unknown-gender', 'warning', issues, entry)
  const type = raw.type && known(raw, raw.type, normaliseTermType, 'unknown-term-type', 'error', issues, entry)
  if (status) term.status = status
  if (partOfSpeech) term.partOfSpeech = partOfSpeech
  if (gender) term.gender = gender
  if (type) term.type = type
  if (raw.caseSensitive !== undefined) term.caseSensitive = raw.caseSensitive
  if (raw.inflections && raw.inflections.length > 0) term.inflections = raw.inflections
  if (raw.variants && raw.variants.length > 0) term.variants = raw.variants
  if (raw.note !== undefined && raw.note !== '') term.note = raw.note
  return term
}

/** A term's value mapped to glosa's, or undefined with an issue when it is unknown. */
function known<T>(raw: RawTerm, value: Located, normalise: (text: string) => T | undefined, rule: string, severity: 'error' | 'warning', issues: IssueList, entry: string): T | undefined {
  const result = normalise(value.value)
  if (result === undefined) issues.add(rule, severity, {value: value.value}, value.position ?? value.where?.() ?? raw.position, entry)
  return result
}

/** A new, empty entry. */
export function newEntry(id: string, position?: Position): Entry {
  // The position in the literal: a property added later would cost each entry a second object (its out-of-object properties).
  // Texts by language code in objects without a prototype: a code read from a file is never `__proto__` of anything.
  const definitions = Object.create(null) as Entry['definitions']
  const notes = Object.create(null) as Entry['notes']
  return position ? {id, definitions, notes, sources: [], terms: [], position} : {id, definitions, notes, sources: [], terms: []}
}

/**
 * An entry once all its terms are in: its list of terms cut to their number.
 * Pushed to one at a time, a list keeps room for 17 items, most of the memory
 * a large glossary's term lists would hold on to.
 */
export function finishEntry(entry: Entry): Entry {
  if (entry.terms.length > 0) entry.terms = entry.terms.slice()
  return entry
}

/** Whitespace folded to single spaces, trimmed: how values from XML and delimited files are kept. */
export function foldSpace(text: string): string {
  const trimmed = text.trim()
  // Most values are one line with single spaces: check that in one pass before replacing.
  for (let index = 0; index < trimmed.length; index++) {
    const code = trimmed.charCodeAt(index)
    if (code === 32 ? trimmed.charCodeAt(index + 1) === 32 : code < 32 || code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200a)) {
      return trimmed.replace(/\s+/g, ' ')
    }
  }
  return trimmed
}
