import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {loadGlossaries, writeTbx} from '../../src/glossary/index.js'
import {parseXml, type XmlElement, type XmlHooks} from '../../src/glossary/xml.js'
import {scanXml} from '../../src/glossary/xml-scan.js'
import {fixture} from './helpers.js'

/** What saxes makes of `text`: the tree and the records handed over, or the error it throws. */
function bySaxes(text: string, hooks: (records: XmlElement[]) => XmlHooks) {
  const records: XmlElement[] = []
  try {
    return {root: parseXml(text, undefined, undefined, hooks(records)), records}
  } catch (error) {
    return {error}
  }
}

function byScan(text: string, hooks: (records: XmlElement[]) => XmlHooks) {
  const records: XmlElement[] = []
  const root = scanXml(text, hooks(records))
  return root && {root, records}
}

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

/** Things that break XML, or that only saxes reads: inserted anywhere in a document. */
const breakers = [
  '&bogus;', '&', '&#0;', '&#x110000;', '&#X41;', '<', '>', ']]>', '\u0001', '\uFFFE', '\uD800', '\uDC00x', '<?pi x?>', '<?xml?>', '<?XML x?>', '<? x?>', '<?p', '<?p-x?>',
  '<!DOCTYPE root SYSTEM "r.dtd">', '<!DOCTYPE root [<!ENTITY e "x">]>', '<!-- a -- b -->', '<!--->', '<é/>', '</a>', '<a', '<a b="1" b="2"/>',
  '<a b="<"/>', '<a b=1/>', '<a b="1"c="2"/>', '<a/ >', '</root >', '<root/>', 'x', '\r', '<?xml version="1.0"?>', '<![CDATA[x', '<!-- x'
]

describe('the quick XML scan', () => {
  it('reads the TBX glosa writes, to the tree saxes builds', () => {
    const text = writeTbx(loadGlossaries([]))
    const hooks = recordsOf('conceptEntry')
    const scanned = byScan(text, hooks)
    expect(scanned).toBeDefined()
    expect(scanned).toEqual(bySaxes(text, hooks))
  })

  it.each(['v2-basic.tbx', 'v3-basic.tbx', 'wrong-root.xml'])('%s: the same tree as saxes', (name) => {
    const text = readFileSync(fixture(name), 'utf8')
    expect(byScan(text, recordsOf('termEntry'))).toEqual(bySaxes(text, recordsOf('termEntry')))
  })

  it.each(['entity-bomb.tbx', 'external-entity.tbx', 'undefined-entity.tbx', 'unclosed.tbx'])('%s: no tree: saxes reads it and says why', (name) => {
    const text = readFileSync(fixture(name), 'utf8')
    expect(byScan(text, recordsOf('termEntry'))).toBeUndefined()
    expect(bySaxes(text, recordsOf('termEntry'))).toHaveProperty('error')
  })

  it('reads TBX v2 with its external DTD and v3 with its schema instruction, and leaves entity declarations to saxes', () => {
    expect(scanXml(readFileSync(fixture('v2-basic.tbx'), 'utf8'))?.name).toBe('martif')
    // TBX v3 files name their schema in an `<?xml-model …?>` instruction.
    expect(scanXml(readFileSync(fixture('v3-basic.tbx'), 'utf8'))?.name).toBe('tbx')
    for (const name of ['entity-bomb.tbx', 'external-entity.tbx', 'undefined-entity.tbx']) {
      expect(scanXml(readFileSync(fixture(name), 'utf8'))).toBeUndefined()
    }
  })

  it('builds the tree saxes builds from any document it reads, and gives up on any saxes refuses (property)', () => {
    fc.assert(
      fc.property(documents, fc.array(fc.tuple(fc.constantFrom(...breakers), fc.nat()), {maxLength: 2}), (document, inserts) => {
        let text = document
        for (const [breaker, at] of inserts) {
          const place = at % (text.length + 1)
          text = text.slice(0, place) + breaker + text.slice(place)
        }
        const hooks = recordsOf('term')
        const scanned = byScan(text, hooks)
        const parsed = bySaxes(text, hooks)
        // Where saxes refuses, the scan gives up; elsewhere it builds saxes's tree or gives up (saxes then reads).
        expect([undefined, 'error' in parsed ? undefined : parsed]).toContainEqual(scanned)
      }),
      {numRuns: 3000}
    )
  })

  it('reads every well-formed document the generator makes (property)', () => {
    fc.assert(
      fc.property(documents, (text) => {
        expect(byScan(text, recordsOf('term'))).toEqual(bySaxes(text, recordsOf('term')))
      }),
      {numRuns: 500}
    )
  })
})
