import type {Entry, Term} from '../glossary/types.js'
import {lowerWord} from '../text/fold.js'

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
 * The terms of a compiled glossary, by index, kept as parallel arrays (a
 * {@link TermSource} object is made only for a term a text reaches).
 */
export class TermSources {
  readonly entries: Entry[] = []
  readonly terms: Term[] = []
  readonly orders: number[] = []
  readonly caseSensitive: boolean[] = []
  readonly #made = new Map<number, TermSource>()

  get length(): number {
    return this.terms.length
  }

  add(entry: Entry, term: Term, order: number, caseSensitive: boolean): void {
    this.entries.push(entry)
    this.terms.push(term)
    this.orders.push(order)
    this.caseSensitive.push(caseSensitive)
  }

  /** The term at `index` with what its forms share. */
  source(index: number): TermSource {
    let source = this.#made.get(index)
    if (!source) {
      source = {
        entry: this.entries[index]!,
        term: this.terms[index]!,
        caseSensitive: this.caseSensitive[index]!,
        order: this.orders[index]!
      }
      this.#made.set(index, source)
    }
    return source
  }
}

/** A form of a term that ends at a trie node, as the matcher sees it. */
export class Accept {
  readonly source: TermSource
  readonly kind: FormKind
  /** Whether the tagger generated the form (rather than the glossary listing it). */
  readonly generated: boolean
  /** The form as written (NFC, normalised separators, original case). */
  readonly form: string
  /** Punctuation the form must be preceded by (`.` of `.NET`), or `''`. */
  readonly head: string
  /** Punctuation the form must be followed by (`++` of `C++`), or `''`. */
  readonly tail: string
  // What a hit reports, copied here: a text reaches a few accepts of a large glossary many
  // times, and one object is one cache line to read instead of four (accept, source, entry, term).
  readonly entry: Entry
  readonly term: Term
  readonly entryId: string
  readonly termText: string
  readonly lang: Term['lang']
  readonly status: Term['status']
  readonly caseSensitive: boolean
  #lower: string | undefined

  constructor(source: TermSource, form: string, kind: FormKind, generated: boolean, head: string, tail: string) {
    this.source = source
    this.form = form
    this.kind = kind
    this.generated = generated
    this.head = head
    this.tail = tail
    this.entry = source.entry
    this.term = source.term
    this.entryId = source.entry.id
    this.termText = source.term.text
    this.lang = source.term.lang
    this.status = source.term.status
    this.caseSensitive = source.caseSensitive
  }

  /** {@link form} in lower case. */
  get lower(): string {
    this.#lower ??= lowerWord(this.form)
    return this.#lower
  }
}

/** A form to add to a {@link WordTrie}. */
export interface Form {
  /** The words, as written. */
  words: readonly string[]
  /** Normalised separator before each word (`''` before the first). */
  separators: readonly string[]
  /** The form as written (see {@link Accept.form}). */
  text: string
  /** Index of the form's term in the sources the trie was made with. */
  source: number
  /** Where the form comes in the order forms are added: -1 for a listed form, else its generation task's number. */
  order: number
  kind: FormKind
  generated: boolean
  head: string
  tail: string
}

const kinds: readonly FormKind[] = ['exact', 'inflection', 'variant']
const generatedFlag = 4
/** Node 0 is the root; -1 is no node, no accept. */
const none = -1

/**
 * A word trie kept lean for glossaries of 100,000 terms: nodes are numbers,
 * the forms ending at each node a linked list in typed arrays, and only a
 * node with children has a map (keyed by {@link stepKey}: the word alone,
 * after a space or first, else its separator and the word: `'-mail'`).
 * {@link Accept} objects are made only for the nodes a text reaches.
 */
export class WordTrie {
  readonly #sources: TermSources
  readonly #children: Array<Map<string, number> | undefined> = [new Map()]
  #firstAccept = new Int32Array(1024).fill(none)
  /** Generated forms of two entries met at the node: no generated form may end there. */
  #contested = new Uint8Array(1024)
  #nodes = 1
  // The forms, by index: term source, kind and generated flag, next form at the same node, punctuation.
  #source = new Int32Array(1024)
  #order = new Int32Array(1024)
  #flags = new Uint8Array(1024)
  #nextAccept = new Int32Array(1024)
  #edge = new Int32Array(1024)
  #texts: string[] = []
  #accepts = 0
  /** Distinct head and tail punctuation pairs; 0 is neither. */
  readonly #edges: Array<[string, string]> = [['', '']]
  readonly #edgeIndex = new Map<string, number>()
  /** The {@link Accept} objects of each node, made when a text first reaches it (one slot per node). */
  readonly #made: Array<Accept[] | undefined> = [undefined]
  /** Whether a plain-ASCII first-word key starts with a character (0–127) and has a length (below 256): index `code << 8 | length` (see {@link mayStart}). */
  readonly #starts = new Uint8Array(128 << 8)
  /**
   * Tasks adding generated forms, by the {@link prefixHash} of the key prefix
   * their forms' first words start with (see {@link later}): the last link left for each prefix; for each
   * link of the chain its task, and the link before it (a chain per prefix, not an array each).
   */
  readonly #pending = new Map<number, number>()
  #linkTask = new Int32Array(1024)
  #linkBefore = new Int32Array(1024)
  #links = 0
  /**
   * Root nodes whose key was looked up: the tasks of the key's prefixes have
   * run, so the node's forms are all there. A key looked up with no node is
   * kept in the root map as -1, so that one look-up answers both questions.
   */
  #looked = new Uint8Array(1024)
  #run: (task: number, trie: WordTrie, prefix: number) => void = () => {}
  /**
   * The Latin-1 keys looked up at the root (English and Portuguese words), again, with their answer, in
   * an open-addressing table that a word of the text is looked up in without
   * being copied out as a string (see {@link quickChild}): for slot `i`, the
   * key's hash at `2i` and at `2i + 1` its node plus 2 (1: no node; 0: an
   * empty slot). A key goes in when {@link child} first answers for it, and
   * that answer is final (see {@link later}): compiling pays nothing for it.
   */
  #quickSlots = new Int32Array(2 * 1024)
  #quickKeys: string[] = new Array<string>(1024).fill('')
  #quickCount = 0

  /** A trie for forms of `sources` (shared by the tries of one glossary: forms refer to them by index). */
  constructor(sources: TermSources) {
    this.#sources = sources
  }

  /**
   * Whether a plain-ASCII first-word key of `length` units starting with
   * `code` may start a form: when not, a word spares its look-up.
   */
  mayStart(length: number, code: number): boolean {
    return length > 0xff || this.#starts[(code << 8) | length] === 1
  }

  /**
   * The root's child for the word `start`–`end` of `text` (in lower case when
   * `fold`), or -1, without making its key; `undefined` when only
   * {@link child} can tell: a key not looked up before, or a word with a
   * character beyond Latin-1, whose key normalisation may change. A Latin-1
   * word is its own normal form and its lower case is a shift of its capitals,
   * so its key is read straight from the text.
   */
  quickChild(text: string, start: number, end: number, fold: boolean): number | undefined {
    let hash = offsetBasis
    for (let index = start; index < end; index++) {
      const code = text.charCodeAt(index)
      if (code > 0xff) return undefined
      hash = fnv(hash, fold ? lowerLatin1(code) : code)
    }
    const mask = this.#quickKeys.length - 1
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const value = this.#quickSlots[2 * slot + 1]!
      if (value === 0) return undefined
      if (this.#quickSlots[2 * slot] === hash && sameText(this.#quickKeys[slot]!, text, start, end, fold)) {
        return value - 2
      }
    }
  }

  /** Record the root's `key` → `node` (or -1) in the table of Latin-1 keys. */
  #indexQuick(key: string, node: number): void {
    if (!unitsUpTo(key, 0xff)) return
    if (2 * (this.#quickCount + 1) > this.#quickKeys.length) this.#growQuick()
    const hash = hashUnits(key, 0, key.length)
    const mask = this.#quickKeys.length - 1
    let slot = hash & mask
    while (
      this.#quickSlots[2 * slot + 1] !== 0 &&
      !(this.#quickSlots[2 * slot] === hash && this.#quickKeys[slot] === key)
    )
      slot = (slot + 1) & mask
    if (this.#quickSlots[2 * slot + 1] === 0) this.#quickCount++
    this.#quickSlots[2 * slot] = hash
    this.#quickSlots[2 * slot + 1] = node + 2
    this.#quickKeys[slot] = key
  }

  #growQuick(): void {
    const slots = this.#quickSlots
    const keys = this.#quickKeys
    this.#quickSlots = new Int32Array(slots.length * 2)
    this.#quickKeys = new Array<string>(keys.length * 2).fill('')
    this.#quickCount = 0
    for (let slot = 0; slot < keys.length; slot++)
      if (slots[2 * slot + 1] !== 0) this.#indexQuick(keys[slot]!, slots[2 * slot + 1]! - 2)
  }

  /** The node after `key` from `node` (0: the root), or -1. */
  child(node: number, key: string): number {
    if (node !== 0) return this.#children[node]?.get(key) ?? none
    const root = this.#children[0]!
    const found = root.get(key)
    if (found !== undefined && (found === none || this.#looked[found] === 1)) return found
    // The key's first look-up: make the forms that start like it, then the answer is final.
    if (this.#pending.size > 0) this.#materialise(key)
    const child = root.get(key) ?? none
    if (child === none) root.set(key, none)
    else this.#looked[child] = 1
    this.#indexQuick(key, child)
    return child
  }

  /**
   * Leave the generated forms of `task` to be added when a text first looks up
   * a first word that starts with the first `kept` units of `key`:
   * `run(task, trie, hash)` adds them then, `hash` being that prefix's
   * {@link prefixHash}. Every form of the task must have a first-word key that
   * starts with the prefix and whose length is from `shortest` to `longest`
   * (for {@link mayStart}). Prefixes are told apart by their hash alone, no
   * string made: two that share one run each other's tasks early, which
   * changes nothing, as tasks are numbered in the order their forms would
   * have been added and a node keeps its forms in that order whenever they
   * come (see {@link insert}).
   */
  later(key: string, kept: number, task: number, shortest: number, longest: number): void {
    const prefix = prefixHash(key, kept)
    const last = this.#pending.get(prefix)
    if (last === undefined || this.#linkTask[last] !== task) {
      const link = this.#links++
      if (link === this.#linkTask.length) {
        this.#linkTask = grow(this.#linkTask, 0)
        this.#linkBefore = grow(this.#linkBefore, none)
      }
      this.#linkTask[link] = task
      this.#linkBefore[link] = last ?? none
      this.#pending.set(prefix, link)
    }
    const code = key.charCodeAt(0)
    if (code <= 0x7f)
      this.#starts.fill(
        1,
        (code << 8) + Math.min(0xff, Math.max(1, shortest)),
        (code << 8) + Math.min(0xff, longest) + 1
      )
  }

  /** Set what adds the forms of a task left for later. */
  runLater(run: (task: number, trie: WordTrie, prefix: number) => void): void {
    this.#run = run
  }

  /** Run the tasks left for every prefix of `key`. */
  #materialise(key: string): void {
    let hash = offsetBasis
    for (let length = 1; length <= key.length; length++) {
      hash = fnv(hash, key.charCodeAt(length - 1))
      const prefix = hash & smallHash
      const last = this.#pending.get(prefix)
      if (last === undefined) continue
      this.#pending.delete(prefix)
      for (const task of this.#chain(last)) this.#run(task, this, prefix)
    }
  }

  /** The tasks of the chain that ends with link `last`, in the order they were left. */
  #chain(last: number): number[] {
    const tasks: number[] = []
    for (let link = last; link !== none; link = this.#linkBefore[link]!) tasks.push(this.#linkTask[link]!)
    return tasks.reverse()
  }

  /** Whether a form goes on after `node`. */
  hasChildren(node: number): boolean {
    return this.#children[node] !== undefined
  }

  /** The forms that end at `node` (none at -1), or `undefined`. */
  accepts(node: number): Accept[] | undefined {
    if (node === none || this.#firstAccept[node] === none) return undefined
    let made = this.#made[node]
    if (!made) {
      made = []
      for (let accept = this.#firstAccept[node]!; accept !== none; accept = this.#nextAccept[accept]!)
        made.push(this.#accept(accept))
      this.#made[node] = made
    }
    return made
  }

  #accept(index: number): Accept {
    const flags = this.#flags[index]!
    const [head, tail] = this.#edges[this.#edge[index]!]!
    return new Accept(
      this.#sources.source(this.#source[index]!),
      this.#texts[index]!,
      kinds[flags & 3]!,
      (flags & generatedFlag) !== 0,
      head,
      tail
    )
  }

  /**
   * Add a form, its words keyed by `keyOf`. The guard against conflating
   * concepts: a generated form is dropped where another entry's form already
   * ends, and where two entries' generated forms meet, both are dropped
   * (`processadores` may never become a form of another entry). Insert every
   * listed form before any generated one.
   */
  insert(form: Form, keyOf: (word: string) => string): void {
    let node = 0
    for (let index = 0; index < form.words.length; index++) {
      const key = stepKey(form.separators[index]!, keyOf(form.words[index]!))
      let children = this.#children[node]
      if (!children) {
        children = new Map()
        this.#children[node] = children
      }
      let child = children.get(key)
      if (child === undefined || child === none) {
        // -1 (a key looked up before it had a node) cannot come here: forms whose first key starts
        // like a key looked up were all made at that look-up. Kept right all the same.
        const looked = child === none
        child = this.#newNode()
        children.set(key, child)
        if (node === 0) {
          if (looked) {
            this.#looked[child] = 1
            this.#indexQuick(key, child)
          }
          if (key.length <= 0xff && unitsUpTo(key, 0x7f)) this.#starts[(key.charCodeAt(0) << 8) | key.length] = 1
        }
      }
      node = child
    }
    this.#settle(node, form)
  }

  /**
   * Add `form` to the forms ending at `node`, unless the guard drops it. The
   * forms of a node stay in their original order (listed forms, then generated
   * ones by task), whenever they come: a term keeps its first form at a node,
   * and the first of equally good forms wins a match.
   */
  #settle(node: number, form: Form): void {
    const first = this.#firstAccept[node]!
    if (first === none) {
      if (!(form.generated && this.#contested[node])) this.#firstAccept[node] = this.#newAccept(form, none)
      return
    }
    const {entries, terms} = this.#sources
    const entry = entries[form.source]!
    const term = terms[form.source]!
    let previous = none
    let later = none
    let othersListed = false
    let others = false
    for (let accept = first; accept !== none; accept = this.#nextAccept[accept]!) {
      const other = this.#source[accept]!
      if (entries[other] === entry && terms[other] === term) {
        if (this.#order[accept]! <= form.order) return
        // The same term's form from a later task, added first: in order, it would have been the one dropped.
        later = accept
        continue
      }
      if (entries[other] !== entry) {
        others = true
        if (!(this.#flags[accept]! & generatedFlag)) othersListed = true
      }
      if (this.#order[accept]! <= form.order) previous = accept
    }
    if (form.generated) {
      if (this.#contested[node] || othersListed) return
      if (others) {
        this.#contested[node] = 1
        this.#keepEntry(node, entry)
        return
      }
    }
    if (later !== none) this.#unlink(node, later)
    if (previous === none) this.#firstAccept[node] = this.#newAccept(form, this.#firstAccept[node]!)
    else this.#nextAccept[previous] = this.#newAccept(form, this.#nextAccept[previous]!)
  }

  /** Take `accept` out of the forms of `node`. */
  #unlink(node: number, accept: number): void {
    if (this.#firstAccept[node] === accept) {
      this.#firstAccept[node] = this.#nextAccept[accept]!
      return
    }
    for (let at = this.#firstAccept[node]!; at !== none; at = this.#nextAccept[at]!) {
      if (this.#nextAccept[at] === accept) {
        this.#nextAccept[at] = this.#nextAccept[accept]!
        return
      }
    }
  }

  /** Keep only the forms of `entry` at `node`. */
  #keepEntry(node: number, entry: Entry): void {
    let previous = none
    for (let accept = this.#firstAccept[node]!; accept !== none; accept = this.#nextAccept[accept]!) {
      if (this.#sources.entries[this.#source[accept]!] !== entry) continue
      if (previous === none) this.#firstAccept[node] = accept
      else this.#nextAccept[previous] = accept
      previous = accept
    }
    if (previous === none) this.#firstAccept[node] = none
    else this.#nextAccept[previous] = none
  }

  #newNode(): number {
    const node = this.#nodes++
    // One slot per node keeps the array dense (a sparse one becomes a slow dictionary).
    this.#children.push(undefined)
    this.#made.push(undefined)
    if (node === this.#firstAccept.length) {
      this.#firstAccept = grow(this.#firstAccept, none)
      this.#contested = grow(this.#contested, 0)
      this.#looked = grow(this.#looked, 0)
    }
    return node
  }

  #newAccept(form: Form, next: number): number {
    const index = this.#accepts++
    if (index === this.#source.length) {
      this.#source = grow(this.#source, 0)
      this.#order = grow(this.#order, 0)
      this.#flags = grow(this.#flags, 0)
      this.#nextAccept = grow(this.#nextAccept, none)
      this.#edge = grow(this.#edge, 0)
    }
    this.#source[index] = form.source
    this.#order[index] = form.order
    this.#flags[index] = kinds.indexOf(form.kind) | (form.generated ? generatedFlag : 0)
    this.#nextAccept[index] = next
    this.#edge[index] = form.head === '' && form.tail === '' ? 0 : this.#edgeOf(form.head, form.tail)
    this.#texts[index] = form.text
    return index
  }

  #edgeOf(head: string, tail: string): number {
    const key = `${head}\u0000${tail}`
    let index = this.#edgeIndex.get(key)
    if (index === undefined) {
      index = this.#edges.push([head, tail]) - 1
      this.#edgeIndex.set(key, index)
    }
    return index
  }
}

/** Whether no unit of `text` is above `highest` (0x7f: ASCII; 0xff: Latin-1). */
function unitsUpTo(text: string, highest: number): boolean {
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) > highest) return false
  return true
}

/**
 * The key of a word in a form after `separator` (`''` for the first word): the
 * word's key alone after a space, the commonest separator (a word starts with
 * a letter or digit, so no other separator's key can be mistaken for it),
 * else the separator and the word's key (`'-mail'`).
 */
export function stepKey(separator: string, key: string): string {
  return separator === ' ' || separator === '' ? key : separator + key
}

const offsetBasis = 0x811c9dc5 | 0
const fnvPrime = 0x01000193
/** Keeps a hash a small integer, which a Map keys without boxing it. */
const smallHash = 0x3fffffff

/**
 * One FNV-1a step. Every hash here is built with it, a unit at a time, so that
 * a prefix hashed from the text (materialising) equals its {@link prefixHash}.
 */
function fnv(hash: number, code: number): number {
  return Math.imul(hash ^ code, fnvPrime)
}

/** FNV-1a hash of the units `start`–`end` of `text`. */
function hashUnits(text: string, start: number, end: number): number {
  let hash = offsetBasis
  for (let index = start; index < end; index++) hash = fnv(hash, text.charCodeAt(index))
  return hash
}

/** The hash by which a key's first `length` units are left tasks (see {@link WordTrie.later}). */
export function prefixHash(key: string, length: number): number {
  return hashUnits(key, 0, length) & smallHash
}

/** A Latin-1 character in lower case (`toLowerCase` of A–Z and À–Þ but ×; every other one is its own). */
function lowerLatin1(code: number): number {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0xde && code !== 0xd7) ? code + 0x20 : code
}

/** Whether `key` is the units `start`–`end` of `text` (in lower case when `fold`). */
function sameText(key: string, text: string, start: number, end: number, fold: boolean): boolean {
  if (key.length !== end - start) return false
  for (let index = 0; index < key.length; index++) {
    const code = text.charCodeAt(start + index)
    if ((fold ? lowerLatin1(code) : code) !== key.charCodeAt(index)) return false
  }
  return true
}

/** A copy of `array` twice as long, the new half filled with `fill`. */
function grow<T extends Int32Array | Uint8Array>(array: T, fill: number): T {
  const larger = new (array.constructor as new (length: number) => T)(array.length * 2)
  larger.set(array)
  larger.fill(fill, array.length)
  return larger
}
