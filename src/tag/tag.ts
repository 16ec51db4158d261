/**
 * Tag a read document: match each sentence's prose (markup removed, wraps
 * joined, code and URLs replaced by U+FFFC) and map every match back to its
 * exact place in the source through the block's prose offsets.
 */
import type {Glossary} from '../glossary/types.js'
import type {Block, Document} from '../types.js'
import {LineIndex, SequentialPoints} from '../util/position.js'
import {compileGlossary, type CompileOptions} from './compile.js'
import {TermMatcher} from './matcher.js'
import type {TermHit} from './types.js'

/** Options of {@link tagTerms}. */
export interface TagOptions extends CompileOptions {}

/** The glossary terms in `document`, in source order. A hit never crosses a sentence. */
export function tagTerms(document: Document, glossary: Glossary | TermMatcher, options: TagOptions = {}): TermHit[] {
  const matcher = glossary instanceof TermMatcher ? glossary : compileGlossary(glossary, options)
  // Hits come in document order: each position is a step or two from the last one.
  const points = new SequentialPoints(new LineIndex(document.source))
  const hits: TermHit[] = []
  for (const block of document.blocks) {
    for (const sentence of block.sentences) {
      const [from, to] = sentence.range
      const text = block.prose.text.slice(from, to)
      matcher.scan(text, sentence.lang, (matchStart, matchEnd, accept, kind) => {
        const start = sourceStart(block, from + matchStart)
        const end = sourceEnd(document.source, block, from + matchEnd)
        hits.push({
          entry: accept.entryId,
          term: accept.termText,
          lang: accept.lang,
          status: accept.status,
          text: textOf(text, matchStart, matchEnd, accept.form),
          kind,
          position: points.position(start, end),
          block: block.id,
          sentence: sentence.id
        })
      })
    }
  }
  return hits
}

/**
 * The text `start`–`end`, which is most often the form it matched written the
 * same way: then the form's own string, one object less for each of a large
 * document's hits to keep.
 */
function textOf(text: string, start: number, end: number, form: string): string {
  if (end - start !== form.length) return text.slice(start, end)
  for (let index = 0; index < form.length; index++)
    if (text.charCodeAt(start + index) !== form.charCodeAt(index)) return text.slice(start, end)
  return form
}

/** Source offset of the prose character at `index`. */
function sourceStart(block: Block, index: number): number {
  return block.prose.offsets[index]!
}

/**
 * Source offset just after the prose character before `index`: right after
 * it when the source has that very character there, else up to where the
 * next character starts (a character reference or escape: `&amp;`, `\*`),
 * so that markup after the hit (`**`) is never inside it.
 */
function sourceEnd(source: string, block: Block, index: number): number {
  const last = block.prose.offsets[index - 1]!
  return source.charCodeAt(last) === block.prose.text.charCodeAt(index - 1) ? last + 1 : block.prose.offsets[index]!
}
