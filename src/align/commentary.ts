import {
  cognateSimilarity,
  extractFeatures,
  featureMass,
  FeatureSpace,
  keyWeight,
  type FeatureKind,
  type SideFeatures
} from './features.js'
import {foldCaseAndDiacritics} from '../text/index.js'
import type {AlignOptions, CommentaryLink, Evidence, Segment} from './types.js'

/**
 * The weights of commentary linking: frozen; pass others with
 * `AlignOptions.commentaryParameters`.
 */
export const defaultCommentaryParameters = Object.freeze({
  /** Links kept per commentary segment, at most. */
  links: 3,
  /** Minimum strength of a link. */
  threshold: 0.3,
  /** Minimum rarity-weighted evidence of a link (one rare shared word is about 2). */
  minimumEvidence: 2.5,
  /** A later link must reach this share of the best link's score. */
  relative: 0.5,
  /** Shared evidence at which a link's score is one half. */
  saturation: 6,
  /** How much a text sentence's own amount of evidence dilutes a link to it (0: not at all, 1: fully). */
  lengthNorm: 0.3,
  /** Two different words meeting under one cognate key must be at least this similar. */
  cognate: 0.6,
  /** Weight of evidence the commentary mentions only in parentheses (an aside). */
  aside: 0.5,
  /** How much a text sentence that another commentary sentence matches better is ranked down (0 to 1). */
  competition: 0.5,
  /** Extra weight of evidence at the very start of a commentary sentence (its topic), fading over its first quarter. */
  topic: 1
})

/** The weights of commentary linking (see {@link defaultCommentaryParameters}). */
export type CommentaryParameters = {[Name in keyof typeof defaultCommentaryParameters]: number}

/** How much one shared piece of evidence of each kind counts in commentary, before rarity. */
const kindWeight: Record<FeatureKind, number> = {
  concept: 2,
  name: 1.8,
  number: 1.5,
  url: 2,
  lexicon: 1,
  cognate: 1,
  token: 1,
  punctuation: 0
}

/** Rarity of each feature among the discussed text's segments: evidence shared with every sentence says nothing. */
function rarityWeights(space: FeatureSpace, text: SideFeatures, commentary: SideFeatures): Float64Array {
  const frequency = new Float64Array(space.kinds.length)
  const commentaryFrequency = new Float64Array(space.kinds.length)
  for (const id of text.ids) frequency[id]!++
  for (const id of commentary.ids) commentaryFrequency[id]!++
  const total = text.offsets.length - 1
  const commentaryTotal = commentary.offsets.length - 1
  const weights = new Float64Array(space.kinds.length)
  for (let id = 0; id < weights.length; id++) {
    const inText = Math.log(1 + total / Math.max(1, frequency[id]!))
    // Evidence that many commentary sentences share tells them apart less well.
    const inCommentary =
      Math.log(1 + commentaryTotal / Math.max(1, commentaryFrequency[id]!)) / Math.log(1 + commentaryTotal)
    weights[id] =
      kindWeight[space.kinds[id]!] *
      keyWeight(space.keys[id]!) *
      inText *
      (0.5 + 0.5 * (Number.isFinite(inCommentary) ? inCommentary : 1))
  }
  return weights
}

/** The evidence two segments share, with its weight. */
function sharedEvidence(
  space: FeatureSpace,
  weights: Float64Array,
  x: SideFeatures,
  a: number,
  y: SideFeatures,
  b: number,
  parameters: Readonly<CommentaryParameters>
): {weight: number; evidence: Array<Evidence & {weight: number}>} {
  const evidence: Array<Evidence & {weight: number}> = []
  let weight = 0
  let p = x.offsets[a]!
  let q = y.offsets[b]!
  while (p < x.offsets[a + 1]! && q < y.offsets[b + 1]!) {
    const u = x.ids[p]!
    const v = y.ids[q]!
    if (u < v) p++
    else if (v < u) q++
    else {
      // What a sentence names first is usually its topic; asides in parentheses count less.
      const topic = 1 + parameters.topic * Math.max(0, 1 - x.places[p]! / 0.25)
      // A name when capitalised in the text and, in the commentary, capitalised or written the same (`nvidia`).
      const isName =
        y.capitalised[q] === 1 &&
        (x.capitalised[p] === 1 || foldCaseAndDiacritics(x.surfaces[p]!) === foldCaseAndDiacritics(y.surfaces[q]!))
      const item = describe(space, u, x.surfaces[p]!, y.surfaces[q]!, isName)
      // A capitalised word met as a cognate is a name: it weighs as one.
      const promoted = item.kind === 'name' && space.kinds[u] === 'cognate' ? kindWeight.name / kindWeight.cognate : 1
      const w = weights[u]! * (x.asides[p] ? parameters.aside : 1) * topic * promoted
      // A shared word beginning is only a cognate when the words are alike as a whole.
      if (
        w > 0 &&
        (item.kind !== 'cognate' || cognateSimilarity(x.surfaces[p]!, y.surfaces[q]!) >= parameters.cognate)
      ) {
        weight += w
        evidence.push({...item, weight: w})
      }
      p++
      q++
    }
  }
  evidence.sort((first, second) => second.weight - first.weight)
  const seen = new Set<string>()
  // One piece of evidence per shared value (a name that is also a concept shows once, as the stronger).
  const key = (item: Evidence) => foldCaseAndDiacritics(item.value)
  return {weight, evidence: evidence.filter((item) => !seen.has(key(item)) && seen.add(key(item)))}
}

function describe(
  space: FeatureSpace,
  id: number,
  commentaryWord: string,
  textWord: string,
  capitalised: boolean
): Evidence {
  const kind = space.kinds[id]!
  if (kind === 'concept') return {kind, value: textWord, entry: space.labels[id]!}
  if (kind === 'number' || kind === 'name' || kind === 'lexicon')
    return {kind, value: kind === 'lexicon' ? `${commentaryWord}/${textWord}` : textWord}
  if (kind === 'url') return {kind: 'token', value: textWord}
  if (capitalised) return {kind: 'name', value: textWord}
  return foldCaseAndDiacritics(commentaryWord) === foldCaseAndDiacritics(textWord)
    ? {kind: 'token', value: textWord}
    : {kind: 'cognate', value: `${commentaryWord}/${textWord}`}
}

/**
 * Link each commentary segment to the segments of the text it discusses:
 * not monotone, not one-to-one. A link's strength is the rarity-weighted
 * evidence both share (glossary concepts, names, numbers, cognates, lexicon
 * pairs), normalised by how much evidence each holds; links below a threshold
 * are dropped, so an unrelated sentence gets none. Ranked per commentary
 * segment, strongest first, with the evidence listed.
 */
export function linkCommentary(
  commentary: readonly Segment[],
  text: readonly Segment[],
  options: AlignOptions = {}
): CommentaryLink[] {
  if (commentary.length === 0 || text.length === 0) return []
  const parameters = options.commentaryParameters
    ? {...defaultCommentaryParameters, ...options.commentaryParameters}
    : defaultCommentaryParameters
  const space = new FeatureSpace()
  const ours = extractFeatures(commentary, space, {...options, definitions: true})
  const theirs = extractFeatures(text, space, {...options, definitions: true})
  const weights = rarityWeights(space, theirs, ours)
  const theirMass = featureMass(theirs, weights)
  const averageMass = theirMass.reduce((sum, value) => sum + value, 0) / theirMass.length || 1
  const raw: Array<Array<{target: number; score: number; evidence: Evidence[]}>> = []
  const strongest = new Float64Array(text.length)
  // Text segments by feature, so that each commentary segment meets only the segments it shares something with.
  const postings = new Map<number, number[]>()
  for (let b = 0; b < text.length; b++) {
    for (let k = theirs.offsets[b]!; k < theirs.offsets[b + 1]!; k++) {
      const list = postings.get(theirs.ids[k]!)
      if (list) list.push(b)
      else postings.set(theirs.ids[k]!, [b])
    }
  }
  const bound = new Float64Array(text.length)
  const met = new Uint8Array(text.length)
  for (let a = 0; a < commentary.length; a++) {
    const row: (typeof raw)[number] = []
    // An upper bound of the evidence (before cognates are checked), to skip what cannot reach the minimum.
    const touched: number[] = []
    for (let k = ours.offsets[a]!; k < ours.offsets[a + 1]!; k++) {
      const id = ours.ids[k]!
      const most =
        weights[id]! *
        (1 + parameters.topic) *
        (space.kinds[id] === 'cognate' ? kindWeight.name / kindWeight.cognate : 1)
      for (const b of postings.get(id) ?? []) {
        if (!met[b]) {
          met[b] = 1
          touched.push(b)
        }
        bound[b] = bound[b]! + most
      }
    }
    const candidates = touched.filter((b) => bound[b]! >= parameters.minimumEvidence).sort((x, y) => x - y)
    for (const b of touched) {
      bound[b] = 0
      met[b] = 0
    }
    for (const b of candidates) {
      const {weight, evidence} = sharedEvidence(space, weights, ours, a, theirs, b, parameters)
      if (weight < parameters.minimumEvidence) continue
      // Saturating in the shared evidence, mildly normalised by the text sentence's own evidence (BM25-like).
      const lengthNorm = 1 - parameters.lengthNorm + (parameters.lengthNorm * theirMass[b]!) / averageMass
      const score = weight / (weight + parameters.saturation * lengthNorm)
      row.push({target: b, score, evidence: evidence.map(({weight: _weight, ...rest}) => rest)})
      strongest[b] = Math.max(strongest[b]!, score)
    }
    raw.push(row)
  }
  const links: CommentaryLink[] = []
  for (let a = 0; a < commentary.length; a++) {
    // Commentary sentences tend to make different points: a sentence another
    // commentary sentence matches better ranks lower here.
    const candidates: CommentaryLink[] = raw[a]!.map(({target, score, evidence}) => ({
      target,
      score: score * (1 - parameters.competition + (parameters.competition * score) / strongest[target]!),
      evidence
    }))
      .filter(({score}) => score >= parameters.threshold)
      .map(({target, score, evidence}) => ({
        source: commentary[a]!.index,
        target: text[target]!.index,
        score: Math.round(Math.min(1, score) * 1000) / 1000,
        evidence
      }))
    candidates.sort((first, second) => second.score - first.score || first.target - second.target)
    const best = candidates[0]?.score ?? 0
    links.push(...candidates.filter((link) => link.score >= best * parameters.relative).slice(0, parameters.links))
  }
  return links
}
