import type {Term, TermLang} from '../glossary/types.js'
import type {CheckSegment, TermMatch} from './types.js'

/** A word of a text: `[start, end)` indices and its text. */
export interface Word {
  start: number
  end: number
  value: string
}

// Letters, marks and digits: a Unicode-aware word (JavaScript's \b is ASCII-only).
const wordPattern = /[\p{L}\p{M}\p{N}]+/gu

/** The words of `text`, in order. */
export function wordsOf(text: string): Word[] {
  const words: Word[] = []
  for (const match of text.matchAll(wordPattern)) {
    words.push({start: match.index, end: match.index + match[0].length, value: match[0]})
  }
  return words
}

/**
 * Lower-case, NFC-normalised form for comparing words and terms (Portuguese
 * and English lower-case alike in every locale, so no locale is needed).
 */
export function fold(value: string): string {
  const lower = value.toLowerCase()
  return /^[\x00-\x7f]*$/.test(lower) ? lower : lower.normalize('NFC')
}

/** Text reduced to its words, lower case, for "is this the same sentence" comparisons. */
export function comparable(text: string): string {
  return wordsOf(fold(text)).map((word) => word.value).join(' ')
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
    const text = fold(match.term.text)
    term = match.entry.terms.find((candidate) => langs.includes(candidate.lang) && fold(candidate.text) === text)
  }
  const standing: Standing =
    term === undefined ? 'foreign' : term.status === 'deprecated' || term.status === 'superseded' ? 'deprecated' : 'approved'
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
