import {englishNounEndings, portugueseBoth, portugueseNotVerbs} from './data/part-of-speech.js'
import type {Entry, PartOfSpeech, Term} from './types.js'
import {isPortuguese} from '../util/lang.js'

/** Why a part of speech was inferred, or why none could be. */
export type PosEvidence = 'infinitive' | 'to-form' | 'translation-is-verb' | 'ambiguous'

/** A part of speech glosa infers for a term the glossary gives none for. */
export interface InferredPos {
  /** The part of speech inflection follows; absent when ambiguous (inflected as a noun, as before). */
  partOfSpeech?: PartOfSpeech
  evidence: PosEvidence
}

const infinitive = /^\p{Ll}[\p{Ll}-]*(?:ar|er|ir)$/u
const toForm = /^to \p{Ll}+$/u

const space = /\s/
const lowerLetters = /^\p{Ll}+$/u

/** The first word of a term (a Portuguese verb phrase starts with its verb: `fazer login`). */
function firstWord(text: string): string {
  const end = text.search(space)
  return end === -1 ? text : text.slice(0, end)
}

// Compiling asks this of every term: 100,000 in a large glossary, so the answers are made once.
const infinitiveVerb: InferredPos = Object.freeze({partOfSpeech: 'verb', evidence: 'infinitive'})
const ambiguous: InferredPos = Object.freeze({evidence: 'ambiguous'})

/** What the form of a Portuguese term says: a verb (an infinitive), ambiguous, or nothing. */
function portugueseEvidence(term: Term): InferredPos | undefined {
  // An infinitive is all lower case, so the word is its own lower case.
  const word = firstWord(term.text)
  if (word.length < 4 || !infinitive.test(word) || portugueseNotVerbs.has(word)) return undefined
  return portugueseBoth.has(word) ? ambiguous : infinitiveVerb
}

/**
 * The part of speech of a term without one, from its form: a Portuguese
 * infinitive (`renderizar`, `fazer login`) is a verb; an English `to …` is
 * one; an English one-word term whose entry's Portuguese terms are all verbs
 * is one too, unless its ending says noun or adjective (`rendering`,
 * `renderer`). `undefined` when the term has a part of speech or nothing
 * says which; `{evidence: 'ambiguous'}` when the form could be a verb or a
 * noun (`olhar`, `poder`): inflection then treats it as before, as a noun.
 */
export function inferPartOfSpeech(entry: Entry, term: Term): InferredPos | undefined {
  if (term.partOfSpeech !== undefined || term.type === 'acronym' || term.type === 'abbreviation' || term.type === 'productName') return undefined
  if (entry.doNotTranslate) return undefined
  if (isPortuguese(term.lang)) return portugueseEvidence(term)
  if (toForm.test(term.text)) return {partOfSpeech: 'verb', evidence: 'to-form'}
  if (!lowerLetters.test(term.text)) return undefined
  const portuguese = entry.terms.filter((other) => isPortuguese(other.lang) && other.status !== 'deprecated' && other.status !== 'superseded')
  if (portuguese.length === 0) return undefined
  const evidence = portuguese.map((other) => (other.partOfSpeech === 'verb' ? {partOfSpeech: 'verb' as const, evidence: 'infinitive' as const} : portugueseEvidence(other)))
  if (!evidence.every((each) => each?.partOfSpeech === 'verb')) return evidence.some((each) => each?.evidence === 'ambiguous') ? {evidence: 'ambiguous'} : undefined
  return englishNounEndings.test(term.text) ? {evidence: 'ambiguous'} : {partOfSpeech: 'verb', evidence: 'translation-is-verb'}
}

/**
 * The term as inflection should see it: with the inferred part of speech,
 * and an English `to …` without its `to` (the verb is what inflects). The
 * term itself when nothing is inferred.
 */
export function withInferredPos(entry: Entry, term: Term): Term {
  const inferred = inferPartOfSpeech(entry, term)
  if (!inferred?.partOfSpeech) return term
  const text = inferred.evidence === 'to-form' ? term.text.slice(3) : term.text
  return {...term, text, partOfSpeech: inferred.partOfSpeech}
}
