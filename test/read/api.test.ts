import {describe, expect, it} from 'vitest'
import * as glosa from '../../src/index.js'
import * as api from '../../src/api.js'
import * as documents from '../../src/document/index.js'
import * as read from '../../src/read/index.js'

describe('the reader’s public API', () => {
  it('exports detectFormat and the prose placeholder; the document module readDocument and readDocumentFile; all also from the package', () => {
    expect(Object.keys(read).sort()).toEqual([
      'PLACEHOLDER',
      'detectFormat',
      'formatName',
      'hasMdxSyntax',
      'joinHardWraps',
      'parseMdx',
      'readWarningText'
    ])
    expect(Object.keys(documents).sort()).toEqual(['readDocument', 'readDocumentFile'])
    for (const name of ['readDocument', 'readDocumentFile', 'detectFormat'] as const) {
      expect(typeof glosa[name]).toBe('function')
      // The package exports each with its arguments checked at the boundary (src/api.ts).
      expect(glosa[name]).toBe(api[name])
    }
    expect(read.PLACEHOLDER).toBe('\uFFFC')
  })

  it('returns a document with format, source, bom, languages and blocks with ids b1, b1.s1', () => {
    const document = documents.readDocument('Uma frase. Outra frase.\n\nA sentence.', {format: 'text', file: 'x.txt'})
    expect(document).toMatchObject({
      file: 'x.txt',
      format: 'text',
      bom: false,
      source: 'Uma frase. Outra frase.\n\nA sentence.'
    })
    expect(document.languages.document).toBeTypeOf('string')
    expect(document.blocks.map((block) => [block.id, block.sentences.map((sentence) => sentence.id)])).toEqual([
      ['b1', ['b1.s1', 'b1.s2']],
      ['b2', ['b2.s1']]
    ])
    const [first] = document.blocks
    expect(first!.prose.offsets).toBeInstanceOf(Uint32Array)
    expect(first!.prose.offsets.length).toBe(first!.prose.text.length + 1)
    expect(first!.sentences[1]!.range).toEqual([11, 23])
  })

  it('leaves the file out for strings and reads an empty string as no blocks', () => {
    const document = documents.readDocument('', {format: 'md'})
    expect('file' in document).toBe(false)
    expect(document.blocks).toEqual([])
  })
})
