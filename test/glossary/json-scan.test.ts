import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {scanTree} from '../../src/glossary/yaml-scan.js'
import {bothRead, readsLikeYamlPackage} from './helpers.js'

const compare = (text: string): boolean => readsLikeYamlPackage(text, 'JSON')

const sample = {
  title: 'T',
  languages: ['en', 'pt'],
  entries: [
    {id: 'a"b', n: 1.5, yes: true, none: null, big: -2.5e-3, empty: [], nothing: {}, terms: {en: ['x', {text: 'y', status: 'preferred'}], pt: 'z'}},
    {id: 'c', definition: {en: 'line\nbreak \\ tab\t é 😀 \u0001 </>'}, terms: {en: 'w'}}
  ]
}

describe('the quick reader of glosa JSON', () => {
  it('reads JSON, pretty or compact, with CRLF, to the tree and places of the yaml package', () => {
    for (const text of [JSON.stringify(sample, null, 2) + '\n', JSON.stringify(sample), JSON.stringify(sample, null, 4).replace(/\n/g, '\r\n'), ' \n' + JSON.stringify(sample, null, 1)]) {
      expect(compare(text)).toBe(true)
    }
  })

  it.each([
    ['a comment', '{"a": 1} # c\n'],
    ['single quotes', "{'a': 1}"],
    ['an unquoted key', '{a: 1}'],
    ['a trailing comma', '{"a": [1, 2,]}'],
    ['a tab', '{\t"a": 1}'],
    ['a duplicate key', '{"a": 1, "a": 2}'],
    ['a line break inside a string', '{"a": "b\nc"}'],
    ['a key that is an array index', '{"1": "a"}'],
    ['a word that is not JSON', '{"a": yes}'],
    ['an escape JSON does not have', '{"a": "\\x41"}'],
    ['text after the document', '{"a": 1} {"b": 2}']
  ])('leaves %s to js-yaml', (_, text) => {
    expect(scanTree(text)).toBeUndefined()
  })

  it('reads any JSON object as the yaml package does (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.constantFrom(0, 2), (value, space) => {
        compare(JSON.stringify(value, null, space))
      }),
      {numRuns: 400}
    )
  })

  const breakers = [' ', '\n', ',', ':', '"', "'", '[', ']', '{', '}', '\\', '#', '-', '0', 'x', 'null', '\r\n', '\t', 'é']

  it('builds the tree and places the yaml package does from any text it reads, and gives up where either reader refuses (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(JSON.stringify(sample, null, 2), JSON.stringify(sample)), fc.array(fc.tuple(fc.constantFrom(...breakers), fc.nat()), {minLength: 1, maxLength: 3}), (text, inserts) => {
        for (const [breaker, at] of inserts) {
          const place = at % (text.length + 1)
          text = text.slice(0, place) + breaker + text.slice(place)
        }
        if (bothRead(text, 'JSON')) compare(text)
        else expect(scanTree(text)).toBeUndefined()
      }),
      {numRuns: 3000}
    )
  })
})
