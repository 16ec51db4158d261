/**
 * Words that show a definition or reader note talks about how glosa matches
 * the term (a maintainer's concern) rather than about the concept, per
 * language. Matched case-insensitively at word boundaries.
 */
export const matchingWords = {
  en: ['case-sensitive', 'case-insensitive', 'tagged', 'tagger', 'tagging', 'matches', 'matched', 'matching'],
  pt: ['sensível a maiúsculas', 'sensíveis a maiúsculas', 'insensível a maiúsculas', 'corresponde', 'correspondem', 'marcado', 'marcados', 'marcada', 'marcadas', 'etiquetado', 'etiquetada']
} as const
