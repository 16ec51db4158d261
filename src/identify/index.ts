// PROVISIONAL (to be replaced by the language identification work): stop words only.
import type {Block, DocumentLanguages, Lang} from '../types.js'

export interface LanguageGuess {
  lang: Lang
  confidence: number
}

const pt = new Set(['o', 'a', 'os', 'as', 'de', 'do', 'da', 'que', 'e', 'um', 'uma', 'para', 'com', 'não', 'por', 'mais', 'dos', 'das', 'no', 'na', 'é', 'em'])
const en = new Set(['the', 'of', 'and', 'to', 'in', 'is', 'that', 'for', 'it', 'with', 'as', 'was', 'on', 'by', 'from', 'their', 'have'])

/** Guess the language of one sentence. */
export function identifyLanguage(text: string): LanguageGuess {
  let p = 0
  let e = 0
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (pt.has(word)) p++
    if (en.has(word)) e++
  }
  if (p === e) return {lang: 'und', confidence: 0}
  return {lang: p > e ? 'pt' : 'en', confidence: Math.abs(p - e) / (p + e)}
}

/** Set the language of every sentence and block; return the document summary. */
export function assignLanguages(blocks: Block[]): DocumentLanguages {
  for (const block of blocks) {
    for (const sentence of block.sentences) Object.assign(sentence, identifyLanguage(sentence.text))
    Object.assign(block, identifyLanguage(block.sentences.map((sentence) => sentence.text).join(' ')))
  }
  return {document: blocks[0]?.lang ?? 'und', shares: {}}
}
