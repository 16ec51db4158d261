import type {Block, BlockRole, DocumentLanguages, Lang} from '../types.js'
import {guessLanguage} from './language.js'
import type {SentenceGuess} from './language.js'
import {addEvidence, decideVariant, round, variantEvidence} from './variant.js'
import type {VariantEvidence} from './variant.js'

type Variant = 'pt-PT' | 'pt-BR' | 'pt'
/** A block's language; `lean` is its sentences' leans summed (which way an undecided block tips). */
type BlockGuess = Pick<SentenceGuess, 'lang' | 'confidence' | 'lean'>

/** Below this confidence a sentence follows its block (a stray "frontier models." in Portuguese prose). */
const SENTENCE_TRUST = 0.5
/** An undecided block leaning this far one way goes that way rather than after its neighbours. */
const LEANING = 0.5
/** Roles that introduce what follows, so inherit from the next block first. */
const LEADING_ROLES: ReadonlySet<BlockRole> = new Set(['heading', 'headline', 'attribution'])
const UNDETERMINED: SentenceGuess = {lang: 'und', confidence: 0, score: 0, lean: 0, letters: 0}

/**
 * Set the language and confidence of every sentence (`pt`, `en` or `und`)
 * and block (`pt-PT`, `pt-BR`, `pt`, `en` or `und`) and return the document
 * summary. Sentences too short to tell take their block's language; blocks
 * too short to tell go the way they lean, else take their neighbours'. A
 * Portuguese block's variant comes from its own cues, else from the whole
 * document's.
 */
export function assignLanguages(blocks: Block[]): DocumentLanguages {
  const guesses = blocks.map((block) =>
    block.sentences.map((sentence) => guessLanguage(proseOf(block, sentence.range)))
  )
  const own = blocks.map((block, index) => blockGuess(block, guesses[index] ?? []))
  const previous = nearestDecided(own, -1)
  const next = nearestDecided(own, 1)
  const bases = own.map((guess, index) =>
    guess.lang === 'und' ? inherit(guess, blocks[index]?.role, previous[index], next[index]) : guess
  )

  const documentEvidence: VariantEvidence = {'pt-PT': 0, 'pt-BR': 0, cues: []}
  const evidence = blocks.map((block, index) => {
    if (bases[index]?.lang !== 'pt') return undefined
    const found = variantEvidence(block.prose.text)
    addEvidence(documentEvidence, found)
    return found
  })
  const documentVariant = decideVariant(documentEvidence).variant

  const letters = new Map<Lang, number>()
  blocks.forEach((block, index) => {
    const base = bases[index] ?? UNDETERMINED
    const found = evidence[index]
    block.lang = found ? blockVariant(found, documentVariant) : base.lang
    block.confidence = base.confidence
    block.sentences.forEach((sentence, position) => {
      const guess = guesses[index]?.[position] ?? UNDETERMINED
      const trusted = guess.lang !== 'und' && guess.confidence >= SENTENCE_TRUST
      sentence.lang = trusted ? guess.lang : base.lang
      sentence.confidence = trusted ? guess.confidence : round(Math.min(base.confidence, 0.5))
      // Shares count Portuguese under its variant: the block's, or the document's inside an English block.
      const share = sentence.lang !== 'pt' ? sentence.lang : block.lang.startsWith('pt') ? block.lang : documentVariant
      letters.set(share, (letters.get(share) ?? 0) + guess.letters)
    })
  })
  return summary(letters, documentVariant)
}

function proseOf(block: Block, [start, end]: [number, number]): string {
  return block.prose.text.slice(start, end)
}

/** The block's own variant when its cues decide, else the document's. */
function blockVariant(evidence: VariantEvidence, documentVariant: Variant): Variant {
  const {variant} = decideVariant(evidence)
  return variant === 'pt' ? documentVariant : variant
}

/** A block's language from its sentences, weighted by letters; its whole prose when it has none. */
function blockGuess(block: Block, guesses: SentenceGuess[]): BlockGuess {
  if (block.sentences.length === 0) return guessLanguage(block.prose.text)
  const weight = {pt: 0, en: 0}
  const confidence = {pt: 0, en: 0}
  let lean = 0
  for (const guess of guesses) {
    lean += guess.lean
    if (guess.lang === 'und') continue
    weight[guess.lang] += guess.letters
    confidence[guess.lang] += guess.letters * guess.confidence
  }
  const total = weight.pt + weight.en
  if (total === 0) return {lang: 'und', confidence: 0, lean}
  const lang = weight.pt >= weight.en ? 'pt' : 'en'
  return {lang, confidence: round((confidence[lang] / weight[lang]) * (weight[lang] / total)), lean}
}

/**
 * The language of the nearest decided blocks, at half confidence. When the
 * block before and the block after disagree (a parallel text alternating
 * languages), the way the block's own evidence leans decides; without any,
 * the next block for headings and attributions, the previous otherwise.
 */
function inherit(
  own: BlockGuess,
  role: BlockRole | undefined,
  previous: BlockGuess | undefined,
  next: BlockGuess | undefined
): BlockGuess {
  const {lean} = own
  // Too weak to decide a sentence, but enough to beat a guess from position.
  if (Math.abs(lean) >= LEANING)
    return {lang: lean > 0 ? 'pt' : 'en', confidence: round(1 - Math.exp(-Math.abs(lean) / 2)), lean}
  let chosen = role && LEADING_ROLES.has(role) ? (next ?? previous) : (previous ?? next)
  if (previous && next && previous.lang !== next.lang && lean !== 0) {
    chosen = lean > 0 === (previous.lang === 'pt') ? previous : next
  }
  return chosen
    ? {lang: chosen.lang, confidence: round(chosen.confidence * 0.5), lean}
    : {lang: 'und', confidence: 0, lean}
}

/**
 * For every block, the nearest decided block before it (`step` −1) or after
 * it (`step` 1), in one pass: searching from each undecided block again was
 * quadratic on a document of many undecided blocks (a table of one-word cells).
 */
function nearestDecided(own: readonly BlockGuess[], step: 1 | -1): Array<BlockGuess | undefined> {
  const found = new Array<BlockGuess | undefined>(own.length)
  let last: BlockGuess | undefined
  for (let index = step === 1 ? own.length - 1 : 0; index >= 0 && index < own.length; index -= step) {
    found[index] = last
    const guess = own[index]!
    if (guess.lang !== 'und') last = guess
  }
  return found
}

/** Shares of letters per language; the main language is Portuguese (as the document's variant) or English, whichever has more. */
function summary(letters: Map<Lang, number>, variant: Variant): DocumentLanguages {
  const total = [...letters.values()].reduce((sum, count) => sum + count, 0)
  const shares: Partial<Record<Lang, number>> = {}
  let portuguese = 0
  for (const [lang, count] of [...letters].sort(([a], [b]) => a.localeCompare(b))) {
    shares[lang] = total === 0 ? 0 : round(count / total)
    if (lang.startsWith('pt')) portuguese += count
  }
  const english = letters.get('en') ?? 0
  if (portuguese === 0) return {document: english > 0 ? 'en' : 'und', shares}
  return {document: portuguese >= english ? variant : 'en', shares, variant}
}
