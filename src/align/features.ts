import type {Lang} from '../types.js'
import {orthography, stopWords} from './data/words.js'
import type {AlignOptions, Evidence, Segment} from './types.js'

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

  intern(key: string, kind: FeatureKind, label: string): number {
    let id = this.ids.get(key)
    if (id === undefined) {
      id = this.kinds.length
      this.ids.set(key, id)
      this.kinds.push(kind)
      this.labels.push(label)
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
}

/** Lower case without diacritics. */
export function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

/**
 * The key under which cognates meet: folded, plural `s` dropped, spelling
 * correspondences applied, cut to five letters (inferência/inference → `infer`,
 * domésticos/domestic → `domes`).
 */
export function cognateKey(folded: string): string {
  let word = folded.length > 3 && folded.endsWith('s') ? folded.slice(0, -1) : folded
  for (const [pattern, replacement] of orthography) word = word.replace(pattern, replacement)
  return word.slice(0, 5)
}

const wordPattern = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu
const numberPattern = /(?<![\p{L}\p{N}])\p{N}+(?:[.,]\p{N}+)*(?![\p{L}\p{N}])/gu
const urlPattern = /\b(?:https?:\/\/|www\.)[^\s<>"“”]+/giu
const punctuationPattern = /[?!:;()%"“”«»]/gu

function isPortuguese(lang: Lang): boolean {
  return lang === 'pt' || lang === 'pt-PT' || lang === 'pt-BR'
}

/** Turn each segment's text into interned features. */
export function extractFeatures(
  segments: readonly Segment[],
  space: FeatureSpace,
  options: AlignOptions & {punctuation?: boolean} = {}
): SideFeatures {
  const offsets = new Int32Array(segments.length + 1)
  const ids: number[] = []
  const capitalised: number[] = []
  const surfaces: string[] = []
  const lengths = new Float64Array(segments.length)
  segments.forEach((segment, index) => {
    const text = segment.text
    const found = new Map<number, {capital: boolean; surface: string}>()
    const add = (key: string, kind: FeatureKind, label: string, surface: string, capital = false) => {
      const id = space.intern(key, kind, label)
      const seen = found.get(id)
      if (seen) seen.capital ||= capital
      else found.set(id, {capital, surface})
    }
    lengths[index] = text.replace(/\s+/g, '').length
    const withoutUrls = text.replace(urlPattern, (url) => {
      add('u:' + url.replace(/[.,;:!?)]+$/, ''), 'url', url, url)
      return ' '
    })
    for (const [number] of withoutUrls.matchAll(numberPattern)) {
      const digits = number.replace(/[.,]/g, '')
      add('n:' + digits, 'number', number, number)
    }
    let first = true
    for (const match of withoutUrls.matchAll(wordPattern)) {
      const word = match[0]
      const atStart = first
      first = false
      if (/^\p{N}+$/u.test(word)) continue
      const folded = fold(word)
      if (/\p{N}/u.test(word)) {
        // Product codes (H20, B200): exact, an English plural `s` dropped (H20s).
        add('t:' + folded.replace(/(\p{N})s$/u, '$1'), 'name', word, word, true)
        continue
      }
      const acronym = word.length >= 2 && word.length <= 5 && /^\p{Lu}+$/u.test(word)
      if (acronym) {
        add('t:' + folded, 'name', word, word, true)
        continue
      }
      if (folded.length < 3 || stopWords.has(folded)) continue
      const capital = !atStart && /^\p{Lu}/u.test(word)
      add('w:' + cognateKey(folded), 'cognate', folded, word, capital)
      if (options.lexicon && isPortuguese(segment.lang)) {
        for (const translation of options.lexicon.get(folded) ?? []) {
          add('w:' + cognateKey(fold(translation)), 'lexicon', translation, word)
        }
      }
    }
    if (options.matcher) {
      for (const hit of options.matcher.match(text, {lang: segment.lang})) {
        add('c:' + hit.entry.id, 'concept', hit.entry.id, text.slice(hit.start, hit.end))
      }
    }
    if (options.punctuation) {
      for (const [mark] of text.matchAll(punctuationPattern)) {
        const normal = /["“”«»]/.test(mark) ? '"' : mark
        add('q:' + normal, 'punctuation', normal, mark)
      }
    }
    const sorted = [...found.keys()].sort((a, b) => a - b)
    for (const id of sorted) {
      const {capital, surface} = found.get(id)!
      ids.push(id)
      capitalised.push(capital ? 1 : 0)
      surfaces.push(surface)
    }
    offsets[index + 1] = ids.length
  })
  return {offsets, ids: Int32Array.from(ids), lengths, capitalised: Uint8Array.from(capitalised), surfaces}
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
