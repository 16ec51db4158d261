import {splitRules} from './abbreviations.js'
import {endsSentence, nextCandidate} from './boundary.js'
import {isWhite} from './characters.js'

export interface SplitOptions {
  /**
   * The language of the text, when known. Abbreviations of both languages
   * always apply (documents mix them); the language only settles the few
   * that differ (`Sr.`: a Portuguese title, an English "Senior").
   */
  lang?: 'pt' | 'en'
}

const BLANK_LINE = /\n[^\S\n]*\n/gu

/**
 * Sentence ranges `[start, end)` in `text`: trimmed of white space, in order,
 * never overlapping, together covering every non-white-space character.
 * A blank line always ends a sentence.
 */
export function splitSentences(text: string, options: SplitOptions = {}): Array<[number, number]> {
  const rules = splitRules(options.lang)
  const ends: number[] = []
  let from = 0
  let candidate = nextCandidate(text, 0)
  const decideUntil = (limit: number): void => {
    while (candidate && candidate.end <= limit) {
      if (endsSentence(text, candidate, from, rules)) ends.push((from = candidate.end))
      candidate = nextCandidate(text, candidate.end)
    }
  }
  for (const blank of text.matchAll(BLANK_LINE)) {
    decideUntil(blank.index)
    ends.push((from = blank.index))
  }
  decideUntil(text.length)
  ends.push(text.length)
  return trimmedRanges(text, ends)
}

function trimmedRanges(text: string, ends: number[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  let start = 0
  for (const end of ends) {
    let first = start
    let last = end
    while (first < last && isWhite(text[first])) first++
    while (last > first && isWhite(text[last - 1])) last--
    if (last > first) ranges.push([first, last])
    start = Math.max(start, end)
  }
  return ranges
}
