/**
 * Whether a source mention of a glossary term that is also a common word of
 * its language (`state`, `hook`, `key`; see `src/glossary/homonyms.ts`) is
 * the term here. Such a mention counts only where its context says so:
 *
 * - it stands inside a match of the entry's `pattern`;
 * - the sentence has the word in code or in an identifier (`` `state` ``,
 *   `useState`, `this.state`);
 * - a word of the entry's `context` examples (or its terms' notes: a TSV's
 *   comment column) stands within {@link window} words of it;
 * - another glossary term or a code span stands right beside it
 *   (`component state`, "the `setup()` hook");
 * - it is written with a capital inside running prose ("the Promise
 *   returned").
 *
 * A capital in a heading, a title-case line or at a sentence's start is no
 * evidence either way: `State` opens those as often as it names the term.
 */
import {contextTexts, needsContext} from '../glossary/homonyms.js'
import {stopWords} from '../align/data/words.js'
import type {Entry} from '../glossary/types.js'
import {foldCase, foldCaseAndDiacritics, wordsOf, type Word} from '../text/index.js'
import {oncePer} from '../util/once.js'
import type {CheckSegment, TermMatch} from './types.js'

/** How many words either side of a mention a context word may stand. */
const window = 3

interface Evidence {
  /** The term's words, folded, singular. */
  own: Set<string>
  /** Content words of the entry's context examples, folded, singular. */
  cues: Set<string>
  pattern: RegExp | undefined
}

/** A folded word without a plural `s` (`states` → `state`, `keys` → `key`): the cues need no more. */
function singular(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word
}

const evidenceFor = oncePer((entry: Entry): Evidence => {
  const own = new Set(entry.terms.flatMap((term) => wordsOf(foldCase(term.text)).map((word) => singular(word.value))))
  const cues = new Set<string>()
  for (const text of contextTexts(entry)) {
    for (const word of wordsOf(foldCase(text))) {
      const value = singular(word.value)
      if (value.length < 3 || own.has(value) || stopWords.has(foldCaseAndDiacritics(word.value))) continue
      cues.add(value)
    }
  }
  return {own, cues, pattern: entry.pattern === undefined ? undefined : new RegExp(entry.pattern, 'giu')}
})

/** The parts of identifiers in code spans and in the prose (`useState` → `use`, `state`), folded, singular. */
function identifierParts(segment: CheckSegment): Set<string> {
  const from = segment.offsets[0] ?? 0
  const to = segment.offsets[segment.offsets.length - 1] ?? from
  const source = segment.owner.source.slice(from, to)
  const names: string[] = []
  for (const span of source.matchAll(/`+([^`]+)`+/g)) names.push(span[1]!)
  // Identifiers written as prose: a capital inside a word, or a `.`/`_` joining words.
  for (const word of segment.text.matchAll(/[\p{L}\p{N}]+(?:[._][\p{L}\p{N}]+)+|\p{Ll}+\p{Lu}[\p{L}\p{N}]*/gu))
    names.push(word[0])
  const parts = new Set<string>()
  for (const name of names) {
    for (const part of name.split(/[^\p{L}\p{N}]+|(?<=\p{Ll})(?=\p{Lu})/u))
      if (part !== '') parts.add(singular(foldCase(part)))
  }
  return parts
}

/**
 * Whether the mention is written with a capital inside running prose ("when
 * the Promise returned by the loader is rejected"): a name. Not at the start
 * of a sentence or after a colon, and not in a heading or a sentence written
 * in title case, where capitals say nothing.
 */
function capitalisedInProse(segment: CheckSegment, match: TermMatch, words: readonly Word[]): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(segment.text.slice(match.start, match.end)) || segment.role === 'heading') return false
  if (/(?:^|[:.!?“"'(])[\s\uFFFC]*$/u.test(segment.text.slice(0, match.start))) return false
  const long = words.slice(1).filter((word) => word.value.length >= 4 && word.start !== match.start)
  const capitalised = long.filter((word) => /^\p{Lu}/u.test(word.value)).length
  return capitalised * 2 < long.length
}

/** Whether `match` in `segment` is the glossary's term and not the common word of the same spelling. */
export function isTermHere(segment: CheckSegment, match: TermMatch): boolean {
  if (!needsContext(match.entry, match.term)) return true
  const evidence = evidenceFor(match.entry)
  if (evidence.pattern) {
    for (const found of segment.text.matchAll(evidence.pattern)) {
      if (found.index <= match.start && found.index + found[0].length >= match.end) return true
    }
  }
  for (const part of identifierParts(segment)) if (evidence.own.has(part)) return true
  // Code right beside it names one of its kind: "the `setup()` hook", "the `process.stdin` stream".
  if (/[\uFFFC`]\s*$/.test(segment.text.slice(0, match.start)) || /^\s*[\uFFFC`]/.test(segment.text.slice(match.end)))
    return true
  const words = wordsOf(segment.text)
  if (capitalisedInProse(segment, match, words)) return true
  const at = words.findIndex((word) => word.end > match.start)
  if (at === -1) return false
  const last = words.findIndex((word) => word.start >= match.end)
  const after = last === -1 ? words.length : last
  const near = [...words.slice(Math.max(0, at - window), at), ...words.slice(after, after + window)]
  if (near.some((word) => evidence.cues.has(singular(foldCase(word.value))))) return true
  // Another glossary term right beside it: `component state`, `key attribute`.
  const before = words[at - 1]
  const next = words[after]
  return segment.matches.some(
    (other) =>
      other.entry !== match.entry &&
      ((before !== undefined && other.end === before.end) || (next !== undefined && other.start === next.start))
  )
}
