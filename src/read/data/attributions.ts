// Phrases that introduce quoted text in forum posts and e-mail replies.
// Matching is case-insensitive; the author is whatever stands in `{author}`.

/** Verbs in "X escreveu:" / "X wrote:"; the quoted text may be glued right after the colon. */
export const WRITE_VERBS: readonly string[] = ['escreveu', 'escreve', 'wrote', 'writes', 'has written', 'escreveste']

/**
 * Verbs in "X said:" / "X disse:". Common in running prose ("O ministro disse: ..."),
 * so they count only when the colon ends the line.
 */
export const SAY_VERBS: readonly string[] = [
  'said',
  'says',
  'disse',
  'diz',
  'afirmou',
  'comentou',
  'commented',
  'posted',
  'publicou'
]

/** Phrases before the author: "Citação de X", "Quote from X". A colon may follow the phrase or the author. */
export const QUOTE_PREFIXES: readonly string[] = [
  'citação de',
  'citacao de',
  'citando',
  'quote from',
  'quoting',
  'quote of',
  'originally posted by',
  'mensagem original de',
  'postado por',
  'publicado por'
]

/**
 * Openings of e-mail style attributions before the author: "On 3 May 2024, X wrote:",
 * "Em 3/5/2024, X escreveu:", "A 3 de maio, X escreveu:". They end at a comma.
 */
export const DATE_OPENINGS: readonly string[] = ['on', 'em', 'a', 'no dia', 'at', 'às', 'as']

/** The longest author name, in characters and in words. */
export const AUTHOR_LIMITS = {characters: 60, words: 5} as const

/** Prefixes of a reply's or forward's subject line: "Re: Portátil até 1000€", "Fwd: …". */
export const SUBJECT_PREFIXES: readonly string[] = ['re', 'res', 'resp', 'ref', 'fw', 'fwd', 'enc', 'tr']
