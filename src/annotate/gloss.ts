import type {Entry, Term, TermLang} from '../glossary/types.js'
import {glossaryLangsFor, preferredTerm} from '../glossary/terms.js'
import type {Translate} from '../i18n/index.js'
import type {TermHit} from '../tag/types.js'
import {isPortuguese} from '../util/lang.js'

/** An entry that occurs in the document, with what the annotations say about it. */
export interface Gloss {
  entry: Entry
  /** Its `glosa-…` identifier (footnote label, anchor). */
  id: string
  /** The hits of its terms, in source order. */
  hits: TermHit[]
}

/** The languages an annotation speaks: the reader's, and the Portuguese variant to show terms in. */
export interface Speech {
  /** The reader's language: definitions, notes and labels. */
  lang: 'en' | 'pt-PT' | 'pt-BR'
  /** The Portuguese the document uses, for its terms. */
  portuguese: 'pt-PT' | 'pt-BR' | 'pt'
  t: Translate
}

/**
 * Definitions and notes are prose: one line, collapsed white space, and
 * control characters shown as their Unicode pictures (␛ for ESC), so that a
 * glossary can neither hide text nor forge an invisible forum mark (U+2063).
 */
export function oneLine(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\u0000-\u001f\u007f]/g, (character) =>
      String.fromCharCode(character === '\u007f' ? 0x2421 : 0x2400 + character.charCodeAt(0))
    )
    .replace(/[\u0080-\u009f\u2060-\u2064\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '\ufffd')
}

/** The term to show in each language, the reader's first (one when both are the same, as for names). */
export function shownTerms(entry: Entry, speech: Speech): Array<{term: Term; lang: 'en' | 'pt'}> {
  const english = preferredTerm(entry, 'en')
  const portuguese = preferredTerm(entry, speech.portuguese)
  const both: Array<{term: Term; lang: 'en' | 'pt'}> = []
  if (portuguese) both.push({term: portuguese, lang: 'pt'})
  if (english) both.push({term: english, lang: 'en'})
  if (speech.lang === 'en') both.reverse()
  if (both.length === 2 && both[0]!.term.text === both[1]!.term.text) both.pop()
  return both
}

/**
 * A definition or note in the reader's language: the glossary fallback
 * (`pt-BR`, then `pt`), then the other Portuguese variant before English.
 */
function inReaderLang(values: Entry['definitions'], speech: Speech): string | undefined {
  const order: TermLang[] =
    speech.lang === 'en' ? ['en'] : [...glossaryLangsFor(speech.lang), speech.lang === 'pt-PT' ? 'pt-BR' : 'pt-PT']
  const text = [...order, 'pt', 'en'].map((lang) => values[lang as TermLang]).find(Boolean)
  return text === undefined ? undefined : oneLine(text)
}

/** The definition in the reader's language (by fallback). */
export function definition(entry: Entry, speech: Speech): string | undefined {
  return inReaderLang(entry.definitions, speech)
}

/**
 * Status notes for the deprecated or superseded terms the document used:
 * "“AI” is deprecated in Portuguese: use “IA”".
 */
export function statusNotes(gloss: Gloss, speech: Speech): string[] {
  const notes: string[] = []
  const seen = new Set<string>()
  for (const hit of gloss.hits) {
    if (hit.status !== 'deprecated' && hit.status !== 'superseded') continue
    const key = hit.lang + '\u0000' + hit.term
    if (seen.has(key)) continue
    seen.add(key)
    const lang = isPortuguese(hit.lang) ? 'pt' : 'en'
    const preferred = preferredTerm(gloss.entry, hit.lang)
    const values = {term: hit.term, lang: speech.t(`annotate:lang.${lang}`), preferred: preferred?.text}
    const alternative = preferred && preferred.status !== 'deprecated' && preferred.status !== 'superseded'
    // A term's own note has no language of its own: only the entry's per-language notes reach the reader.
    notes.push(speech.t(`annotate:status.${hit.status}${alternative ? '' : 'Alone'}`, values) as string)
  }
  return notes
}

/** The entry's note in the reader's language. */
export function entryNote(entry: Entry, speech: Speech): string | undefined {
  return inReaderLang(entry.notes, speech)
}

/** `term (language)`, without the language when one term serves both (a name). */
export function labelled(shown: ReturnType<typeof shownTerms>, speech: Speech): string[] {
  return shown.map(({term, lang}) =>
    shown.length === 1 ? term.text : `${term.text} (${speech.t(`annotate:lang.${lang}`)})`
  )
}
