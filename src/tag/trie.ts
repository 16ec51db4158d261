import type {Entry, Term} from '../glossary/types.js'
import {lowerWord, normaliseWord} from './normalise.js'

/** How a form of a term was obtained, before the text is compared with it. */
export type FormKind = 'exact' | 'inflection' | 'variant'

/** A term with what every one of its forms shares. */
export interface TermSource {
  entry: Entry
  term: Term
  /** Whether the term matches only with its own letter case. */
  caseSensitive: boolean
  /** Rank of the entry in the glossary: earlier wins ties. */
  order: number
}

/**
 * A term form that ends at a trie node. Its written form is put together
 * only when a match needs it, so that compiling a large glossary stays cheap.
 */
export class Accept {
  readonly source: TermSource
  readonly kind: FormKind
  /** Whether the tagger generated the form (rather than the glossary listing it). */
  readonly generated: boolean
  /** Punctuation the form must be preceded by (`.` of `.NET`), or `''`. */
  readonly head: string
  /** Punctuation the form must be followed by (`++` of `C++`), or `''`. */
  readonly tail: string
  readonly #words: readonly string[]
  readonly #separators: readonly string[]
  #form: string | undefined
  #lower: string | undefined

  constructor(source: TermSource, words: readonly string[], separators: readonly string[], kind: FormKind, generated: boolean, head: string, tail: string) {
    this.source = source
    this.#words = words
    this.#separators = separators
    this.kind = kind
    this.generated = generated
    this.head = head
    this.tail = tail
  }

  get entry(): Entry {
    return this.source.entry
  }

  get term(): Term {
    return this.source.term
  }

  /** The form as written (NFC, normalised separators, original case). */
  get form(): string {
    if (this.#form === undefined) {
      let text = normaliseWord(this.#words[0]!)
      for (let index = 1; index < this.#words.length; index++) text += this.#separators[index]! + normaliseWord(this.#words[index]!)
      this.#form = text
    }
    return this.#form
  }

  /** {@link form} in lower case. */
  get lower(): string {
    this.#lower ??= lowerWord(this.form)
    return this.#lower
  }
}

/**
 * A node of a word trie. The first word of a form is keyed by the word alone,
 * every following word by its separator and the word (`' cores'`, `'-mail'`).
 */
export interface TrieNode {
  next?: Map<string, TrieNode>
  accepts?: Accept[]
  /** Generated forms of two entries met here: no generated form may end here. */
  contested?: true
}

/**
 * Add a form to the trie rooted at `root`: its words, keyed by `keyOf`, each
 * after its separator (`''` before the first). The guard
 * against conflating concepts: a generated form is dropped where another
 * entry's form already ends, and where two entries' generated forms meet,
 * both are dropped (`processadores` may never become a form of another entry).
 * Insert every listed form before any generated one.
 */
export function insertForm(root: TrieNode, words: readonly string[], separators: readonly string[], keyOf: (word: string) => string, accept: Accept): void {
  let node = root
  for (let index = 0; index < words.length; index++) {
    const key = separators[index]! + keyOf(words[index]!)
    node.next ??= new Map()
    let child = node.next.get(key)
    if (!child) {
      child = {}
      node.next.set(key, child)
    }
    node = child
  }
  const accepts = node.accepts
  if (!accepts) {
    if (!(accept.generated && node.contested)) node.accepts = [accept]
    return
  }
  if (accepts.some((other) => other.entry === accept.entry && other.term === accept.term)) return
  if (accept.generated) {
    if (node.contested) return
    const others = accepts.filter((other) => other.entry !== accept.entry)
    if (others.some((other) => !other.generated)) return
    if (others.length > 0) {
      node.contested = true
      const kept = accepts.filter((other) => !others.includes(other))
      if (kept.length > 0) node.accepts = kept
      else delete node.accepts
      return
    }
  }
  accepts.push(accept)
}
