import type {Block, Sentence} from '../types.js'
import type {LineIndex} from '../util/position.js'
import {identifyLanguage} from '../identify/index.js'
import {splitSentences} from '../segment/index.js'
import type {BlockDraft} from './draft.js'
import {proseToSource} from './prose.js'

/** Whether `text[start, end)` holds anything but white space and placeholders. */
function hasContent(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code !== 0xfffc && !isSpaceCode(code)) return true
  }
  return false
}

/** White space as `String.prototype.trim` sees it, by code unit. */
export function isSpaceCode(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/** Whether prose text holds anything but white space and placeholders. */
export function proseHasContent(text: string): boolean {
  return hasContent(text, 0, text.length)
}

const plainWrap = /[ \t]*(?:\r\n|\n|\r)[ \t]*/g
const markdownWrap = /(?:[ \t]*|\\)(?:\r\n|\n|\r)[ \t]*/g

/**
 * A sentence's source with its hard wraps joined by a single space: the line
 * break, the white space around it and, inside block quotes, the `>` markers
 * of the continuation line.
 */
export function joinHardWraps(text: string, options: {markdown: boolean; quoteDepth: number}): string {
  if (!/[\r\n]/.test(text)) return text
  if (options.quoteDepth > 0) {
    const prefix = `(?:[ \\t]*>){0,${options.quoteDepth}}`
    return text.replace(new RegExp(`(?:[ \\t]*|\\\\)(?:\\r\\n|\\n|\\r)${prefix}[ \\t]*`, 'g'), ' ').trim()
  }
  return text.replace(options.markdown ? markdownWrap : plainWrap, ' ')
}

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
export function finishBlock(draft: BlockDraft, index: number, source: string, lines: LineIndex, markdown: boolean): Block {
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
      ;[from, to] = widen(source, from, to, ...outsideOmitted(draft, from, to, Math.max(lower, draft.start), Math.min(upper, draft.end)))
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

