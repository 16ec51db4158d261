import {VFile} from 'vfile'
import type {Block, BlockRole, Document, Lang, Sentence} from '../types.js'
import {LineIndex, SequentialPoints} from '../util/position.js'
import type {CheckPair, CheckSegment, CheckText, TermMatcher} from './types.js'

/** A file under check, with its own vfile for messages. */
export function checkText(path: string, source: string, lang: Lang): CheckText {
  // `history`, not `path`: vfile pushes a path onto an empty list, which V8 grows to 17 slots, about 130 bytes
  // a file that a run keeps to its end for every file it reports on.
  return {path, source, lines: new LineIndex(source), file: new VFile({history: [path], value: source}), lang}
}

/** The segment of one sentence of a read document: its prose, offsets and terms. */
export function sentenceSegment(
  owner: CheckText,
  block: Block,
  sentence: Sentence,
  matcher: TermMatcher
): CheckSegment {
  const [start, end] = sentence.range
  const text = block.prose.text.slice(start, end)
  return {
    owner,
    text,
    offsets: block.prose.offsets.subarray(start, end + 1),
    position: sentence.position,
    lang: sentence.lang,
    confidence: sentence.confidence,
    role: block.role,
    block: block.id,
    matches: matcher.match(text, {lang: sentence.lang})
  }
}

/** Every sentence of a document as a segment, by sentence id, in document order. */
export function documentSegments(
  owner: CheckText,
  document: Document,
  matcher: TermMatcher
): Map<string, CheckSegment> {
  const segments = new Map<string, CheckSegment>()
  for (const block of document.blocks) {
    for (const sentence of block.sentences) segments.set(sentence.id, sentenceSegment(owner, block, sentence, matcher))
  }
  return segments
}

/** What identifies a line's language for `--aligned`: the language, perhaps with its confidence. */
type LangOf = (text: string) => Lang | {lang: Lang; confidence: number}

/** A line's segment: `offsets` has one source offset per unit of `text` and one after its end. */
function lineSegment(
  owner: CheckText,
  text: string,
  offsets: ArrayLike<number>,
  matcher: TermMatcher,
  langOf: LangOf,
  role?: BlockRole
): CheckSegment {
  const guess = langOf(text)
  const lang = typeof guess === 'string' ? guess : guess.lang
  return {
    owner,
    text,
    offsets,
    position: owner.lines.position(offsets[0]!, offsets[text.length]!),
    lang,
    ...(typeof guess === 'string' ? {} : {confidence: guess.confidence}),
    ...(role === undefined ? {} : {role}),
    matches: matcher.match(text, {lang})
  }
}

/**
 * Each line of a text as a segment (`--aligned`: line i of one file
 * translates line i of the other). Blank lines are `undefined`, so that line
 * numbers still pair up. `langOf` identifies each line's language (and its confidence).
 */
export function lineSegments(owner: CheckText, matcher: TermMatcher, langOf: LangOf): Array<CheckSegment | undefined> {
  const segments: Array<CheckSegment | undefined> = []
  const pattern = /[^\r\n]*(?:\r\n|\r|\n|$)/gy
  const source = owner.source
  let match: RegExpExecArray | null
  while (pattern.lastIndex < source.length && (match = pattern.exec(source))) {
    const line = match[0].replace(/[\r\n]+$/, '')
    const lead = line.length - line.trimStart().length
    const text = line.trim()
    const start = match.index + lead
    if (text === '') segments.push(undefined)
    else
      segments.push(
        lineSegment(
          owner,
          text,
          Array.from({length: text.length + 1}, (_, index) => start + index),
          matcher,
          langOf
        )
      )
    if (match[0].length === 0) break
  }
  return segments
}

interface ProseLine {
  text: string
  offsets: number[]
  /** Source offset just after the line's last unit. */
  end: number
  role: BlockRole
  block: Block
}

/** Letters or digits: a line without any (only code, links, punctuation) has nothing to check. */
const wordly = /[\p{L}\p{N}]/u

/**
 * Each line of a read document as a segment of its prose (`--aligned` on
 * Markdown): code, HTML, URLs and link destinations are left out as the
 * reader leaves them out, so a line of code or a bare link reads as blank.
 * Table cells of one row share its line, a space apart. Lines without prose
 * are `undefined`, so that line numbers still pair up.
 */
export function proseLineSegments(
  owner: CheckText,
  document: Document,
  matcher: TermMatcher,
  langOf: LangOf
): Array<CheckSegment | undefined> {
  const lines: Array<ProseLine | undefined> = []
  // Prose offsets run forward through the source: each line is a step or two from the last.
  const points = new SequentialPoints(owner.lines)
  for (const block of document.blocks) {
    const {text, offsets} = block.prose
    for (let index = 0; index < text.length; index++) {
      const offset = offsets[index]!
      const line = points.point(offset).line - 1
      const next = offsets[index + 1]!
      const end = next > offset && points.point(next).line - 1 === line ? next : offset + 1
      let entry = lines[line]
      if (!entry) entry = lines[line] = {text: '', offsets: [], end, role: block.role, block}
      else if (entry.block !== block) {
        entry.text += ' '
        entry.offsets.push(offset)
        entry.block = block
      }
      entry.text += text[index]
      entry.offsets.push(offset)
      entry.end = end
    }
  }
  return Array.from(lines, (entry) => (entry ? proseLineSegment(owner, entry, matcher, langOf) : undefined))
}

function proseLineSegment(
  owner: CheckText,
  entry: ProseLine,
  matcher: TermMatcher,
  langOf: LangOf
): CheckSegment | undefined {
  const first = entry.text.length - entry.text.trimStart().length
  const text = entry.text.trim()
  if (!wordly.test(text)) return undefined
  const offsets = [
    ...entry.offsets.slice(first, first + text.length),
    first + text.length < entry.offsets.length ? entry.offsets[first + text.length]! : entry.end
  ]
  return lineSegment(owner, text, offsets, matcher, langOf, entry.role)
}

/** Line i of the source with line i of the target; blank on both sides is nothing. */
export function linePairs(
  source: Array<CheckSegment | undefined>,
  target: Array<CheckSegment | undefined>
): CheckPair[] {
  const pairs: CheckPair[] = []
  for (let index = 0; index < Math.max(source.length, target.length); index++) {
    const left = source[index]
    const right = target[index]
    if (left || right) pairs.push({source: left ? [left] : [], target: right ? [right] : []})
  }
  return pairs
}
