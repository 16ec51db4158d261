// How sure a line's language guess must be before the forum reader acts on it.

/** A line's guess counts (for smoothing and for switches after a finished sentence) from this confidence. */
export const LINE_LANGUAGE_CONFIDENCE = 0.5

/**
 * A line that continues an unfinished one (no final punctuation) starts a new
 * block only on a language switch this sure, over at least this many words:
 * "AI players chineses conseguem…" is a hard-wrapped Portuguese line, not English.
 */
export const HARD_SWITCH = {confidence: 0.8, words: 4} as const
