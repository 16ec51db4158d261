import type {Alignment, Segment} from '../align/types.js'
import {escapeTitle, shorten} from './escape.js'
import {glosaId, marks} from './markers.js'
import {order, type Insertion} from './splice.js'
import type {Structure} from './tree.js'

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

/**
 * Commentary links within one document: an anchor at the start of each
 * discussed English sentence, and after each commentary sentence a
 * superscript reference to them (`↗14` is the 14th sentence of the text it
 * discusses; the link title quotes its beginning).
 */
export function commentaryInsertions(alignment: Alignment, structure: Structure, reserved: ReadonlySet<string> = new Set()): Insertion[] {
  const insertions: Insertion[] = []
  const anchored = new Set<Segment>()
  // An id the document already holds gets a suffix: its own anchor must stay its own.
  const ids = new Map<Segment, string>()
  const anchorOf = (segment: Segment): string => {
    let id = ids.get(segment)
    if (id === undefined) {
      id = sentenceAnchor(segment)
      for (let suffix = 2; reserved.has(id); suffix++) id = `${sentenceAnchor(segment)}-${suffix}`
      ids.set(segment, id)
    }
    return id
  }
  for (const [source, targets] of discussed(alignment)) {
    const commentary = alignment.source.segments[source]
    const end = commentary?.position?.end.offset
    if (end === undefined) continue
    const references: string[] = []
    for (const target of targets) {
      const start = target.position?.start.offset
      if (start === undefined) continue
      const at = structure.before(start)
      if (at === undefined) continue
      if (!anchored.has(target)) {
        anchored.add(target)
        insertions.push({offset: at, text: marks.anchor(anchorOf(target)), rank: order.anchor})
      }
      references.push(`[↗${target.index + 1}](#${anchorOf(target)} "${escapeTitle(shorten(target.text, 90))}")`)
    }
    const at = structure.after(end)
    if (references.length > 0 && at !== undefined) {
      insertions.push({offset: at, text: `<sup>${references.join(' ')}</sup>`, rank: order.commentary})
    }
  }
  return insertions
}
