/**
 * Month names and their usual abbreviations, lower case, by month number
 * (1–12). `number-mismatch` compares dates as numbers plus months, so that
 * "July 15" and "15 de julho" say the same thing; a month counts only beside
 * a number, so the words these also are ("may", "marco", "set") never do.
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
