import {foldCaseAndDiacritics, wordsOf} from '../text/index.js'
import {definitionPatterns} from './data/definitions.js'
import {orthography, stopWords} from './data/words.js'
import type {AlignOptions, Evidence, Segment} from './types.js'
import {isPortuguese} from '../util/lang.js'

/** Adverbs (`a:`) count a third; a name a text defines (`d:`) counts double. */
export function keyWeight(key: string): number {
  return key.startsWith('a:') ? 0.3 : key.startsWith('d:') ? 2 : 1
}

/** Kinds of evidence a feature can be; `punctuation` and `url` only help parallel alignment. */
export type FeatureKind = Evidence['kind'] | 'url' | 'punctuation'

/** How much one piece of shared evidence of each kind counts, before rarity weighting. */
const kindWeight: Record<FeatureKind, number> = {
  concept: 2,
  name: 1.6,
  number: 1.6,
  url: 2,
  lexicon: 1,
  cognate: 1,
  token: 1,
  punctuation: 0.3
}

/** Interned features shared by both sides: the same id means the same evidence. */
export class FeatureSpace {
  readonly ids = new Map<string, number>()
  readonly kinds: FeatureKind[] = []
  /** What the feature shows as evidence (a word as written, a number, an entry id). */
  readonly labels: string[] = []
  /** The interned keys, by id. */
  readonly keys: string[] = []

  intern(key: string, kind: FeatureKind, label: string): number {
    let id = this.ids.get(key)
    if (id === undefined) {
      id = this.kinds.length
      this.ids.set(key, id)
      this.kinds.push(kind)
      this.labels.push(label)
      this.keys.push(key)
    }
    return id
  }
}

/** Features of one side, flattened: segment `k` owns `ids[offsets[k]..offsets[k+1])`, sorted, unique. */
export interface SideFeatures {
  offsets: Int32Array
  ids: Int32Array
  /** Length of each segment in characters, white space excluded. */
  lengths: Float64Array
  /** Whether the word behind a feature was capitalised inside the sentence (a name), per entry of `ids`. */
  capitalised: Uint8Array
  /** The word as written, per entry of `ids` (for evidence). */
  surfaces: string[]
  /** Whether every occurrence of the feature is inside parentheses (an aside), per entry of `ids`. */
  asides: Uint8Array
  /** Where the feature first occurs, as a share of the segment's text (0 at its start), per entry of `ids`. */
  places: Float32Array
}

/**
 * The key under which cognates meet: folded, plural `s` dropped, spelling
 * correspondences applied, cut to five letters (inferência/inference → `infer`,
 * domésticos/domestic → `domes`).
 */
export function cognateKey(folded: string): string {
  let key = cognateKeys.get(folded)
  if (key === undefined) {
    let word = folded.length > 3 && folded.endsWith('s') ? folded.slice(0, -1) : folded
    for (const [pattern, replacement] of orthography) word = word.replace(pattern, replacement)
    key = word.slice(0, 5)
    // Vocabulary is Zipfian: a bounded memo spares most of the spelling rewrites.
    if (cognateKeys.size > 200_000) cognateKeys.clear()
    cognateKeys.set(folded, key)
  }
  return key
}

const cognateKeys = new Map<string, string>()

const numberPattern = /(?<![\p{L}\p{N}])\p{N}+(?:[.,]\p{N}+)*(?![\p{L}\p{N}])/gu
const urlPattern = /\b(?:https?:\/\/|www\.)[^\s<>"“”]+/giu
const punctuationPattern = /[?!:;()%"“”«»]/gu

/** Turn each segment's text into interned features. */
export function extractFeatures(
  segments: readonly Segment[],
  space: FeatureSpace,
  options: AlignOptions & {punctuation?: boolean; definitions?: boolean} = {}
): SideFeatures {
  const offsets = new Int32Array(segments.length + 1)
  const ids: number[] = []
  const capitalised: number[] = []
  const surfaces: string[] = []
  const asides: number[] = []
  const places: number[] = []
  const lengths = new Float64Array(segments.length)
  segments.forEach((segment, index) => {
    const text = segment.text
    const depth = /[([]/.test(text) ? parenthesisDepth(text) : undefined
    const found = new Map<number, {capital: boolean; surface: string; aside: boolean; place: number}>()
    const add = (key: string, kind: FeatureKind, label: string, surface: string, at: number, capital = false) => {
      const id = space.intern(key, kind, label)
      const aside = depth !== undefined && depth[at]! > 0
      const seen = found.get(id)
      if (seen) {
        seen.capital ||= capital
        seen.aside &&= aside
        seen.place = Math.min(seen.place, at / Math.max(1, text.length))
      } else found.set(id, {capital, surface, aside, place: at / Math.max(1, text.length)})
    }
    lengths[index] = visibleLength(text)
    // Words inside a glossary term count once, as the concept.
    const covered = new Uint8Array(text.length)
    if (options.matcher) {
      for (const hit of options.matcher.match(text, {lang: segment.lang})) {
        add('c:' + hit.entry.id, 'concept', hit.entry.id, text.slice(hit.start, hit.end), hit.start)
        covered.fill(1, hit.start, hit.end)
      }
    }
    const withoutUrls = !/https?:|www\./i.test(text)
      ? text
      : text.replace(urlPattern, (url, at: number) => {
          add('u:' + url.replace(/[.,;:!?)]+$/, ''), 'url', url, url, at)
          return ' '.repeat(url.length)
        })
    for (const match of withoutUrls.matchAll(numberPattern)) {
      const number = match[0]
      if (covered[match.index]) continue
      const digits = number.replace(/[.,]/g, '')
      add('n:' + digits, 'number', number, number, match.index)
    }
    let first = true
    for (const {value: word, start: at} of wordsOf(withoutUrls)) {
      const atStart = first
      first = false
      if (covered[at]) continue
      if (/^\p{N}+$/u.test(word)) continue
      const folded = foldCaseAndDiacritics(word)
      if (/\p{N}/u.test(word)) {
        // Product codes (H20, B200): exact, an English plural `s` dropped (H20s).
        add('t:' + folded.replace(/(\p{N})s$/u, '$1'), 'name', word, word, at, true)
        continue
      }
      const acronym = word.length >= 2 && word.length <= 5 && /^\p{Lu}+$/u.test(word)
      if (acronym) {
        add('t:' + folded, 'name', word, word, at, true)
        continue
      }
      if (folded.length < 3 || stopWords.has(folded)) continue
      const capital = !atStart && /^\p{Lu}/u.test(word)
      add((isAdverb(folded) ? 'a:' : 'w:') + cognateKey(folded), 'cognate', folded, word, at, capital)
      if (options.lexicon && isPortuguese(segment.lang)) {
        for (const translation of options.lexicon.get(folded) ?? []) {
          for (const {value: part} of wordsOf(foldCaseAndDiacritics(translation))) {
            if (!stopWords.has(part)) add('w:' + cognateKey(part), 'lexicon', translation, word, at)
          }
        }
      }
    }
    if (options.definitions) {
      for (const pattern of definitionPatterns) {
        for (const match of text.matchAll(pattern)) {
          const defined = match[1]!
          if (defined.length < 2 || stopWords.has(foldCaseAndDiacritics(defined))) continue
          add('d:' + foldCaseAndDiacritics(defined), 'name', defined, defined, match.index, true)
        }
      }
    }
    if (options.punctuation) {
      for (const match of text.matchAll(punctuationPattern)) {
        const mark = match[0]
        const normal = /["“”«»]/.test(mark) ? '"' : mark
        add('q:' + normal, 'punctuation', normal, mark, match.index)
      }
    }
    const sorted = [...found.keys()].sort((a, b) => a - b)
    for (const id of sorted) {
      const {capital, surface, aside, place} = found.get(id)!
      places.push(place)
      ids.push(id)
      capitalised.push(capital ? 1 : 0)
      surfaces.push(surface)
      asides.push(aside ? 1 : 0)
    }
    offsets[index + 1] = ids.length
  })
  return {
    offsets,
    ids: Int32Array.from(ids),
    lengths,
    capitalised: Uint8Array.from(capitalised),
    surfaces,
    asides: Uint8Array.from(asides),
    places: Float32Array.from(places)
  }
}

/** Manner adverbs (-mente, -ly) carry little of what a sentence is about: they meet under their own keys, weighted down. */
function isAdverb(folded: string): boolean {
  return folded.length > 6 && /(?:mente|ally|ently|antly|ously|ively|fully|ely|rly|tly)$/.test(folded)
}

/** Characters other than white space. */
function visibleLength(text: string): number {
  let count = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code !== 32 && code !== 9 && code !== 10 && code !== 13 && code !== 0xa0) count++
  }
  return count
}

/** Parenthesis depth at each index of `text` (round and square brackets). */
function parenthesisDepth(text: string): Uint8Array {
  const depth = new Uint8Array(text.length)
  let level = 0
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (char === '(' || char === '[') level = Math.min(255, level + 1)
    depth[index] = level
    if ((char === ')' || char === ']') && level > 0) level--
  }
  return depth
}

/** Letter pairs of a word after the spelling correspondences, for checking that two words really are cognates. */
function bigrams(word: string): string[] {
  let normal = word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word
  for (const [pattern, replacement] of orthography) normal = normal.replace(pattern, replacement)
  const pairs: string[] = []
  for (let index = 0; index < normal.length - 1; index++) pairs.push(normal.slice(index, index + 2))
  return pairs
}

/**
 * Orthographic similarity of two words, 0 to 1: the Dice coefficient of their
 * letter pairs after folding and the spelling correspondences
 * (inferência/inference 0.82, especialmente/specific 0.44).
 */
export function cognateSimilarity(a: string, b: string): number {
  const x = bigrams(foldCaseAndDiacritics(a))
  const y = bigrams(foldCaseAndDiacritics(b))
  if (x.length === 0 || y.length === 0) return foldCaseAndDiacritics(a) === foldCaseAndDiacritics(b) ? 1 : 0
  const counts = new Map<string, number>()
  for (const pair of x) counts.set(pair, (counts.get(pair) ?? 0) + 1)
  let shared = 0
  for (const pair of y) {
    const count = counts.get(pair) ?? 0
    if (count > 0) {
      shared++
      counts.set(pair, count - 1)
    }
  }
  return (2 * shared) / (x.length + y.length)
}

/**
 * Weight of each feature: its kind's weight times its rarity, an inverse
 * document frequency over the `segments` segments that `sides` hold.
 */
export function featureWeights(space: FeatureSpace, sides: readonly SideFeatures[]): Float64Array {
  const frequency = new Float64Array(space.kinds.length)
  let total = 0
  for (const side of sides) {
    total += side.offsets.length - 1
    for (const id of side.ids) frequency[id]!++
  }
  const weights = new Float64Array(space.kinds.length)
  for (let id = 0; id < weights.length; id++) {
    weights[id] = kindWeight[space.kinds[id]!] * Math.log(1 + total / Math.max(1, frequency[id]!))
  }
  return weights
}

/** Total weight of each segment's features. */
export function featureMass(side: SideFeatures, weights: Float64Array): Float64Array {
  const mass = new Float64Array(side.offsets.length - 1)
  for (let index = 0; index < mass.length; index++) {
    let sum = 0
    for (let k = side.offsets[index]!; k < side.offsets[index + 1]!; k++) sum += weights[side.ids[k]!]!
    mass[index] = sum
  }
  return mass
}

/**
 * Weight of the features segment `a` of side `x` shares with any of the
 * segments `start..end` of side `y`, each feature counted once (a merge of
 * sorted lists): a word both halves of a merge repeat is one piece of evidence.
 */
export function sharedWithPart(
  x: SideFeatures,
  a: number,
  y: SideFeatures,
  start: number,
  end: number,
  weights: Float64Array
): number {
  if (end - start === 1) return sharedWeight(x, a, y, start, weights)
  const parts = end - start
  if (cursors.length < parts) cursors = new Int32Array(parts)
  for (let k = 0; k < parts; k++) cursors[k] = y.offsets[start + k]!
  let sum = 0
  for (let p = x.offsets[a]!; p < x.offsets[a + 1]!; p++) {
    const id = x.ids[p]!
    let found = false
    for (let k = 0; k < parts; k++) {
      const stop = y.offsets[start + k + 1]!
      let q = cursors[k]!
      while (q < stop && y.ids[q]! < id) q++
      cursors[k] = q
      if (q < stop && y.ids[q] === id) found = true
    }
    if (found) sum += weights[id]!
  }
  return sum
}

/** Read positions in each segment of a part, reused across calls (the aligner's inner loop). */
let cursors = new Int32Array(3)

/** Weight of the features segment `a` of side `x` shares with segment `b` of side `y` (a merge of sorted lists). */
export function sharedWeight(x: SideFeatures, a: number, y: SideFeatures, b: number, weights: Float64Array): number {
  let p = x.offsets[a]!
  const pEnd = x.offsets[a + 1]!
  let q = y.offsets[b]!
  const qEnd = y.offsets[b + 1]!
  let sum = 0
  while (p < pEnd && q < qEnd) {
    const u = x.ids[p]!
    const v = y.ids[q]!
    if (u === v) {
      sum += weights[u]!
      p++
      q++
    } else if (u < v) p++
    else q++
  }
  return sum
}
