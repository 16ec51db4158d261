import {francAll} from 'franc-min'
import type {Lang} from '../types.js'
import {ENGLISH_WORDS, PORTUGUESE_WORDS} from './data/function-words.js'
import {SPELLING_CUES} from './data/spelling.js'
import {identifyVariant, round} from './variant.js'
import {compoundWordsOf} from '../text/index.js'
import {letterCount, withoutAddresses} from './words.js'

/** A language guess with its confidence, 0 to 1. */
export interface LanguageGuess {
  lang: Lang
  confidence: number
}

/** Evidence for Portuguese (positive) or English (negative), and how much text it rests on. */
export interface LanguageScore {
  score: number
  /**
   * Which way the text leans even when too weakly to decide: the score, but
   * from words alone below `LEANING_LETTERS` (franc's trigrams are noise there).
   */
  lean: number
  letters: number
}

const portuguese = new Set(PORTUGUESE_WORDS)
const english = new Set(ENGLISH_WORDS)
const spelling = SPELLING_CUES.map(({pattern, weight}) => ({regex: new RegExp(pattern, 'u'), weight}))
const CAPITAL = /^\p{Lu}/u
/** Below this much evidence a sentence is undetermined: too short or too mixed to tell. */
export const DECIDING_SCORE = 1
const FRANC_WEIGHT = 2
const LEANING_LETTERS = 15

/**
 * Score a text: +1 per frequent Portuguese word, −1 per English one, ±0.5–1
 * per other word whose spelling only one language has (`data/spelling.ts`:
 * ã, -mente / th, w, -ly; not for capitalised words after the first, names
 * like São Paulo in English text), plus up to ±2 from franc's trigram model
 * (restricted to Portuguese and English) as the text gets long enough for
 * trigrams to mean something. Frequent words make code-switching harmless:
 * "os AI players chineses não" has three Portuguese words and no English one.
 */
export function scoreLanguage(text: string): LanguageScore {
  const plain = withoutAddresses(text.normalize('NFC'))
  const words = compoundWordsOf(plain)
  const capitals = words.map((word) => CAPITAL.test(word))
  const named = words.map((_, index) => inName(capitals, index))
  // Words inside a name ("Build and Deploy") say nothing of the sentence's language, to franc either.
  const nfc = named.includes(true) ? blankWords(plain, words, named) : plain
  let score = 0
  words.forEach((original, index) => {
    if (named[index]) return
    const lower = original.toLowerCase()
    for (const word of lower.split(/['’‐-]/u)) {
      // "o" of O'Brien, "d" of d'água, "s" of it's: too short to count.
      if (word.length === 1 && word !== lower) continue
      if (portuguese.has(word)) score += 1
      else if (english.has(word)) score -= 1
      else if (index > 0 && capitals[index]) continue
      else score += spelling.find(({regex}) => regex.test(word))?.weight ?? 0
    }
  })
  const fromWords = score
  const letters = letterCount(nfc)
  // franc adds at most ±2: where the words already say more, it cannot change the answer.
  if (letters >= 8 && Math.abs(score) <= FRANC_WEIGHT) {
    const [best, second] = francAll(nfc, {only: ['por', 'eng'], minLength: 1})
    if (best && second && best[0] !== 'und') {
      const weight = FRANC_WEIGHT * Math.min(1, letters / 30) * Math.min(1, (best[1] - second[1]) / 0.3)
      score += best[0] === 'por' ? weight : -weight
    }
  }
  return {score, lean: letters >= LEANING_LETTERS ? score : fromWords, letters}
}

/**
 * `text` with the words marked in `blank` replaced by spaces (same length,
 * so offsets hold); `words` are `text`'s words in order. Built piece by piece
 * in one pass: splicing each word into the whole text again was quadratic on
 * a long line of names.
 */
function blankWords(text: string, words: readonly string[], blank: readonly boolean[]): string {
  const pieces: string[] = []
  let from = 0
  words.forEach((word, index) => {
    const at = text.indexOf(word, from)
    if (blank[index]) pieces.push(text.slice(from, at), ' '.repeat(word.length))
    else pieces.push(text.slice(from, at + word.length))
    from = at + word.length
  })
  pieces.push(text.slice(from))
  return pieces.join('')
}

/**
 * Whether the lower-case word at `index` joins two capitalised words of a
 * name or label ("Build and Deploy", "Code of Conduct", "Terms of Service"),
 * the first of them not the sentence's first word: it belongs to the name,
 * not to the language of the sentence around it.
 */
function inName(capitals: readonly boolean[], index: number): boolean {
  return index >= 2 && !capitals[index] && capitals[index - 1] === true && capitals[index + 1] === true
}

/** A sentence's guess, with the score and letters it rests on (for block decisions). */
export interface SentenceGuess extends LanguageScore {
  lang: 'pt' | 'en' | 'und'
  confidence: number
}

/** `pt`, `en` or `und` (too short or too mixed to tell) for one sentence. */
export function guessLanguage(text: string): SentenceGuess {
  const {score, lean, letters} = scoreLanguage(text)
  const confidence = round(1 - Math.exp(-Math.abs(score) / 2))
  if (letters < 3 || Math.abs(score) < DECIDING_SCORE)
    return {lang: 'und', confidence: Math.min(confidence, 0.3), score, lean, letters}
  return {lang: score > 0 ? 'pt' : 'en', confidence, score, lean, letters}
}

/**
 * The language of one sentence: `pt`, `en`, or `und` when too short or too
 * mixed to tell; Portuguese with strong variant cues comes back as `pt-PT`
 * or `pt-BR`.
 */
export function identifyLanguage(text: string): LanguageGuess {
  const {lang, confidence} = guessLanguage(text)
  return {lang: lang === 'pt' ? identifyVariant(text).variant : lang, confidence}
}
