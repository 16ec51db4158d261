/**
 * Sentences a translation moved. The aligner reads both sides in order, so a
 * sentence the translation puts elsewhere (a `:::warning` note set before the
 * paragraph it follows in the source) comes out as two crossed pairs, or as
 * an omission in one place and an addition in another: either way the rules
 * then report defects the translation does not have. What tells a moved
 * sentence is what a translator keeps as it is: code spans, links, strong
 * emphasis. Pairs are re-read only where that markup agrees far better the
 * other way; a pair with no such markup is never touched.
 */
import {segmentMarkupTokens, unmatched} from './parity.js'
import type {CheckPair, CheckSegment} from './types.js'

/** How many pairs apart two crossed pairs may be. */
const crossingReach = 3

/** How many pairs apart an omission and an addition may be to be one moved sentence. */
const movedReach = 12

/** Least share of the markup two sides must have in common to be read as one pair. */
const agreeing = 0.75

/** Least number of markup tokens two sides must share to be read as one pair. */
const sharedAtLeast = 2

/** Least and greatest ratio of target to source length for a re-read pair (as a translation's). */
const ratioRange: readonly [number, number] = [0.5, 2.2]

function markupKeys(segments: readonly CheckSegment[]): string[] {
  return segments.flatMap((segment) => segmentMarkupTokens(segment).map((token) => token.key))
}

const markupCount = (segments: readonly CheckSegment[]) =>
  segments.reduce((sum, segment) => sum + segmentMarkupTokens(segment).length, 0)

const lengthOf = (segments: readonly CheckSegment[]) => segments.reduce((sum, segment) => sum + segment.text.length, 0)

/** How many markup tokens the two sides share, and that as a share of the larger side's (0 when neither has any). */
function agreement(source: readonly CheckSegment[], target: readonly CheckSegment[]): {shared: number; share: number} {
  const a = markupKeys(source)
  const b = markupKeys(target)
  const most = Math.max(a.length, b.length)
  if (most === 0) return {shared: 0, share: 0}
  const shared = a.length - unmatched(a.map(asToken), b.map(asToken)).length
  return {shared, share: shared / most}
}

const asToken = (key: string) => ({key, text: key, start: 0, end: 0})

/** Whether the two sides read as one pair on their markup and lengths. */
function readsAsPair(source: readonly CheckSegment[], target: readonly CheckSegment[]): boolean {
  // Most sentences have less markup than two sides must share: no need to compare it.
  if (markupCount(source) < sharedAtLeast || markupCount(target) < sharedAtLeast) return false
  const {shared, share} = agreement(source, target)
  if (shared < sharedAtLeast || share < agreeing) return false
  const ratio = lengthOf(target) / Math.max(1, lengthOf(source))
  return ratio >= ratioRange[0] && ratio <= ratioRange[1]
}

const full = (pair: CheckPair) => pair.source.length > 0 && pair.target.length > 0

/**
 * The pairs with moved sentences re-read: two pairs up to {@link crossingReach}
 * apart whose targets read as each other's pairs (and not as their own) swap
 * targets; an omission and an addition up to {@link movedReach} apart that
 * read as one pair become that pair, where the omission was. The pairs given
 * are not changed.
 */
export function repairMovedPairs(pairs: readonly CheckPair[]): CheckPair[] {
  const out = pairs.map((pair) => ({...pair}))
  for (let i = 0; i < out.length; i++) {
    for (let j = i + 1; j < Math.min(out.length, i + 1 + crossingReach); j++) {
      const a = out[i]!
      const b = out[j]!
      if (!full(a) || !full(b)) continue
      if (!readsAsPair(a.source, b.target) || !readsAsPair(b.source, a.target)) continue
      const now = agreement(a.source, a.target).share + agreement(b.source, b.target).share
      const crossed = agreement(a.source, b.target).share + agreement(b.source, a.target).share
      if (crossed < now + 0.5) continue
      out[i] = {source: a.source, target: b.target}
      out[j] = {source: b.source, target: a.target}
    }
  }
  const gone = new Set<number>()
  for (let i = 0; i < out.length; i++) {
    const omission = out[i]!
    if (omission.source.length === 0 || omission.target.length > 0) continue
    for (let j = Math.max(0, i - movedReach); j < Math.min(out.length, i + movedReach + 1); j++) {
      const addition = out[j]!
      if (gone.has(j) || addition.source.length > 0 || addition.target.length === 0) continue
      if (!readsAsPair(omission.source, addition.target)) continue
      out[i] = {source: omission.source, target: addition.target}
      gone.add(j)
      break
    }
  }
  return out.filter((_, index) => !gone.has(index))
}
