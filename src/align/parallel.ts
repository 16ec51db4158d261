import {
  extractFeatures,
  featureMass,
  featureWeights,
  FeatureSpace,
  sharedWeight,
  sharedWithPart,
  type SideFeatures
} from './features.js'
import {lengthCost, lengthVariance} from './length.js'
import {holdsSentences, introduces, SegmentRole, segmentRolesOf} from './structure.js'
import type {AlignedPair, AlignOptions, Segment} from './types.js'
import {calibratePairs} from './calibration.js'

/** A bead shape: how many source and target segments it takes, and its prior cost (−log probability). */
interface Bead {
  source: number
  target: number
  prior: number
}

/**
 * Bead shapes and their priors, after Gale and Church's counts, with the
 * many-to-one beads a little dearer than theirs: gluing must earn its place
 * with evidence, or an omitted sentence gets glued to its neighbour.
 */
const beads: readonly Bead[] = [
  {source: 1, target: 1, prior: 0},
  {source: 1, target: 0, prior: 0},
  {source: 0, target: 1, prior: 0},
  {source: 2, target: 1, prior: 2.3},
  {source: 1, target: 2, prior: 2.3},
  {source: 2, target: 2, prior: 4.5},
  {source: 3, target: 1, prior: 4.6},
  {source: 1, target: 3, prior: 4.6}
]

/**
 * The weights of the cost, set on the Medline development set: frozen, so that
 * no caller changes alignment for a whole process. Pass others with
 * `AlignOptions.parallelParameters`.
 */
export const defaultParallelParameters = Object.freeze({
  /** Cost of leaving one segment unmatched. */
  skip: 5,
  /** Weight of missing lexical evidence (cognates, names, numbers, concepts). */
  lexical: 8,
  /** Scale of the many-to-one beads' priors (how much evidence a merge needs). */
  merge: 1.3,
  /** Weight of the Dice coefficient of the bead's evidence. */
  similarity: 1,
  /** Coverage at which a part counts as fully supported. */
  coverage: 0.2,
  /** Feature mass at which a segment's lexical evidence is half trusted. */
  informative: 3,
  /** A multi-segment side that spans two structural units. */
  crossUnit: 8,
  /**
   * A bead that starts or ends a unit on one side only (half each): a segment
   * left unmatched pays as much at the end of a paragraph as at its start.
   */
  unitMismatch: 1.5,
  /**
   * A merge that glues a heading or title to body text: after a sentence, or
   * before one when the other side does not open with that heading inline.
   */
  structure: 4,
  /** Variance of a translation's length, in characters per character (the Gale–Church model). */
  lengthVariance,
  /** English characters per Portuguese character, before looking at the input. */
  englishPerPortuguese: 0.95,
  /** How far the measured length ratio of the input is trusted over the prior (0 to 1). */
  ratioTrust: 0.8,
  /** How far (in log ratio) the ratio measured on a first alignment's sure pairs must move to align again with it. */
  ratioShift: 0.1,
  /** Half width of the first band around the diagonal. */
  band: 24
})

/** The weights of parallel alignment (see {@link defaultParallelParameters}). */
export type ParallelParameters = {[Name in keyof typeof defaultParallelParameters]: number}

/** The defaults with the caller's own weights over them. */
export function parallelParametersOf(options: AlignOptions): Readonly<ParallelParameters> {
  return options.parallelParameters
    ? {...defaultParallelParameters, ...options.parallelParameters}
    : defaultParallelParameters
}

interface Problem {
  parameters: Readonly<ParallelParameters>
  source: SideFeatures
  target: SideFeatures
  weights: Float64Array
  sourceMass: Float64Array
  targetMass: Float64Array
  sourceLength: Float64Array
  targetLength: Float64Array
  ratio: number
  /** The language pair's prior ratio. */
  prior: number
  sourceUnits: Int32Array | undefined
  targetUnits: Int32Array | undefined
  sourceRoles: Uint8Array
  targetRoles: Uint8Array
  sourceSentences: Uint8Array
  targetSentences: Uint8Array
  /** Scratch for {@link beadCost}'s sums, reset for each bead: pricing millions of beads allocates nothing. */
  tally: Tally
}

/**
 * Expected target length per source character. Measured on the input
 * (total lengths), and pulled towards the language pair's prior when the
 * sides hold different numbers of segments (one side omits material, so its
 * total says little about sentence lengths).
 */
function lengthRatio(
  source: readonly Segment[],
  target: readonly Segment[],
  sourceTotal: number,
  targetTotal: number,
  parameters: Readonly<ParallelParameters>
): number {
  if (sourceTotal === 0 || targetTotal === 0) return 1
  const measured = Math.min(3, Math.max(1 / 3, targetTotal / sourceTotal))
  const prior = priorRatio(source[0]!.lang, target[0]!.lang, parameters)
  const balance = Math.min(source.length, target.length) / Math.max(source.length, target.length)
  const trust = parameters.ratioTrust * balance
  return Math.exp(trust * Math.log(measured) + (1 - trust) * Math.log(prior))
}

/** English runs about 5 % shorter than Portuguese in characters (Medline and UDHR pairs). */
function priorRatio(source: string, target: string, parameters: Readonly<ParallelParameters>): number {
  const english = (lang: string) => lang === 'en'
  const portuguese = (lang: string) => lang.startsWith('pt')
  if (portuguese(source) && english(target)) return parameters.englishPerPortuguese
  if (english(source) && portuguese(target)) return 1 / parameters.englishPerPortuguese
  return 1
}

function prefixSums(values: Float64Array): Float64Array {
  const sums = new Float64Array(values.length + 1)
  for (let index = 0; index < values.length; index++) sums[index + 1] = sums[index]! + values[index]!
  return sums
}

/** Unit numbers per segment when every segment has one, else undefined. */
function unitNumbers(segments: readonly Segment[]): Int32Array | undefined {
  if (segments.length === 0 || segments.some((segment) => segment.unit === undefined)) return undefined
  const numbers = new Int32Array(segments.length)
  let current = 0
  for (let index = 1; index < segments.length; index++) {
    if (segments[index]!.unit !== segments[index - 1]!.unit) current++
    numbers[index] = current
  }
  return numbers
}

/**
 * Align a text with its translation, each bead scored with the probability
 * that it is right (`calibration.ts`): dynamic programming over beads 1-1, 1-0,
 * 0-1, 2-1, 1-2, 2-2, 3-1 and 1-3, scored by length (Gale–Church) and by
 * shared evidence (cognates, names, numbers, glossary concepts, lexicon
 * pairs, URLs, punctuation), inside a band around the diagonal that widens
 * when the best path touches its edge. Time and memory grow linearly with the
 * number of segments. Structural units (`Segment.unit`) on both sides act as
 * strong boundaries: a bead never glues segments of two units.
 */
export function alignParallel(
  source: readonly Segment[],
  target: readonly Segment[],
  options: AlignOptions = {}
): AlignedPair[] {
  const pairs = alignParallelRaw(source, target, options)
  // Against an empty side every segment is unmatched, for certain.
  if (source.length === 0 || target.length === 0) return pairs.map((pair) => ({...pair, score: 1}))
  return calibratePairs(pairs)
}

/**
 * {@link alignParallel} with each bead's raw score (a ranking within a bead
 * shape, not a probability): what the mode choice reads, and what the
 * calibration is fitted on.
 */
export function alignParallelRaw(
  source: readonly Segment[],
  target: readonly Segment[],
  options: AlignOptions = {}
): AlignedPair[] {
  if (source.length === 0 || target.length === 0) {
    return [
      ...source.map((segment) => ({source: [segment.index], target: [], score: 0})),
      ...target.map((segment) => ({source: [], target: [segment.index], score: 0}))
    ]
  }
  const space = new FeatureSpace()
  const sourceFeatures = extractFeatures(source, space, {...options, punctuation: true})
  const targetFeatures = extractFeatures(target, space, {...options, punctuation: true})
  const weights = featureWeights(space, [sourceFeatures, targetFeatures])
  const sourceTotal = sourceFeatures.lengths.reduce((sum, value) => sum + value, 0)
  const targetTotal = targetFeatures.lengths.reduce((sum, value) => sum + value, 0)
  const parameters = parallelParametersOf(options)
  const problem: Problem = {
    parameters,
    source: sourceFeatures,
    target: targetFeatures,
    weights,
    sourceMass: featureMass(sourceFeatures, weights),
    targetMass: featureMass(targetFeatures, weights),
    sourceLength: prefixSums(sourceFeatures.lengths),
    targetLength: prefixSums(targetFeatures.lengths),
    ratio: lengthRatio(source, target, sourceTotal, targetTotal, parameters),
    prior: priorRatio(source[0]!.lang, target[0]!.lang, parameters),
    sourceUnits: unitNumbers(source),
    targetUnits: unitNumbers(target),
    sourceRoles: segmentRolesOf(source),
    targetRoles: segmentRolesOf(target),
    sourceSentences: holdsSentences(source),
    targetSentences: holdsSentences(target),
    tally: {missing: 0, worst: 0, shared: 0, mass: 0}
  }
  if (problem.sourceUnits === undefined || problem.targetUnits === undefined) {
    problem.sourceUnits = undefined
    problem.targetUnits = undefined
  }
  const centre = anchoredDiagonal(problem)
  let pairs = bandedSearch(problem, centre)
  // The totals mislead when one side omits material: measure the ratio again on the sure one-to-one pairs.
  const refined = pairedRatio(problem, pairs)
  if (refined !== undefined && Math.abs(Math.log(refined / problem.ratio)) > parameters.ratioShift) {
    problem.ratio = refined
    pairs = bandedSearch(problem, centre)
  }
  return pairs.map((pair) => ({
    source: pair.source.map((index) => source[index]!.index),
    target: pair.target.map((index) => target[index]!.index),
    score: pair.score
  }))
}

/** The search in a band that doubles while the best path touches its edge. */
function bandedSearch(problem: Problem, centre: Float64Array): AlignedPair[] {
  const n = problem.source.offsets.length - 1
  const m = problem.target.offsets.length - 1
  let band = problem.parameters.band
  for (;;) {
    const result = search(problem, band, centre)
    // Wide enough to hold everything, or as wide as memory allows (about 40 million cells).
    const full = band * 2 >= Math.max(n, m) + 4 || band * 4 * n > 4e7
    if (!result.touchesEdge || full) return result.pairs
    band *= 2
  }
}

/**
 * Target characters per source character over the one-to-one pairs of a first
 * alignment that are sure (confidence at least 0.5), pulled towards the
 * language pair's prior by how few there are; undefined when there are none.
 */
function pairedRatio(problem: Problem, pairs: readonly AlignedPair[]): number | undefined {
  let sourceChars = 0
  let targetChars = 0
  let count = 0
  for (const pair of pairs) {
    if (pair.source.length !== 1 || pair.target.length !== 1 || pair.score < 0.5) continue
    sourceChars += problem.source.lengths[pair.source[0]!]!
    targetChars += problem.target.lengths[pair.target[0]!]!
    count++
  }
  if (count === 0 || sourceChars === 0 || targetChars === 0) return undefined
  const measured = Math.min(3, Math.max(1 / 3, targetChars / sourceChars))
  const trust = problem.parameters.ratioTrust * (count / (count + 2))
  return Math.exp(trust * Math.log(measured) + (1 - trust) * Math.log(problem.prior))
}

/**
 * The band's centre for each source row: a piecewise-linear path through
 * anchors, the features that occur exactly once on each side (a number, a
 * name, a rare word), kept when they form the longest chain in order; the
 * plain diagonal between and without them.
 */
function anchoredDiagonal(problem: Problem): Float64Array {
  const n = problem.source.offsets.length - 1
  const m = problem.target.offsets.length - 1
  const where = (side: SideFeatures) => {
    const place = new Map<number, number>()
    for (let segment = 0; segment < side.offsets.length - 1; segment++) {
      for (let k = side.offsets[segment]!; k < side.offsets[segment + 1]!; k++) {
        const id = side.ids[k]!
        place.set(id, place.has(id) ? -1 : segment)
      }
    }
    return place
  }
  const sourcePlaces = where(problem.source)
  const targetPlaces = where(problem.target)
  const points: Array<[number, number]> = []
  for (const [id, i] of sourcePlaces) {
    const j = targetPlaces.get(id)
    if (i >= 0 && j !== undefined && j >= 0 && problem.weights[id]! > 0) points.push([i, j])
  }
  points.sort((a, b) => a[0] - b[0] || a[1] - b[1])
  // Longest chain increasing in both coordinates (patience sorting).
  const tails: number[] = []
  const previous = new Int32Array(points.length).fill(-1)
  for (let k = 0; k < points.length; k++) {
    const [i, j] = points[k]!
    let low = 0
    let high = tails.length
    while (low < high) {
      const middle = (low + high) >> 1
      const [ti, tj] = points[tails[middle]!]!
      if (tj < j && ti < i) low = middle + 1
      else high = middle
    }
    if (low > 0) previous[k] = tails[low - 1]!
    tails[low] = k
  }
  const chain: Array<[number, number]> = []
  for (let k = tails.length > 0 ? tails[tails.length - 1]! : -1; k >= 0; k = previous[k]!) chain.push(points[k]!)
  chain.reverse()
  // Segment i's anchor puts row i + 0.5 at column j + 0.5.
  const knots: Array<[number, number]> = [
    [0, 0],
    ...chain.map(([i, j]): [number, number] => [i + 0.5, j + 0.5]),
    [n, m]
  ]
  const centre = new Float64Array(n + 1)
  let knot = 0
  for (let i = 0; i <= n; i++) {
    while (knot < knots.length - 2 && knots[knot + 1]![0] < i) knot++
    const [x0, y0] = knots[knot]!
    const [x1, y1] = knots[knot + 1]!
    centre[i] = x1 === x0 ? y0 : y0 + ((i - x0) * (y1 - y0)) / (x1 - x0)
  }
  return centre
}

/** Dynamic programming inside a band of half width `band` around `centre`. */
function search(problem: Problem, band: number, centre: Float64Array): {pairs: AlignedPair[]; touchesEdge: boolean} {
  const n = problem.source.offsets.length - 1
  const m = problem.target.offsets.length - 1
  const low = new Int32Array(n + 1)
  for (let i = 0; i <= n; i++) low[i] = Math.max(0, Math.min(m, Math.round(centre[i]!) - band))
  // Consecutive rows must overlap even where the centre climbs steeply (one side far longer).
  let steepest = 0
  for (let i = 1; i <= n; i++) steepest = Math.max(steepest, low[i]! - low[i - 1]!)
  const width = 2 * band + 2 + steepest
  const high = (i: number) => Math.min(m, low[i]! + width - 1)
  const cost = new Float64Array((n + 1) * width).fill(Infinity)
  const back = new Uint8Array((n + 1) * width)
  const shared = new Float32Array(n * width).fill(-1)
  const sharedAt = (i: number, j: number): number => {
    // Cached by the row of segment i + 1's cell.
    const column = j + 1 - low[i + 1]!
    if (column >= 0 && column < width) {
      const cell = i * width + column
      let value = shared[cell]!
      if (value < 0) {
        value = sharedWeight(problem.source, i, problem.target, j, problem.weights)
        shared[cell] = value
      }
      return value
    }
    return sharedWeight(problem.source, i, problem.target, j, problem.weights)
  }
  cost[0] = 0
  for (let i = 0; i <= n; i++) {
    const top = high(i)
    for (let j = low[i]!; j <= top; j++) {
      if (i === 0 && j === 0) continue
      let best = Infinity
      let bestBead = 0
      for (let b = 0; b < beads.length; b++) {
        const bead = beads[b]!
        const pi = i - bead.source
        const pj = j - bead.target
        if (pi < 0 || pj < 0) continue
        const column = pj - low[pi]!
        if (column < 0 || column >= width || pj > high(pi)) continue
        const previous = cost[pi * width + column]!
        // Every part of a bead's cost is at least zero: a bead whose prior alone loses is not worth pricing.
        if (
          previous +
            (bead.source === 0 || bead.target === 0
              ? problem.parameters.skip
              : bead.prior * problem.parameters.merge) >=
          best
        )
          continue
        let total = previous + beadCost(problem, bead, pi, i, pj, j, sharedAt, false)
        // The bound counts a word repeated across a merge's parts more than once; price the merge exactly only when it may win.
        if (total < best && (bead.source > 1 || bead.target > 1))
          total = previous + beadCost(problem, bead, pi, i, pj, j, sharedAt, true)
        if (total < best) {
          best = total
          bestBead = b
        }
      }
      const cell = i * width + (j - low[i]!)
      cost[cell] = best
      back[cell] = bestBead
    }
  }
  const pairs: AlignedPair[] = []
  let i = n
  let j = m
  // Unreachable corner: the band was too narrow.
  if (cost[n * width + (m - low[n]!)] === Infinity) return {pairs, touchesEdge: true}
  let touchesEdge = false
  while (i > 0 || j > 0) {
    const column = j - low[i]!
    const margin = Math.max(2, band >> 3)
    if ((column < margin && low[i]! > 0) || (column >= width - 1 - margin && high(i) < m)) touchesEdge = true
    const bead = beads[back[i * width + column]!]!
    const pi = i - bead.source
    const pj = j - bead.target
    const beadScore = confidence(problem, bead, pi, i, pj, j, sharedAt)
    pairs.push({source: range(pi, i), target: range(pj, j), score: beadScore})
    i = pi
    j = pj
  }
  pairs.reverse()
  return {pairs, touchesEdge}
}

function range(start: number, end: number): number[] {
  const values: number[] = []
  for (let index = start; index < end; index++) values.push(index)
  return values
}

type SharedAt = (i: number, j: number) => number

/** Lexical support of the segments `start..end` of one side by the other side's part of the bead. */
function support(
  mass: Float64Array,
  index: number,
  sharedWithOther: number,
  parameters: Readonly<ParallelParameters>
): number {
  const own = mass[index]!
  if (own === 0) return 1
  const coverage = Math.min(1, sharedWithOther / own / parameters.coverage)
  const informative = own / (own + parameters.informative)
  return 1 - informative * (1 - coverage)
}

/** What a bead's segments add up to, over both sides: want of support (summed and worst), shared evidence, mass. */
interface Tally {
  missing: number
  worst: number
  shared: number
  mass: number
}

/**
 * Adds one side of a bead, segments `from`–`to` against the other side's
 * `otherFrom`–`otherTo`, to `tally`; returns that side's worst-supported
 * segment. `count` is how many segments the side has in the bead.
 */
function tallySide(
  problem: Problem,
  tally: Tally,
  sourceSide: boolean,
  from: number,
  to: number,
  otherFrom: number,
  otherTo: number,
  count: number,
  union: boolean,
  sharedAt: SharedAt
): number {
  const own = sourceSide ? problem.sourceMass : problem.targetMass
  const segments = sourceSide ? problem.source : problem.target
  const others = sourceSide ? problem.target : problem.source
  let sideWorst = -1
  let sideWorstAt = from
  for (let k = from; k < to; k++) {
    tally.mass += own[k]!
    let sum = 0
    if (union) sum = sharedWithPart(segments, k, others, otherFrom, otherTo, problem.weights)
    else for (let o = otherFrom; o < otherTo; o++) sum += sourceSide ? sharedAt(k, o) : sharedAt(o, k)
    tally.shared += sum
    const gap = 1 - support(own, k, sum, problem.parameters)
    tally.missing += gap / count
    tally.worst = Math.max(tally.worst, gap)
    if (gap > sideWorst) {
      sideWorst = gap
      sideWorstAt = k
    }
  }
  return sideWorstAt
}

/**
 * Cost of one bead from (pi, pj) to (i, j). `exact` counts each word a
 * merge's other part shares once; without it, once per segment that has it
 * (cheaper, from cached pairs, and never dearer: a lower bound).
 */
function beadCost(
  problem: Problem,
  bead: Bead,
  pi: number,
  i: number,
  pj: number,
  j: number,
  sharedAt: SharedAt,
  exact = true
): number {
  const parameters = problem.parameters
  if (bead.source === 0 || bead.target === 0) return parameters.skip
  let total = bead.prior * parameters.merge
  const sourceChars = problem.sourceLength[i]! - problem.sourceLength[pi]!
  const targetChars = problem.targetLength[j]! - problem.targetLength[pj]!
  const length = lengthCost(sourceChars, targetChars, problem.ratio, parameters.lengthVariance)
  total += length
  // Every segment of the bead should be supported by evidence in the other side's part.
  const merge = bead.source > 1 || bead.target > 1
  const union = merge && exact
  const tally = problem.tally
  tally.missing = 0
  tally.worst = 0
  tally.shared = 0
  tally.mass = 0
  // Each side's worst-supported segment.
  const sourceWorstAt = tallySide(problem, tally, true, pi, i, pj, j, bead.source, union, sharedAt)
  const targetWorstAt = tallySide(problem, tally, false, pj, j, pi, i, bead.target, union, sharedAt)
  const {missing, worst, shared, mass} = tally
  total += parameters.lexical * (missing / 2)
  // Beyond enough support, more shared evidence is still better (Dice coefficient).
  if (mass > 0) total += parameters.similarity * (1 - shared / mass)
  const units = unitFit(problem, pi, i, pj, j)
  if (merge) {
    // The worst-supported part may be an omission's neighbour glued on; see `gluedPart`.
    const several = bead.source > 1 ? sourceWorstAt : -1 - targetWorstAt
    total +=
      parameters.lexical * worst * gluedPart(problem, bead, sourceChars, targetChars, several, length, units.whole)
    const sourceGlued = misplacedHeadings(
      problem.sourceRoles,
      pi,
      i,
      problem.targetRoles[pj]!,
      problem.targetSentences[pj]!
    )
    const targetGlued = misplacedHeadings(
      problem.targetRoles,
      pj,
      j,
      problem.sourceRoles[pi]!,
      problem.sourceSentences[pi]!
    )
    total += parameters.structure * (sourceGlued + targetGlued)
  } else if ((problem.sourceRoles[pi] === SegmentRole.Heading) !== (problem.targetRoles[pj] === SegmentRole.Heading)) {
    // A heading translates as a heading, or as the heading a sentence opens with.
    const other = problem.sourceRoles[pi] === SegmentRole.Heading ? problem.targetRoles[pj] : problem.sourceRoles[pi]
    if (other === SegmentRole.Body) total += parameters.structure
  }
  return total + units.cost
}

/**
 * How far a merge's want of support counts as an omitted segment glued to its
 * neighbour, 0 to 1. In full, but for a merge of several segments into one
 * that is a whole unit on each side (a paragraph and its translation): there
 * it is waived as far as the length model prefers the merge (`length`) to the
 * one segment without the worst-supported of the several (`part`: a source
 * index, or a target index as −1 − index), since the one segment then holds
 * that part too, translated in words that share nothing with it. Outside
 * whole units the length model alone cannot tell a merge from an omission.
 */
function gluedPart(
  problem: Problem,
  bead: Bead,
  sourceChars: number,
  targetChars: number,
  part: number,
  length: number,
  whole: boolean
): number {
  if (!whole || (bead.source > 1 && bead.target > 1)) return 1
  const without =
    part >= 0
      ? lengthCost(
          sourceChars - problem.source.lengths[part]!,
          targetChars,
          problem.ratio,
          problem.parameters.lengthVariance
        )
      : lengthCost(
          sourceChars,
          targetChars - problem.target.lengths[-1 - part]!,
          problem.ratio,
          problem.parameters.lengthVariance
        )
  return Math.exp(-Math.max(0, without - length))
}

/**
 * How a bead from (pi, pj) to (i, j) fits the structural units of both sides
 * (none when a side has none): `cost` for a part that crosses units, and for
 * a start or an end that is a unit boundary on one side only (half each, so
 * that two beads next to each other pay the whole once, and a segment left
 * unmatched pays as much at the end of a unit as at its start); `whole` when
 * the bead is exactly one unit on each side.
 */
function unitFit(problem: Problem, pi: number, i: number, pj: number, j: number): {cost: number; whole: boolean} {
  const sourceUnits = problem.sourceUnits
  const targetUnits = problem.targetUnits
  if (!sourceUnits || !targetUnits) return {cost: 0, whole: false}
  const parameters = problem.parameters
  let cost = 0
  const sourceCrosses = sourceUnits[pi] !== sourceUnits[i - 1]
  const targetCrosses = targetUnits[pj] !== targetUnits[j - 1]
  if (sourceCrosses) cost += parameters.crossUnit
  if (targetCrosses) cost += parameters.crossUnit
  const sourceStarts = pi === 0 || sourceUnits[pi] !== sourceUnits[pi - 1]
  const targetStarts = pj === 0 || targetUnits[pj] !== targetUnits[pj - 1]
  if (sourceStarts !== targetStarts) cost += parameters.unitMismatch / 2
  const sourceEnds = i === sourceUnits.length || sourceUnits[i] !== sourceUnits[i - 1]
  const targetEnds = j === targetUnits.length || targetUnits[j] !== targetUnits[j - 1]
  if (sourceEnds !== targetEnds) cost += parameters.unitMismatch / 2
  const whole = sourceStarts && targetStarts && sourceEnds && targetEnds && !sourceCrosses && !targetCrosses
  return {cost, whole}
}

/**
 * Headings a merge glues to body text in the part `start..end` of one side: a
 * heading after the part's first segment (glued to the sentence before it), or
 * a first-segment heading glued to the sentences it introduces while the other
 * side's part (opening with `otherFirst`) has no heading of its own inline. A
 * possible title counts only when that other segment is a single sentence
 * (`otherHolds` is 0): a translation that splits two sentences is no title.
 */
function misplacedHeadings(
  structure: Uint8Array,
  start: number,
  end: number,
  otherFirst: number,
  otherHolds: number
): number {
  if (end - start < 2) return 0
  let count = 0
  for (let k = start + 1; k < end; k++) if (introduces(structure[k]!) && !introduces(structure[k - 1]!)) count++
  const first = structure[start]!
  if (introduces(first) && otherFirst !== SegmentRole.LeadIn && (first !== SegmentRole.Title || otherHolds === 0))
    count++
  return count
}

/** Confidence of a bead, 0 to 1, from its cost per segment pair. */
function confidence(
  problem: Problem,
  bead: Bead,
  pi: number,
  i: number,
  pj: number,
  j: number,
  sharedAt: SharedAt
): number {
  const round = (value: number) => Math.round(value * 1000) / 1000
  // A one-to-one bead costing 5.5 is a coin toss; 2 is sure (0.97), 8 is wrong (0.08).
  const fromCost = (cost: number, segments: number) => 1 / (1 + Math.exp((cost * 2) / segments - 5.5))
  const matchConfidence = (a: number, b: number) =>
    fromCost(beadCost(problem, beads[0]!, a, a + 1, b, b + 1, sharedAt), 2)
  if (bead.source === 0 || bead.target === 0) {
    // An unmatched segment is as sure as its nearest would-be partners are poor.
    const n = problem.source.offsets.length - 1
    const m = problem.target.offsets.length - 1
    let best = 0
    if (bead.target === 0) {
      for (const b of [pj - 1, pj]) if (b >= 0 && b < m) best = Math.max(best, matchConfidence(pi, b))
    } else {
      for (const a of [pi - 1, pi]) if (a >= 0 && a < n) best = Math.max(best, matchConfidence(a, pj))
    }
    return round(1 - best)
  }
  return round(fromCost(beadCost(problem, bead, pi, i, pj, j, sharedAt), bead.source + bead.target))
}
