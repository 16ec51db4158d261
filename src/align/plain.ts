import {PLACEHOLDER} from '../read/prose.js'
import type {Block, Sentence} from '../types.js'

/**
 * What a placeholder stands for, as plain text, read from the source at its
 * start: code without its backticks, an autolink or bare URL as the address;
 * an MDX expression whole (a string literal as its text, a comment as none);
 * images, HTML tags and footnote calls are no text (a CAT tool would show them
 * as inline tags, which a plaintext memory has none of).
 */
const stand: ReadonlyArray<readonly [RegExp, (match: RegExpExecArray) => string]> = [
  // MDX expressions: a string literal ({' '}) is its text, a comment nothing, any other expression is kept whole.
  [/^\{\s*(['"])((?:(?!\1)[^\\]|\\.)*)\1\s*\}/, (match) => match[2]!],
  [/^\{\s*\/\*[\s\S]*?\*\/\s*\}/, () => ''],
  [/^\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}/, (match) => match[0]],
  [/^(`+)([\s\S]*?)\1/, (match) => match[2]!.trim()],
  [/^!\[/, () => ''],
  [/^\[\^[^\]]*\]/, () => ''],
  [/^<((?:[a-z][a-z\d+.-]*:|www\.)[^\s<>]*|[^\s<>@]+@[^\s<>]+)>/i, (match) => match[1]!],
  [/^<[^>]*>/, () => ''],
  [/^[^\s<>]+/, (match) => match[0].replace(/[*_~]+$/, '')]
]

function standIn(source: string, offset: number): string {
  const rest = source.slice(offset, offset + 2000)
  for (const [pattern, text] of stand) {
    const match = pattern.exec(rest)
    if (match) return text(match)
  }
  return ''
}

/**
 * A sentence as plain text: its block's prose (markup removed, hard wraps
 * joined), with each placeholder put back as the text it stands for, and
 * runs of white space left by dropped parts collapsed.
 */
export function plainSentence(source: string, block: Block, sentence: Sentence): string {
  const [start, end] = sentence.range
  const prose = block.prose.text.slice(start, end)
  if (!prose.includes(PLACEHOLDER)) return prose
  let text = ''
  for (let index = start; index < end; index++) {
    const char = block.prose.text[index]!
    text += char === PLACEHOLDER ? standIn(source, block.prose.offsets[index]!) : char
  }
  return text.replace(/\s{2,}/g, ' ').trim()
}
