import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {findWords, wordsOf} from '../../src/text/index.js'

/** Text drawn from what makes word boundaries hard: accents, combining marks, apostrophes, astral letters, addresses. */
const text = fc
  .array(
    fc.constantFrom(
      'a',
      'Z',
      '9',
      'á',
      'ç',
      'e\u0301',
      ' ',
      '\n',
      '.',
      ',',
      '-',
      "'",
      '’',
      'ʼ',
      '/',
      '@',
      '_',
      '𝒜',
      '😀',
      '\uFFFC',
      'ft.com',
      'd’água',
      'Nvidia’s',
      'post.txt',
      '١'
    ),
    {maxLength: 40}
  )
  .map((parts) => parts.join(''))

describe('wordsOf: runs of letters, marks and digits', () => {
  it('finds what the Unicode definition finds, with exact places', () => {
    fc.assert(
      fc.property(text, (value) => {
        const expected = [...value.matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((match) => ({
          start: match.index,
          end: match.index + match[0].length,
          value: match[0]
        }))
        expect(wordsOf(value)).toEqual(expected)
      }),
      {numRuns: 500}
    )
  })

  it('splits at apostrophes and keeps address words as words', () => {
    expect(wordsOf('d’água em ft.com').map((word) => word.value)).toEqual(['d', 'água', 'em', 'ft', 'com'])
  })
})

describe('findWords: the same scanner, joining over apostrophes and marking addresses', () => {
  it('joins words over an apostrophe between letters, never at an edge', () => {
    const {starts, ends} = findWords("Nvidia’s chips, d'água, 'quoted'")
    const words = starts.map((start, index) => "Nvidia’s chips, d'água, 'quoted'".slice(start, ends[index]))
    expect(words).toEqual(['Nvidia’s', 'chips', "d'água", 'quoted'])
  })

  it('marks the words of an address with the span a hit must cover', () => {
    const value = 'see ft.com/chips now'
    const words = findWords(value)
    expect(words.blocked).toEqual([false, true, true, true, false])
    expect(value.slice(words.coverStarts[1], words.coverEnds[1])).toBe('ft.com/chips')
    expect(findWords(value, {addresses: false}).blocked).toEqual([false, false, false, false, false])
  })

  it('finds the words of wordsOf, joined over apostrophes where the text has one inside a word', () => {
    fc.assert(
      fc.property(text, (value) => {
        const {starts, ends} = findWords(value)
        const joined = starts.map((start, index) => value.slice(start, ends[index]))
        expect(
          joined
            .join(' ')
            .split(/['’ ]/u)
            .filter((part) => part !== '')
        ).toEqual(wordsOf(value).map((word) => word.value))
      }),
      {numRuns: 500}
    )
  })
})
