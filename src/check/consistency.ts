import type {Term} from '../glossary/types.js'
import type {Position} from '../types.js'
import {code, placeOf, type FindingSink, type PlacedFinding} from './findings.js'
import {severityOf} from './rules.js'
import type {RuleSettings, SeveritySetting} from './types.js'
import {type Found} from './text.js'
import {foldCase} from '../text/index.js'
import {fingerprint} from '../util/fingerprint.js'

/**
 * One use of an approved target term, as much of it as the consistency rule
 * needs: plain data, so that a worker process or the cache can hand it over and
 * the run that gathers every file's uses reports the same findings.
 */
export interface ConsistencyUse {
  /** The concept: entry id, the text's language, the term's side and the source form it renders. */
  concept: string
  entry: string
  /** The entry's own severity for `inconsistent-translation`, if it sets one. */
  entrySeverity?: SeveritySetting
  /** The term as folded, which renderings are told apart by. */
  rendering: string
  term: string
  preferred: boolean
  path: string
  /** The line of the sentence it is in, which the findings name as the main rendering's place. */
  line: number
  place: Position
  /** The text the term was found as. */
  actual: string
  /** The fingerprint a finding of `inconsistent-translation` on this use has (of its entry and sentence). */
  fingerprint: string
}

/** Whether a term is a short form of its concept (an acronym, abbreviation or short form: `IA`, `CAC`). */
export function isShortForm(term: Term): boolean {
  if (term.type === 'acronym' || term.type === 'abbreviation' || term.type === 'shortForm') return true
  return term.type === undefined && /^[\p{Lu}\p{N}&.-]{2,}$/u.test(term.text)
}

/** A use of an approved term, from what the term rules found, as the translation of `sourceForm` when known. */
export function consistencyUse(found: Found, sourceForm?: string): ConsistencyUse | undefined {
  if (!found.term) return undefined
  const entry = found.match.entry
  // By the text's language and the term's: a bilingual document renders a concept in both.
  const side = found.term.lang.startsWith('pt') ? 'pt' : found.term.lang
  const form =
    sourceForm === undefined ? (isShortForm(found.term) ? '\u0001short' : '\u0001full') : foldCase(sourceForm)
  const own = entry.severities?.['inconsistent-translation']
  return {
    concept: [entry.id, found.segment.owner.lang, side, form].join('\u0000'),
    entry: entry.id,
    ...(own === undefined ? {} : {entrySeverity: own}),
    rendering: foldCase(found.term.text),
    term: found.term.text,
    preferred: found.term.status === 'preferred',
    path: found.segment.owner.path,
    line: found.segment.position.start.line,
    place: placeOf(found.segment, [found.match.start, found.match.end]),
    actual: found.segment.text.slice(found.match.start, found.match.end),
    fingerprint: fingerprint('inconsistent-translation', entry.id, found.segment.text)
  }
}

const rule = 'inconsistent-translation'

interface Rendering {
  /** The approved term's text. */
  term: string
  preferred: boolean
  uses: ConsistencyUse[]
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
  private readonly concepts = new Map<string, Map<string, Rendering>>()
  /** Every use recorded, in order. */
  readonly uses: ConsistencyUse[] = []
  /** One copy of each text the uses repeat (concept, rendering, term, path, the text found): see {@link add}. */
  readonly #texts = new Map<string, string>()

  /**
   * `settings`: the run's severities, under which the uses of an entry whose
   * findings would be off are not kept at all (they could never be reported,
   * and a site's uses grow with its pages). Without: every use is kept (a
   * merge of shards, whose uses come with their severity settled).
   */
  constructor(private readonly settings?: RuleSettings) {}

  /**
   * Record that `found` (an approved target term) renders its entry, as the
   * translation of `sourceForm` (the source term's text) when known.
   */
  record(found: Found, sourceForm?: string): void {
    const use = consistencyUse(found, sourceForm)
    if (use) this.add(use)
  }

  /** Record a use already made plain (from another run of the same check); the use itself is kept, its texts shared. */
  add(use: ConsistencyUse): void {
    if (this.settings && this.#off(use)) return
    // A use is kept to the end of the run: its texts are shared copies, not slices that would keep
    // a whole sentence alive (V8 slices a string of 13 or more characters rather than copy it).
    use.concept = this.#text(use.concept)
    use.rendering = this.#text(use.rendering)
    use.term = this.#text(use.term)
    use.path = this.#text(use.path)
    use.actual = this.#text(use.actual)
    this.uses.push(use)
    let renderings = this.concepts.get(use.concept)
    if (!renderings) {
      renderings = new Map()
      this.concepts.set(use.concept, renderings)
    }
    let rendering = renderings.get(use.rendering)
    if (!rendering) {
      rendering = {term: use.term, preferred: use.preferred, uses: []}
      renderings.set(use.rendering, rendering)
    }
    rendering.uses.push(use)
  }

  #off(use: ConsistencyUse): boolean {
    const own = use.entrySeverity === undefined ? undefined : {severities: {[rule]: use.entrySeverity}}
    return severityOf(rule, this.settings!, own) === 'off'
  }

  #text(text: string): string {
    let kept = this.#texts.get(text)
    if (kept === undefined) {
      // A copy of its own: `text` may be a slice of a longer string.
      kept = Buffer.from(text, 'utf16le').toString('utf16le')
      this.#texts.set(kept, kept)
    }
    return kept
  }

  /** Report every use of a rendering other than the main one, on the file `fileOf` gives for its path. */
  report(sink: FindingSink, fileOf: (path: string) => Parameters<FindingSink['addPlaced']>[0]): void {
    for (const {use, finding} of this.inconsistent()) sink.addPlaced(fileOf(use.path), use.place, finding)
  }

  /** Each use of a rendering other than the main one, with the finding to report on it. */
  *inconsistent(): Generator<{use: ConsistencyUse; finding: PlacedFinding}> {
    for (const renderings of this.concepts.values()) {
      if (renderings.size < 2) continue
      const ranked = [...renderings.values()].sort(
        (a, b) => b.uses.length - a.uses.length || Number(b.preferred) - Number(a.preferred)
      )
      const main = ranked[0]!
      const first = main.uses[0]!
      const where = first.path + ':' + first.line
      for (const other of ranked.slice(1)) {
        for (const use of other.uses) {
          yield {
            use,
            finding: {
              rule: 'inconsistent-translation',
              entry: use.entry,
              ...(use.entrySeverity === undefined ? {} : {entrySeverity: use.entrySeverity}),
              actual: use.actual,
              expected: [main.term],
              reason: 'inconsistent',
              values: {count: main.uses.length, where, term: code(main.term)},
              fingerprint: use.fingerprint
            }
          }
        }
      }
    }
  }
}
