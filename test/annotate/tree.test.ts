import {describe, expect, it} from 'vitest'
import {annotate, readForAnnotation} from '../../src/annotate/index.js'
import {structureOf} from '../../src/annotate/read.js'
import {Structure} from '../../src/annotate/tree.js'
import {readDocument} from '../../src/document/index.js'
import {matcher} from './helpers.js'

const markdown = [
  '# Title',
  '',
  'A paragraph with `code`, a [link](https://x.test) and **strong** text.',
  '',
  '```',
  'fenced',
  '',
  'code',
  '```',
  '',
  '- a list item',
  '- another',
  '',
  '> a quote',
  '',
  '| a | b |',
  '| - | - |',
  '| c | d |',
  ''
].join('\n')

describe('Structure', () => {
  it('finds the same blocks and spans whether the source is parsed whole or in chunks', () => {
    const whole = Structure.of(markdown)
    const chunked = Structure.of(markdown, 16)
    expect(chunked.units).toEqual(whole.units)
    expect(chunked.leaves).toEqual(whole.leaves)
  })

  it('moves a mark out of links and code, and refuses code blocks', () => {
    const structure = Structure.of(markdown)
    const link = markdown.indexOf('[link]')
    expect(structure.after(link + 3)).toBe(markdown.indexOf(' and **strong'))
    expect(structure.after(markdown.indexOf('fenced'))).toBeUndefined()
    expect(structure.before(markdown.indexOf('code`'))).toBe(markdown.indexOf('`code`'))
  })

  it('widens a wrap over markup it cuts, and refuses to wrap in headings or across links', () => {
    const structure = Structure.of(markdown)
    const strong = markdown.indexOf('strong**')
    expect(structure.wrappable(strong, strong + 'strong** text'.length, {link: false})).toEqual([
      strong - 2,
      strong + 'strong** text'.length
    ])
    expect(structure.wrappable(2, 7, {link: false})).toBeUndefined()
    expect(structure.wrappable(markdown.indexOf('link]'), markdown.indexOf('link]') + 4, {link: true})).toBeUndefined()
  })
})

describe('the structure kept from the reader’s own syntax trees', () => {
  it('is the structure a fresh parse finds, so reading for annotation spares the second parse and changes nothing', () => {
    const document = readForAnnotation(markdown, {format: 'md'})
    expect(JSON.stringify(document)).toBe(JSON.stringify(readDocument(markdown, {format: 'md'})))
    const kept = structureOf(document)
    expect(kept).not.toBe(structureOf(readDocument(markdown, {format: 'md'})))
    expect(kept).toBe(structureOf(document))
    expect(kept).toEqual(Structure.of(markdown))
  })

  it('is the same for a large source the reader parses in chunks, leaving out the definitions it appends to each', () => {
    const source =
      (markdown + '\nA [reference][r] to inference.\n\n').repeat(Math.ceil((1 << 20) / markdown.length)) +
      '[r]: https://example.com/r\n'
    const kept = structureOf(readForAnnotation(source, {format: 'md'}))
    const parsed = Structure.of(source, 1 << 16)
    expect(kept.units).toEqual(parsed.units)
    expect(kept.leaves.map(({type, start, end}) => [type, start, end])).toEqual(
      parsed.leaves.map(({type, start, end}) => [type, start, end])
    )
    expect(kept.leaves.at(-1)).toEqual({
      type: 'definition',
      start: source.lastIndexOf('[r]:'),
      end: source.length - 1,
      inlines: []
    })
  }, 180_000)

  it('is parsed afresh when the reader cut a large source inside a code block, so no mark lands in the code', () => {
    // "``` a`b" is no fence (a backtick fence's info string holds no backtick), so the reader's chunker sees the real fence after it as a closing one.
    const prose = 'A paragraph about inference.\n\n'.repeat(Math.ceil((1.1 * (1 << 20)) / 30))
    const code = '```\n' + 'inference in code\n\n'.repeat(6000) + '```\n'
    const source = prose + '``` a`b\n\n' + code
    const output = annotate(readForAnnotation(source, {format: 'md'}), {
      glossary: matcher,
      alignment: null,
      every: true
    })
    expect(output.startsWith('A paragraph about inference[^glosa-inference].\n\n')).toBe(true)
    const from = output.indexOf('```\ninference in code')
    expect(output.slice(from, from + code.length)).toBe(code)
  }, 180_000)
})
