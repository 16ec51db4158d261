import {isUtf8} from 'node:buffer'
import {readFileSync, readSync} from 'node:fs'
import {GlosaError} from '../util/errors.js'
import {LineIndex} from '../util/position.js'

/** Text read from a file or standard input, checked and decoded. */
export interface Input {
  /** The path as given, `-` for standard input. */
  file: string
  /** The decoded text, without a byte-order mark. */
  text: string
  /** Whether the bytes started with a UTF-8 byte-order mark. */
  bom: boolean
}

/** Index of the first byte that breaks UTF-8 in `bytes`, or -1. */
export function findInvalidUtf8(bytes: Uint8Array): number {
  let index = 0
  while (index < bytes.length) {
    const byte = bytes[index]!
    let length: number
    let min: number
    if (byte < 0x80) {
      index++
      continue
    } else if (byte >= 0xc2 && byte <= 0xdf) [length, min] = [2, 0x80]
    else if (byte >= 0xe0 && byte <= 0xef) [length, min] = [3, 0x800]
    else if (byte >= 0xf0 && byte <= 0xf4) [length, min] = [4, 0x10000]
    else return index
    if (index + length > bytes.length) return index
    let code = byte & (0xff >> (length + 1))
    for (let next = 1; next < length; next++) {
      const continuation = bytes[index + next]!
      if ((continuation & 0xc0) !== 0x80) return index
      code = (code << 6) | (continuation & 0x3f)
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return index
    index += length
  }
  return -1
}

/** The encoding a UTF-16 byte-order mark (first two bytes, big-endian) stands for. */
const utf16Marks: Readonly<Record<number, string>> = {0xfffe: 'UTF-16LE', 0xfeff: 'UTF-16BE'}

/** How {@link decodeInput} and {@link readInput} treat their input. */
export interface InputOptions {
  /** Accept an empty (or blank) file. */
  allowEmpty?: boolean
  /**
   * Decode UTF-16 marked by a byte-order mark, as SDL MultiTerm exports TBX and
   * Excel saves "Unicode text", instead of refusing it. For input that is only
   * read (glossaries, lexicons), never for documents glosa writes back.
   */
  utf16?: boolean
}

/** Decode UTF-16 after its byte-order mark, refusing what is not valid UTF-16. */
function decodeUtf16(bytes: Uint8Array, encoding: string, file: string): string {
  try {
    return new TextDecoder(encoding === 'UTF-16LE' ? 'utf-16le' : 'utf-16be', {fatal: true, ignoreBOM: true}).decode(bytes.subarray(2))
  } catch (error) {
    throw new GlosaError('common:input.invalidUtf16', {encoding}, {file, cause: error})
  }
}

/**
 * Check and decode bytes read from `file`: refuse empty input, UTF-16 (unless
 * `options.utf16`), binary input (NUL bytes) and invalid UTF-8 (naming the byte
 * and its line and column); accept and remove a UTF-8 byte-order mark. CRLF
 * line endings are kept as they are, so positions stay exact.
 */
export function decodeInput(bytes: Uint8Array, file: string, options: InputOptions = {}): Input {
  // Windows tools (Excel's "Unicode text", MultiTerm) save UTF-16 with a byte-order mark: say so, not "binary".
  const utf16 = bytes.length >= 2 ? utf16Marks[(bytes[0]! << 8) | bytes[1]!] : undefined
  if (utf16 && options.utf16) {
    const text = decodeUtf16(bytes, utf16, file)
    if (text.includes('\0')) throw new GlosaError('common:input.binary', {byte: 2 + 2 * text.indexOf('\0')}, {file})
    if (!options.allowEmpty && text.trim() === '') throw new GlosaError('common:input.empty', {}, {file})
    return {file, text, bom: false}
  }
  if (utf16) throw new GlosaError('common:input.utf16', {encoding: utf16}, {file})
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  const body = bom ? bytes.subarray(3) : bytes
  const nul = body.indexOf(0)
  if (nul !== -1) throw new GlosaError('common:input.binary', {byte: nul + (bom ? 3 : 0)}, {file})
  if (!isUtf8(body)) {
    const bad = findInvalidUtf8(body)
    const before = new TextDecoder().decode(body.subarray(0, bad))
    const place = new LineIndex(before).point(before.length)
    throw new GlosaError(
      'common:input.invalidUtf8',
      {byte: bad + (bom ? 3 : 0), value: '0x' + body[bad]!.toString(16).padStart(2, '0')},
      {file, place}
    )
  }
  const text = new TextDecoder('utf-8', {ignoreBOM: true}).decode(body)
  if (!options.allowEmpty && text.trim() === '') throw new GlosaError('common:input.empty', {}, {file})
  return {file, text, bom}
}

/**
 * Read all of standard input. A pipe another Node process writes into can be
 * non-blocking, so a read before the writer has anything fails with EAGAIN:
 * wait for data and read again instead of giving up.
 */
function readStdin(): Buffer {
  const chunks: Buffer[] = []
  const chunk = Buffer.alloc(1 << 16)
  // Something to sleep on while a slow writer has nothing for us yet.
  const pause = new Int32Array(new SharedArrayBuffer(4))
  for (;;) {
    let count: number
    try {
      count = readSync(0, chunk, 0, chunk.length, null)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error
      Atomics.wait(pause, 0, 0, 10)
      continue
    }
    if (count === 0) return Buffer.concat(chunks)
    chunks.push(Buffer.from(chunk.subarray(0, count)))
  }
}

/**
 * Read and decode `file` (`-` for standard input). Missing, unreadable or
 * folder paths become a {@link GlosaError} naming the file.
 */
export function readInput(file: string, options: InputOptions = {}): Input {
  let bytes: Buffer
  try {
    bytes = file === '-' ? readStdin() : readFileSync(file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const key =
      code === 'ENOENT' ? 'common:input.missing' : code === 'EISDIR' ? 'common:input.directory' : 'common:input.unreadable'
    throw new GlosaError(key, {reason: (error as Error).message}, {file, cause: error})
  }
  return decodeInput(bytes, file, options)
}
