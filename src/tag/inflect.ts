/**
 * Inflected forms of glossary terms, generated once when a glossary is
 * compiled so that matching stays a look-up. The rules are suffix rules, not
 * a stemmer: each generated form is a word a writer would use for the term
 * (`chips`, `inferências`, `modelos de fronteira`), and nothing
 * shorter, so two concepts are not conflated by a shared stem
 * (`processador` never yields `processamento`).
 */
import type {Term} from '../glossary/types.js'
import {invariableNouns, irregularPlurals, regularPluralsToo, singularsInS} from './data/english.js'
import {invariableWords, irregularPresentStems, phraseBreakers, verbEndings} from './data/portuguese.js'
import type {TermWords} from './words.js'

/** At most this many forms per term from combining the inflections of several words. */
const maxCombinations = 16

const englishPrepositions: ReadonlySet<string> = new Set(['of', 'for', 'in', 'on', 'to', 'from', 'with', 'by', 'at'])
const irregularSingulars: ReadonlyMap<string, string> = new Map([...irregularPlurals].map(([one, many]) => [many, one]))

/** Whether an English irregular plural or singular may change more of `word` than its last three characters. */
export function hasIrregularForms(word: string): boolean {
  const lower = word.toLowerCase()
  return irregularPlurals.has(lower) || irregularSingulars.has(lower)
}

/**
 * Whether a term is a name, for which only a plural `s` is generated: its
 * part of speech says so, else its type, else its case (`H20`, `Nvidia`).
 */
export function isName(term: Term, words: TermWords, caseSensitive: boolean): boolean {
  if (term.partOfSpeech !== undefined) return term.partOfSpeech === 'properNoun'
  if (term.type === 'productName' || term.type === 'acronym' || term.type === 'abbreviation') return true
  return caseSensitive || /^\p{Lu}/u.test(words.words[0]!)
}

/**
 * The generated forms of a term, each as its list of words (same length and
 * separators as `words`); there may be repeats.
 */
export function inflectTerm(term: Term, words: TermWords, caseSensitive: boolean): string[][] {
  const english = term.lang === 'en'
  let forms: string[][]
  if (isName(term, words, caseSensitive)) forms = nameForms(words.words)
  else if (term.partOfSpeech === 'verb')
    forms = replaceAt(
      words.words,
      0,
      english ? englishVerbForms(words.words[0]!) : portugueseVerbForms(words.words[0]!)
    )
  else if (english) forms = englishNounForms(words.words)
  else forms = portugueseNounForms(words.words, words.separators, term.partOfSpeech === 'adjective')
  // Repeats (and the term itself) are harmless: the trie keeps one form per term and node.
  return forms
}

/** Names: `H20s`; `GPUs` → `GPU`. (Possessives, `Nvidia's`, are found when matching.) */
function nameForms(words: readonly string[]): string[][] {
  if (words.length > 1) return []
  const word = words[0]!
  if (!/[sS]$/.test(word)) return [[word + 's']]
  return /^[\p{Lu}\p{N}]+s$/u.test(word) ? [[word.slice(0, -1)]] : []
}

/** English nouns: the head (last word, or the word before `of`…) in singular and plural. */
function englishNounForms(words: readonly string[]): string[][] {
  const preposition = words.findIndex((word, index) => index > 0 && englishPrepositions.has(word.toLowerCase()))
  const head = preposition > 0 ? preposition - 1 : words.length - 1
  const word = words[head]!
  return replaceAt(words, head, [...englishPlurals(word), ...englishSingulars(word)])
}

/** English plurals of a common noun. */
export function englishPlurals(word: string): string[] {
  const lower = word.toLowerCase()
  if (invariableNouns.has(lower)) return []
  const irregular = irregularPlurals.get(lower)
  // Some Latin plurals live next to the English one: indices and indexes.
  if (irregular)
    return [matchInitial(word, irregular), ...(regularPluralsToo.has(lower) ? regularPlurals(word, lower) : [])]
  if (irregularSingulars.has(lower)) return []
  return regularPlurals(word, lower)
}

/** A one-syllable word ending in one vowel and a consonant (`qu` is one): its last letter doubles (quiz → quizzes, log → logged). */
const closedSyllable = /^(?:[^aeiou]*qu|[^aeiou]*)[aeiou][^aeiou]$/

/** The plurals of `word` (`lower` in lower case) by the spelling rules. */
function regularPlurals(word: string, lower: string): string[] {
  if (lower.endsWith('z') && closedSyllable.test(lower)) return [word + 'zes']
  // Greek -sis: diagnosis → diagnoses (chassis is invariable).
  if (/[^s]sis$/.test(lower)) return [word.slice(0, -2) + 'es']
  if (/(s|x|z|ch|sh)$/.test(lower)) return [word + 'es']
  if (/[^aeiou]y$/.test(lower)) return [word.slice(0, -1) + 'ies']
  if (/[^aeiou]o$/.test(lower)) return [word + 's', word + 'es']
  return [word + 's']
}

/** English singulars of what looks like a plural common noun. */
export function englishSingulars(word: string): string[] {
  const lower = word.toLowerCase()
  if (singularsInS.has(lower) || invariableNouns.has(lower)) return []
  const irregular = irregularSingulars.get(lower)
  if (irregular) return [matchInitial(word, irregular)]
  if (/[^aeiou]ies$/.test(lower) && lower.length > 4) return [word.slice(0, -3) + 'y']
  // quizzes → quiz, buzzes → buzz: the spelling does not say which.
  if (/^(?:[^aeiou]*qu|[^aeiou]*)[aeiou]zzes$/.test(lower)) return [word.slice(0, -2), word.slice(0, -3)]
  if (/(?:y|the)ses$/.test(lower)) return [word.slice(0, -2) + 'is']
  if (/oses$/.test(lower)) return [word.slice(0, -1), word.slice(0, -2) + 'is']
  if (/(ss|x|z|ch|sh)es$/.test(lower)) return [word.slice(0, -2)]
  if (/oes$/.test(lower)) return [word.slice(0, -2), word.slice(0, -1)]
  if (/[^su']s$/.test(lower) && !/is$/.test(lower)) return [word.slice(0, -1)]
  return []
}

/** English verb forms: `-s`, `-ed`, `-ing` (log → logs, logged, logging; delete → deleted, deleting). */
function englishVerbForms(word: string): string[] {
  const lower = word.toLowerCase()
  const doubles = closedSyllable.test(lower) && !/[wxy]$/.test(lower)
  const third =
    doubles && lower.endsWith('z')
      ? word + 'zes'
      : /(s|x|z|ch|sh)$/.test(lower)
        ? word + 'es'
        : /[^aeiou]y$/.test(lower)
          ? word.slice(0, -1) + 'ies'
          : word + 's'
  if (/[^aeiou]y$/.test(lower)) return [third, word.slice(0, -1) + 'ied', word + 'ing']
  if (/[^e]e$/.test(lower)) return [third, word + 'd', word.slice(0, -1) + 'ing']
  const doubled = doubles ? word + word.slice(-1) : word
  return [third, doubled + 'ed', doubled + 'ing']
}

/**
 * Portuguese nouns and noun phrases: the head and the adjectives before the
 * first preposition agree in number (`modelos de fronteira`,
 * `inteligências artificiais`); an adjective term also agrees in gender.
 */
function portugueseNounForms(words: readonly string[], separators: readonly string[], adjective: boolean): string[][] {
  let end = words.findIndex((word, index) => index > 0 && phraseBreakers.has(word.toLowerCase()))
  if (end === -1) end = words.length
  const forms = [
    ...combine(words, separators, end, portuguesePlurals),
    ...combine(words, separators, end, portugueseSingulars)
  ]
  if (adjective && words.length === 1) {
    for (const gendered of portugueseGender(words[0]!))
      forms.push([gendered], ...portuguesePlurals(gendered).map((plural) => [plural]))
  }
  return forms
}

/**
 * Every way to replace the first `end` words by one of their forms (words
 * without forms stay). A word joined to another by a hyphen may also stay: a
 * compound inflects its first part (`palavras-passe`), both (`carros-fortes`)
 * or its last (`guarda-chuvas`), and the spelling does not say which.
 */
function combine(
  words: readonly string[],
  separators: readonly string[],
  end: number,
  formsOf: (word: string) => string[]
): string[][] {
  if (words.length === 1) return end > 0 && !isInvariable(words[0]!, 0) ? formsOf(words[0]!).map((form) => [form]) : []
  let results: string[][] = [[]]
  let changed = false
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!
    const options = index < end && !isInvariable(word, index) ? formsOf(word) : []
    if (options.length > 0) changed = true
    const hyphened = separators[index] === '-' || separators[index + 1] === '-'
    const choices = options.length === 0 ? [word] : hyphened ? [...options, word] : options
    const longer: string[][] = []
    for (const prefix of results) {
      for (const choice of choices) if (longer.length < maxCombinations) longer.push([...prefix, choice])
    }
    results = longer
  }
  return changed ? results : []
}

/** Codes with digits, listed words and acronyms after the head (`núcleos CUDA`) do not inflect in a phrase. */
function isInvariable(word: string, index: number): boolean {
  return /\p{N}/u.test(word) || (index > 0 && /^\p{Lu}{2,}$/u.test(word)) || invariableWords.has(word.toLowerCase())
}

const acuteToPlain: Readonly<Record<string, string>> = {á: 'a', é: 'e', í: 'i', ó: 'o', ú: 'u', â: 'a', ê: 'e', ô: 'o'}

const accented = /[áéíóúâêô]/

/** Portuguese plurals of a singular noun or adjective. */
export function portuguesePlurals(word: string): string[] {
  const lower = word.toLowerCase()
  if (invariableWords.has(lower)) return []
  if (/^\p{Lu}{2,}$/u.test(word)) return [word + 's']
  if (lower.endsWith('ão')) return [word.slice(0, -2) + 'ões', word.slice(0, -2) + 'ães', word.slice(0, -2) + 'ãos']
  if (/[aeiouáéíóúâêôã]$/.test(lower)) return [word + 's']
  if (lower.endsWith('al')) return [word.slice(0, -2) + 'ais']
  if (lower.endsWith('el')) return [word.slice(0, -2) + (accented.test(lower.slice(0, -2)) ? 'eis' : 'éis')]
  if (lower.endsWith('ol')) return [word.slice(0, -2) + 'óis']
  if (lower.endsWith('ul')) return [word.slice(0, -2) + 'uis']
  if (lower.endsWith('il'))
    return [accented.test(lower.slice(0, -2)) ? word.slice(0, -2) + 'eis' : word.slice(0, -1) + 's']
  if (lower.endsWith('m')) return [word.slice(0, -1) + 'ns']
  if (lower.endsWith('r')) return [word + 'es', word + 's']
  if (lower.endsWith('z')) return [word + 'es']
  // A stressed í or ú after a vowel keeps its accent (país → países); other accents go (mês → meses).
  if (/[aeiou][íú]s$/.test(lower)) return [word + 'es']
  if (/[áéíóúâêô]s$/.test(lower)) return [word.slice(0, -2) + acuteToPlain[lower.at(-2)!]! + 'ses']
  if (/[sx]$/.test(lower)) return []
  return [word + 's']
}

/** Portuguese singulars of what looks like a plural (several candidates where the plural is ambiguous). */
export function portugueseSingulars(word: string): string[] {
  const lower = word.toLowerCase()
  if (invariableWords.has(lower) || !lower.endsWith('s')) return []
  if (/^\p{Lu}{2,}s$/u.test(word)) return [word.slice(0, -1)]
  if (/(ões|ães|ãos)$/.test(lower)) return [word.slice(0, -3) + 'ão']
  if (lower.endsWith('ais')) return [word.slice(0, -3) + 'al']
  if (lower.endsWith('éis')) return [word.slice(0, -3) + 'el']
  if (lower.endsWith('óis')) return [word.slice(0, -3) + 'ol']
  if (lower.endsWith('uis')) return [word.slice(0, -3) + 'ul']
  if (lower.endsWith('ns')) return [word.slice(0, -2) + 'm']
  if (lower.endsWith('res')) return [word.slice(0, -2), word.slice(0, -1)]
  if (lower.endsWith('zes')) return [word.slice(0, -2), word.slice(0, -1)]
  if (/[aeiou][íú]ses$/.test(lower)) return [word.slice(0, -2)]
  if (/[aeoáéóâêôã]s$/.test(lower)) return [word.slice(0, -1)]
  if (/[^aeiouáéíóúâêôãõs]s$/.test(lower)) return [word.slice(0, -1)]
  return []
}

/** The other gender of a Portuguese adjective (`doméstico` ↔ `doméstica`, `português` → `portuguesa`). */
function portugueseGender(word: string): string[] {
  const lower = word.toLowerCase()
  if (lower.endsWith('o')) return [word.slice(0, -1) + 'a']
  if (lower.endsWith('a')) return [word.slice(0, -1) + 'o']
  if (lower.endsWith('or')) return [word + 'a']
  if (lower.endsWith('ês')) return [word.slice(0, -2) + 'esa']
  if (lower.endsWith('ão')) return [word.slice(0, -2) + 'ã']
  return []
}

/** Portuguese verb forms of an infinitive (`deletar` → `deletado`, `deleta`, `deletou`, `clicar` → `clique`, `inserir` → `insira`, …). */
function portugueseVerbForms(word: string): string[] {
  const ending = word.slice(-2).toLowerCase()
  if (ending !== 'ar' && ending !== 'er' && ending !== 'ir') return []
  const stem = word.slice(0, -2)
  const irregular = irregularPresentStem(word)
  const vowel = raisedVowel(word)
  const raised =
    vowel === -1
      ? stem
      : stem.slice(0, vowel) +
        (stem[vowel] === 'e' ? 'i' : stem[vowel] === 'E' ? 'I' : stem[vowel] === 'o' ? 'u' : 'U') +
        stem.slice(vowel + 1)
  return verbEndings[ending].map((suffix) => {
    if (!raisedEndings.has(suffix)) return spellVerb(stem, suffix, ending)
    // An irregular stem is written as it is said: `perco`, not `perço`.
    return irregular === undefined ? spellVerb(raised, suffix, ending) : irregular + suffix
  })
}

/** The present stem of a verb in {@link irregularPresentStems} (`impedir` → `impeç`), or `undefined`. */
function irregularPresentStem(word: string): string | undefined {
  const lower = word.toLowerCase()
  for (const [infinitive, stem] of irregularPresentStems) {
    if (lower.endsWith(infinitive))
      return word.slice(0, -infinitive.length) + matchCase(word.slice(-infinitive.length), stem)
  }
  return undefined
}

/** `replacement` in capitals when `model` is written in capitals. */
function matchCase(model: string, replacement: string): string {
  return model === model.toUpperCase() && model !== model.toLowerCase() ? replacement.toUpperCase() : replacement
}

/** The -ir endings whose stem raises its last e to i and o to u: the present's first person and the present subjunctive (`transfiro`, `insira`, `durma`). */
const raisedEndings: ReadonlySet<string> = new Set(['o', 'a', 'as', 'amos', 'am'])

/**
 * Where an -ir verb raises the last vowel of its stem (`transferir` →
 * `transfiro`, `seguir` → `sigo`, `dormir` → `durmo`), or -1: an e or o that is
 * the stem's last vowel (the u of gu/qu is no vowel).
 */
export function raisedVowel(word: string): number {
  const lower = word.toLowerCase()
  if (!lower.endsWith('ir')) return -1
  for (let index = lower.length - 3; index >= 0; index--) {
    const letter = lower[index]!
    if (letter === 'u' && (lower[index - 1] === 'g' || lower[index - 1] === 'q')) continue
    if ('aiuáéíóúâêôãõ'.includes(letter)) return -1
    if (letter === 'e' || letter === 'o') return index > 0 ? index : -1
  }
  return -1
}

/**
 * A verb form's spelling where the ending changes the sound of the stem's last
 * consonant: before a and o, -er/-ir stems write gu as g, g as j and c as ç
 * (`sigo`, `dirijo`, `conheço`); before e, -ar stems write c as qu, g as gu
 * and ç as c (`clique`, `logue`, `comece`).
 */
function spellVerb(stem: string, suffix: string, ending: 'ar' | 'er' | 'ir'): string {
  const last = stem.slice(-1).toLowerCase()
  if (ending !== 'ar' && (suffix.startsWith('a') || suffix.startsWith('o'))) {
    if (stem.toLowerCase().endsWith('gu')) return stem.slice(0, -1) + suffix
    if (last === 'g') return stem.slice(0, -1) + 'j' + suffix
    if (last === 'c') return stem.slice(0, -1) + 'ç' + suffix
  }
  if (ending === 'ar' && suffix.startsWith('e')) {
    if (last === 'c') return stem.slice(0, -1) + 'qu' + suffix
    if (last === 'g') return stem + 'u' + suffix
    if (last === 'ç') return stem.slice(0, -1) + 'c' + suffix
  }
  return stem + suffix
}

/**
 * How many leading characters of `word` every form generated from it as `term`
 * keeps: all but the last three (the suffix rules), or up to the vowel an -ir
 * verb raises (`transferir` → `transfiro`).
 */
export function unchangedLength(term: Term, word: string): number {
  if (term.partOfSpeech === 'verb' && term.lang !== 'en') {
    const vowel = raisedVowel(word)
    if (vowel !== -1) return Math.min(vowel, word.length - 3)
  }
  return word.length - 3
}

/** Copies of `words` with the word at `index` replaced by each of `replacements`. */
function replaceAt(words: readonly string[], index: number, replacements: readonly string[]): string[][] {
  return replacements.map((replacement) => words.map((word, at) => (at === index ? replacement : word)))
}

/** `replacement` with the initial capital of `model`, if it has one. */
function matchInitial(model: string, replacement: string): string {
  return /^\p{Lu}/u.test(model) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement
}
