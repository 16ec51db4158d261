/**
 * The inflections a glossary's terms generate, added to the word tries only
 * when a text first needs them. A large glossary's compile time was mostly
 * generating inflections of terms that a given text never comes near. The
 * suffix rules change at most the last three characters of a word, so every
 * form of a term starts with a known prefix of its first word: the forms are
 * made when a text first looks up a word with that prefix. The tries then
 * hold the same forms, in the same order, as if all had been made at once
 * (see `WordTrie.later`).
 */
import {prefixHash, type FormKind, type TermSources, type WordTrie} from './trie.js'
import {hasIrregularForms, inflectTerm, unchangedLength} from './inflect.js'
import {splitTerm, type TermWords} from './words.js'

/** Adds one form of a term to a trie. */
export type AddForm = (
  trie: WordTrie,
  source: number,
  words: readonly string[],
  split: TermWords,
  kind: FormKind,
  order: number
) => void

/**
 * How much shorter or longer than its term's first word the first word of a
 * generated form may be (`ies` → `y`; `-ar` → `-ariam`, `log` → `logging`).
 */
const shorter = 3
const longer = 5

/**
 * How many characters of `word` every form generated from it keeps, and with
 * them the same key: the suffix rules change at most the last three characters
 * (an -ir verb may raise a vowel before them: `unchangedLength`). The kept
 * characters are plain ASCII and so is the word's next one, which keeps
 * normalisation and folding from reaching into them: the rules write no
 * combining mark (every ending is precomposed), so no form puts one right
 * after them either. 0 when too short to be worth it (fewer than two) or when
 * the word has an irregular English plural or singular. The longer the
 * prefix, the fewer terms a text's first look-up of a word makes forms for.
 */
export function keptStart(word: string, unchanged = word.length - 3): number {
  let ascii = 0
  while (ascii < word.length && word.charCodeAt(ascii) <= 0x7f) ascii++
  const kept = Math.min(unchanged, ascii - 1)
  return kept >= 2 && !hasIrregularForms(word) ? kept : 0
}

/** The generated forms of a glossary: each term and each of its variants is a task. */
export class GeneratedForms {
  readonly #sources: TermSources
  readonly #add: AddForm
  readonly #keyOf: (trie: WordTrie, word: string) => string
  /** Per task: its term, and the index of its variant (-1: the term itself). */
  readonly #taskSource: number[] = []
  readonly #taskVariant: number[] = []
  /** Tasks whose forms' first words share no known prefix: left for each of those first words. */
  readonly #spread = new Set<number>()

  /** Set what runs the tasks left for later in each of `tries`. */
  constructor(
    sources: TermSources,
    keyOf: (trie: WordTrie, word: string) => string,
    add: AddForm,
    tries: readonly WordTrie[]
  ) {
    this.#sources = sources
    this.#keyOf = keyOf
    this.#add = add
    for (const trie of tries) trie.runLater((task, target, prefix) => this.#run(task, target, prefix))
  }

  /**
   * Leave the generated forms of term `source` (`split`: its words) and of its
   * variants (`variants`, by their index in the term's list) to the tries
   * they go into, `tries(words)`. Plan the terms in glossary order: the
   * tasks are numbered so, and a node keeps its forms in that order.
   */
  plan(
    source: number,
    split: TermWords,
    variants: ReadonlyArray<readonly [number, TermWords]>,
    tries: (words: readonly string[]) => readonly WordTrie[]
  ): void {
    this.#task(source, -1, split, tries(split.words))
    for (const [index, variant] of variants) this.#task(source, index, variant, tries(variant.words))
  }

  #task(source: number, variant: number, split: TermWords, targets: readonly WordTrie[]): void {
    const task = this.#taskSource.length
    this.#taskSource.push(source)
    this.#taskVariant.push(variant)
    const first = split.words[0]!
    const kept = keptStart(first, unchangedLength(this.#sources.terms[source]!, first))
    if (kept > 0) {
      for (const trie of targets) {
        const key = this.#keyOf(trie, first)
        trie.later(key, kept, task, Math.min(key.length, first.length) - shorter, first.length + longer)
      }
      return
    }
    // A short, irregular or non-ASCII word: make its forms now to know their first words (and again when one is reached).
    this.#spread.add(task)
    for (const words of this.#forms(task, split)) {
      for (const trie of targets) {
        const key = this.#keyOf(trie, words[0]!)
        trie.later(key, key.length, task, key.length, key.length)
      }
    }
  }

  #forms(task: number, split: TermWords): string[][] {
    const source = this.#taskSource[task]!
    return inflectTerm(this.#sources.terms[source]!, split, this.#sources.caseSensitive[source]!)
  }

  /**
   * Add the forms of `task` to `trie`, left for the prefix whose
   * {@link prefixHash} is `prefix` (for a spread task: the forms whose first
   * word's key has that hash).
   */
  #run(task: number, trie: WordTrie, prefix: number): void {
    const source = this.#taskSource[task]!
    const variant = this.#taskVariant[task]!
    const term = this.#sources.terms[source]!
    const split = splitTerm(variant === -1 ? term.text : term.variants![variant]!)!
    const kind: FormKind = variant === -1 ? 'inflection' : 'variant'
    const spread = this.#spread.has(task)
    for (const words of this.#forms(task, split)) {
      if (spread) {
        const key = this.#keyOf(trie, words[0]!)
        if (prefixHash(key, key.length) !== prefix) continue
      }
      this.#add(trie, source, words, split, kind, task)
    }
  }
}
