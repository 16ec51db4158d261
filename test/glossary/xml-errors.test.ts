import {describe, expect, it} from 'vitest'
import {parseGlossary} from '../../src/glossary/index.js'
import {translator} from '../../src/i18n/index.js'
import {failure} from './helpers.js'

const tbx = (body: string) => `<?xml version="1.0"?>\n<martif type="TBX-Basic" xml:lang="en"><text><body>\n${body}\n</body></text></martif>\n`
const entry = '<termEntry id="x"><langSet xml:lang="en"><tig><term>chip</term></tig></langSet></termEntry>'

describe('XML that does not parse: a message of its own for each problem, in every language', () => {
  it.each([
    ['a closing tag for an outer element', tbx('<termEntry id="x"><langSet xml:lang="en"><tig><term>chip</tig></langSet></termEntry>'), 'unexpectedClose', 'tig', 3, 62],
    ['a closing tag for no open element', tbx(entry + '</note>'), 'unexpectedClose', 'note', 3, 98],
    ['an element never closed', '<martif xml:lang="en"><text><body>\n' + entry, 'unclosedTag', 'body', 2, 92],
    ['an entity XML does not define', tbx('<termEntry id="x"><langSet xml:lang="en"><tig><term>caf&eacute;</term></tig></langSet></termEntry>'), 'undefinedEntity', '', 3, 56],
    ['an attribute given twice', tbx('<termEntry id="x" id="y"><langSet xml:lang="en"><tig><term>chip</term></tig></langSet></termEntry>'), 'duplicateAttribute', 'id', 3, 25],
    ['an unquoted attribute', tbx('<termEntry id=x><langSet xml:lang="en"><tig><term>chip</term></tig></langSet></termEntry>'), 'attribute', '', 3, 15],
    ['a second root element', tbx(entry) + '<martif/>', 'twoRoots', '', 5, 8],
    ['text after the root element', tbx(entry) + 'chips', 'outsideRoot', '', 5, 6]
  ])('%s', (_, text, problem, name, line, column) => {
    const error = failure(() => parseGlossary(text, {format: 'tbx', file: 'x.tbx'}))
    expect(error.key).toBe(`glossary:xml.${problem}`)
    expect(error.values['name']).toBe(name)
    expect(error.place).toMatchObject({line})
    expect(error.place?.column).toBeLessThanOrEqual(column)
    for (const locale of ['en', 'pt-PT', 'pt-BR'] as const) {
      expect(translator(locale)(error.key, error.values), locale).not.toMatch(/\{\{|saxes|the parser says|o analisador diz/)
    }
  })

  it.each([
    ['a closing tag for an outer element', tbx('<termEntry id="x"><langSet xml:lang="en"><tig><term>chip</tig></langSet></termEntry>'), 'tig'],
    ['a closing tag for no open element', tbx(entry + '</note>'), 'note'],
    ['an element never closed', '<martif xml:lang="en"><text><body>\n' + entry, 'body'],
    ['an attribute given twice', tbx('<termEntry id="x" id="y"><langSet xml:lang="en"><tig><term>chip</term></tig></langSet></termEntry>'), 'id']
  ])('names the element or attribute in every language: %s', (_, text, name) => {
    const error = failure(() => parseGlossary(text, {format: 'tbx', file: 'x.tbx'}))
    for (const locale of ['en', 'pt-PT', 'pt-BR'] as const) {
      expect(translator(locale)(error.key, error.values), locale).toContain(name)
    }
  })

  it('names the entity it does not know', () => {
    const error = failure(() => parseGlossary(tbx('<termEntry id="x"><langSet xml:lang="en"><tig><term>caf&eacute;</term></tig></langSet></termEntry>'), {format: 'tbx'}))
    expect(translator('pt-PT')(error.key, error.values)).toMatch(/^isto não é XML válido: &eacute; não é uma das cinco entidades do XML/)
  })

  it('still says what saxes says for a problem with no message of its own', () => {
    const error = failure(() => parseGlossary('<martif xml:lang="en"></>', {format: 'tbx'}))
    expect(error.key).toBe('glossary:xml.other')
    expect(translator('pt-BR')(error.key, error.values)).toMatch(/^isto não é XML válido aqui \(o analisador diz: .+\)$/)
  })
})
