import {PATTERN_CUES, SHARED_USE_WORDS, SHARED_USES, WORD_CUES} from './data/variant-cues.js'
import type {Variant} from './data/variant-cues.js'
import {compoundWordsOf, foldCase} from '../text/index.js'

/** The evidence for each Portuguese variant in a text. */
export interface VariantEvidence {
  'pt-PT': number
  'pt-BR': number
  /** The cues found, as `variant:cue` (`pt-PT:utilizador`, `pt-BR:estar-gerund`), once each. */
  cues: string[]
  /** What each capped word group (by its index in `WORD_CUES`) has added so far, so that sums keep to its cap. */
  capped?: Record<number, number>
}

export interface VariantGuess {
  variant: 'pt-PT' | 'pt-BR' | 'pt'
  /** Confidence of `variant`, 0 to 1; for `pt`, how far the cues lean either way (0 without cues). */
  confidence: number
  cues: string[]
}

/** The margin of evidence that decides a variant: one strong cue (2), or a weak one backed by another. */
export const VARIANT_MARGIN = 1.5

const PLAIN = /^[a-z]+$/u
const JOINED = /[-‐'’]/u
const wordWeights = new Map<string, {variant: Variant; weight: number; group: number}>()
WORD_CUES.forEach((cue, group) => {
  for (const word of cue.words) wordWeights.set(word, {variant: cue.variant, weight: cue.weight, group})
})

/** Add `weight` of `group` to `evidence` for `variant`, keeping to the group's cap; returns what was added. */
function addCapped(evidence: VariantEvidence, variant: Variant, weight: number, group: number): number {
  const cap = WORD_CUES[group]?.cap
  if (cap === undefined) {
    evidence[variant] += weight
    return weight
  }
  const capped = (evidence.capped ??= {})
  const added = Math.max(0, Math.min(weight, cap - (capped[group] ?? 0)))
  capped[group] = (capped[group] ?? 0) + added
  evidence[variant] += added
  return added
}
// Every pattern runs on case-folded text (`foldCase` below) and is written in lower case (tested), so
// none needs `i`: case-insensitive Unicode matching makes each slower to compile and to run.
const textPatterns = PATTERN_CUES.filter((cue) => cue.scope !== 'word').map((cue) => ({
  ...cue,
  regex: new RegExp(cue.pattern, 'gu')
}))
const sharedUses = new RegExp(Object.values(SHARED_USES).join('|'), 'gu')
// Most texts hold none of the shared uses' words, and the uses' look-behinds are not cheap.
const sharedWords = new RegExp(SHARED_USE_WORDS, 'u')
const wordPatterns = PATTERN_CUES.filter((cue) => cue.scope === 'word').map((cue) => ({
  ...cue,
  regex: new RegExp(cue.pattern, 'u')
}))

/**
 * Sum the variant cues in `text`, each distinct cue once: ten "usuário" in a
 * paragraph are one writer's habit, not ten (a document adds its blocks up).
 */
export function variantEvidence(text: string): VariantEvidence {
  const evidence: VariantEvidence = {'pt-PT': 0, 'pt-BR': 0, cues: []}
  const found = new Set<string>()
  // What both variants write is no cue ("membrana celular", "padrão de facto").
  let normal = foldCase(text)
  if (sharedWords.test(normal)) normal = normal.replace(sharedUses, (use) => ' '.repeat(use.length))
  const count = (variant: Variant, weight: number, name: string, group?: number): void => {
    const cue = `${variant}:${name}`
    if (found.has(cue)) return
    if (group === undefined) evidence[variant] += weight
    else addCapped(evidence, variant, weight, group)
    found.add(cue)
  }
  for (const word of compoundWordsOf(normal)) {
    const cue = wordWeights.get(word)
    if (cue) count(cue.variant, cue.weight, word, cue.group)
    // Spelling patterns and compounds only concern words beyond plain a–z.
    if (PLAIN.test(word)) continue
    if (JOINED.test(word)) {
      for (const part of word.split(JOINED)) {
        const partCue = wordWeights.get(part)
        if (partCue) count(partCue.variant, partCue.weight, part, partCue.group)
      }
    }
    for (const {id, variant, weight, regex} of wordPatterns) if (regex.test(word)) count(variant, weight, id)
  }
  for (const {id, variant, weight, regex} of textPatterns) {
    regex.lastIndex = 0
    if (regex.test(normal)) count(variant, weight, id)
  }
  evidence.cues = [...found].sort()
  return evidence
}

/** Add `more` to `total` (a document's blocks), in place; capped word groups keep to their caps over the sum. */
export function addEvidence(total: VariantEvidence, more: VariantEvidence): void {
  total['pt-PT'] += more['pt-PT']
  total['pt-BR'] += more['pt-BR']
  for (const [key, weight] of Object.entries(more.capped ?? {})) {
    const group = Number(key)
    const variant = WORD_CUES[group]!.variant
    total[variant] -= weight
    addCapped(total, variant, weight, group)
  }
  for (const cue of more.cues) if (!total.cues.includes(cue)) total.cues.push(cue)
}

/** Decide a variant from evidence: a margin of at least `VARIANT_MARGIN`, else `pt`. */
export function decideVariant(evidence: VariantEvidence): VariantGuess {
  const margin = evidence['pt-PT'] - evidence['pt-BR']
  const confidence = round(1 - Math.exp(-Math.abs(margin) / 2))
  if (Math.abs(margin) < VARIANT_MARGIN) return {variant: 'pt', confidence, cues: evidence.cues}
  return {variant: margin > 0 ? 'pt-PT' : 'pt-BR', confidence, cues: evidence.cues}
}

/** European or Brazilian Portuguese, from spelling, vocabulary and syntax cues; `pt` when they do not decide. */
export function identifyVariant(text: string): VariantGuess {
  return decideVariant(variantEvidence(text))
}

export function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
