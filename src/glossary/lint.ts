import type {Position} from '../types.js'
import {commonWords} from './data/common-words.js'
import {matchingWords} from './data/matching-words.js'
import type {GlossaryIssue} from './issues.js'
import {IssueList} from './issues.js'
import {isCommonWordTerm} from './homonyms.js'
import {inferPartOfSpeech} from './pos.js'
import {approvedTerms, isCaseSensitive, termsFor} from './terms.js'
import type {Entry, Glossary, Term, TermLang} from './types.js'

/**
 * The lint rules, by id, with their severity. Rules found while reading
 * (unknown values, empty terms) come from the readers; the others from
 * {@link lintGlossary}.
 */
export const lintRules: Record<string, 'error' | 'warning'> = {
  'term-conflict': 'error',
  'missing-language': 'warning',
  'deprecated-without-alternative': 'error',
  'unknown-status': 'error',
  'unknown-language': 'error',
  'unsupported-language': 'warning',
  'unknown-term-type': 'error',
  'unknown-part-of-speech': 'warning',
  'unknown-gender': 'warning',
  'unknown-case': 'error',
  'unknown-severity': 'error',
  'unknown-field': 'warning',
  'common-word': 'warning',
  homonym: 'warning',
  'invalid-pattern': 'error',
  'inferred-part-of-speech': 'warning',
  'ambiguous-part-of-speech': 'warning',
  'duplicate-id': 'error',
  'empty-term': 'error',
  'reader-note-about-matching': 'warning'
}

const common = {en: new Set(commonWords.en), pt: new Set(commonWords.pt)}

/** A word about matching, in any language, standing alone (Unicode word boundaries). */
const aboutMatching = new RegExp(
  String.raw`(?<![\p{L}\p{N}\p{M}-])(?:` + [...matchingWords.en, ...matchingWords.pt].map((word) => word.replace(/[-\s]/g, '[-\\s]')).join('|') + String.raw`)(?![\p{L}\p{N}\p{M}-])`,
  'iu'
)

/** The first definition or reader note of `entry` that talks about matching, with its field and language. */
function matchingTalk(entry: Entry): {field: 'definition' | 'note'; lang: string; word: string} | undefined {
  for (const [field, values] of [['definition', entry.definitions], ['note', entry.notes]] as const) {
    for (const [lang, text] of Object.entries(values)) {
      const found = text === undefined ? null : aboutMatching.exec(text)
      if (found) return {field, lang, word: found[0]}
    }
  }
  return undefined
}

/** How the conflict rule compares terms: NFC, lower case, white space folded. */
function normaliseTerm(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim()
}

/** Whether terms in `a` and `b` can meet in one document (`pt` meets both variants). */
function overlap(a: TermLang, b: TermLang): boolean {
  return a === b || (a === 'pt' && b.startsWith('pt')) || (b === 'pt' && a.startsWith('pt'))
}

/**
 * Check a glossary: conflicting terms across entries, entries missing a
 * declared language, deprecated terms without an approved alternative,
 * case-insensitive terms that are common short words, duplicate ids. Pass
 * the issues its reader found to report them too. Messages are sorted by
 * place.
 */
export function lintGlossary(glossary: Glossary, readIssues: GlossaryIssue[] = []): GlossaryIssue[] {
  const issues = new IssueList()
  const seenIds = new Map<string, Position | undefined>()
  const byText = new Map<string, Array<{entry: string; term: Term}>>()

  for (const entry of glossary.entries) {
    if (seenIds.has(entry.id)) {
      const first = seenIds.get(entry.id)
      issues.add('duplicate-id', 'error', {id: entry.id, line: first?.start.line ?? 0}, entry.position, entry.id)
    } else seenIds.set(entry.id, entry.position)

    const talk = matchingTalk(entry)
    if (talk) issues.add('reader-note-about-matching', 'warning', talk, entry.position, entry.id)

    for (const lang of glossary.languages) {
      if (termsFor(entry, lang).length === 0) issues.add('missing-language', 'warning', {lang}, entry.position, entry.id)
    }

    for (const term of entry.terms) {
      const key = normaliseTerm(term.text)
      if (key === '') continue
      if ((term.status === 'deprecated' || term.status === 'superseded') && approvedTerms(entry, term.lang).length === 0) {
        issues.add('deprecated-without-alternative', 'error', {term: term.text, lang: term.lang}, term.position ?? entry.position, entry.id)
      }
      if (!isCaseSensitive(term)) {
        // The term's own language first: the tagger also matches terms of the other language.
        const order: Array<'en' | 'pt'> = term.lang === 'en' ? ['en', 'pt'] : ['pt', 'en']
        const language = order.find((lang) => common[lang].has(key))
        if (language) issues.add('common-word', 'warning', {term: term.text, lang: language}, term.position ?? entry.position, entry.id)
        else if (entry.doNotTranslate && !entry.contexts?.length && entry.pattern === undefined && isCommonWordTerm(term)) {
          issues.add('homonym', 'warning', {term: term.text, lang: term.lang}, term.position ?? entry.position, entry.id)
        }
      }
      const inferred = inferPartOfSpeech(entry, term)
      if (inferred) {
        const rule = inferred.partOfSpeech ? 'inferred-part-of-speech' : 'ambiguous-part-of-speech'
        issues.add(rule, 'warning', {term: term.text, evidence: inferred.evidence}, term.position ?? entry.position, entry.id)
      }
      const others = byText.get(key)
      const clash = others?.find((other) => other.entry !== entry.id && overlap(other.term.lang, term.lang))
      if (clash) {
        issues.add(
          'term-conflict',
          'error',
          {term: term.text, lang: term.lang, other: clash.entry, line: clash.term.position?.start.line ?? 0},
          term.position ?? entry.position,
          entry.id
        )
      }
      if (others) others.push({entry: entry.id, term})
      else byText.set(key, [{entry: entry.id, term}])
    }
  }
  return [...readIssues, ...issues.issues].sort(
    (a, b) => (a.position?.start.offset ?? -1) - (b.position?.start.offset ?? -1) || a.ruleId.localeCompare(b.ruleId)
  )
}
