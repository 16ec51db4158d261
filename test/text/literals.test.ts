import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {withoutLiterals} from '../../src/text/index.js'

describe('withoutLiterals', () => {
  it('blanks key combinations led by a modifier, spaced or not', () => {
    expect(withoutLiterals('Ctrl + Shift + K')).toBe(' '.repeat(16))
    expect(withoutLiterals('Press Alt+F4 to close')).toBe('Press        to close')
    expect(withoutLiterals('Shift+Tab')).toBe('         ')
  })

  it('leaves a plus between words that are no keys', () => {
    expect(withoutLiterals('Save + close')).toBe('Save + close')
    expect(withoutLiterals('C++ and Controller+')).toBe('C++ and Controller+')
  })

  it('blanks code elements with their text, and Markdown code spans', () => {
    expect(withoutLiterals('<literal>\\r</literal>')).toBe(' '.repeat('<literal>\\r</literal>'.length))
    expect(withoutLiterals('Run <command>make</command> now')).toBe(`Run ${' '.repeat(23)} now`)
    expect(withoutLiterals('Run `npm ci` first')).toBe('Run          first')
  })

  it('blanks character references written out, and keeps an ampersand that starts none', () => {
    expect(withoutLiterals('&amp;')).toBe('     ')
    expect(withoutLiterals('Symbol &lt;&lt;')).toBe('Symbol         ')
    expect(withoutLiterals('&#169; and &#x2014;')).toBe('       and         ')
    expect(withoutLiterals('Tom & Jerry; R&D')).toBe('Tom & Jerry; R&D')
  })

  it('keeps the text of elements that are not code', () => {
    expect(withoutLiterals('<b>Save</b> the <guilabel>file</guilabel>')).toBe(
      '<b>Save</b> the <guilabel>file</guilabel>'
    )
  })

  it('finds literals in the markup and blanks them in the text at the same indices', () => {
    const markup = 'Type <literal>ls</literal> here'
    const masked = 'Type \uFFFC'.padEnd(14, '\uFFFC') + 'ls' + '\uFFFC'.repeat(10) + ' here'
    expect(withoutLiterals(masked, markup)).toBe(`Type ${' '.repeat(21)} here`)
  })

  it('keeps the length of any text (offsets hold)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('Ctrl', '+', ' ', 'S', '`', 'x', '<code>', '</code>', 'word', '<b>', '</b>')),
        (parts) => {
          const text = parts.join('')
          expect(withoutLiterals(text)).toHaveLength(text.length)
        }
      ),
      {seed: Number(process.env.FC_SEED ?? 20261130)}
    )
  })
})
