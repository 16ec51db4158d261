import type {Block, BlockRole, DocumentLanguages, Lang} from '../types.js'
import {guessLanguage} from './language.js'
import type {LanguageGuess} from './language.js'
import {addEvidence, decideVariant, round, variantEvidence} from './variant.js'
import type {VariantEvidence} from './variant.js'
import {letterCount} from './words.js'

type Base = 'pt' | 'en' | 'und'

/** Below this confidence a sentence follows its block (a stray "frontier models." in Portuguese prose). */
const SENTENCE_TRUST = 0.5
/** Roles that introduce what follows, so inherit from the next block first. */
const LEADING_ROLES: ReadonlySet<BlockRole> = new Set(['heading', 'headline', 'attribution'])

/**
 * Set the language and confidence of every sentence (`pt`, `en` or `und`)
 * and block (`pt-PT`, `pt-BR`, `pt`, `en` or `und`) and return the document
 * summary. Sentences too short to tell take their block's language; blocks
 * too short to tell take their neighbours'. A Portuguese block's variant comes
 * from its own cues, else from the whole document's.
 */
export function assignLanguages(blocks: Block[]): DocumentLanguages {
  const guesses = blocks.map((block) => block.sentences.map((sentence) => guessLanguage(proseOf(block, sentence.range))))
  const own = blocks.map((block, index) => blockGuess(block, guesses[index] ?? []))
  const bases = own.map((guess, index) => (guess.lang === 'und' ? inherit(blocks, own, index) : guess))

  let documentEvidence: VariantEvidence = {'pt-PT': 0, 'pt-BR': 0, cues: []}
  const evidence = blocks.map((block, index) => {
    if (bases[index]?.lang !== 'pt') return undefined
    const found = variantEvidence(block.prose.text)
    documentEvidence = addEvidence(documentEvidence, found)
    return found
  })
  const documentVariant = decideVariant(documentEvidence)

  const letters = new Map<Lang, number>()
  blocks.forEach((block, index) => {
    const base = bases[index] ?? {lang: 'und', confidence: 0}
    const found = evidence[index]
    const variant = found ? decideVariant(found) : undefined
    block.lang = base.lang === 'pt' ? (variant?.variant === 'pt' ? documentVariant.variant : (variant?.variant ?? 'pt')) : base.lang
    block.confidence = base.confidence
    block.sentences.forEach((sentence, position) => {
      const guess = guesses[index]?.[position] ?? {lang: 'und', confidence: 0}
      const trusted = guess.lang !== 'und' && guess.confidence >= SENTENCE_TRUST
      sentence.lang = trusted ? guess.lang : base.lang
      sentence.confidence = trusted ? guess.confidence : round(Math.min(base.confidence, 0.5))
      const shareLang = sentence.lang === 'pt' ? block.lang : sentence.lang
      letters.set(shareLang, (letters.get(shareLang) ?? 0) + letterCount(proseOf(block, sentence.range)))
    })
  })
  return summary(letters, documentVariant.variant)
}

function proseOf(block: Block, [start, end]: [number, number]): string {
  return block.prose.text.slice(start, end)
}

/** A block's language from its sentences, weighted by letters; its whole prose when it has none. */
function blockGuess(block: Block, guesses: LanguageGuess[]): LanguageGuess & {lang: Base} {
  if (block.sentences.length === 0) return guessLanguage(block.prose.text) as LanguageGuess & {lang: Base}
  const weight = {pt: 0, en: 0}
  const confidence = {pt: 0, en: 0}
  block.sentences.forEach((sentence, index) => {
    const guess = guesses[index]
    if (!guess || (guess.lang !== 'pt' && guess.lang !== 'en')) return
    const size = letterCount(proseOf(block, sentence.range))
    weight[guess.lang] += size
    confidence[guess.lang] += size * guess.confidence
  })
  const total = weight.pt + weight.en
  if (total === 0) return {lang: 'und', confidence: 0}
  const lang = weight.pt >= weight.en ? 'pt' : 'en'
  return {lang, confidence: round((confidence[lang] / weight[lang]) * (weight[lang] / total))}
}

/** The language of the nearest decided block, the next one first for headings and attributions. */
function inherit(blocks: Block[], own: LanguageGuess[], index: number): LanguageGuess & {lang: Base} {
  const previous = nearest(own, index, -1)
  const next = nearest(own, index, 1)
  const role = blocks[index]?.role
  const first = role && LEADING_ROLES.has(role) ? (next ?? previous) : (previous ?? next)
  if (!first) return {lang: 'und', confidence: 0}
  return {lang: first.lang as Base, confidence: round(first.confidence * 0.5)}
}

function nearest(own: LanguageGuess[], index: number, step: 1 | -1): LanguageGuess | undefined {
  for (let at = index + step; at >= 0 && at < own.length; at += step) {
    const guess = own[at]
    if (guess && guess.lang !== 'und') return guess
  }
  return undefined
}

function summary(letters: Map<Lang, number>, variant: 'pt-PT' | 'pt-BR' | 'pt'): DocumentLanguages {
  const total = [...letters.values()].reduce((sum, count) => sum + count, 0)
  const shares: Partial<Record<Lang, number>> = {}
  let main: Lang = 'und'
  let most = 0
  for (const [lang, count] of [...letters].sort(([a], [b]) => a.localeCompare(b))) {
    shares[lang] = round(count / total)
    if (lang !== 'und' && count > most) [main, most] = [lang, count]
  }
  const anyPortuguese = [...letters.keys()].some((lang) => lang.startsWith('pt'))
  if (main.startsWith('pt')) main = variant
  return anyPortuguese ? {document: main, shares, variant} : {document: main, shares}
}
