/**
 * Words that mark a parenthesis as a gloss naming another language's term:
 * "IA (AI, na sigla em inglês)", "inteligência artificial (do inglês AI)",
 * "AI (in Portuguese, IA)". A deprecated term inside such a parenthesis is
 * quoted, not used, and `deprecated-target-term` leaves it alone. Lower case.
 */
export const glossMarkers: readonly string[] = [
  'inglês',
  'inglesa',
  'ingl',
  'english',
  'português',
  'portuguesa',
  'portuguese',
  'sigla',
  'acrónimo',
  'acrônimo',
  'acronym'
]
