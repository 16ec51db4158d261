import {extractFeatures, featureWeights, FeatureSpace, type SideFeatures} from './features.js'
import {lengthDeviation} from './length.js'
import {calibratePairs} from './calibration.js'
import {alignParallelRaw} from './parallel.js'
import type {AlignedPair, AlignOptions, Segment} from './types.js'

/** Why two sides were taken for a translation or for a commentary. */
export type ModeReason =
  /** Their lengths differ more than a translation's do: commentary, without looking further. */
  | 'lengths'
  /** Their headings, paragraphs and list items correspond one to one: parallel. */
  | 'structure'
  /** A trial alignment paired most of the text with confidence (parallel), or did not (commentary). */
  | 'coverage'

export interface ModeChoice {
  mode: 'parallel' | 'commentary'
  reason: ModeReason
  /** The trial alignment, when one was made (parallel mode reuses it). */
  pairs?: AlignedPair[]
}

/** The thresholds of the mode choice: frozen; pass others with `AlignOptions.modeParameters`. */
export const defaultModeParameters = Object.freeze({
  /** Sides whose lengths differ by more than this factor are no translation of each other. */
  lengthFactor: 1.8,
  /** Share of the characters a trial alignment must pair with confidence. */
  coverage: 0.6,
  /**
   * Share of the shorter side's characters a trial alignment must pair with
   * confidence for sides of very different lengths to be a translation still:
   * a translation of part of a text (an abstract's translation cut short).
   */
  partCoverage: 0.8,
  /** Confidence from which a trial bead counts as paired. */
  sure: 0.5,
  /**
   * Largest deviation of a unit's length from its counterpart's, in standard
   * deviations of the sentence length model (a paragraph of 500 characters
   * may run about 35 % longer or shorter than expected).
   */
  unitDeviation: 4,
  /**
   * Share of the names and numbers of the units (weighted by rarity) that
   * their counterparts must hold: a translation keeps nearly all of them, a
   * commentary few.
   */
  anchors: 0.5
})

/** The thresholds of the mode choice (see {@link defaultModeParameters}). */
export type ModeParameters = {[Name in keyof typeof defaultModeParameters]: number}

function modeParametersOf(options: AlignOptions): Readonly<ModeParameters> {
  return options.modeParameters ? {...defaultModeParameters, ...options.modeParameters} : defaultModeParameters
}

const characters = (segments: readonly Segment[]) => segments.reduce((sum, segment) => sum + segment.text.length, 0)

/** Whether two sides have lengths a translation could have. */
export function comparableLengths(
  source: readonly Segment[],
  target: readonly Segment[],
  options: AlignOptions = {}
): boolean {
  const {lengthFactor} = modeParametersOf(options)
  const sourceLength = characters(source)
  const targetLength = characters(target)
  if (sourceLength === 0 || targetLength === 0) return false
  const ratio = sourceLength / targetLength
  return ratio <= lengthFactor && ratio >= 1 / lengthFactor
}

/**
 * Whether two sides look like a text and its translation: similar lengths,
 * and a trial alignment (`pairs`, raw-scored as `alignParallelRaw` gives them; computed when not given) that pairs most of
 * the text with confidence.
 */
export function looksParallel(
  source: readonly Segment[],
  target: readonly Segment[],
  options: AlignOptions = {},
  pairs?: AlignedPair[]
): boolean {
  if (!comparableLengths(source, target, options)) return false
  const parameters = modeParametersOf(options)
  const trial = pairs ?? alignParallelRaw(source, target, options)
  let matched = 0
  for (const pair of trial) {
    if (pair.source.length === 0 || pair.target.length === 0 || pair.score < parameters.sure) continue
    for (const index of pair.source) matched += source[index]!.text.length
    for (const index of pair.target) matched += target[index]!.text.length
  }
  return matched / (characters(source) + characters(target)) >= parameters.coverage
}

/**
 * Parallel when the two sides are a text and its translation, commentary
 * otherwise. Sides of very different lengths are commentary, unless a trial
 * alignment pairs nearly all of the shorter side with confidence (a
 * translation of part of the text). Sides whose
 * structural units (headings, paragraphs, list items) correspond one to one
 * are a translation, whatever their sentence counts: translators merge and
 * split sentences, but keep the paragraphs. Otherwise a trial alignment
 * decides, by how much of the text it pairs with confidence.
 */
export function chooseMode(
  source: readonly Segment[],
  target: readonly Segment[],
  options: AlignOptions = {}
): ModeChoice {
  if (!comparableLengths(source, target, options)) {
    // Very different lengths are commentary, unless the shorter side is a translation of part of the longer one.
    const raw = alignParallelRaw(source, target, options)
    if (shorterSideCovered(source, target, raw, modeParametersOf(options)))
      return {mode: 'parallel', reason: 'coverage', pairs: calibratePairs(raw)}
    return {mode: 'commentary', reason: 'lengths'}
  }
  if (unitsCorrespond(source, target, options)) return {mode: 'parallel', reason: 'structure'}
  // The raw scores decide: the calibrated ones are probabilities for texts already known to be translations.
  const raw = alignParallelRaw(source, target, options)
  return {
    mode: looksParallel(source, target, options, raw) ? 'parallel' : 'commentary',
    reason: 'coverage',
    pairs: calibratePairs(raw)
  }
}

/** Whether a trial alignment pairs nearly all of the shorter side's text with confidence. */
function shorterSideCovered(
  source: readonly Segment[],
  target: readonly Segment[],
  trial: readonly AlignedPair[],
  parameters: Readonly<ModeParameters>
): boolean {
  const sourceShorter = characters(source) <= characters(target)
  const shorter = sourceShorter ? source : target
  let matched = 0
  for (const pair of trial) {
    if (pair.source.length === 0 || pair.target.length === 0 || pair.score < parameters.sure) continue
    for (const index of sourceShorter ? pair.source : pair.target) matched += shorter[index]!.text.length
  }
  return characters(shorter) > 0 && matched / characters(shorter) >= parameters.partCoverage
}

interface Unit {
  start: number
  end: number
  kind: string
}

/** Consecutive segments of one unit, with the kind of block they came from; undefined when segments carry no units. */
function unitsOf(segments: readonly Segment[]): Unit[] | undefined {
  const units: Unit[] = []
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index]!
    if (segment.unit === undefined) return undefined
    const last = units[units.length - 1]
    if (last !== undefined && segments[last.start]!.unit === segment.unit) last.end = index + 1
    else
      units.push({
        start: index,
        end: index + 1,
        kind: segment.role === 'headline' ? 'heading' : (segment.role ?? 'paragraph')
      })
  }
  return units
}

/**
 * Whether the two sides' units correspond one to one as a text's and its
 * translation's do: as many units on each side, at least two, of the same
 * kinds in the same order; each unit as long as its counterpart's translation
 * would be; and most of the names and numbers of each unit found in its
 * counterpart.
 */
export function unitsCorrespond(
  source: readonly Segment[],
  target: readonly Segment[],
  options: AlignOptions = {}
): boolean {
  const sourceUnits = unitsOf(source)
  const targetUnits = unitsOf(target)
  const parameters = modeParametersOf(options)
  if (!sourceUnits || !targetUnits || sourceUnits.length < 2 || sourceUnits.length !== targetUnits.length) return false
  if (sourceUnits.some((unit, k) => unit.kind !== targetUnits[k]!.kind)) return false
  const space = new FeatureSpace()
  const sourceFeatures = extractFeatures(source, space, options)
  const targetFeatures = extractFeatures(target, space, options)
  const length = (side: SideFeatures, unit: Unit) => {
    let sum = 0
    for (let index = unit.start; index < unit.end; index++) sum += side.lengths[index]!
    return sum
  }
  const sourceTotal = sourceFeatures.lengths.reduce((sum, value) => sum + value, 0)
  const targetTotal = targetFeatures.lengths.reduce((sum, value) => sum + value, 0)
  const ratio = targetTotal / sourceTotal
  for (let k = 0; k < sourceUnits.length; k++) {
    const deviation = lengthDeviation(
      length(sourceFeatures, sourceUnits[k]!),
      length(targetFeatures, targetUnits[k]!),
      ratio
    )
    if (deviation > parameters.unitDeviation) return false
  }
  const weights = featureWeights(space, [sourceFeatures, targetFeatures])
  let anchors = 0
  let kept = 0
  for (let k = 0; k < sourceUnits.length; k++) {
    const sourceAnchors = anchorsOf(sourceFeatures, sourceUnits[k]!, space)
    const targetAnchors = anchorsOf(targetFeatures, targetUnits[k]!, space)
    const sourceAll = featuresOf(sourceFeatures, sourceUnits[k]!)
    const targetAll = featuresOf(targetFeatures, targetUnits[k]!)
    for (const id of sourceAnchors) {
      anchors += weights[id]!
      if (targetAll.has(id)) kept += weights[id]!
    }
    for (const id of targetAnchors) {
      anchors += weights[id]!
      if (sourceAll.has(id)) kept += weights[id]!
    }
  }
  // Text without names or numbers has nothing to contradict its structure.
  return anchors === 0 || kept / anchors >= parameters.anchors
}

/** Every feature of a unit's segments. */
function featuresOf(side: SideFeatures, unit: Unit): Set<number> {
  const ids = new Set<number>()
  for (let k = side.offsets[unit.start]!; k < side.offsets[unit.end]!; k++) ids.add(side.ids[k]!)
  return ids
}

/** The names and numbers of a unit: numbers, product codes and acronyms, and words capitalised inside a sentence. */
function anchorsOf(side: SideFeatures, unit: Unit, space: FeatureSpace): Set<number> {
  const ids = new Set<number>()
  for (let k = side.offsets[unit.start]!; k < side.offsets[unit.end]!; k++) {
    const id = side.ids[k]!
    const kind = space.kinds[id]
    if (kind === 'number' || kind === 'name' || (kind === 'cognate' && side.capitalised[k] === 1)) ids.add(id)
  }
  return ids
}
