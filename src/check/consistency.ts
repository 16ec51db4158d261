import type {Entry} from '../glossary/types.js'
import {code, type FindingSink} from './findings.js'
import {type Found} from './text.js'
import {foldCase} from '../text/index.js'

interface Rendering {
  /** The approved term's text. */
  term: string
  preferred: boolean
  uses: Found[]
}

/**
 * Remembers which approved target term renders each concept, across the
 * documents of a run, and reports the renderings that differ from the one
 * most used (ties: the preferred term, then the first seen).
 */
export class Consistency {
  private readonly concepts = new Map<string, {entry: Entry; renderings: Map<string, Rendering>}>()

  /** Record that `found` (an approved target term) renders its entry. */
  record(found: Found): void {
    if (!found.term) return
    const entry = found.match.entry
    // By the text's language and the term's: a bilingual document renders a concept in both.
    const side = found.term.lang.startsWith('pt') ? 'pt' : found.term.lang
    const key = entry.id + '\u0000' + found.segment.owner.lang + '\u0000' + side
    let concept = this.concepts.get(key)
    if (!concept) {
      concept = {entry, renderings: new Map()}
      this.concepts.set(key, concept)
    }
    const termKey = foldCase(found.term.text)
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
