import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {readDocumentFile} from '../../src/document/index.js'
import {decodeInput} from '../../src/util/input.js'
import {GlosaError} from '../../src/util/errors.js'
import {sourceAt} from './helpers.js'

const folder = mkdtempSync(join(tmpdir(), 'glosa-read-'))

function file(name: string, bytes: string | Uint8Array): string {
  const path = join(folder, name)
  writeFileSync(path, bytes)
  return path
}

function failure(path: string): GlosaError {
  try {
    readDocumentFile(path)
  } catch (error) {
    if (error instanceof GlosaError) return error
    throw error
  }
  throw new Error(`${path} was read`)
}

describe('readDocumentFile', () => {
  it('takes the format from the extension, then the content; --format overrides', () => {
    expect(readDocumentFile(file('a.md', 'Texto simples.')).format).toBe('md')
    expect(readDocumentFile(file('a.txt', '# Não é título')).format).toBe('text')
    expect(readDocumentFile(file('a', '# Título\n\nTexto.')).format).toBe('md')
    expect(readDocumentFile(file('b.md', '# Título'), {format: 'text'}).format).toBe('text')
  })

  it('accepts a byte-order mark: bom is true and positions count from the text after it', () => {
    const document = readDocumentFile(file('bom.txt', '\uFEFFPrimeira frase. Segunda.'))
    expect(document.bom).toBe(true)
    expect(document.source.startsWith('Primeira')).toBe(true)
    const second = document.blocks[0]!.sentences[1]!
    expect(second.position.start).toEqual({line: 1, column: 17, offset: 16})
    expect(sourceAt(document, second.position)).toBe('Segunda.')
  })

  it('keeps CRLF line endings in the source and positions exact', () => {
    const document = readDocumentFile(file('crlf.md', '# Título\r\n\r\nTexto aqui.\r\n'))
    expect(document.source).toContain('\r\n')
    expect(document.blocks[1]!.sentences[0]!.position.start).toEqual({line: 3, column: 1, offset: 12})
  })

  it('refuses empty, binary, UTF-16 and invalid UTF-8 input, missing files and folders, naming the file', () => {
    expect(failure(file('empty.txt', ''))).toMatchObject({key: 'common:input.empty', exitCode: 2})
    expect(failure(file('blank.txt', ' \n\t\n'))).toMatchObject({key: 'common:input.empty'})
    expect(failure(file('nul.txt', 'abc\0def'))).toMatchObject({key: 'common:input.binary', values: {byte: 3}})
    const invalid = failure(file('latin1.txt', Buffer.from([0x4f, 0x6c, 0xe1, 0x0a, 0x63, 0x61, 0x66, 0xe9])))
    expect(invalid).toMatchObject({
      key: 'common:input.invalidUtf8',
      values: {byte: 2, value: '0xe1'},
      place: {line: 1, column: 3}
    })
    expect(failure(file('utf16le.txt', Buffer.from('\uFEFFOlá.\n', 'utf16le')))).toMatchObject({
      key: 'common:input.utf16',
      values: {encoding: 'UTF-16LE'}
    })
    expect(failure(file('utf16be.txt', Buffer.from('\uFEFFOlá.\n', 'utf16le').swap16()))).toMatchObject({
      key: 'common:input.utf16',
      values: {encoding: 'UTF-16BE'}
    })
    expect(failure(join(folder, 'missing.md'))).toMatchObject({key: 'common:input.missing'})
    expect(failure(folder)).toMatchObject({key: 'common:input.directory', file: folder})
  })
})

describe('decodeInput with utf16 (for glossaries, which glosa only reads)', () => {
  const utf16le = (text: string) => Buffer.from('\uFEFF' + text, 'utf16le')
  const keyOf = (run: () => unknown) => {
    try {
      run()
    } catch (error) {
      if (error instanceof GlosaError) return error.key
      throw error
    }
    return undefined
  }

  it('decodes UTF-16 in either byte order after its byte-order mark, without the mark', () => {
    const text = 'file\tficheiro\tação 😀\r\n'
    expect(decodeInput(utf16le(text), 'g.tsv', {utf16: true})).toEqual({file: 'g.tsv', text, bom: false})
    expect(decodeInput(utf16le(text).swap16(), 'g.tsv', {utf16: true}).text).toBe(text)
  })

  it('still refuses UTF-16 without the option, and UTF-16 that is broken, binary or empty with it', () => {
    expect(keyOf(() => decodeInput(utf16le('Olá.'), 'd.md'))).toBe('common:input.utf16')
    const loneSurrogate = Buffer.concat([utf16le('a'), Buffer.from([0x00, 0xd8, 0x61, 0x00])])
    expect(keyOf(() => decodeInput(loneSurrogate, 'g.tsv', {utf16: true}))).toBe('common:input.invalidUtf16')
    expect(keyOf(() => decodeInput(utf16le('a\0b'), 'g.tsv', {utf16: true}))).toBe('common:input.binary')
    expect(keyOf(() => decodeInput(utf16le(' \n'), 'g.tsv', {utf16: true}))).toBe('common:input.empty')
  })
})
