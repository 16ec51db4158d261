import {isUtf8} from 'node:buffer'
import {closeSync, constants, fstatSync, openSync, readSync} from 'node:fs'
import {GlosaError} from './errors.js'
import {LineIndex} from './position.js'

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
  /** Refuse input longer than this many bytes. Default: 256 MiB, or what {@link setDefaultMaxSize} set. */
  maxSize?: number | undefined
}

/**
 * The UTF-16 byte order of text saved without a byte-order mark, told by
 * where its NUL bytes fall: Latin text in UTF-16LE has a NUL after most
 * characters (odd offsets), in UTF-16BE before them (even offsets). Binary
 * files have NULs at both. Looks at the first 4 KiB.
 */
function unmarkedUtf16(bytes: Uint8Array): string | undefined {
  const length = Math.min(bytes.length, 4096) & ~1
  if (length < 8) return undefined
  const pairs = length / 2
  const text = (byte: number) => byte >= 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d
  for (const [encoding, high] of [
    ['UTF-16LE', 1],
    ['UTF-16BE', 0]
  ] as const) {
    let zeros = 0
    let stray = 0
    let readable = 0
    for (let index = 0; index < length; index += 2) {
      if (bytes[index + 1 - high] === 0) stray++
      if (bytes[index + high] !== 0) continue
      zeros++
      if (text(bytes[index + 1 - high]!)) readable++
    }
    if (zeros >= pairs * 0.4 && stray <= pairs * 0.05 && readable >= zeros * 0.9) return encoding
  }
  return undefined
}

/** Decode UTF-16 after its byte-order mark, refusing what is not valid UTF-16. */
function decodeUtf16(bytes: Uint8Array, encoding: string, file: string): string {
  try {
    return new TextDecoder(encoding === 'UTF-16LE' ? 'utf-16le' : 'utf-16be', {fatal: true, ignoreBOM: true}).decode(
      bytes.subarray(2)
    )
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
  const unmarked = unmarkedUtf16(bytes)
  if (unmarked && options.utf16)
    return decodeInput(
      Buffer.concat([Buffer.from(unmarked === 'UTF-16LE' ? [0xff, 0xfe] : [0xfe, 0xff]), bytes]),
      file,
      options
    )
  if (unmarked) throw new GlosaError('io:input.utf16NoMark', {encoding: unmarked}, {file})
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
 * Inputs past this size (32 MiB) are announced before glosa starts on them
 * (see {@link setLargeInputNotice}): memory grows with the input, up to about
 * 40 times a Markdown file's size at its peak (50 MB: 2.1 GiB).
 */
export const largeInputSize = 32 * 1024 * 1024

let largeInputNotice: ((file: string, bytes: number) => void) | undefined

/** Call `notice` for every later input past {@link largeInputSize}, before it is worked on (the CLI says so on standard error). */
export function setLargeInputNotice(notice: ((file: string, bytes: number) => void) | undefined): void {
  largeInputNotice = notice
}

/** The input-size limit when none is given: 256 MiB. */
export const defaultMaxSize = 256 * 1024 * 1024

let processMaxSize = defaultMaxSize

/**
 * Set the input-size limit of every later read that names none (the CLI's
 * `--max-size`, for the one run a process makes). `undefined` restores the default.
 */
export function setDefaultMaxSize(bytes: number | undefined): void {
  processMaxSize = bytes ?? defaultMaxSize
}

/** The input-size limit in force (handed to --jobs workers, which start with the default). */
export function currentMaxSize(): number {
  return processMaxSize
}

/** Parse a size as `--max-size` takes it: bytes, or a number with `K`, `M`, `G` (powers of 1024; `KiB`, `MB` and such too). */
export function parseSize(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?$/i.exec(text.trim())
  if (!match) return undefined
  const bytes = Math.floor(Number(match[1]) * 1024 ** ' kmg'.indexOf((match[2] || ' ').toLowerCase()))
  return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : undefined
}

/** A size for people: `256 MiB`, `1.5 KiB`, `12 bytes`. */
export function formatSize(bytes: number): string {
  for (const [unit, size] of [
    ['GiB', 1024 ** 3],
    ['MiB', 1024 ** 2],
    ['KiB', 1024]
  ] as const) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`
  }
  return `${bytes} bytes`
}

function tooLarge(file: string, maxSize: number): GlosaError {
  return new GlosaError('io:input.tooLarge', {limit: formatSize(maxSize)}, {file})
}

/**
 * Read everything `fd` holds, refusing more than `maxSize` bytes as soon as
 * they pass it (so `/dev/zero`-like streams end). A pipe or FIFO another
 * process writes into can be non-blocking, so a read before the writer has
 * anything fails with EAGAIN: wait for data and read again.
 */
function readBounded(fd: number, file: string, maxSize: number, expected: number): Buffer {
  const chunks: Buffer[] = []
  let total = 0
  let chunk = Buffer.allocUnsafe(Math.min(maxSize, Math.max(expected, 1 << 16)) + 1)
  // Something to sleep on while a slow writer has nothing for us yet.
  const pause = new Int32Array(new SharedArrayBuffer(4))
  for (;;) {
    let count: number
    try {
      count = readSync(fd, chunk, 0, chunk.length, null)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error
      Atomics.wait(pause, 0, 0, 10)
      continue
    }
    if (count === 0) return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total)
    total += count
    if (total > maxSize) throw tooLarge(file, maxSize)
    chunks.push(chunk.subarray(0, count))
    chunk =
      count === chunk.length || chunk.length - count < 1 << 12
        ? Buffer.allocUnsafe(Math.min(maxSize - total, 1 << 20) + 1)
        : chunk.subarray(count)
  }
}

/**
 * Read the bytes of `file` (`-` for standard input), at most `maxSize`.
 * Devices and sockets given by name are refused (`/dev/zero` never ends);
 * a FIFO is opened without waiting for a writer, so one nobody writes into
 * reads as empty instead of hanging.
 */
export function readBytes(file: string, maxSize: number = processMaxSize): Buffer {
  const fd = file === '-' ? 0 : openSync(file, constants.O_RDONLY | constants.O_NONBLOCK)
  try {
    const stat = fstatSync(fd)
    if (stat.isDirectory()) throw Object.assign(new Error('EISDIR: illegal operation on a directory'), {code: 'EISDIR'})
    if (file !== '-' && (stat.isCharacterDevice() || stat.isBlockDevice() || stat.isSocket())) {
      throw new GlosaError('io:input.device', {}, {file})
    }
    if (stat.isFile() && stat.size > maxSize) throw tooLarge(file, maxSize)
    const bytes = readBounded(fd, file, maxSize, stat.isFile() ? stat.size : 0)
    if (bytes.length > largeInputSize) largeInputNotice?.(file, bytes.length)
    return bytes
  } finally {
    if (fd !== 0) closeSync(fd)
  }
}

/**
 * Read and decode `file` (`-` for standard input). Missing, unreadable or
 * folder paths, devices and input over the size limit become a
 * {@link GlosaError} naming the file.
 */
export function readInput(file: string, options: InputOptions = {}): Input {
  let bytes: Buffer
  try {
    bytes = readBytes(file, options.maxSize)
  } catch (error) {
    if (error instanceof GlosaError) throw error
    const code = (error as NodeJS.ErrnoException).code
    const key =
      code === 'ENOENT'
        ? 'common:input.missing'
        : code === 'EISDIR'
          ? 'common:input.directory'
          : 'common:input.unreadable'
    throw new GlosaError(key, {reason: (error as Error).message}, {file, cause: error})
  }
  return decodeInput(bytes, file, options)
}
