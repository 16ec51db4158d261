import type {Lang} from '../types.js'
import type {Consistency} from './consistency.js'
import type {FindingSink} from './findings.js'
import type {CheckPair, CheckSegment, TermMatcher} from './types.js'

/** What a rule gets for one aligned pair of source and target segments. */
export interface PairContext {
  pair: CheckPair
  /** The source language (`en`, `pt-PT`, …). */
  sourceLang: Lang
  /** The target language; `pt-PT` or `pt-BR` when the variant is known. */
  targetLang: Lang
  sink: FindingSink
  consistency: Consistency
  /** The pairs before and after, for rules that allow for an aligner's different cuts. */
  neighbours?: CheckPair[]
  /** Target segments found untranslated: the other target-side rules pass them over. */
  untranslated: Set<CheckSegment>
  /** The compiled glossary, for rules that look inside words. */
  matcher?: TermMatcher
}

/** The target segments the term, name and number rules look at. */
export function translatedTargets(
  context: Pick<PairContext, 'pair'> & Partial<Pick<PairContext, 'untranslated'>>
): CheckSegment[] {
  return context.pair.target.filter((segment) => !context.untranslated?.has(segment))
}

/** The text of `[start, end)` of a segment. */
export function textAt(segment: CheckSegment, range: {start: number; end: number}): string {
  return segment.text.slice(range.start, range.end)
}

/**
 * What the translation has where a finding concerns the whole aligned target:
 * the source text of its segments, white space folded, so that a reviewer
 * sees the sentence without opening the file.
 */
export function targetTextOf(segments: readonly CheckSegment[]): string {
  return segments
    .map((segment) => segment.owner.source.slice(segment.position.start.offset, segment.position.end.offset))
    .join(' ')
    .trim()
    .replace(/\s+/g, ' ')
}
