import type {Lang} from '../types.js'
import {monthNames} from './data/months.js'
import {numberJoiners, numberWords, standaloneNumberWords} from './data/number-words.js'
import {foldCase, wordsOf} from '../text/index.js'
import {withoutAddresses} from '../identify/words.js'

/** A number or month found in a text, with its value normalised across locales. */
export interface Quantity {
  start: number
  end: number
  /** The text as written (`2,5`, `July`). */
  text: string
  /** `1.5` for 1.5 and 1,5; `month:7` for July and julho; `time:3:00` for 3:00 PM and 15h00. */
  value: string
  /** Other values the text may stand for (`15` for the hour of 15h00, `90` for the 1990s). */
  also?: readonly string[]
}

/** Whether two quantities may say the same thing. */
export function sameQuantity(a: Quantity, b: Quantity): boolean {
  return (
    a.value === b.value ||
    a.text === b.text ||
    (a.also?.includes(b.value) ?? false) ||
    (b.also?.includes(a.value) ?? false)
  )
}

// A number not glued to a word (H20, B200, COVID-19 are names): digits with
// optional grouping (1,234 / 1.234 / 1 234) and decimals, and ordinal marks.
const numberPattern =
  /(?<![\p{L}\p{N}_])(?<!\p{L}[-‐])\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?:[.,]\d+)?(?![\p{L}\p{N}]|[.,]\d)|(?<![\p{L}\p{N}_.,])(?<!\p{L}[-‐])\d+(?:[.,]\d+)?(?:st|nd|rd|th|\.?[ºª°])?(?![\p{L}\p{N}]|[.,]\d)/gu

const spaces = /[\u00a0\u202f ]/

/**
 * The value of a written number, read with the conventions of `lang`
 * (English: `1,234.5`; Portuguese: `1.234,5` or `1 234,5`). Two different
 * separators settle it whatever the language; one separator followed by other
 * than three digits is a decimal point in any language (`2.5` in a Portuguese
 * text is still two and a half); only `1.500` / `1,500` need the language.
 */
export function parseNumber(raw: string, lang: Lang): number {
  const digits = raw.replace(/(st|nd|rd|th|\.?[ºª°])$/u, '')
  const separators = [...digits].filter((char) => /[.,\u00a0\u202f ]/.test(char))
  if (separators.length === 0) return Number(digits)
  const last = separators[separators.length - 1]!
  const distinct = new Set(separators.map((char) => (spaces.test(char) ? ' ' : char)))
  let decimal: string | undefined
  if (spaces.test(last)) decimal = undefined
  else if (distinct.size > 1) decimal = last
  else if (separators.length > 1) decimal = undefined
  else {
    const after = digits.length - digits.lastIndexOf(last) - 1
    const own = lang === 'en' ? '.' : ','
    // A group of thousands never starts with 0: 0.008 is a decimal in any language.
    decimal = after !== 3 || last === own || /^0\D/.test(digits) ? last : undefined
  }
  let normal = ''
  for (const char of digits) {
    if (/\d/.test(char)) normal += char
    else if (char === decimal) normal += '.'
  }
  return Number(normal)
}

function baseLang(lang: Lang): 'en' | 'pt' | undefined {
  return lang === 'en' ? 'en' : lang.startsWith('pt') ? 'pt' : undefined
}

const monthIndex = new Map<string, Map<string, number>>()
for (const lang of ['en', 'pt'] as const) {
  const index = new Map<string, number>()
  monthNames[lang].forEach((names, month) => names.forEach((name) => index.set(name, month + 1)))
  monthIndex.set(lang, index)
}

// Clock times: "3 p.m.", "5.30 pm", "3:00 PM" (12-hour clock), "14:30", "15h", "15h00", "9h30m" (24-hour clock).
const timePatterns = [
  /(?<![\p{L}\p{N}_.,:])(\d{1,2})(?:[:.](\d{2}))? ?(?:(a)|(p))(?:\. ?m\.?|m)(?![\p{L}\p{N}])/giu,
  /(?<![\p{L}\p{N}_.,:])(\d{1,2}):(\d{2})(?![\p{N}]|[.,:]\d)/gu,
  /(?<![\p{L}\p{N}_.,:])(\d{1,2})h(\d{2})?(?:min|m)?(?![\p{L}\p{N}])/gu
]

// Decades: "the 1990s", "the ’90s", "the 80s" (Portuguese writes "os anos 90" or "os anos 1990").
const decadePattern = /(?<![\p{L}\p{N}_.,])['’‘]?(\d{3}0|\d0)s(?![\p{L}\p{N}])/gu

// A range of two years, the second written with its last two digits: `2005-06`, `1971–72`, `1920-29th`.
const yearRangePattern = /(?<![\p{L}\p{N}_.,/-])(((?:19|20))(\d\d))[-–‐/](\d\d)(?:st|nd|rd|th|s)?(?![\p{L}\p{N}/-])/gu

/**
 * Clock times, short year ranges and decades in `text`. A time's value is read on the 12-hour
 * clock (`time:3:00` for 3 p.m., 15:00 and 15h00: which half of the day a
 * bare "3:00" means is not written); its hour alone may also stand for it
 * (`15h` for "15 hours").
 */
function timesAndDecadesOf(text: string): Quantity[] {
  const found: Quantity[] = []
  const overlaps = (start: number, end: number) => found.some((other) => other.start < end && start < other.end)
  for (const pattern of timePatterns) {
    for (const match of text.matchAll(pattern)) {
      let hour = Number(match[1])
      const minutes = match[2] ?? '00'
      const end = match.index + match[0].length
      if (hour > 24 || Number(minutes) > 59 || overlaps(match.index, end)) continue
      if (match[4] !== undefined && hour < 12) hour += 12
      if (match[3] !== undefined && hour === 12) hour = 0
      found.push({
        start: match.index,
        end,
        text: match[0].trimEnd(),
        value: `time:${hour % 12}:${minutes}`,
        also: [String(hour), String(hour % 12)]
      })
    }
  }
  // A range of years written short (`2005-06`, `1971-72`): the second is a year of the first's century,
  // which a translation may write in full (`2005 e 2006`). A whole decade so written (`1920-29`, `1920-29th`)
  // is the decade (`anos 1920`).
  for (const match of text.matchAll(yearRangePattern)) {
    const [, first, century, firstShort, secondShort] = match as unknown as [string, string, string, string, string]
    if (Number(secondShort) <= Number(firstShort) || overlaps(match.index, match.index + match[0].length)) continue
    const end = match.index + match[0].length
    if (firstShort.endsWith('0') && Number(secondShort) === Number(firstShort) + 9) {
      found.push({start: match.index, end, text: match[0], value: first, also: [String(Number(firstShort))]})
      continue
    }
    const secondStart = match.index + first.length + 1
    found.push({start: match.index, end: match.index + first.length, text: first, value: first})
    found.push({
      start: secondStart,
      end: secondStart + secondShort.length,
      text: secondShort,
      value: String(Number(secondShort)),
      also: [century + secondShort]
    })
  }
  for (const match of text.matchAll(decadePattern)) {
    const digits = match[1]!
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
      value: digits,
      also: [String(Number(digits.slice(-2)))]
    })
  }
  return found
}

/**
 * A slug or anchor: `#step-2`, or three or more hyphen-joined parts with a
 * digit and a letter among them (`step-1-set-up-the-state`), as heading ids
 * and URLs have; not a date (`2024-09-12`, no letter) nor `dá-se-lhe` (no digit).
 */
const identifier =
  /(?<![\p{L}\p{N}-])(?:#[\p{L}\p{N}][\p{L}\p{N}_-]*|(?=[\p{L}\p{N}-]*\p{N})(?=[\p{L}\p{N}-]*\p{L})[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+){2,})(?![\p{L}\p{N}-])/gu

/**
 * `text` with what names rather than counts blanked out (same length, so
 * offsets hold): addresses and paths (see withoutAddresses), inline tags
 * named by an index, slugs and anchors. Their digits are no numbers, and `set` in a slug is no month.
 */
export function withoutIdentifiers(text: string): string {
  let plain = withoutAddresses(text)
  // An inline tag named by its index (`<3>`, `</1>`, as i18next's Trans and react-intl write them) counts nothing.
  if (plain.includes('<')) plain = plain.replace(/<\/?\d+\s*\/?>/g, (tag) => ' '.repeat(tag.length))
  return /[#-]/.test(plain) ? plain.replace(identifier, (run) => ' '.repeat(run.length)) : plain
}

/**
 * The numbers, clock times, decades and the months of dates in `said`, in
 * order; never inside addresses, paths, slugs or anchors.
 */
export function quantitiesOf(said: string, lang: Lang): Quantity[] {
  // Every quantity has a digit, a month's date too: most sentences have none.
  if (!/\d/.test(said)) return []
  const text = withoutIdentifiers(said)
  const found = timesAndDecadesOf(text)
  const special = [...found]
  for (const match of text.matchAll(numberPattern)) {
    const end = match.index + match[0].length
    if (special.some((other) => other.start < end && match.index < other.end)) continue
    found.push({start: match.index, end, text: match[0], value: String(parseNumber(match[0], lang))})
  }
  const base = baseLang(lang)
  if (base) {
    const index = monthIndex.get(base)!
    const words = wordsOf(text)
    words.forEach((word, position) => {
      const month = index.get(foldCase(word.value))
      if (month === undefined) return
      // A month counts only in a date, beside a number ("July 15", "15 de julho de 2025"): alone it
      // may be a word ("may", "marco", "set") or a name ("Rio de Janeiro"), on either side.
      const near = words.slice(Math.max(0, position - 2), position + 3).some((other) => /^\d{1,4}$/.test(other.value))
      if (near) found.push({start: word.start, end: word.end, text: word.value, value: `month:${month}`})
    })
  }
  return found.sort((a, b) => a.start - b.start)
}

/** Values of every run of digits in `text`, even glued to letters (`IC95%` → 95, `5,31vezes` → 5.31). */
export function gluedNumbersOf(text: string, lang: Lang): string[] {
  return [...text.matchAll(/\d+(?:[.,]\d+)*/g)].map((match) => String(parseNumber(match[0], lang)))
}

// Canonical upper-case Roman numerals (I to MMMCMXCIX).
const romanPattern = /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/
const romanValues: Record<string, number> = {I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000}

/** The value of an upper-case Roman numeral (`XXX` → 30), or undefined. */
export function romanValue(word: string): number | undefined {
  if (word === '' || !romanPattern.test(word)) return undefined
  let total = 0
  for (let index = 0; index < word.length; index++) {
    const value = romanValues[word[index]!]!
    const next = romanValues[word[index + 1] ?? ''] ?? 0
    total += value < next ? -value : value
  }
  return total
}

/**
 * Numbers written otherwise in `text`, by value: small numbers as words
 * (`two`, `duas`) and Roman numerals (`Artigo XXX` for `Article 30`). They
 * only reconcile a number the other side writes in digits (so the English
 * pronoun "I" is never a number of its own).
 */
export function numberWordsOf(text: string, lang: Lang): Map<string, number> {
  const base = baseLang(lang)
  const values = new Map<string, number>()
  const add = (value: number) => values.set(String(value), (values.get(String(value)) ?? 0) + 1)
  const words = wordsOf(text)
  let run: number[] = []
  const close = () => {
    // A number written out falls from part to part ("vinte e um"); "dois e três" are two numbers.
    const falls = run.every((part, index) => index === 0 || part === 100 || part === 1000 || part < run[index - 1]!)
    if (run.length > 1 && falls) add(composeNumber(run))
    run = []
  }
  words.forEach((word, index) => {
    const folded = foldCase(word.value)
    const value = base ? numberWords[base][folded] : undefined
    if (value !== undefined) {
      add(value)
      if (standaloneNumberWords.includes(folded)) close()
      else run.push(value)
      return
    }
    const roman = romanValue(word.value)
    if (roman !== undefined) add(roman)
    // "one hundred and twenty": a joiner between two number words keeps the run going.
    const joins =
      base !== undefined &&
      numberJoiners[base].includes(folded) &&
      run.length > 0 &&
      numberWords[base][foldCase(words[index + 1]?.value ?? '')] !== undefined
    if (!joins) close()
  })
  close()
  return values
}

/** The value of number words in a row: `[100, 20]` (one hundred and twenty) is 120, `[2, 1000]` is 2000. */
export function composeNumber(parts: readonly number[]): number {
  let total = 0
  let current = 0
  for (const part of parts) {
    if (part === 1000) {
      total += (current || 1) * 1000
      current = 0
    } else if (part === 100) current = (current || 1) * 100
    else current += part
  }
  return total + current
}
