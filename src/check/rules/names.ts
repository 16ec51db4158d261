import {targetTextOf, translatedTargets, textAt, type PairContext} from '../context.js'
import {editDistance, nearMissLimit} from '../distance.js'
import {isTermHere} from '../homonym.js'
import {foldCase, wordsOf} from '../../text/index.js'
import type {CheckSegment, TermMatch} from '../types.js'

/** A stretch of a segment's words that looks like a misspelt name. */
export interface NearMiss {
  segment: CheckSegment
  start: number
  end: number
  text: string
}

function startsLikeName(value: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(value)
}

/**
 * Words of `segments` that are a slip of the pen away from `name` (edit
 * distance on its tokens, joined with or without spaces: `H2O`, `H 20`, `h20`
 * for `H20`), outside the ranges in `taken` (glossary terms). A candidate must start like a name (capital or digit)
 * unless it differs from the name only in letter case.
 */
export function nearMisses(
  segments: readonly CheckSegment[],
  name: string,
  taken: (segment: CheckSegment, start: number, end: number) => boolean
): NearMiss[] {
  const tokens = wordsOf(name).map((word) => foldCase(word.value))
  if (tokens.length === 0) return []
  const spaced = tokens.join(' ')
  const glued = tokens.join('')
  const limit = nearMissLimit(glued.length)
  const misses: NearMiss[] = []
  for (const segment of segments) {
    const words = wordsOf(segment.text)
    const candidates: {start: number; end: number; distance: number; extra: number}[] = []
    for (let index = 0; index < words.length; index++) {
      for (const size of [tokens.length, tokens.length + 1, tokens.length - 1]) {
        if (size < 1 || index + size > words.length) continue
        const window = words.slice(index, index + size)
        const start = window[0]!.start
        const end = window[window.length - 1]!.end
        const text = segment.text.slice(start, end)
        if (text === name || taken(segment, start, end)) continue
        const folded = window.map((word) => foldCase(word.value))
        const distance = Math.min(editDistance(folded.join(' '), spaced), editDistance(folded.join(''), glued))
        if (distance > limit) continue
        if (distance > 0 && !startsLikeName(text)) continue
        candidates.push({start, end, distance, extra: Math.abs(size - tokens.length)})
      }
    }
    // The closest windows win, so a neighbouring word ("A Nvídia") never rides along with the name.
    candidates.sort((a, b) => a.distance - b.distance || a.extra - b.extra || a.start - b.start)
    const chosen: {start: number; end: number}[] = []
    for (const candidate of candidates) {
      if (chosen.some((other) => other.start < candidate.end && candidate.start < other.end)) continue
      chosen.push(candidate)
    }
    chosen.sort((a, b) => a.start - b.start)
    for (const {start, end} of chosen) misses.push({segment, start, end, text: segment.text.slice(start, end)})
  }
  return misses
}

/** Whether `[start, end)` overlaps a match of `matches`. */
function overlaps(matches: readonly TermMatch[], start: number, end: number): boolean {
  return matches.some((match) => match.start < end && start < match.end)
}

/**
 * `do-not-translate`: every name the glossary flags do-not-translate in the
 * source must stand, as it is, in the aligned target; a near miss ("H2O" for
 * "H20") is reported where it is, a name that is simply gone on the target.
 * With `alteredOnly` (commentary, which need not repeat names) only near
 * misses are reported.
 */
export function checkNames(
  context: Pick<PairContext, 'pair' | 'sink'> & Partial<Pick<PairContext, 'untranslated'>>,
  options: {alteredOnly?: boolean} = {}
): void {
  const target = translatedTargets(context)
  if (target.length === 0) return
  const sourceMatches = context.pair.source.flatMap((segment) => segment.matches.map((match) => ({segment, match})))
  const names = new Map<string, {segment: CheckSegment; match: TermMatch}[]>()
  for (const item of sourceMatches) {
    if (!item.match.entry.doNotTranslate || !isTermHere(item.segment, item.match)) continue
    const list = names.get(item.match.entry.id)
    if (list) list.push(item)
    else names.set(item.match.entry.id, [item])
  }
  for (const [id, mentions] of names) {
    const present = target.reduce(
      (sum, segment) => sum + segment.matches.filter((match) => match.entry.id === id).length,
      0
    )
    let missing = mentions.length - present
    if (missing <= 0) continue
    const {segment: first, match} = mentions[0]!
    const name = match.term.text
    // A glossary term is never a misspelling: `H200` beside `H20` is another product.
    const taken = (segment: CheckSegment, start: number, end: number) => overlaps(segment.matches, start, end)
    for (const miss of nearMisses(target, name, taken).slice(0, missing)) {
      context.sink.add({
        rule: 'do-not-translate',
        segment: miss.segment,
        range: [miss.start, miss.end],
        entry: match.entry,
        actual: miss.text,
        expected: [name],
        reason: 'alteredName'
      })
      missing--
    }
    if (missing <= 0 || options.alteredOnly) continue
    context.sink.add({
      rule: 'do-not-translate',
      segment: target[0]!,
      until: target[target.length - 1]!,
      actual: targetTextOf(target),
      entry: match.entry,
      expected: [name],
      reason: mentions.length > 1 ? 'missingNameCount' : 'missingName',
      values: {source: '`' + textAt(first, match) + '`', count: mentions.length, found: present}
    })
  }
}
