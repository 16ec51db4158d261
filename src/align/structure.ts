import type {Segment} from './types.js'

/**
 * What a segment is in the structure of its text, for the parallel aligner:
 * a heading or title is a line of its own that introduces what follows, and
 * a sentence may carry its heading inline ("Métodos: Estudo transversal…"),
 * where the other side gives it a line of its own ("METHODS").
 */
export const SegmentRole = {
  Body: 0,
  /** A heading: a heading block, or a line that looks like one. */
  Heading: 1,
  /** A sentence that opens with its own heading, `Métodos:` or `RESULTS:`. */
  LeadIn: 2,
  /**
   * The first line of a text without structure, short enough to be its title:
   * it may also be a first sentence, so only merges treat it as a heading.
   */
  Title: 3
} as const

/** A full stop (or ? ! …) followed by a capital: the segment holds more than one sentence. */
const innerStop = /[.!?…]["'”’»)\]]*\s+["'“‘«(]?\p{Lu}/u

/**
 * Whether each segment holds more than one sentence: where the other side
 * splits such a segment, a short first line glued to it is the second
 * sentence's first half, not a title.
 */
export function holdsSentences(segments: readonly Segment[]): Uint8Array {
  return Uint8Array.from(segments, (segment) => (innerStop.test(segment.text) ? 1 : 0))
}

/** Whether a segment of this structure introduces what follows (a heading or a title). */
export function introduces(kind: number): boolean {
  return kind === SegmentRole.Heading || kind === SegmentRole.Title
}

const letters = /\p{L}[\p{L}\p{M}'’-]*/gu
const finalStop = /[.!?…]["'”’»)\]]*$/u
const bracketed = /^\[[^\]]+\]\.?$/u
const leadIn = /^\p{L}[\p{L}\p{M}]*(?: \p{L}[\p{L}\p{M}]*){0,3} ?:/u

/** Headings are short: the longest heading line, in words. */
const headingWords = 8
/** Titles (the first line, or a line in capitals) run longer. */
const titleWords = 20

/**
 * The structure of each segment. A heading is a segment whose block is a
 * heading (read documents), or, from its text alone (line mode): a bracketed
 * title (`[Multimorbidity in Portugal…].`, the way Medline marks translated
 * titles); a short capitalised line without a closing full stop
 * (`MATERIAL AND METHODS`, `Objectives:`); a line in capitals; or a short first
 * line with one closing full stop at most (a title).
 */
export function segmentRolesOf(segments: readonly Segment[]): Uint8Array {
  const kinds = new Uint8Array(segments.length)
  segments.forEach((segment, index) => {
    // A line after one left open (`Now, therefore,`) carries on its sentence: no heading.
    const carriesOn =
      index > 0 && !introduces(kinds[index - 1]!) && /[,;\p{L}\p{N}]$/u.test(segments[index - 1]!.text.trim())
    kinds[index] =
      !carriesOn && heading(segment)
        ? SegmentRole.Heading
        : leadIn.test(segment.text.trim())
          ? SegmentRole.LeadIn
          : index === 0 && title(segment)
            ? SegmentRole.Title
            : SegmentRole.Body
  })
  return kinds
}

/** How many words `text` has, counted no further than `most + 1`: enough to tell a line longer than `most`. */
function wordsUpTo(text: string, most: number): number {
  letters.lastIndex = 0
  let count = 0
  while (count <= most && letters.exec(text) !== null) count++
  return count
}

function heading(segment: Segment): boolean {
  if (segment.role === 'heading') return true
  const text = segment.text.trim()
  if (bracketed.test(text)) return true
  if (!/^\p{Lu}/u.test(text) || /[,;]$/.test(text)) return false
  const words = wordsUpTo(text, titleWords)
  if (words === 0) return false
  if (words <= headingWords && !finalStop.test(text)) return true
  const capitals = !/\p{Ll}/u.test(text)
  return capitals && words <= titleWords
}

/** A first line of a text without structure (line mode) that could be its title: short, one sentence at most. */
function title(segment: Segment): boolean {
  const text = segment.text.trim()
  return segment.role === undefined && wordsUpTo(text, titleWords) <= titleWords && !/[.!?…]\s/u.test(text)
}
