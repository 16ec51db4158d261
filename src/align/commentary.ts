import {extractFeatures, featureMass, FeatureSpace, fold, type FeatureKind, type SideFeatures} from './features.js'
import type {AlignOptions, CommentaryLink, Evidence, Segment} from './types.js'

/** Tunable weights of commentary linking. */
export const commentaryParameters = {
  /** Links kept per commentary segment, at most. */
  links: 3,
  /** Minimum strength of a link. */
  threshold: 0.12,
  /** Minimum rarity-weighted evidence of a link (one rare shared word is about 2). */
  minimumEvidence: 2.2,
  /** A later link must reach this share of the best link's score. */
  relative: 0.5
}

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
    const inCommentary = Math.log(1 + commentaryTotal / Math.max(1, commentaryFrequency[id]!)) / Math.log(1 + commentaryTotal)
    weights[id] = kindWeight[space.kinds[id]!] * inText * (0.5 + 0.5 * (Number.isFinite(inCommentary) ? inCommentary : 1))
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
  b: number
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
      const w = weights[u]!
      weight += w
      if (w > 0) evidence.push({...describe(space, u, x.surfaces[p]!, y.surfaces[q]!, x.capitalised[p]! + y.capitalised[q]! > 0), weight: w})
      p++
      q++
    }
  }
  evidence.sort((first, second) => second.weight - first.weight)
  return {weight, evidence}
}

function describe(space: FeatureSpace, id: number, commentaryWord: string, textWord: string, capitalised: boolean): Evidence {
  const kind = space.kinds[id]!
  if (kind === 'concept') return {kind, value: textWord, entry: space.labels[id]!}
  if (kind === 'number' || kind === 'name' || kind === 'lexicon') return {kind, value: kind === 'lexicon' ? `${commentaryWord}/${textWord}` : textWord}
  if (kind === 'url') return {kind: 'token', value: textWord}
  if (capitalised) return {kind: 'name', value: textWord}
  return fold(commentaryWord) === fold(textWord) ? {kind: 'token', value: textWord} : {kind: 'cognate', value: `${commentaryWord}/${textWord}`}
}

/**
 * Link each commentary segment to the segments of the text it discusses:
 * not monotone, not one-to-one. A link's strength is the rarity-weighted
 * evidence both share (glossary concepts, names, numbers, cognates, lexicon
 * pairs), normalised by how much evidence each holds; links below a threshold
 * are dropped, so an unrelated sentence gets none. Ranked per commentary
 * segment, strongest first, with the evidence listed.
 */
export function linkCommentary(commentary: readonly Segment[], text: readonly Segment[], options: AlignOptions = {}): CommentaryLink[] {
  if (commentary.length === 0 || text.length === 0) return []
  const space = new FeatureSpace()
  const ours = extractFeatures(commentary, space, options)
  const theirs = extractFeatures(text, space, options)
  const weights = rarityWeights(space, theirs, ours)
  const ourMass = featureMass(ours, weights)
  const theirMass = featureMass(theirs, weights)
  const links: CommentaryLink[] = []
  const parameters = commentaryParameters
  for (let a = 0; a < commentary.length; a++) {
    const candidates: CommentaryLink[] = []
    for (let b = 0; b < text.length; b++) {
      const {weight, evidence} = sharedEvidence(space, weights, ours, a, theirs, b)
      if (weight < parameters.minimumEvidence) continue
      const score = weight / Math.sqrt(ourMass[a]! * theirMass[b]!)
      if (score < parameters.threshold) continue
      candidates.push({
        source: commentary[a]!.index,
        target: text[b]!.index,
        score: Math.round(Math.min(1, score) * 1000) / 1000,
        evidence: evidence.map(({weight: _weight, ...rest}) => rest)
      })
    }
    candidates.sort((first, second) => second.score - first.score || first.target - second.target)
    const best = candidates[0]?.score ?? 0
    links.push(...candidates.filter((link) => link.score >= best * parameters.relative).slice(0, parameters.links))
  }
  return links
}
