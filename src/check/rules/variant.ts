import type {TermLang} from '../../glossary/types.js'
import {textAt} from '../context.js'
import {brazilianForms, europeanForms, type VariantWord} from '../data/variants.js'
import type {FindingSink} from '../findings.js'
import {foldCase, wordsOf, type Word} from '../../text/index.js'
import type {CheckSegment} from '../types.js'
import {approvedTerms, termsFor} from '../../glossary/terms.js'

interface Unexpected {
  expected: readonly string[]
  ordinary: RegExp | undefined
}

function index(rows: readonly VariantWord[]): Map<string, Unexpected> {
  const map = new Map<string, Unexpected>()
  for (const row of rows) {
    const ordinary = row.ordinary === undefined ? undefined : new RegExp(row.ordinary, 'giu')
    for (const form of row.forms) map.set(form, {expected: row.expected, ordinary})
  }
  return map
}

/** Whether `word` sits where its variant word is ordinary in both variants (membrana celular, padrão de facto). */
function isOrdinary(text: string, word: Word, unexpected: Unexpected): boolean {
  if (!unexpected.ordinary) return false
  for (const match of foldCase(text).matchAll(unexpected.ordinary)) {
    if (match.index <= word.start && word.end <= match.index + match[0].length) return true
  }
  return false
}

/** The variant word of `words` at `word`, unless the phrase around it is ordinary in both variants. */
function unexpectedAt(words: Map<string, Unexpected>, text: string, word: Word): Unexpected | undefined {
  const unexpected = words.get(foldCase(word.value))
  return unexpected && !isOrdinary(text, word, unexpected) ? unexpected : undefined
}

const unexpectedIn: Record<'pt-PT' | 'pt-BR', Map<string, Unexpected>> = {
  'pt-PT': index(brazilianForms),
  'pt-BR': index(europeanForms)
}

/** The votes of `segments` for each variant: the glossary's variant-only terms and the variant words of the data lists. */
function votesOf(segments: readonly CheckSegment[]): {'pt-PT': number; 'pt-BR': number} {
  const votes = {'pt-PT': 0, 'pt-BR': 0}
  for (const segment of segments) {
    if (!segment.lang.startsWith('pt')) continue
    for (const match of segment.matches) {
      const lang = match.term.lang
      if (lang !== 'pt-PT' && lang !== 'pt-BR') continue
      const other = approvedTerms(match.entry, lang === 'pt-PT' ? 'pt-BR' : 'pt-PT')
      if (other.some((term) => term.lang !== lang && foldCase(term.text) !== foldCase(match.term.text))) votes[lang]++
    }
    for (const word of wordsOf(segment.text)) {
      if (segment.matches.some((match) => match.start < word.end && word.start < match.end)) continue
      // A Brazilian form is unexpected in European text: it votes Brazilian.
      if (unexpectedAt(unexpectedIn['pt-PT'], segment.text, word)) votes['pt-BR']++
      if (unexpectedAt(unexpectedIn['pt-BR'], segment.text, word)) votes['pt-PT']++
    }
  }
  return votes
}

/**
 * The variant of Portuguese the words of `segments` vote for: the glossary's
 * variant-only terms and the variant words of the data lists, each a vote;
 * `undefined` on a tie or without any. A European text with one Brazilian
 * slip stays European, whatever a document-wide guess made of it.
 */
export function variantVote(segments: readonly CheckSegment[]): 'pt-PT' | 'pt-BR' | undefined {
  const votes = votesOf(segments)
  return votes['pt-PT'] > votes['pt-BR'] ? 'pt-PT' : votes['pt-BR'] > votes['pt-PT'] ? 'pt-BR' : undefined
}

/**
 * The variant of a translation file that declares plain `pt` (its name, its
 * PO `Language`, its XLIFF `target-language`). Localisation names European
 * Portuguese `pt` and Brazilian `pt_BR` (gettext, Transifex, Weblate,
 * Crowdin; Koodo Reader lists its `pt` as "Português(PT)"), so the file is
 * European unless its words vote Brazilian more than two to one — a project
 * that names its Brazilian file `pt`. A file of mixed variants thus keeps
 * the name's variant instead of the slight majority's, whose words would be
 * reported against the translator's choice. `undefined` without any vote.
 */
export function declaredPtVariant(segments: readonly CheckSegment[]): 'pt-PT' | 'pt-BR' | undefined {
  const votes = votesOf(segments)
  if (votes['pt-PT'] + votes['pt-BR'] === 0) return undefined
  return votes['pt-BR'] > 2 * votes['pt-PT'] ? 'pt-BR' : 'pt-PT'
}

/**
 * `locale-variant`: in a European Portuguese text, a term the glossary gives
 * as Brazilian only (or a word or spelling of the data list in
 * `data/variants.ts`), and the reverse. Only Portuguese segments are looked at.
 */
export function checkVariant(segments: readonly CheckSegment[], variant: 'pt-PT' | 'pt-BR', sink: FindingSink): void {
  const other: TermLang = variant === 'pt-PT' ? 'pt-BR' : 'pt-PT'
  const words = unexpectedIn[variant]
  for (const segment of segments) {
    if (!segment.lang.startsWith('pt')) continue
    for (const match of segment.matches) {
      if (match.term.lang !== other) continue
      const text = foldCase(match.term.text)
      const own = approvedTerms(match.entry, variant)
      if (own.length === 0 || own.some((term) => foldCase(term.text) === text)) continue
      // The glossary lists this form under the text's own variant too (as
      // deprecated): `deprecated-target-term` reports it, once.
      if (termsFor(match.entry, variant).some((term) => foldCase(term.text) === text)) continue
      sink.add({
        rule: 'locale-variant',
        segment,
        range: [match.start, match.end],
        entry: match.entry,
        actual: textAt(segment, match),
        expected: [...new Set(own.map((term) => term.text))],
        reason: 'variantTerm',
        values: {variant: other}
      })
    }
    for (const word of wordsOf(segment.text)) {
      const unexpected = unexpectedAt(words, segment.text, word)
      if (!unexpected) continue
      if (segment.matches.some((match) => match.start < word.end && word.start < match.end)) continue
      sink.add({
        rule: 'locale-variant',
        segment,
        range: [word.start, word.end],
        actual: word.value,
        expected: unexpected.expected,
        reason: 'variantWord',
        values: {variant: other}
      })
    }
  }
}
