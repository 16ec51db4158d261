import {describe, expect, it} from 'vitest'
import {chunkBoundaries} from '../../src/read/markdown.js'

/** The line of `source` each cut starts. */
const cutLines = (source: string, cuts: number[]) => cuts.map((cut) => source.slice(cut, source.indexOf('\n', cut)))

describe('chunkBoundaries (where the reader may cut a large Markdown source)', () => {
  it('cuts only before a line after a blank line, never inside a fenced code block', () => {
    const source = ['Intro.', '', '```js', 'const a = 1', '', 'const b = 2', '```', '', 'After.', ''].join('\n')
    expect(cutLines(source, chunkBoundaries(source, 1))).toEqual(['```js', 'After.'])
  })

  it('takes a line of code spans that starts with three backticks for a paragraph, not a fence', () => {
    // "``` a`b" cannot open a fence (a backtick fence's info string holds no backtick), so the
    // real fence below it still protects its blank lines from a cut.
    const source = ['``` a`b ```', '', '```', 'code', '', 'still code', '```', '', 'After.', ''].join('\n')
    expect(cutLines(source, chunkBoundaries(source, 1))).toEqual(['```', 'After.'])
  })
})
