import type {Entry, Term} from '../glossary/types.js'

/** How a form of a term was obtained, before the text is compared with it. */
export type FormKind = 'exact' | 'inflection' | 'variant'

/** A term form that ends at a trie node. */
export interface Accept {
  entry: Entry
  term: Term
  kind: FormKind
  /** Whether the tagger generated the form (rather than the glossary listing it). */
  generated: boolean
  /** The form as written (NFC, normalised separators, original case). */
  form: string
  /** `form` in lower case. */
  lower: string
  /** Punctuation the form must be preceded by (`.` of `.NET`), or `''`. */
  head: string
  /** Punctuation the form must be followed by (`++` of `C++`), or `''`. */
  tail: string
  /** Whether the term matches only with its own letter case. */
  caseSensitive: boolean
  /** Rank of the entry in the glossary: earlier wins ties. */
  order: number
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
 * Add a form, given as its keys, to the trie rooted at `root`. The guard
 * against conflating concepts: a generated form is dropped where another
 * entry's form already ends, and where two entries' generated forms meet,
 * both are dropped (`processadores` may never become a form of another entry).
 * Insert every listed form before any generated one.
 */
export function insertForm(root: TrieNode, keys: readonly string[], accept: Accept): void {
  let node = root
  for (const key of keys) {
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
