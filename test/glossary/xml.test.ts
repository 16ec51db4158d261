import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {loadGlossaries, writeTbx} from '../../src/glossary/index.js'
import {GlosaError} from '../../src/util/errors.js'
import {parseXml, type XmlElement, type XmlHooks} from '../../src/glossary/xml.js'
import {fixture} from './helpers.js'

const recordsOf = (name: string) => (records: XmlElement[]): XmlHooks => ({isRecord: (element) => element === name, record: (element) => records.push(element)})

/** Small XML documents: nested elements with attributes, text, references, comments and CDATA, as a string. */
const documents: fc.Arbitrary<string> = fc.letrec<{node: string; nodes: string}>((tie) => ({
  node: fc.oneof(
    {depthSize: 'small', withCrossShrink: true},
    fc.constantFrom('text', ' ', '\n  ', '\r\n', 'a&amp;b', '&lt;x&gt;', '&#65;&#x42;', '&quot;&apos;', 'é😀', '<!-- note -->', '<?pi a?b ?>', '<![CDATA[<raw> & ]]>', '<e/>', '<e a="1"/>'),
    fc
      .tuple(
        fc.constantFrom('a', 'term', 'x:lang', 'langSec', 'descrip'),
        fc.constantFrom('', ' id="1"', " type='t' id=\"2\"", ' xml:lang="pt-PT"', ' v="a&amp;b&#10;c\td"', ' v = "x" '),
        tie('nodes')
      )
      .map(([name, attributes, content]) => `<${name}${attributes}>${content}</${name}>`)
  ),
  nodes: fc.array(tie('node'), {maxLength: 4}).map((nodes) => nodes.join(''))
})).nodes.map((content) => `<root>${content}</root>`)

/** Things that break XML, or that XML allows but glosa refuses: inserted anywhere in a document. */
const breakers = [
  '&bogus;', '&', '&#0;', '&#x110000;', '&#X41;', '<', '>', ']]>', '\u0001', '\uFFFE', '\uD800', '\uDC00x', '<?pi x?>', '<?xml?>', '<?XML x?>', '<? x?>', '<?p', '<?p-x?>',
  '<!DOCTYPE root SYSTEM "r.dtd">', '<!DOCTYPE root [<!ENTITY e "x">]>', '<!-- a -- b -->', '<!--->', '<é/>', '</a>', '<a', '<a b="1" b="2"/>',
  '<a b="<"/>', '<a b=1/>', '<a b="1"c="2"/>', '<a/ >', '</root >', '<root/>', 'x', '\r', '<?xml version="1.0"?>', '<![CDATA[x', '<!-- x'
]

/** The text of a generated document as XML defines it: markup removed, CDATA kept, line ends and references resolved. */
function textOf(xml: string): string {
  const references: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'"}
  return xml
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) =>
      part.startsWith('<![CDATA[')
        ? part.slice(9, -3)
        : part
            .replace(/<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<[^>]*>/g, '')
            .replace(/\r\n?/g, '\n')
            .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (_, name: string) =>
              name.startsWith('#') ? String.fromCodePoint(Number(name.startsWith('#x') ? '0' + name.slice(1) : name.slice(1))) : references[name]!
            )
    )
    .join('')
}

/** Every element of a tree, the root first. */
function elementsOf(root: XmlElement): XmlElement[] {
  return [root, ...root.children.flatMap(elementsOf)]
}

describe('the XML element tree (saxes)', () => {
  it('hands each record over as it closes and keeps it out of the tree', () => {
    const text = writeTbx(loadGlossaries([]))
    const records: XmlElement[] = []
    const root = parseXml(text, undefined, undefined, recordsOf('conceptEntry')(records))
    expect(root.name).toBe('tbx')
    expect(records.length).toBe(text.split('<conceptEntry').length - 1)
    expect(elementsOf(root).some((element) => element.name === 'conceptEntry')).toBe(false)
  })

  it('reads TBX v2 with its external DTD and v3 with its schema instruction', () => {
    expect(parseXml(readFileSync(fixture('v2-basic.tbx'), 'utf8'), undefined).name).toBe('martif')
    // TBX v3 files name their schema in an `<?xml-model …?>` instruction.
    expect(parseXml(readFileSync(fixture('v3-basic.tbx'), 'utf8'), undefined).name).toBe('tbx')
  })

  it.each(['entity-bomb.tbx', 'external-entity.tbx', 'undefined-entity.tbx', 'unclosed.tbx'])('%s: refused with a located message', (name) => {
    const text = readFileSync(fixture(name), 'utf8')
    expect(() => parseXml(text, name)).toThrow(GlosaError)
  })

  it('places every element exactly and gathers its text with references resolved (property)', () => {
    fc.assert(
      fc.property(documents, (text) => {
        const root = parseXml(text, undefined)
        // TBX containers (`langSec`) keep no text of their own: renamed, the element keeps all of it.
        const plain = text.replaceAll('langSec', 'lang')
        expect(parseXml(plain, undefined).text).toBe(textOf(plain))
        for (const element of elementsOf(root)) {
          const written = text.slice(element.start, element.end)
          expect(written).toMatch(new RegExp(`^<(\\w+:)?${element.name}[\\s/>]`))
          expect(written.endsWith(element.contentEnd === element.end ? '/>' : '>')).toBe(true)
          expect(element.start <= element.contentStart && element.contentStart <= element.contentEnd && element.contentEnd <= element.end).toBe(true)
        }
      }),
      {numRuns: 500}
    )
  })

  it('reads a broken or refused document to a tree or to a located GlosaError, never another error (property)', () => {
    fc.assert(
      fc.property(documents, fc.array(fc.tuple(fc.constantFrom(...breakers), fc.nat()), {minLength: 1, maxLength: 2}), (document, inserts) => {
        let text = document
        for (const [breaker, at] of inserts) {
          const place = at % (text.length + 1)
          text = text.slice(0, place) + breaker + text.slice(place)
        }
        try {
          expect(parseXml(text, 'g.tbx').name).toBeTypeOf('string')
        } catch (error) {
          expect(error).toBeInstanceOf(GlosaError)
          const place = (error as GlosaError).place
          expect(place && place.offset <= text.length).toBe(true)
        }
      }),
      {numRuns: 1000}
    )
  })
})
