/**
 * Short, frequent words of each language. A glossary term that is one of
 * these and matches regardless of case would be found all over ordinary text
 * ("ai" and "as" in Portuguese, "can" and "us" in English): lint warns.
 * Lower case, NFC.
 */
export const commonWords: Record<'en' | 'pt', readonly string[]> = {
  en: [
    'a', 'ai', 'am', 'an', 'and', 'are', 'as', 'at', 'be', 'bit', 'but', 'by', 'can', 'cat', 'do', 'dot', 'for', 'go', 'he',
    'her', 'him', 'his', 'how', 'i', 'if', 'in', 'is', 'it', 'its', 'may', 'me', 'my', 'no', 'not', 'of', 'on', 'one', 'or',
    'our', 'out', 'per', 'run', 'set', 'she', 'so', 'the', 'to', 'top', 'up', 'us', 'use', 'via', 'was', 'we', 'who', 'why',
    'will', 'win', 'with', 'yes', 'you'
  ],
  pt: [
    'a', 'à', 'ai', 'aí', 'ao', 'as', 'às', 'até', 'com', 'da', 'das', 'de', 'do', 'dos', 'e', 'é', 'ela', 'ele', 'em', 'era',
    'eu', 'fé', 'há', 'ia', 'ir', 'já', 'lá', 'mas', 'me', 'na', 'nas', 'no', 'nos', 'nó', 'o', 'os', 'ou', 'pé', 'por', 'que',
    'se', 'sé', 'si', 'só', 'sol', 'te', 'tu', 'um', 'uma', 'vá', 'vê', 'vi', 'via'
  ]
}
