/**
 * Spelling that marks a word as Portuguese or English when it is in neither
 * word list: letters and endings one language's native words never have.
 * Each is a regular expression source matched (flag `u`) against a
 * lower-case word; a word counts once, for the first cue that matches.
 * Capitalised words after the first of a sentence (names) are not scored.
 */
export interface SpellingCue {
  pattern: string
  /** Positive for Portuguese, negative for English. */
  weight: number
}

export const SPELLING_CUES: readonly SpellingCue[] = [
  // ã, õ, ç, â, ê, ô: English writes them only in loan words and names.
  {pattern: '[ãõçâêô]', weight: 1},
  // The adverb ending: "incorretamente", "especialmente".
  {pattern: '.{3}mente$', weight: 1},
  // Other accents: Portuguese, but also English loans (café, fiancé).
  {pattern: '[áíúàéó]', weight: 0.5},
  // lh: "trabalho", "melhor".
  {pattern: 'lh', weight: 0.5},
  // th, w, k, y and the -ly adverb are not in native Portuguese words.
  {pattern: 'th|w|k|y|..ly$', weight: -0.5}
]
