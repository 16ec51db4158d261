import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parseNumber} from '../../src/check/numbers.js'
import {checkText, proseLineSegments} from '../../src/check/segments.js'
import {readDocument} from '../../src/document/index.js'
import {checkLines, matcher} from './helpers.js'

const englishWords = [
  'The',
  'inference',
  'memory bandwidth',
  'H20',
  'Nvidia',
  'user',
  'AI',
  'chip',
  'is',
  'fast',
  'on',
  'July',
  '15',
  '2.5%',
  'training'
]
const portugueseWords = [
  'A',
  'inferência',
  'largura de banda',
  'débito de memória',
  'H2O',
  'H20',
  'Nvidia',
  'usuário',
  'AI',
  'IA',
  'chip',
  'é',
  'rápida',
  '16',
  '2,5 %',
  'julho',
  'treino',
  '**IA**',
  'ecrã'
]

const line = (words: string[]) =>
  fc.array(fc.constantFrom(...words), {minLength: 1, maxLength: 8}).map((parts) => parts.join(' ') + '.')
const text = (words: string[]) => fc.array(line(words), {minLength: 1, maxLength: 5}).map((lines) => lines.join('\n'))

describe('glosa check invariants', () => {
  it('places every message inside its file, and `actual` is exactly the text there', () => {
    fc.assert(
      fc.property(text(englishWords), text(portugueseWords), (source, target) => {
        const {files} = checkLines(source, target)
        for (const file of files) {
          const value = String(file.value)
          for (const message of file.messages) {
            const place = message.place as {start: {offset: number}; end: {offset: number}}
            expect(place.start.offset).toBeGreaterThanOrEqual(0)
            expect(place.end.offset).toBeLessThanOrEqual(value.length)
            expect(place.start.offset).toBeLessThan(place.end.offset)
            if (message.actual !== undefined)
              expect(value.slice(place.start.offset, place.end.offset)).toBe(message.actual)
          }
        }
      }),
      {numRuns: 200}
    )
  })

  it('finds nothing when a text in the target language is checked against itself in the target language', () => {
    fc.assert(
      fc.property(
        text([
          'A',
          'inferência',
          'largura de banda',
          'H20',
          'Nvidia',
          'utilizador',
          'IA',
          'é',
          'rápida',
          '16',
          '2,5 %',
          'julho',
          'treino'
        ]),
        (same) => {
          expect(
            checkLines(same, same, {sourceLang: 'pt-PT', targetLang: 'pt-PT'}).summary.filter(
              (message) => !message.includes('untranslated')
            )
          ).toEqual([])
        }
      ),
      {numRuns: 100}
    )
  })

  it('reads a number the same in English and Portuguese notation', () => {
    fc.assert(
      fc.property(fc.integer({min: 0, max: 10_000_000}), fc.integer({min: 0, max: 99}), (whole, cents) => {
        const value = whole + cents / 100
        const english = whole.toLocaleString('en-US') + '.' + String(cents).padStart(2, '0')
        const portuguese = whole.toLocaleString('pt-PT') + ',' + String(cents).padStart(2, '0')
        expect(parseNumber(english, 'en')).toBeCloseTo(value, 6)
        expect(parseNumber(portuguese.replace(/\u00a0/g, ' '), 'pt-PT')).toBeCloseTo(value, 6)
      })
    )
  })

  it('reads each line of Markdown as its prose, every unit of it from that line of the source', () => {
    const piece = fc.constantFrom(
      'A inferência',
      '**negrito**',
      '`code()`',
      '[ligação](https://example.com/a_b)',
      'H20',
      'user.',
      '&amp;',
      '\\*',
      '😅'
    )
    const markdownLine = fc
      .tuple(fc.constantFrom('', '# ', '- ', '> ', '1. ', '| '), fc.array(piece, {minLength: 1, maxLength: 5}))
      .map(([lead, parts]) => lead + parts.join(' '))
    const markdown = fc
      .array(fc.oneof(markdownLine, fc.constant(''), fc.constant('```'), fc.constant('| --- |')), {
        minLength: 1,
        maxLength: 8
      })
      .map((lines) => lines.join('\n') + '\n')
    fc.assert(
      fc.property(markdown, fc.constantFrom('\n', '\r\n'), (source, eol) => {
        const text = source.replace(/\n/g, eol)
        const owner = checkText('a.md', text, 'pt')
        const lines = proseLineSegments(owner, readDocument(text, {format: 'md'}), matcher, () => 'pt')
        lines.forEach((segment, index) => {
          if (!segment) return
          expect(segment.position.start.line).toBe(index + 1)
          expect(segment.offsets.length).toBe(segment.text.length + 1)
          for (let at = 0; at < segment.text.length; at++) {
            expect(owner.lines.point(segment.offsets[at]!).line).toBe(index + 1)
          }
          // Letters are the source's own; placeholders and joins stand for markup.
          const letters = [...segment.text.matchAll(/\p{L}/gu)]
          expect(
            letters.map((letter) =>
              text.slice(segment.offsets[letter.index]!, segment.offsets[letter.index]! + letter[0].length)
            )
          ).toEqual(letters.map((letter) => letter[0]))
        })
      }),
      {numRuns: 200}
    )
  })
})
