/**
 * Find glossary terms in a text: split it into words once, then at each word
 * walk the two word tries (own-case and lower-case keys) as far as they go.
 * The cost per word is a few map look-ups, whatever the number of terms.
 */
import type {Entry, Term} from '../glossary/types.js'
import {glossaryLangsFor} from '../glossary/terms.js'
import type {Lang} from '../types.js'
import type {HitKind} from './types.js'
import {lowerWord, normaliseSeparator, normaliseWord} from '../text/fold.js'
import {stepKey, type Accept, type WordTrie} from './trie.js'
import {findWords, isApostrophe, type Words} from '../text/words.js'

/** A term found in a text: indices into the text, whole words. */
export interface TermMatch {
  start: number
  end: number
  entry: Entry
  term: Term
  kind: HitKind
}

/** Options of {@link TermMatcher.match}. */
export interface MatchOptions {
  /** The text's language: where a form is a term in both languages, its term in this language wins. */
  lang?: Lang
}

/** How words are keyed in each trie. */
export interface MatchKeys {
  sensitive: (word: string) => string
  insensitive: (word: string) => string
}

/** One text being matched: its words and their keys, computed as needed. */
interface Scan {
  text: string
  words: Words
  exact: Array<string | undefined>
  lower: Array<string | undefined>
}

interface Walk {
  /** Index of the last word of the longest form found. */
  last: number
  start: number
  end: number
  accepts: Accept[]
  /** Whether the last word is the form with an English possessive. */
  possessive: boolean
}

const wordCharacter = /[\p{L}\p{N}\p{M}]/u
const possessive = /'s$/i
const kindRank: Readonly<Record<Accept['kind'], number>> = {exact: 0, variant: 1, inflection: 2}
const statusRank: Readonly<Record<Term['status'], number>> = {preferred: 0, admitted: 1, deprecated: 2, superseded: 3}

/** A compiled glossary. Build it with `compileGlossary`. */
export class TermMatcher {
  /** The glossary's entries by id. */
  readonly entries: Map<string, Entry>
  readonly #sensitive: WordTrie
  readonly #insensitive: WordTrie
  readonly #keys: MatchKeys
  readonly #diacritics: boolean

  constructor(
    entries: Map<string, Entry>,
    sensitive: WordTrie,
    insensitive: WordTrie,
    keys: MatchKeys,
    diacritics: boolean
  ) {
    this.entries = entries
    this.#sensitive = sensitive
    this.#insensitive = insensitive
    this.#keys = keys
    this.#diacritics = diacritics
  }

  /**
   * The terms in `text`, in order: whole words, the longest form at each
   * place, never overlapping, never across U+FFFC, never inside a URL,
   * e-mail address or file path.
   */
  match(text: string, options: MatchOptions = {}): TermMatch[] {
    const matches: TermMatch[] = []
    this.scan(text, options.lang, (start, end, accept, kind) => {
      matches.push({start, end, entry: accept.entry, term: accept.term, kind})
    })
    return matches
  }

  /**
   * {@link match} without a match object: `found` is called with each match's
   * span, chosen form and kind, in order (for callers that build their own
   * records, such as `tagTerms`).
   */
  scan(
    text: string,
    lang: Lang | undefined,
    found: (start: number, end: number, accept: Accept, kind: HitKind) => void
  ): void {
    const words = findWords(text)
    const scan: Scan = {
      text,
      words,
      exact: new Array<string>(words.starts.length),
      lower: new Array<string>(words.starts.length)
    }
    // One record per trie for the whole text, refilled by each walk: a hit needs no walk object of its own.
    const ownWalk = newWalk()
    const foldedWalk = newWalk()
    for (let index = 0; index < words.starts.length; index++) {
      const ascii = words.ascii[index]
      const own =
        (!ascii || mayStart(this.#sensitive, text, words.starts[index]!, words.ends[index]!, false)) &&
        this.#walk(this.#sensitive, scan, index, true, ownWalk)
      const folded =
        (!ascii || mayStart(this.#insensitive, text, words.starts[index]!, words.ends[index]!, true)) &&
        this.#walk(this.#insensitive, scan, index, false, foldedWalk)
      const walk = own && folded ? longer(ownWalk, foldedWalk) : own ? ownWalk : folded ? foldedWalk : undefined
      if (!walk) continue
      const whole = walk.last === index ? this.#key(scan, index, true) : surfaceOf(text, words, index, walk.last)
      const surface = walk.possessive ? whole.slice(0, -2) : whole
      const accept = best(walk.accepts, surface, lang)
      const kind = this.#kindOf(accept, surface)
      found(walk.start, walk.end, accept, walk.possessive ? possessiveKind(kind) : kind)
      index = walk.last
    }
  }

  /** The key of word `index` in the own-case (`sensitive`) or lower-case trie, computed once per scan. */
  #key(scan: Scan, index: number, sensitive: boolean): string {
    const cache = sensitive ? scan.exact : scan.lower
    let key = cache[index]
    if (key === undefined) {
      const word = scan.text.slice(scan.words.starts[index], scan.words.ends[index])
      // Plain ASCII is its own normal form (and folded form): skip normalisation.
      if (scan.words.ascii[index]) key = sensitive ? word : word.toLowerCase()
      else key = (sensitive ? this.#keys.sensitive : this.#keys.insensitive)(word)
      cache[index] = key
    }
    return key
  }

  /**
   * The longest form in `root` starting at word `first`. A word with an
   * English possessive (`Nvidia's`, `Nvidia’s`) ends a form when the word
   * without it does: the hit is the whole word, kind `inflection`. Whether
   * one was found; if so, it is in `into`.
   */
  #walk(trie: WordTrie, scan: Scan, first: number, sensitive: boolean, into: Walk): boolean {
    const {text, words} = scan
    let found = false
    let node = 0
    // A first word is looked up from the text, its key made only when the trie needs it (not for
    // a word with diacritics when they are folded: its key is no shift of its letters).
    let child =
      words.ascii[first] || sensitive || !this.#diacritics
        ? trie.quickChild(text, words.starts[first]!, words.ends[first]!, !sensitive)
        : undefined
    let key = child === undefined ? this.#key(scan, first, sensitive) : undefined
    for (let index = first; ;) {
      if (key !== undefined) child = trie.child(node, key)
      if (child === -1 || child === undefined) {
        if (!endsPossessive(text, words.ends[index]!)) break
        key ??= this.#key(scan, first, sensitive)
        const owner = possessive.test(key) ? trie.accepts(trie.child(node, key.slice(0, -2))) : undefined
        if (owner && fitting(owner, text, first, index, words, true, into)) found = true
        break
      }
      const accepts = trie.accepts(child)
      if (accepts && fitting(accepts, text, first, index, words, false, into)) found = true
      const next = index + 1
      if (!trie.hasChildren(child) || next >= words.starts.length) break
      const separator = normaliseSeparator(text.slice(words.ends[index], words.starts[next]))
      if (separator === null) break
      node = child
      key = stepKey(separator, this.#key(scan, next, sensitive))
      index = next
    }
    return found
  }

  /** How the text matched the chosen form. */
  #kindOf(accept: Accept, surface: string): HitKind {
    if (this.#diacritics && lowerWord(surface) !== accept.lower) return 'diacritics'
    if (accept.kind !== 'exact') return accept.kind
    if (surface === accept.form) return 'exact'
    // A common noun capitalised at the start of a sentence is still the exact term.
    if (!accept.caseSensitive && accept.form === accept.lower && surface.slice(1) === accept.form.slice(1))
      return 'exact'
    return 'case'
  }
}

/** Whether the word ending at `end` ends with an English possessive `'s` (any apostrophe a word may hold, any case). */
function endsPossessive(text: string, end: number): boolean {
  return isApostrophe(text.charCodeAt(end - 2)) && (text.charCodeAt(end - 1) | 0x20) === 0x73
}

/**
 * Whether the plain-ASCII word `start`–`end` may start a form in `trie` (its
 * possessive too: `Nvidia's`); when not, it spares slicing and lower-casing it.
 */
function mayStart(trie: WordTrie, text: string, start: number, end: number, lower: boolean): boolean {
  let code = text.charCodeAt(start)
  if (lower && code >= 0x41 && code <= 0x5a) code |= 0x20
  const length = end - start
  if (trie.mayStart(length, code)) return true
  return length > 2 && endsPossessive(text, end) && trie.mayStart(length - 2, code)
}

/** A possessive is an inflection of the term, unless it matched with other differences worth saying. */
function possessiveKind(kind: HitKind): HitKind {
  return kind === 'exact' || kind === 'case' ? 'inflection' : kind
}

/** An empty walk record. */
function newWalk(): Walk {
  return {last: 0, start: 0, end: 0, accepts: [], possessive: false}
}

/**
 * Put in `into` the walk that ends with word `last` at a node with `accepts`:
 * the accepts whose head and tail punctuation stand around the words (all of
 * them, for the usual forms with neither), and the span with that
 * punctuation. False, and `into` untouched, when none fits or when the span
 * takes in part of a URL, e-mail address or file path: a hit may include one
 * only whole (`Node.js`, `A/B test`, not the `chip` of `/chip` or of
 * `chip@nvidia.com`).
 */
function fitting(
  accepts: Accept[],
  text: string,
  first: number,
  last: number,
  words: Words,
  isPossessive: boolean,
  into: Walk
): boolean {
  let start = words.starts[first]!
  let end = words.ends[last]!
  let fit = accepts
  if (accepts.some(hasPunctuation)) {
    fit = accepts.filter(
      (accept) =>
        text.startsWith(accept.tail, end) &&
        text.slice(start - accept.head.length, start) === accept.head &&
        (accept.head === '' || !wordCharacter.test(text.charAt(start - accept.head.length - 1))) &&
        !wordCharacter.test(text.charAt(end + accept.tail.length))
    )
    if (fit.length === 0) return false
    const widest = fit.reduce((a, b) => (a.tail.length + a.head.length >= b.tail.length + b.head.length ? a : b))
    start -= widest.head.length
    end += widest.tail.length
  }
  for (let index = first; index <= last; index++) {
    if (words.blocked[index] && (start > words.coverStarts[index]! || end < words.coverEnds[index]!)) return false
  }
  into.last = last
  into.start = start
  into.end = end
  into.accepts = fit
  into.possessive = isPossessive
  return true
}

/** Whether a form must stand next to punctuation (`.NET`, `C++`). */
function hasPunctuation(accept: Accept): boolean {
  return accept.head !== '' || accept.tail !== ''
}

/** The longer of two walks; on a tie, both walks' accepts. */
function longer(a: Walk, b: Walk): Walk {
  if (a.end !== b.end) return a.end > b.end ? a : b
  return {...a, accepts: [...a.accepts, ...b.accepts]}
}

/** The matched words with normalised separators, as a form is written. */
function surfaceOf(text: string, words: Words, first: number, last: number): string {
  let surface = normaliseWord(text.slice(words.starts[first], words.ends[first]))
  for (let index = first + 1; index <= last; index++) {
    surface +=
      normaliseSeparator(text.slice(words.ends[index - 1], words.starts[index]))! +
      normaliseWord(text.slice(words.starts[index], words.ends[index]))
  }
  return surface
}

/**
 * The form that best explains the surface: same case, then same lower case,
 * then a term in the text's language, the term itself over its variants and
 * inflections, preferred over admitted over deprecated, earlier entries first.
 */
function best(accepts: Accept[], surface: string, lang: Lang | undefined): Accept {
  if (accepts.length === 1) return accepts[0]!
  const lower = lowerWord(surface)
  const langs = lang === undefined ? [] : glossaryLangsFor(lang)
  const score = (accept: Accept): number[] => [
    accept.form === surface ? 0 : 1,
    accept.lower === lower ? 0 : 1,
    langs.length === 0 || langs.includes(accept.lang) ? 0 : 1,
    kindRank[accept.kind],
    statusRank[accept.status],
    accept.source.order
  ]
  let chosen = accepts[0]!
  let chosenScore = score(chosen)
  for (const accept of accepts.slice(1)) {
    const candidate = score(accept)
    const index = candidate.findIndex((value, at) => value !== chosenScore[at])
    if (index !== -1 && candidate[index]! < chosenScore[index]!) {
      chosen = accept
      chosenScore = candidate
    }
  }
  return chosen
}
