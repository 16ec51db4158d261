import type {FindingSink} from '../findings.js'
import {comparable} from '../text.js'
import type {CheckPair, CheckSegment} from '../types.js'
import {contentWords, isInert} from './untranslated.js'

/** Least content words for a repeated sentence to be a copy, not a set phrase ("Veja também."). */
const minimumWords = 4

/**
 * `duplicated-segment`: a target sentence that stands in the file more
 * often than the source says what it translates (a paragraph pasted twice).
 * The occurrences the aligner paired with a source are kept first, then the
 * earliest; each other one is reported, naming the place of the first kept,
 * and added to `skip` so that the other rules do not take it for a
 * translation of whatever the aligner paired it with.
 */
export function checkDuplicated(pairs: readonly CheckPair[], sink: FindingSink, skip: Set<CheckSegment>): void {
  const groups = new Map<string, Array<{segment: CheckSegment; pair: CheckPair}>>()
  for (const pair of pairs) {
    for (const segment of pair.target) {
      if (isInert(segment) || contentWords(segment).length < minimumWords) continue
      const key = comparable(segment.text)
      const group = groups.get(key)
      if (group) group.push({segment, pair})
      else groups.set(key, [{segment, pair}])
    }
  }
  const repeated = [...groups.values()].filter((group) => group.length >= 2)
  if (repeated.length === 0) return
  // Counted only when a target sentence comes twice: most documents have none.
  const sourceCounts = new Map<string, number>()
  for (const pair of pairs) for (const segment of pair.source) increment(sourceCounts, comparable(segment.text))
  for (const group of repeated) {
    // The source says it as often: each copy translates its own (a repeated note, a refrain).
    const allowed = Math.max(
      1,
      ...group
        .map(({pair}) => Math.min(...pair.source.map((each) => sourceCounts.get(comparable(each.text)) ?? 0)))
        .filter(Number.isFinite)
    )
    if (group.length <= allowed) continue
    const order = [
      ...group.filter(({pair}) => pair.source.length > 0),
      ...group.filter(({pair}) => pair.source.length === 0)
    ]
    const kept = order.slice(0, allowed)
    const first = kept.reduce((a, b) =>
      b.segment.position.start.offset < a.segment.position.start.offset ? b : a
    ).segment
    const where = `${first.position.start.line}:${first.position.start.column}`
    for (const {segment} of order.slice(allowed)) {
      skip.add(segment)
      sink.add({rule: 'duplicated-segment', segment, reason: 'duplicated', values: {where}})
    }
  }
}

function increment(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1)
}

/**
 * `unaligned-segment` for source sentences without a counterpart: a whole
 * source paragraph of several sentences left out is one finding over the
 * paragraph; other sentences are one finding each, as are target
 * sentences without a source.
 */
export function checkUnaligned(
  all: readonly CheckPair[],
  sink: FindingSink,
  skip: ReadonlySet<CheckSegment>,
  minConfidence = 0
): void {
  // An unmatched sentence the aligner is unsure of is no finding (`--min-confidence`); the others still count its block's sentences.
  const sentencesOf = new Map<string, number>()
  for (const pair of all)
    for (const segment of pair.source) if (segment.block !== undefined) increment(sentencesOf, segment.block)
  const pairs = all.filter(
    (pair) => (pair.source.length > 0 && pair.target.length > 0) || (pair.score ?? 1) >= minConfidence
  )
  const dropped = pairs
    .filter((pair) => pair.target.length === 0)
    .flatMap((pair) => pair.source.filter((segment) => !isInert(segment)))
  // Runs of dropped sentences of one block, in order.
  const runs: CheckSegment[][] = []
  for (const segment of dropped) {
    const last = runs[runs.length - 1]
    if (last && segment.block !== undefined && last[0]!.block === segment.block) last.push(segment)
    else runs.push([segment])
  }
  for (const run of runs) {
    const first = run[0]!
    const whole = first.block !== undefined && run.length > 1 && run.length === sentencesOf.get(first.block)
    if (whole) {
      const where = `${first.position.start.line}:${first.position.start.column}`
      sink.add({
        rule: 'unaligned-segment',
        segment: first,
        until: run[run.length - 1]!,
        reason: 'droppedParagraph',
        values: {where, count: run.length}
      })
    } else for (const segment of run) sink.add({rule: 'unaligned-segment', segment, reason: 'unalignedSource'})
  }
  for (const pair of pairs) {
    if (pair.source.length > 0) continue
    for (const segment of pair.target)
      if (!isInert(segment) && !skip.has(segment))
        sink.add({rule: 'unaligned-segment', segment, reason: 'unalignedTarget'})
  }
}
