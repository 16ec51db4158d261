import type {Block, Sentence} from '../types.js'
import type {LineIndex} from '../util/position.js'
import {identifyLanguage} from '../identify/index.js'
import {splitSentences} from '../segment/index.js'
import type {BlockDraft} from '../read/draft.js'
import {proseToSource} from '../read/prose.js'
import {hasContent, isSpaceCode, joinHardWraps} from '../read/sentences.js'

/**
 * The segmentation step of reading a document: a block draft (prose with its
 * offsets, from the reader) split into sentences, each located in the source.
 */

/** The language hint splitSentences takes, from a guess at the block's prose. */
function languageHint(text: string): {lang?: 'pt' | 'en'} {
  const {lang} = identifyLanguage(text.length > 2000 ? text.slice(0, 2000) : text)
  if (lang === 'en') return {lang: 'en'}
  if (lang.startsWith('pt')) return {lang: 'pt'}
  return {}
}

/** The trimmed range of the whole prose, for blocks kept as one sentence. */
function wholeRange(text: string): Array<[number, number]> {
  let start = 0
  let end = text.length
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--
  return end > start ? [[start, end]] : []
}

/**
 * Widen a sentence's source range over the inline markup that opens and
 * closes around its text (`**`, `_`, `[` … `](url)`), up to the white space
 * that separates it from its neighbours, so that its source stays balanced.
 */
function widen(source: string, from: number, to: number, lower: number, upper: number): [number, number] {
  let start = from
  while (start > lower && !isSpaceCode(source.charCodeAt(start - 1))) start--
  let end = to
  while (end < upper && !isSpaceCode(source.charCodeAt(end))) end++
  return [start, end]
}

/** Narrow the bounds a sentence at `[from, to)` may widen to, so that they leave the draft's omitted markup out. */
function outsideOmitted(draft: BlockDraft, from: number, to: number, lower: number, upper: number): [number, number] {
  for (const omission of draft.omitted ?? []) {
    if (omission.end <= from) lower = Math.max(lower, omission.end)
    else if (omission.start >= to) upper = Math.min(upper, omission.start)
  }
  return [lower, upper]
}

/**
 * Turn a draft into a block: split its prose into sentences, locate each in
 * the source and give block and sentences their ids (`b3`, `b3.s2`).
 * Languages are left undetermined for assignLanguages.
 */
export function finishBlock(
  draft: BlockDraft,
  index: number,
  source: string,
  lines: LineIndex,
  markdown: boolean
): Block {
  const {prose} = draft.built
  const id = `b${index}`
  const hint = draft.lang === undefined ? languageHint(prose.text) : {lang: draft.lang}
  const ranges = draft.whole ? wholeRange(prose.text) : splitSentences(prose.text, hint)
  const sentences: Sentence[] = []
  for (const [start, end] of ranges) {
    if (!hasContent(prose.text, start, end)) continue
    let [from, to] = proseToSource(draft.built, start, end)
    if (markdown) {
      const lower = start > 0 ? draft.built.ends[start - 1]! : draft.start
      const upper = end < prose.text.length ? prose.offsets[end]! : draft.end
      ;[from, to] = widen(
        source,
        from,
        to,
        ...outsideOmitted(draft, from, to, Math.max(lower, draft.start), Math.min(upper, draft.end))
      )
    }
    sentences.push({
      id: `${id}.s${sentences.length + 1}`,
      text: joinHardWraps(source.slice(from, to), {markdown, quoteDepth: draft.quoteDepth ?? 0}),
      lang: 'und',
      confidence: 0,
      position: lines.position(from, to),
      range: [start, end]
    })
  }
  const block: Block = {
    id,
    role: draft.role,
    lang: 'und',
    confidence: 0,
    position: lines.position(draft.start, draft.end),
    prose,
    sentences
  }
  if (draft.author !== undefined) block.author = draft.author
  if (draft.depth !== undefined) block.depth = draft.depth
  if (draft.quoted) block.quoted = true
  return block
}
