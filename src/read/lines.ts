import {
  AUTHOR_LIMITS,
  DATE_OPENINGS,
  QUOTE_PREFIXES,
  SAY_VERBS,
  SUBJECT_PREFIXES,
  WRITE_VERBS
} from './data/attributions.js'
import {
  CREDIT_DASHES,
  CREDIT_LABELS,
  CREDIT_MAX_WORDS,
  CREDIT_NAMES,
  STAFF_CREDIT_MAX_WORDS,
  STAFF_CREDIT_OPENINGS
} from './data/credits.js'
import {ELISIONS} from './data/elisions.js'
import {
  CLOSING,
  CONTINUATION_WORDS,
  CONTINUING,
  HEADLINE_LIMITS,
  LIST_MARKER,
  OPENING,
  SENTENCE_FINAL
} from './data/punctuation.js'
import {URL_PATTERN, URL_TRAILING} from './data/urls.js'
import {isSpaceCode} from './sentences.js'

/** A line of plain text: the range of its content, trimmed of white space. */
export interface Line {
  start: number
  end: number
}

/** Split `source` into lines (`\n`, `\r\n`, `\r`), each trimmed; blank lines have `start === end`. */
export function splitLines(source: string): Line[] {
  const lines: Line[] = []
  let start = 0
  const length = source.length
  while (start <= length) {
    let end = start
    while (end < length) {
      const code = source.charCodeAt(end)
      if (code === 10 || code === 13) break
      end++
    }
    let from = start
    let to = end
    while (from < to && isSpaceCode(source.charCodeAt(from))) from++
    while (to > from && isSpaceCode(source.charCodeAt(to - 1))) to--
    lines.push(from === to ? {start: from, end: from} : {start: from, end: to})
    if (end >= length) break
    start = end + (source.charCodeAt(end) === 13 && source.charCodeAt(end + 1) === 10 ? 2 : 1)
  }
  return lines
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')
const alternatives = (list: readonly string[]): string =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')

const author = `(?<author>[^\\s:,][^:,\\n]{0,${AUTHOR_LIMITS.characters - 1}}?)`
const opening = `(?:(?:${alternatives(DATE_OPENINGS)})\\s[^\\n]{1,60}?,\\s*)?`
const writeAttribution = new RegExp(`^${opening}${author}\\s+(?:${alternatives(WRITE_VERBS)})\\s*:`, 'iu')
const sayAttribution = new RegExp(`^${opening}${author}\\s+(?:${alternatives(SAY_VERBS)})\\s*:\\s*$`, 'iu')
// "Citação de: X em 12 Março 2024, 14:32", "Quote from: X on March 12, 2024, 14:32:05": the date
// that forum software writes after the author holds a digit and runs to the end of the line.
const postedAt = `(?:\\s+(?:${alternatives(DATE_OPENINGS)})\\s+[^\\n]*\\d[^\\n]*)`
const quoteAttribution = new RegExp(
  `^(?:${alternatives(QUOTE_PREFIXES)})\\s*:?\\s*(?<author>[^\\s:][^:\\n]{0,${AUTHOR_LIMITS.characters - 1}}?)(?:${postedAt}$|\\s*(?::|$))`,
  'iu'
)

/** An attribution at the start of a line: its length and who wrote what follows. */
export function matchAttribution(text: string): {length: number; author: string} | undefined {
  for (const pattern of [writeAttribution, sayAttribution, quoteAttribution]) {
    const match = pattern.exec(text)
    const name = match?.groups?.author?.trim()
    if (!match || !name) continue
    if (name.split(/\s+/).length > AUTHOR_LIMITS.words || /[.!?…]$/u.test(name)) continue
    let length = match[0].length
    while (length > 0 && isSpaceCode(text.charCodeAt(length - 1))) length--
    return {length, author: name}
  }
  return undefined
}

const subjectLine = new RegExp(`^(?:${alternatives(SUBJECT_PREFIXES)})\\s*(?:\\[\\d+\\])?\\s*:\\s*\\S`, 'iu')

/** Whether a trimmed line is the subject of a reply or forward ("Re: Portátil até 1000€"), which stands alone. */
export function isSubjectLine(text: string): boolean {
  return subjectLine.test(text) && text.length <= HEADLINE_LIMITS.characters
}

/** The length of the bullet or number that opens a list line ("- ", "1. "), or 0. */
export function listMarkerLength(text: string): number {
  return LIST_MARKER.exec(text)?.[0].length ?? 0
}

const elisions = new Set(ELISIONS)

/** Whether a trimmed line marks an elision: "(...)", "[...]", "…". */
export function isElision(text: string): boolean {
  return elisions.has(text)
}

const creditNames = new Set(CREDIT_NAMES.map((name) => name.toLowerCase()))
const creditLabel = new RegExp(`^(?:${alternatives(CREDIT_LABELS)})\\s*:?\\s+(?<name>.+)$`, 'iu')
const creditDash = new RegExp(`^(?:${alternatives(CREDIT_DASHES)})\\s*(?<rest>.+)$`, 'u')
const staffOpening = `(?:${alternatives(STAFF_CREDIT_OPENINGS)})\\s`
const staffCredit = new RegExp(`^${staffOpening}`, 'iu')
const staffCreditPart = new RegExp(`;\\s*${staffOpening}`, 'iu')

/**
 * Whether a line is a wire story's staff credit: it opens like one and is in
 * brackets or names a second role ("…; Editing by Y"), which running prose
 * ("Reporting by the FT suggests…") does not.
 */
function isStaffCredit(text: string, bare: string): boolean {
  if (!staffCredit.test(bare) || wordCount(bare) > STAFF_CREDIT_MAX_WORDS || /[.!?]\s+\p{Lu}/u.test(bare)) return false
  return bare !== text || staffCreditPart.test(bare)
}

const firstUrl = new RegExp(URL_PATTERN.source, URL_PATTERN.flags.replace('g', ''))

/** Whether `text` is one web address and nothing else. */
function isLoneUrl(text: string): boolean {
  const match = firstUrl.exec(text)
  return match?.index === 0 && match[0].replace(URL_TRAILING, '').length === text.replace(URL_TRAILING, '').length
}

/** Whether a name looks like a source: short, capitalised, no sentence punctuation. */
function isSourceName(name: string): boolean {
  return name.split(/\s+/).length <= CREDIT_MAX_WORDS && /^[\p{Lu}\p{N}]/u.test(name) && !/[.!?:;]$/u.test(name)
}

/**
 * Whether a trimmed line is a lone credit: a known source ("FT", "Reuters",
 * "(Lusa)"), a labelled source or address ("Fonte: Público", "Source: https://…"),
 * a dashed byline ("— Financial Times"), or a wire story's staff credit
 * ("(Reporting by X; Editing by Y)").
 */
export function isCredit(text: string): boolean {
  const bare = text.replace(/^\((.+)\)$/u, '$1').trim()
  if (creditNames.has(bare.toLowerCase())) return true
  if (isStaffCredit(text, bare)) return true
  const labelled = creditLabel.exec(bare)?.groups?.name?.trim()
  const isLabel = /^\S+\s*:/u.test(bare)
  if (
    labelled !== undefined &&
    (isLabel ? isSourceName(labelled) || isLoneUrl(labelled) : creditNames.has(labelled.toLowerCase()))
  )
    return true
  const dashed = creditDash.exec(bare)
  if (dashed) {
    const rest = dashed.groups!.rest!.trim()
    if (creditNames.has(rest.toLowerCase())) return true
    return !bare.startsWith('-') && isSourceName(rest)
  }
  return false
}

/** Drop closing quotes and brackets from the end. */
function withoutClosing(text: string): string {
  let end = text.length
  while (end > 0 && CLOSING.includes(text[end - 1]!)) end--
  return text.slice(0, end)
}

/** Whether a line ends a sentence: final punctuation, perhaps inside closing quotes or brackets. */
export function lineEndsSentence(text: string): boolean {
  const bare = withoutClosing(text)
  return bare.length > 0 && SENTENCE_FINAL.includes(bare[bare.length - 1]!)
}

/** Whether a line visibly goes on: it ends with a comma, colon, dash… or on an article, preposition or conjunction. */
export function endsUnfinished(text: string): boolean {
  if (text.length === 0) return false
  if (CONTINUING.includes(text[text.length - 1]!)) return true
  const word = /[\p{L}]+$/u.exec(text)?.[0]
  return word !== undefined && CONTINUATION_WORDS.has(word.toLowerCase())
}

/** The first letter or digit after opening quotes, brackets and bullets. */
function firstCharacter(text: string): string | undefined {
  let index = 0
  while (index < text.length && (OPENING.includes(text[index]!) || isSpaceCode(text.charCodeAt(index)))) index++
  return text[index]
}

/** Whether a line starts a new sentence: a capital or a digit, maybe after an opening quote or bullet. */
export function startsSentence(text: string): boolean {
  const first = firstCharacter(text)
  return first !== undefined && /[\p{Lu}\p{Lt}\p{N}]/u.test(first)
}

/** Whether a line starts in lower case, so continues the sentence before it. */
export function startsLowercase(text: string): boolean {
  const first = firstCharacter(text)
  return first !== undefined && /\p{Ll}/u.test(first)
}

/** Number of words in a line. */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu)?.length ?? 0
}
