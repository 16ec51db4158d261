import type {Alignment, Segment} from '../align/types.js'
import {escapeTitle, shorten} from './escape.js'
import {glosaId} from './markers.js'
import {order, type Insertion} from './splice.js'
import type {Structure} from './tree.js'
import {profileOf, type Profile, type SentenceReference} from './target.js'

/** How many discussed sentences a commentary sentence links to, best first. */
export const linksPerSentence = 3

/** The anchor id of a discussed sentence. */
export function sentenceAnchor(segment: Segment): string {
  return glosaId('s-' + (segment.sentence ?? `t${segment.index}`))
}

/** The discussed segments of each commentary segment: best links first, at most {@link linksPerSentence}. */
export function discussed(alignment: Alignment): Map<number, Segment[]> {
  const bySource = new Map<number, Segment[]>()
  const ranked = [...alignment.links].sort((a, b) => a.source - b.source || b.score - a.score)
  for (const link of ranked) {
    const target = alignment.target.segments[link.target]
    if (!target) continue
    const list = bySource.get(link.source) ?? []
    if (list.length < linksPerSentence && !list.includes(target)) list.push(target)
    bySource.set(link.source, list)
  }
  return bySource
}

/** The anchor id of a commentary sentence that discusses others (where their labels link back to). */
export function commentaryAnchor(segment: Segment): string {
  return glosaId('c-' + (segment.sentence ?? `t${segment.index}`))
}

/**
 * Commentary links within one document, readable both ways: at the start of
 * each discussed sentence a visible label (`[14]`: the 14th sentence of the
 * text discussed) that links back to the first commentary sentence that
 * discusses it, and after each commentary sentence `→ [14] [15]`, links to
 * the sentences it discusses with their beginnings as titles. How each mark
 * is written is the target's (see target.ts).
 */
export function commentaryInsertions(
  alignment: Alignment,
  structure: Structure,
  reserved: ReadonlySet<string> = new Set(),
  profile: Profile = profileOf()
): Insertion[] {
  const insertions: Insertion[] = []
  const labelled = new Set<Segment>()
  // An id the document already holds gets a suffix: its own anchor must stay its own.
  const ids = new Map<string, string>()
  const free = (wanted: string): string => {
    let id = ids.get(wanted)
    if (id === undefined) {
      id = wanted
      for (let suffix = 2; reserved.has(id); suffix++) id = `${wanted}-${suffix}`
      ids.set(wanted, id)
    }
    return id
  }
  for (const [source, targets] of discussed(alignment)) {
    const commentary = alignment.source.segments[source]
    const begin = commentary?.position?.start.offset
    const end = commentary?.position?.end.offset
    if (commentary === undefined || begin === undefined || end === undefined) continue
    const references: SentenceReference[] = []
    for (const target of targets) {
      const start = target.position?.start.offset
      if (start === undefined) continue
      const at = structure.before(start)
      if (at === undefined) continue
      if (!labelled.has(target)) {
        labelled.add(target)
        const back = escapeTitle(shorten(commentary.text, 90))
        insertions.push({
          offset: at,
          text: profile.sentenceLabel(
            free(sentenceAnchor(target)),
            target.index + 1,
            free(commentaryAnchor(commentary)),
            back
          ),
          rank: order.anchor
        })
      }
      references.push({
        id: free(sentenceAnchor(target)),
        label: target.index + 1,
        title: escapeTitle(shorten(target.text, 90))
      })
    }
    const after = structure.after(end)
    const anchorAt = structure.before(begin)
    if (references.length === 0 || after === undefined) continue
    insertions.push({offset: after, text: profile.references(references), rank: order.commentary})
    const anchor = profile.commentaryAnchor(free(commentaryAnchor(commentary)))
    if (anchor && anchorAt !== undefined) insertions.push({offset: anchorAt, text: anchor, rank: order.anchor})
  }
  return insertions
}
