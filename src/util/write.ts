import {randomBytes} from 'node:crypto'
import {
  closeSync,
  chmodSync,
  fsyncSync,
  lstatSync,
  openSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
  type BigIntStats
} from 'node:fs'
import {basename, dirname, join, resolve} from 'node:path'
import {Chunks} from './chunks.js'
import {GlosaError} from './errors.js'

/** Temporary files being written, removed if the process is stopped by a signal. */
const temporaries = new Set<string>()
let signalsTaken = false

/** Thrown by {@link writeAll} when the reader of a pipe has gone (`glosa … | head`): stop quietly. */
export class ReaderGone extends Error {
  constructor() {
    super('the reader of the output has gone')
    this.name = 'ReaderGone'
  }
}

/** The GlosaError for a failed write of `target` (a file name, or undefined for standard output). */
function writeError(error: unknown, target: string | undefined): GlosaError {
  const code = (error as NodeJS.ErrnoException).code
  const kind =
    code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG' ? 'full' : code === 'EIO' ? 'ioError' : 'other'
  const values = {reason: (error as Error).message}
  if (target === undefined) return new GlosaError(`io:output.stdout.${kind}`, values, {cause: error})
  return new GlosaError(kind === 'other' ? 'common:output.unwritable' : `io:output.${kind}`, values, {
    file: target,
    cause: error
  })
}

/**
 * Write all of `bytes` to `fd`, checking every write: a short write goes on,
 * EAGAIN (a non-blocking pipe that is full) waits for the reader, EPIPE is
 * {@link ReaderGone}; anything else (ENOSPC, EIO) is thrown as it came.
 */
export function writeFully(fd: number, bytes: Uint8Array): void {
  const pause = new Int32Array(new SharedArrayBuffer(4))
  let offset = 0
  while (offset < bytes.length) {
    try {
      offset += writeSync(fd, bytes, offset, bytes.length - offset)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'EAGAIN') Atomics.wait(pause, 0, 0, 5)
      else if (code === 'EPIPE') throw new ReaderGone()
      else throw error
    }
  }
}

/**
 * Write `text` to the open descriptor `fd` (standard output is 1), every
 * write checked: a full disk or an I/O error is a {@link GlosaError} (exit
 * code 2), a reader that closed the pipe early is {@link ReaderGone}.
 */
export function writeAll(fd: number, text: string | Uint8Array): void {
  try {
    writeFully(fd, typeof text === 'string' ? Buffer.from(text) : text)
  } catch (error) {
    if (error instanceof ReaderGone) throw error
    throw writeError(error, undefined)
  }
}

/** The size of the buffer pieces are encoded into before they are written (bytes). */
const bufferSize = 1 << 16

/**
 * Write `pieces` to `fd`, strings as UTF-8, gathering them into one buffer
 * and writing it whenever it is full: no piece is copied to be joined with
 * others first, nor encoded into a buffer of its own (bytes longer than the
 * buffer are written as they are).
 */
function writePieces(fd: number, pieces: Iterable<string | Uint8Array>): void {
  const buffer = new Uint8Array(bufferSize)
  const encoder = new TextEncoder()
  let used = 0
  for (let piece of pieces) {
    if (typeof piece !== 'string') {
      if (piece.length > buffer.length - used) {
        writeFully(fd, buffer.subarray(0, used))
        used = 0
      }
      if (piece.length > buffer.length) writeFully(fd, piece)
      else {
        buffer.set(piece, used)
        used += piece.length
      }
      continue
    }
    for (;;) {
      const {read, written} = encoder.encodeInto(piece, buffer.subarray(used))
      used += written
      if (read === piece.length) break
      // The buffer is full (a character that did not fit is left for the next round).
      piece = piece.slice(read)
      writeFully(fd, buffer.subarray(0, used))
      used = 0
    }
  }
  writeFully(fd, buffer.subarray(0, used))
}

/**
 * Where writing to `file` lands: `file` itself, or, when it is a symbolic
 * link, the file it points to (through every link, as `sed -i
 * --follow-symlinks` and editors do), so that the link stays a link.
 */
export function writeTarget(file: string): string {
  try {
    if (!lstatSync(file).isSymbolicLink()) return file
  } catch {
    return file
  }
  try {
    return realpathSync(file)
  } catch {
    // A link to a file not there yet: create what it names (one level; a loop fails at the write).
    return resolve(dirname(file), readlinkSync(file))
  }
}

/**
 * Remove the temporary files of writes under way when the process is stopped
 * by SIGINT, SIGTERM or SIGHUP, then die of the same signal. Installed once,
 * by the CLI before it writes a file (a library must not take signals over).
 * Writes are synchronous, so a signal that comes during one is handled after
 * it has finished or failed: the file is then whole or untouched.
 */
export function removeTemporariesOnSignals(): void {
  if (signalsTaken) return
  signalsTaken = true
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      for (const file of temporaries) rmSync(file, {force: true})
      process.removeAllListeners(signal)
      process.kill(process.pid, signal)
    })
  }
}

/**
 * Write `text` to `file` without ever leaving it half-written: write a
 * temporary file in the same folder, flush it to the disk (`fsync`), then
 * rename it over `file` (atomic on one file system). On any error the
 * temporary file is removed and `file` is as it was. An existing file keeps
 * its permission bits; a symbolic link is written through (see
 * {@link writeTarget}).
 */
export function writeFileAtomic(file: string, text: string | Uint8Array | Iterable<string | Uint8Array>): void {
  const target = writeTarget(file)
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
  temporaries.add(temporary)
  let fd: number | undefined
  try {
    fd = openSync(temporary, 'wx')
    if (typeof text === 'string' || text instanceof Uint8Array)
      writeFully(fd, typeof text === 'string' ? Buffer.from(text) : text)
    // A large result comes in pieces: never one string (see util/chunks.ts).
    else writePieces(fd, text instanceof Chunks ? text.pieces() : text)
    fsyncSync(fd)
    closeSync(fd)
    fd = undefined
    try {
      chmodSync(temporary, statSync(target).mode & 0o7777)
    } catch {
      // A new file: keep the default mode.
    }
    renameSync(temporary, target)
  } catch (error) {
    if (fd !== undefined) closeSync(fd)
    rmSync(temporary, {force: true})
    throw writeError(error instanceof ReaderGone ? Object.assign(new Error('EPIPE'), {code: 'EPIPE'}) : error, file)
  } finally {
    temporaries.delete(temporary)
  }
}

/** A file's identity, its device and inode, as {@link refuseOutputOverInput} compares them (from a `bigint` stat: exact). */
export function fileId(stats: BigIntStats): string {
  return `${stats.dev}:${stats.ino}`
}

/**
 * Refuse to write `output` when it is one of `inputs`, the same file by
 * device and inode: through symbolic links, hard links and other spellings
 * of its path. An output that does not exist yet is no input. `known` gives
 * the {@link fileId} of inputs already looked at in this run (a check's
 * cache stats every page), which are then not looked at again.
 */
export function refuseOutputOverInput(
  output: string,
  inputs: readonly string[],
  cwd = process.cwd(),
  known?: ReadonlyMap<string, string>
): void {
  const id = idOf(resolve(cwd, output))
  if (id === undefined) return
  for (const input of inputs) {
    if (input === '-') continue
    const read = known?.get(input) ?? idOf(resolve(cwd, input))
    if (read === id) throw new GlosaError('io:output.isInput', {input}, {file: output})
  }
}

/** The {@link fileId} of the file at `path`, or undefined when there is none to be seen. */
function idOf(path: string): string | undefined {
  try {
    return fileId(statSync(path, {bigint: true}))
  } catch {
    return undefined
  }
}
