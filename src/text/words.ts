/**
 * Words of a text with Unicode boundaries (JavaScript's `\b` is ASCII-only:
 * `/\bárea\b/u` never matches): a word is a run of letters, digits and
 * combining marks ({@link isWordUnit} says which characters, for every stage).
 * {@link findWords} finds them for the tagger, whose options also join words
 * over apostrophes and mark addresses; {@link wordsOf} is its plain form.
 */

/** A word of a text: `[start, end)` indices and its text. */
export interface Word {
  start: number
  end: number
  value: string
}

/**
 * The words of `text` (apostrophes separate words, addresses are not told
 * apart), in order, with where each is: {@link findWords} with neither
 * option, read straight into words (every rule of every segment asks for
 * these, so no parallel arrays are built only to be turned into objects).
 */
export function wordsOf(text: string): Word[] {
  const words: Word[] = []
  let index = 0
  while (index < text.length) {
    if (!isWordUnit(text, index, text.charCodeAt(index))) {
      index++
      continue
    }
    const start = index
    index++
    while (index < text.length && isWordUnit(text, index, text.charCodeAt(index))) index++
    words.push({start, end: index, value: text.slice(start, index)})
  }
  return words
}

/** A compound: letters and marks joined by hyphens and apostrophes (`guarda-chuva`, `d'água`). */
const compoundPattern = /[\p{L}\p{M}]+(?:[-‐'’][\p{L}\p{M}]+)*/gu

/** The words of `text` with compounds kept whole and digits left out: the units language cues are written in. */
export function compoundWordsOf(text: string): string[] {
  return text.match(compoundPattern) ?? []
}

/** The words of a text: parallel arrays of start and end (exclusive) indices. */
export interface Words {
  starts: number[]
  ends: number[]
  /**
   * Whether the word stands in a URL, e-mail address or file path: part of a
   * hit only when the hit covers all of it (`Node.js`, `A/B test` are terms).
   */
  blocked: boolean[]
  /** For a blocked word: the span (start, end) a hit must cover, its words and the characters that make it an address. */
  coverStarts: number[]
  coverEnds: number[]
  /** Whether the word is plain ASCII (its normal forms are itself and its lower case). */
  ascii: boolean[]
}

/** Word-character class of each UTF-16 unit, filled in as met: 0 unknown, 1 word, 2 other. */
const classes = new Uint8Array(0x10000)
const letterLike = /^[\p{L}\p{N}\p{M}]$/u

/** Whether the character at `index` (a whole code point) is a letter, digit or mark. */
function isWordAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code >= 0xd800 && code <= 0xdfff) {
    const point = text.codePointAt(code <= 0xdbff ? index : index - 1)!
    return point > 0xffff && letterLike.test(String.fromCodePoint(point))
  }
  let kind = classes[code]!
  if (kind === 0) {
    kind = letterLike.test(String.fromCharCode(code)) ? 1 : 2
    classes[code] = kind
  }
  return kind === 1
}

/** Whether the unit `code` at `index` is part of a word: ASCII letters and digits at once, the rest through {@link isWordAt}. */
function isWordUnit(text: string, index: number, code: number): boolean {
  return code < 0x80
    ? (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39)
    : isWordAt(text, index)
}

/** Whether `code` is an apostrophe a word may hold (`Nvidia’s`, `d'água`, `Nvidiaʼs`). */
export function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2bc
}

function isChunkBreak(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x0a ||
    code === 0x0d ||
    code === 0x09 ||
    code === 0xfffc ||
    (code > 0x7f && /\s/.test(String.fromCharCode(code)))
  )
}

/** Whether a `.` at `index` starts a lower-case file or domain extension (`post.txt`, `ft.com`, `www.`). */
function isExtensionDot(text: string, index: number): boolean {
  if (index === 0 || !(isWordAt(text, index - 1) || text[index - 1] === '_' || text[index - 1] === '-')) return false
  let end = index + 1
  while (end < text.length && end - index <= 6 && /[a-z0-9]/.test(text[end]!)) end++
  const length = end - index - 1
  return length >= 1 && length <= 5 && /[a-z]/.test(text[index + 1]!) && (end >= text.length || !isWordAt(text, end))
}

/** What {@link findWords} joins and marks. */
export interface WordOptions {
  /** Keep apostrophes inside a word (`Nvidia’s`, `d'água` one word). Default: true. */
  apostrophes?: boolean
  /** Mark the words of URLs, e-mail addresses and file paths. Default: true. */
  addresses?: boolean
}

/**
 * Find every word of `text`: a run of letters, digits and combining marks,
 * with apostrophes inside it (`Nvidia’s`, `d'água`) unless `apostrophes` is
 * false. Unless `addresses` is false, mark the words of white-space-delimited
 * chunks that are URLs, e-mail addresses or file paths: chunks with a slash or
 * backslash, `@`, or a dotted name with a lower-case extension (`post.txt`,
 * `ft.com`, `www.`; `://` has a slash), with the span a hit must cover to
 * include them. {@link wordsOf} is the same scan without either option.
 */
export function findWords(text: string, options: WordOptions = {}): Words {
  const addresses = options.addresses ?? true
  const apostrophes = options.apostrophes ?? true
  const starts: number[] = []
  const ends: number[] = []
  const blocked: boolean[] = []
  const ascii: boolean[] = []
  const coverStarts: number[] = []
  const coverEnds: number[] = []
  let chunkWord = 0
  let address = false
  let marksStart = 0
  let marksEnd = 0
  const endChunk = () => {
    if (address && chunkWord < starts.length) {
      const start = Math.min(starts[chunkWord]!, marksStart)
      const end = Math.max(ends[ends.length - 1]!, marksEnd)
      for (let word = chunkWord; word < starts.length; word++) {
        blocked[word] = true
        coverStarts[word] = start
        coverEnds[word] = end
      }
    }
    chunkWord = starts.length
    address = false
  }
  let index = 0
  while (index < text.length) {
    const code = text.charCodeAt(index)
    if (isWordUnit(text, index, code)) {
      const start = index
      let plain = true
      index++
      while (index < text.length) {
        const next = text.charCodeAt(index)
        if (isWordUnit(text, index, next)) {
          if (next >= 0x80) plain = false
          index++
        } else if (apostrophes && isApostrophe(next) && index + 1 < text.length && isWordAt(text, index + 1)) {
          if (next >= 0x80) plain = false
          index++
        } else break
      }
      if (code >= 0x80) plain = false
      starts.push(start)
      ends.push(index)
      blocked.push(false)
      ascii.push(plain)
      coverStarts.push(start)
      coverEnds.push(index)
      continue
    }
    if (addresses) {
      if (isChunkBreak(code)) endChunk()
      else if (code === 0x2f || code === 0x5c || code === 0x40 || (code === 0x2e && isExtensionDot(text, index))) {
        if (!address) marksStart = index
        marksEnd = index + 1
        address = true
      }
    }
    index++
  }
  if (addresses) endChunk()
  return {starts, ends, blocked, ascii, coverStarts, coverEnds}
}
