// Spelling cues that tell a Portuguese word from an English one, used to read
// the column order of a lexicon file without a header. Constants only.

/** Letters and endings found in Portuguese words and rarely in English ones. */
export const portugueseCues: readonly RegExp[] = [
  /[ãõçáéíóúâêôà]/u,
  /(?:ção|ções|dade|mente|agem|inho|inha|eiro|eira|oso|osa|ista|ismo)$/u,
  /(?:lh|nh)/u,
  /[aeo]s$/u,
  /[ao]$/u
]

/** Letters and endings found in English words and rarely in Portuguese ones. */
export const englishCues: readonly RegExp[] = [
  /[wyk]/u,
  /(?:tion|ing|ness|ity|ship|ful|less|ly|th)$/u,
  /(?:th|sh|ck|ee|oo)/u,
  /[^aeiouýs]$/u
]
