import {ENGLISH_ABBREVIATIONS, PORTUGUESE_ABBREVIATIONS} from './data/abbreviations.js'
import type {AbbreviationSet} from './data/abbreviations.js'
import {ENGLISH_STARTERS, PORTUGUESE_STARTERS} from './data/starters.js'

/** How a full stop after a word behaves, see `data/abbreviations.ts`. */
export type AbbreviationKind = 'leading' | 'trailing' | 'either' | 'suffix' | 'numeric'

export interface SplitRules {
  kinds: Map<string, AbbreviationKind>
  starters: Set<string>
}

const KINDS: readonly AbbreviationKind[] = ['leading', 'trailing', 'suffix', 'either', 'numeric']
const cache = new Map<string, SplitRules>()

/**
 * The abbreviations and sentence openers of both languages: documents mix
 * them (an English quotation in a Portuguese post). Where the two lists
 * disagree (`Sr.` is a title in Portuguese, "Senior" after a name in English)
 * the language asked for wins; without one, the more cautious reading
 * (no sentence end) wins.
 */
export function splitRules(lang: 'pt' | 'en' | undefined): SplitRules {
  const key = lang ?? 'any'
  let rules = cache.get(key)
  if (!rules) {
    const sets =
      lang === 'en'
        ? [ENGLISH_ABBREVIATIONS, PORTUGUESE_ABBREVIATIONS]
        : [PORTUGUESE_ABBREVIATIONS, ENGLISH_ABBREVIATIONS]
    rules = {
      kinds: lang ? inPriority(sets) : inPriority([merge(sets)]),
      starters: new Set([...PORTUGUESE_STARTERS, ...ENGLISH_STARTERS])
    }
    cache.set(key, rules)
  }
  return rules
}

function inPriority(sets: AbbreviationSet[]): Map<string, AbbreviationKind> {
  const kinds = new Map<string, AbbreviationKind>()
  for (const set of sets) {
    for (const kind of KINDS) for (const word of set[kind]) if (!kinds.has(word)) kinds.set(word, kind)
  }
  return kinds
}

function merge(sets: AbbreviationSet[]): AbbreviationSet {
  return {
    leading: sets.flatMap((set) => set.leading),
    numeric: sets.flatMap((set) => set.numeric),
    trailing: sets.flatMap((set) => set.trailing),
    either: sets.flatMap((set) => set.either),
    suffix: sets.flatMap((set) => set.suffix)
  }
}
