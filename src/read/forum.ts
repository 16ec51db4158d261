import type {BlockRole, Lang} from '../types.js'
import {HARD_SWITCH, LINE_LANGUAGE_CONFIDENCE} from './data/language.js'
import {HEADLINE_LIMITS, STANDFIRST_MAX_CHARACTERS} from './data/punctuation.js'
import {URL_PATTERN, URL_TRAILING} from './data/urls.js'
import type {BlockDraft} from './draft.js'
import {
  lineEndsSentence,
  endsUnfinished,
  isCredit,
  isElision,
  isSubjectLine,
  listMarkerLength,
  matchAttribution,
  splitLines,
  startsLowercase,
  startsSentence,
  wordCount,
  type Line
} from './lines.js'
import {ProseBuilder} from './prose.js'
import {proseHasContent} from './sentences.js'

/** Portuguese (any variant), English, or not known. */
type Family = 'pt' | 'en' | 'und'

/** A line, or the part of a line after a glued attribution, as the forum reader sees it. */
type Item =
  | {kind: 'blank'}
  | {kind: 'attribution'; start: number; end: number; author: string}
  | {kind: 'elision' | 'credit' | 'subject'; start: number; end: number}
  | {
      kind: 'text'
      start: number
      end: number
      text: string
      guess: Family
      confidence: number
      family: Family
      listItem?: true
    }

/**
 * What reading forum text asks of the stages after it: a language guess per
 * line (a post switches language line by line) and sentence splitting (a
 * standfirst is one sentence). src/document passes identify's and segment's.
 */
export interface ForumStages {
  identifyLanguage(text: string): {lang: Lang; confidence: number}
  splitSentences(text: string): readonly unknown[]
}

function family(lang: Lang): Family {
  return lang === 'en' ? 'en' : lang.startsWith('pt') ? 'pt' : 'und'
}

/** Classify lines; split a glued attribution ("X Escreveu:Nota: …") from the text after it. */
function classify(source: string, lines: Line[], stages: ForumStages): Item[] {
  const items: Item[] = []
  let blockStart = true
  for (const {start, end} of lines) {
    if (start === end) {
      items.push({kind: 'blank'})
      blockStart = true
      continue
    }
    const text = source.slice(start, end)
    if (isElision(text) || isCredit(text) || isSubjectLine(text)) {
      items.push({kind: isElision(text) ? 'elision' : isCredit(text) ? 'credit' : 'subject', start, end})
      blockStart = true
      continue
    }
    const marker = listMarkerLength(text)
    if (marker > 0) {
      const rest = source.slice(start + marker, end)
      const {lang, confidence} = stages.identifyLanguage(rest)
      items.push({
        kind: 'text',
        start: start + marker,
        end,
        text: rest,
        guess: family(lang),
        confidence,
        family: 'und',
        listItem: true
      })
      blockStart = true
      continue
    }
    let from = start
    const attribution = blockStart ? matchAttribution(text) : undefined
    if (attribution) {
      items.push({kind: 'attribution', start, end: start + attribution.length, author: attribution.author})
      from = start + attribution.length
      while (from < end && /\s/.test(source[from]!)) from++
      if (from === end) continue
    }
    const rest = from === start ? text : source.slice(from, end)
    const {lang, confidence} = stages.identifyLanguage(rest)
    items.push({kind: 'text', start: from, end, text: rest, guess: family(lang), confidence, family: 'und'})
    blockStart = lineEndsSentence(rest)
  }
  smoothLanguages(items)
  return items
}

/**
 * Give lines too short or unclear to tell a language: a line that continues
 * an unfinished one takes its language, a line that starts afresh takes the
 * language of the lines after it.
 */
function smoothLanguages(items: Item[]): void {
  const sure = (item: Item): Family =>
    item.kind === 'text' && item.guess !== 'und' && item.confidence >= LINE_LANGUAGE_CONFIDENCE ? item.guess : 'und'
  for (const item of items) if (item.kind === 'text') item.family = sure(item)
  for (let index = 0; index < items.length; index++) {
    const item = items[index]!
    if (item.kind !== 'text' || item.family !== 'und') continue
    const previous = items[index - 1]
    if (previous?.kind === 'text' && previous.family !== 'und' && !lineEndsSentence(previous.text)) {
      item.family = previous.family
      continue
    }
    for (let next = index + 1; next < items.length; next++) {
      const after = items[next]!
      if (after.kind === 'blank') break
      if (after.kind === 'text' && after.family !== 'und') {
        item.family = after.family
        break
      }
    }
    if (item.family === 'und' && previous?.kind === 'text') item.family = previous.family
  }
}

type TextItem = Extract<Item, {kind: 'text'}>

/**
 * Whether text line `next` goes on with the paragraph whose last line is
 * `previous` (a hard wrap). `after` is the line after `next`, whose language
 * can confirm a switch that `next` alone is not sure enough of.
 */
function continues(previous: TextItem, next: TextItem, paragraph: Family, after: Item | undefined): boolean {
  if (next.listItem) return false
  if (startsLowercase(next.text)) return true
  if (previous.listItem) return false
  if (lineEndsSentence(previous.text)) return !startsSentence(next.text)
  if (
    paragraph === 'und' ||
    next.guess === 'und' ||
    next.guess === paragraph ||
    wordCount(next.text) < HARD_SWITCH.words
  )
    return true
  const confirmed =
    after?.kind === 'text' &&
    after.guess === next.guess &&
    after.confidence >= HARD_SWITCH.confidence &&
    next.confidence >= LINE_LANGUAGE_CONFIDENCE
  if (next.confidence < HARD_SWITCH.confidence && !confirmed) return true
  // A colon may introduce the quoted text; a comma, a dash or an article cannot end the line.
  return endsUnfinished(previous.text) && !previous.text.endsWith(':')
}

/** The next item that is not a blank line. */
function nextSolid(items: Item[], index: number): Item | undefined {
  for (let at = index; at < items.length; at++) if (items[at]!.kind !== 'blank') return items[at]
  return undefined
}

/** A headline: short, capitalised, unpunctuated at the end, and followed by a line starting a sentence. */
function isHeadline(items: Item[], index: number): boolean {
  const item = items[index]!
  if (item.kind !== 'text') return false
  const {text} = item
  if (text.length > HEADLINE_LIMITS.characters || wordCount(text) > HEADLINE_LIMITS.words) return false
  if (!startsSentence(text) || /[.,;:]$/u.test(text) || endsUnfinished(text)) return false
  const next = nextSolid(items, index + 1)
  return next?.kind === 'text' && startsSentence(next.text)
}

/** A standfirst: one sentence on one line, after a headline, with the article going on after it. */
function isStandfirst(items: Item[], index: number, headline: Family, stages: ForumStages): boolean {
  const item = items[index]!
  if (item.kind !== 'text' || item.text.length > STANDFIRST_MAX_CHARACTERS) return false
  if (item.family !== 'und' && headline !== 'und' && item.family !== headline) return false
  if (endsUnfinished(item.text) || stages.splitSentences(item.text).length !== 1) return false
  const next = nextSolid(items, index + 1)
  return next !== undefined && next.kind !== 'attribution' && (next.kind !== 'text' || startsSentence(next.text))
}

/** Append a line's text to prose, URLs as placeholders. */
function addLine(prose: ProseBuilder, source: string, start: number, end: number): void {
  const text = source.slice(start, end)
  let at = 0
  const mayHoldUrl = text.includes('://') || text.includes('www.') || text.includes('@')
  for (const match of mayHoldUrl ? text.matchAll(URL_PATTERN) : []) {
    const url = match[0].replace(URL_TRAILING, '')
    if (url.length === 0) continue
    prose.span(source, start + at, start + match.index)
    prose.placeholder(start + match.index, start + match.index + url.length)
    at = match.index + url.length
  }
  prose.span(source, start + at, end)
}

/**
 * Read forum plain text (the form of posts copied from a forum: no blank
 * lines, hard-wrapped paragraphs, attributions, quoted articles with
 * headline, standfirst, elisions and a credit) into block drafts.
 */
export function* readForumBlocks(source: string, stages: ForumStages): Generator<BlockDraft> {
  const items = classify(source, splitLines(source), stages)
  let count = 0
  let own: Family = 'und'
  let article: Family | undefined
  let articleStart = true
  const draft = function* (
    role: BlockRole,
    parts: Array<{start: number; end: number}>,
    extra: Partial<BlockDraft> = {}
  ): Generator<BlockDraft> {
    const prose = new ProseBuilder()
    parts.forEach((part, index) => {
      if (index > 0) prose.join(parts[index - 1]!.end, part.start)
      addLine(prose, source, part.start, part.end)
    })
    const built = prose.build()
    if (!proseHasContent(built.prose.text)) return
    const lang = parts.length > 0 && 'family' in parts[0]! ? (parts[0] as TextItem).family : 'und'
    const made: BlockDraft = {role, start: parts[0]!.start, end: parts[parts.length - 1]!.end, built, ...extra}
    if (lang !== 'und') made.lang = lang
    if (article !== undefined) made.quoted = true
    count++
    yield made
  }
  for (let index = 0; index < items.length; index++) {
    const item = items[index]!
    if (item.kind === 'blank') continue
    if (item.kind === 'attribution') {
      yield* draft('attribution', [item], {author: item.author, whole: true})
      articleStart = true
      continue
    }
    if (item.kind === 'subject') {
      // A reply's subject line opens a new post: whatever was quoted before it has ended.
      yield* draft('heading', [item], {whole: true})
      article = undefined
      articleStart = true
      continue
    }
    if (item.kind !== 'text') {
      yield* draft(item.kind, [item], {whole: true})
      if (item.kind === 'credit') article = undefined
      continue
    }
    if (article !== undefined && item.family !== 'und' && item.family !== article) article = undefined
    if (article === undefined && own !== 'und' && item.family !== 'und' && item.family !== own) {
      article = item.family
      articleStart = true
    }
    if (articleStart) {
      articleStart = false
      if (isHeadline(items, index)) {
        const atDocumentStart = count === 0
        if (!atDocumentStart && article === undefined) article = item.family
        yield* draft('headline', [item], {whole: true})
        const next = items.findIndex((other, at) => at > index && other.kind !== 'blank')
        if (next !== -1 && isStandfirst(items, next, item.family, stages)) {
          yield* draft('standfirst', [items[next] as TextItem], {whole: true})
          index = next
        }
        continue
      }
    }
    const parts: TextItem[] = [item]
    const paragraph: Family = item.family
    while (index + 1 < items.length) {
      const next = items[index + 1]!
      if (next.kind !== 'text' || !continues(parts[parts.length - 1]!, next, paragraph, items[index + 2])) break
      parts.push(next)
      index++
    }
    if (article === undefined && own === 'und') own = paragraph
    yield* draft(item.listItem ? 'list-item' : article === undefined ? 'paragraph' : 'quote', parts, {})
  }
}
