import {describe, expect, it} from 'vitest'
import {Structure} from '../../src/annotate/tree.js'

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
    expect(structure.wrappable(strong, strong + 'strong** text'.length, {link: false})).toEqual([strong - 2, strong + 'strong** text'.length])
    expect(structure.wrappable(2, 7, {link: false})).toBeUndefined()
    expect(structure.wrappable(markdown.indexOf('link]'), markdown.indexOf('link]') + 4, {link: true})).toBeUndefined()
  })
})
