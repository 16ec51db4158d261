import {francAll} from 'franc-min'
import type {Lang} from '../types.js'
import {ENGLISH_WORDS, PORTUGUESE_WORDS} from './data/function-words.js'
import {identifyVariant, round} from './variant.js'
import {letterCount, wordsOf} from './words.js'

/** A language guess with its confidence, 0 to 1. */
export interface LanguageGuess {
  lang: Lang
  confidence: number
}

/** Evidence for Portuguese (positive) or English (negative), and how much text it rests on. */
export interface LanguageScore {
  score: number
  letters: number
}

const portuguese = new Set(PORTUGUESE_WORDS)
const english = new Set(ENGLISH_WORDS)
// Letters English writes only in loan words and names: ã, õ, ç, â, ê, ô never, the acute accents rarely.
const PORTUGUESE_LETTERS = /[ãõçâêô]/u
const ACCENTED_LETTERS = /[áíúàéó]/u
const CAPITAL = /^\p{Lu}/u
/** Below this much evidence a sentence is undetermined: too short or too mixed to tell. */
export const DECIDING_SCORE = 1
const FRANC_WEIGHT = 2

/**
 * Score a text: +1 per Portuguese function word, −1 per English one, +1 per
 * word with ã, õ, ç, â, ê or ô and +0.5 per word with another accent (except
 * capitalised words after the first: names like São Paulo in English text),
 * plus up to ±2 from franc's trigram model (restricted to Portuguese and
 * English) as the text gets long enough for trigrams to mean something.
 * Function words make code-switching harmless: "os AI players chineses" has
 * two Portuguese words and no English one.
 */
export function scoreLanguage(text: string): LanguageScore {
  const nfc = text.normalize('NFC')
  let score = 0
  wordsOf(nfc).forEach((original, index) => {
    for (const word of original.toLowerCase().split(/['’‐-]/u)) {
      // "o" of O'Brien, "d" of d'água, "s" of it's: too short to count.
      if (word.length === 1 && word !== original.toLowerCase()) continue
      if (portuguese.has(word)) score += 1
      else if (english.has(word)) score -= 1
      else if (index > 0 && CAPITAL.test(original)) continue
      else if (PORTUGUESE_LETTERS.test(word)) score += 1
      else if (ACCENTED_LETTERS.test(word)) score += 0.5
    }
  })
  const letters = letterCount(nfc)
  // franc adds at most ±2: where the words already say more, it cannot change the answer.
  if (letters >= 8 && Math.abs(score) <= FRANC_WEIGHT) {
    const [best, second] = francAll(nfc, {only: ['por', 'eng'], minLength: 1})
    if (best && second && best[0] !== 'und') {
      const weight = FRANC_WEIGHT * Math.min(1, letters / 30) * Math.min(1, (best[1] - second[1]) / 0.3)
      score += best[0] === 'por' ? weight : -weight
    }
  }
  return {score, letters}
}

/** A sentence's guess, with the letters it rests on (weights for block decisions). */
export interface SentenceGuess {
  lang: 'pt' | 'en' | 'und'
  confidence: number
  letters: number
}

/** `pt`, `en` or `und` (too short or too mixed to tell) for one sentence. */
export function guessLanguage(text: string): SentenceGuess {
  const {score, letters} = scoreLanguage(text)
  const confidence = round(1 - Math.exp(-Math.abs(score) / 2))
  if (letters < 3 || Math.abs(score) < DECIDING_SCORE) return {lang: 'und', confidence: Math.min(confidence, 0.3), letters}
  return {lang: score > 0 ? 'pt' : 'en', confidence, letters}
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
