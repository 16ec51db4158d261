/**
 * Compile a glossary into a {@link TermMatcher}: every form of every term
 * (the term, its listed inflections and variants, and the inflections
 * generated for it) goes into one of two word tries, one keyed in the
 * term's own case (acronyms and mixed-case names) and one in lower case.
 */
import type {Entry, Glossary, Term} from '../glossary/types.js'
import {inflectTerm} from './inflect.js'
import {TermMatcher, type MatchKeys} from './matcher.js'
import {foldDiacritics, lowerWord, normaliseWord} from './normalise.js'
import {Accept, insertForm, type FormKind, type TermSource, type TrieNode} from './trie.js'
import {splitTerm, type TermWords} from './words.js'

/** Options of {@link compileGlossary}. */
export interface CompileOptions {
  /**
   * Also match words written without their diacritics (`inferencia`), as kind
   * `diacritics`; not for case-sensitive terms (acronyms, codes). Default: false.
   */
  diacritics?: boolean
}

const lowerAscii = /^[a-z0-9 -]*$/

/**
 * Whether a term matches only in its own case: its `caseSensitive`, else
 * true for acronyms, abbreviations and terms with a capital after a word's
 * first letter (`CAC`, `ByteDance`) or with capitals and digits (`H20`).
 */
export function isCaseSensitive(term: Term): boolean {
  if (term.caseSensitive !== undefined) return term.caseSensitive
  if (term.type === 'acronym' || term.type === 'abbreviation') return true
  if (lowerAscii.test(term.text)) return false
  return term.text.split(/[^\p{L}\p{N}\p{M}]+/u).some((word) => /^.+\p{Lu}/u.test(word) || (/\p{Lu}/u.test(word) && /\p{N}/u.test(word)))
}

/** Compile `glossary` for matching. Matching cost does not grow with the number of terms. */
export function compileGlossary(glossary: Glossary, options: CompileOptions = {}): TermMatcher {
  const diacritics = options.diacritics ?? false
  const keysOf: MatchKeys = {
    // Acronyms and codes are exact: folding would make `AÍ` the acronym `AI`.
    sensitive: normaliseWord,
    insensitive: diacritics ? (word) => foldDiacritics(lowerWord(normaliseWord(word))) : (word) => lowerWord(normaliseWord(word))
  }
  const sensitive: TrieNode = {}
  const insensitive: TrieNode = {}
  const insert = (source: TermSource, words: string[], split: TermWords, kind: FormKind, generated: boolean) => {
    const accept = new Accept(source, words, split.separators, kind, generated, split.head, split.tail)
    insertForm(source.caseSensitive ? sensitive : insensitive, words, split.separators, source.caseSensitive ? keysOf.sensitive : keysOf.insensitive, accept)
    // In a phrase the other words say which acronym it is: `cuda cores` is `CUDA cores` (kind `case`).
    if (source.caseSensitive && words.length > 1) insertForm(insensitive, words, split.separators, keysOf.insensitive, accept)
  }
  const terms = termSources(glossary)
  // Every listed form first, so that the guard in insertForm sees them all.
  for (const {source, split} of terms) {
    insert(source, split.words, split, 'exact', false)
    for (const listed of splitAll(source.term.inflections)) insert(source, listed.words, listed, 'inflection', false)
    for (const variant of splitAll(source.term.variants)) insert(source, variant.words, variant, 'variant', false)
  }
  for (const {source, split} of terms) {
    for (const words of inflectTerm(source.term, split, source.caseSensitive)) insert(source, words, split, 'inflection', true)
    for (const variant of splitAll(source.term.variants)) {
      for (const words of inflectTerm(source.term, variant, source.caseSensitive)) insert(source, words, variant, 'variant', true)
    }
  }
  const entries = new Map<string, Entry>()
  for (const entry of glossary.entries) if (!entries.has(entry.id)) entries.set(entry.id, entry)
  return new TermMatcher(entries, sensitive, insensitive, keysOf, diacritics)
}

/** Every term of the glossary that has words, with its split text. */
function termSources(glossary: Glossary): Array<{source: TermSource; split: TermWords}> {
  const terms: Array<{source: TermSource; split: TermWords}> = []
  glossary.entries.forEach((entry, order) => {
    for (const term of entry.terms) {
      const split = splitTerm(term.text)
      if (split) terms.push({source: {term, entry, order, caseSensitive: isCaseSensitive(term)}, split})
    }
  })
  return terms
}

/** The listed forms (inflections or variants) that have words. */
function splitAll(texts: readonly string[] | undefined): TermWords[] {
  if (!texts) return []
  return texts.map(splitTerm).filter((split) => split !== undefined)
}


