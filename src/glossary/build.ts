import type {Position} from '../types.js'
import type {IssueList} from './issues.js'
import type {Entry, Term, TermLang} from './types.js'
import {normaliseGender, normalisePartOfSpeech, normaliseStatus, normaliseTermType} from './vocabulary.js'

/** A value read from a glossary file, with where it was. */
export interface Located {
  value: string
  position?: Position | undefined
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
  const term: Term = {text: raw.text, lang: raw.lang, status: 'admitted'}
  if (raw.text.trim() === '') issues.add('empty-term', 'error', {lang: raw.lang}, raw.position, entry)
  if (raw.status) {
    const status = normaliseStatus(raw.status.value)
    if (status) term.status = status
    else issues.add('unknown-status', 'error', {value: raw.status.value}, raw.status.position ?? raw.position, entry)
  }
  if (raw.partOfSpeech) {
    const value = normalisePartOfSpeech(raw.partOfSpeech.value)
    if (value) term.partOfSpeech = value
    else issues.add('unknown-part-of-speech', 'warning', {value: raw.partOfSpeech.value}, raw.partOfSpeech.position ?? raw.position, entry)
  }
  if (raw.gender) {
    const value = normaliseGender(raw.gender.value)
    if (value) term.gender = value
    else issues.add('unknown-gender', 'warning', {value: raw.gender.value}, raw.gender.position ?? raw.position, entry)
  }
  if (raw.type) {
    const value = normaliseTermType(raw.type.value)
    if (value) term.type = value
    else issues.add('unknown-term-type', 'error', {value: raw.type.value}, raw.type.position ?? raw.position, entry)
  }
  if (raw.caseSensitive !== undefined) term.caseSensitive = raw.caseSensitive
  if (raw.inflections && raw.inflections.length > 0) term.inflections = raw.inflections
  if (raw.variants && raw.variants.length > 0) term.variants = raw.variants
  if (raw.note !== undefined && raw.note !== '') term.note = raw.note
  if (raw.position) term.position = raw.position
  return term
}

/** A new, empty entry. */
export function newEntry(id: string, position?: Position): Entry {
  const entry: Entry = {id, definitions: {}, notes: {}, sources: [], terms: []}
  if (position) entry.position = position
  return entry
}

/** Whitespace folded to single spaces, trimmed: how values from XML and delimited files are kept. */
export function foldSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
