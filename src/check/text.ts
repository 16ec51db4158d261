import type {Term, TermLang} from '../glossary/types.js'
import type {CheckSegment, TermMatch} from './types.js'
import {foldCase, wordsOf} from '../text/index.js'

/** Text reduced to its words, lower case, for "is this the same sentence" comparisons. */
export function comparable(text: string): string {
  return wordsOf(foldCase(text))
    .map((word) => word.value)
    .join(' ')
}

/** How a term found in a text stands against the glossary for the text's language. */
export type Standing = 'approved' | 'deprecated' | 'foreign'

/** A glossary match in a segment, with the entry's term it stands for in the segment's language. */
export interface Found {
  segment: CheckSegment
  match: TermMatch
  /** The entry's term in the wanted languages with the matched text, if any. */
  term: Term | undefined
  standing: Standing
}

/**
 * Resolve a match against the languages wanted: the tagger may have returned
 * another language's term of the same text (`GPU` in English and Portuguese),
 * so the term is looked up in the entry by text among `langs`.
 */
export function resolveMatch(segment: CheckSegment, match: TermMatch, langs: readonly TermLang[]): Found {
  let term: Term | undefined = langs.includes(match.term.lang) ? match.term : undefined
  if (!term) {
    const text = foldCase(match.term.text)
    term = match.entry.terms.find((candidate) => langs.includes(candidate.lang) && foldCase(candidate.text) === text)
  }
  const standing: Standing =
    term === undefined
      ? 'foreign'
      : term.status === 'deprecated' || term.status === 'superseded'
        ? 'deprecated'
        : 'approved'
  return {segment, match, term, standing}
}

/** Every match of `segments`, resolved against `langs`. */
export function foundIn(segments: readonly CheckSegment[], langs: readonly TermLang[]): Found[] {
  return segments.flatMap((segment) => segment.matches.map((match) => resolveMatch(segment, match, langs)))
}

/** Group found terms by entry id, in order of first appearance. */
export function byEntry(found: readonly Found[]): Map<string, Found[]> {
  const groups = new Map<string, Found[]>()
  for (const item of found) {
    const group = groups.get(item.match.entry.id)
    if (group) group.push(item)
    else groups.set(item.match.entry.id, [item])
  }
  return groups
}
