import type {Entry, Term} from '../glossary/types.js'
import {code, type FindingSink} from './findings.js'
import {fold, type Found} from './text.js'

interface Rendering {
  /** The approved term's text. */
  term: string
  preferred: boolean
  uses: Found[]
}

/** Whether a term is a short form of its concept (an acronym, abbreviation or short form: `IA`, `CAC`). */
export function isShortForm(term: Term): boolean {
  if (term.type === 'acronym' || term.type === 'abbreviation' || term.type === 'shortForm') return true
  return term.type === undefined && /^[\p{Lu}\p{N}&.-]{2,}$/u.test(term.text)
}

/**
 * Remembers which approved target term renders each source form of a
 * concept, across the documents of a run, and reports the renderings that
 * differ from the one most used (ties: the preferred term, then the first
 * seen). Consistency is kept per source form, not per concept: a full form
 * and its abbreviation (`artificial intelligence` → `inteligência
 * artificial`, `AI` → `IA`), or two synonyms rendering two source forms,
 * are two consistent renderings. Without a source (a document checked on its
 * own) the target's full forms and short forms are kept apart.
 */
export class Consistency {
  private readonly concepts = new Map<string, {entry: Entry; renderings: Map<string, Rendering>}>()

  /**
   * Record that `found` (an approved target term) renders its entry, as the
   * translation of `sourceForm` (the source term's text) when known.
   */
  record(found: Found, sourceForm?: string): void {
    if (!found.term) return
    const entry = found.match.entry
    // By the text's language and the term's: a bilingual document renders a concept in both.
    const side = found.term.lang.startsWith('pt') ? 'pt' : found.term.lang
    const form = sourceForm === undefined ? (isShortForm(found.term) ? '\u0001short' : '\u0001full') : fold(sourceForm)
    const key = [entry.id, found.segment.owner.lang, side, form].join('\u0000')
    let concept = this.concepts.get(key)
    if (!concept) {
      concept = {entry, renderings: new Map()}
      this.concepts.set(key, concept)
    }
    const termKey = fold(found.term.text)
    let rendering = concept.renderings.get(termKey)
    if (!rendering) {
      rendering = {term: found.term.text, preferred: found.term.status === 'preferred', uses: []}
      concept.renderings.set(termKey, rendering)
    }
    rendering.uses.push(found)
  }

  /** Report every use of a rendering other than the main one. */
  report(sink: FindingSink): void {
    for (const {entry, renderings} of this.concepts.values()) {
      if (renderings.size < 2) continue
      const ranked = [...renderings.values()].sort(
        (a, b) => b.uses.length - a.uses.length || Number(b.preferred) - Number(a.preferred)
      )
      const main = ranked[0]!
      const first = main.uses[0]!
      const where = first.segment.owner.path + ':' + first.segment.position.start.line
      for (const other of ranked.slice(1)) {
        for (const use of other.uses) {
          sink.add({
            rule: 'inconsistent-translation',
            segment: use.segment,
            range: [use.match.start, use.match.end],
            entry,
            actual: use.segment.text.slice(use.match.start, use.match.end),
            expected: [main.term],
            reason: 'inconsistent',
            values: {count: main.uses.length, where, term: code(main.term)}
          })
        }
      }
    }
  }
}
