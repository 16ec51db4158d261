/**
 * Compile a glossary into a {@link TermMatcher}: every form of every term
 * (the term, its listed inflections and variants, and the inflections
 * generated for it) goes into one of two word tries, one keyed in the
 * term's own case (acronyms and mixed-case names) and one in lower case.
 * The generated inflections go in when a text first comes near them
 * (see generated.ts), so that a large glossary compiles in well under a second.
 */
import {withInferredPos} from '../glossary/pos.js'
import {isCaseSensitive} from '../glossary/terms.js'
import type {Entry, Glossary} from '../glossary/types.js'
import {GeneratedForms, type AddForm} from './generated.js'
import {TermMatcher, type MatchKeys} from './matcher.js'
import {foldDiacritics, lowerWord, normaliseWord} from '../text/fold.js'
import {TermSources, WordTrie, type Form, type FormKind} from './trie.js'
import {splitTerm, type TermWords} from './words.js'

/** Options of {@link compileGlossary}. */
export interface CompileOptions {
  /**
   * Also match words written without their diacritics (`inferencia`), as kind
   * `diacritics`; not for case-sensitive terms (acronyms, codes). Default: false.
   */
  diacritics?: boolean
}

/** Compile `glossary` for matching. Matching cost does not grow with the number of terms. */
export function compileGlossary(glossary: Glossary, options: CompileOptions = {}): TermMatcher {
  const diacritics = options.diacritics ?? false
  const keysOf: MatchKeys = {
    // Acronyms and codes are exact: folding would make `AÍ` the acronym `AI`.
    sensitive: normaliseWord,
    insensitive: diacritics
      ? (word) => foldDiacritics(lowerWord(normaliseWord(word)))
      : (word) => lowerWord(normaliseWord(word))
  }
  const sources = new TermSources()
  const sensitive = new WordTrie(sources)
  const insensitive = new WordTrie(sources)
  const keyOf = (trie: WordTrie, word: string) => (trie === sensitive ? keysOf.sensitive : keysOf.insensitive)(word)
  // One form object, refilled for every form: a large glossary's compile time is mostly garbage collection.
  const form: Form = {
    words: [],
    separators: [],
    text: '',
    source: 0,
    order: -1,
    kind: 'exact',
    generated: false,
    head: '',
    tail: ''
  }
  const add: AddForm = (trie, source, words, split, kind, order) => {
    form.words = words
    form.separators = split.separators
    form.text = formText(words, split.separators)
    form.source = source
    form.kind = kind
    form.order = order
    form.generated = order !== -1
    form.head = split.head
    form.tail = split.tail
    trie.insert(form, trie === sensitive ? keysOf.sensitive : keysOf.insensitive)
  }
  // An acronym's term goes into the own-case trie; in a phrase the other words say which acronym
  // it is, so the phrase goes into the lower-case trie too: `cuda cores` is `CUDA cores` (kind `case`).
  const both = [sensitive, insensitive]
  const own = [sensitive]
  const lower = [insensitive]
  const triesOf = (source: number, words: readonly string[]) =>
    sources.caseSensitive[source] ? (words.length > 1 ? both : own) : lower
  const insert = (source: number, split: TermWords, kind: FormKind) => {
    for (const trie of triesOf(source, split.words)) add(trie, source, split.words, split, kind, -1)
  }
  // Every listed form goes in now, so that the guard in WordTrie.insert sees them all; the
  // generated forms are planned now and added when a text first needs them, in the same order.
  const generated = new GeneratedForms(sources, keyOf, add, both)
  glossary.entries.forEach((entry, order) => {
    for (const given of entry.terms) {
      // A glossary that gives no part of speech still has verbs: `renderizar` inflects as one.
      const term = withInferredPos(entry, given)
      const split = splitTerm(term.text)
      if (!split) continue
      const source = sources.length
      sources.add(entry, term, order, isCaseSensitive(term))
      insert(source, split, 'exact')
      for (const [, listed] of splitListed(term.inflections)) insert(source, listed, 'inflection')
      const variants = splitListed(term.variants)
      for (const [, variant] of variants) insert(source, variant, 'variant')
      generated.plan(source, split, variants, (words) => triesOf(source, words))
    }
  })
  const entries = new Map<string, Entry>()
  for (const entry of glossary.entries) if (!entries.has(entry.id)) entries.set(entry.id, entry)
  return new TermMatcher(entries, sensitive, insensitive, keysOf, diacritics)
}

/** A form's words with their separators, each word normalised: the form as written. */
function formText(words: readonly string[], separators: readonly string[]): string {
  let text = normaliseWord(words[0]!)
  for (let index = 1; index < words.length; index++) text += separators[index]! + normaliseWord(words[index]!)
  return text
}

const none: Array<readonly [number, TermWords]> = []

/**
 * The listed forms (inflections or variants) that have words, each with its
 * index in the term's list (a variant's generated forms are planned by it).
 */
function splitListed(texts: readonly string[] | undefined): Array<readonly [number, TermWords]> {
  if (!texts) return none
  const listed: Array<readonly [number, TermWords]> = []
  texts.forEach((text, index) => {
    const split = splitTerm(text)
    if (split) listed.push([index, split])
  })
  return listed
}
