/**
 * Month names and their usual abbreviations, lower case, by month number
 * (1–12). `number-mismatch` compares dates as numbers plus months, so that
 * "July 15" and "15 de julho" say the same thing.
 */
export const monthNames: Record<'en' | 'pt', ReadonlyArray<readonly string[]>> = {
  en: [
    ['january', 'jan'],
    ['february', 'feb'],
    ['march', 'mar'],
    ['april', 'apr'],
    ['may'],
    ['june', 'jun'],
    ['july', 'jul'],
    ['august', 'aug'],
    ['september', 'sep', 'sept'],
    ['october', 'oct'],
    ['november', 'nov'],
    ['december', 'dec']
  ],
  pt: [
    ['janeiro', 'jan'],
    ['fevereiro', 'fev'],
    ['março', 'marco', 'mar'],
    ['abril', 'abr'],
    ['maio', 'mai'],
    ['junho', 'jun'],
    ['julho', 'jul'],
    ['agosto', 'ago'],
    ['setembro', 'set'],
    ['outubro', 'out'],
    ['novembro', 'nov'],
    ['dezembro', 'dez']
  ]
}

/**
 * Abbreviations that are also ordinary words in the language ("may", "mar",
 * "set", "out"): they count as months only next to a number ("May 3",
 * "3 de out.").
 */
export const ambiguousMonthNames: Record<'en' | 'pt', readonly string[]> = {
  en: ['may', 'mar', 'jan', 'jun', 'dec', 'sep', 'oct', 'nov', 'aug', 'apr', 'feb', 'jul'],
  pt: ['mar', 'set', 'out', 'mai', 'jan', 'jun', 'jul', 'nov', 'dez', 'fev', 'abr', 'ago']
}
