import {randomBytes} from 'node:crypto'
import {closeSync, openSync, renameSync, rmSync, writeFileSync, writeSync, statSync, chmodSync} from 'node:fs'
import {basename, dirname, join} from 'node:path'
import {GlosaError} from './errors.js'

/** Write a large result chunk by chunk into a new file. */
function writeChunks(file: string, chunks: Iterable<string>): void {
  const descriptor = openSync(file, 'wx')
  try {
    for (const chunk of chunks) writeSync(descriptor, chunk)
  } finally {
    closeSync(descriptor)
  }
}

/**
 * Write `text` to `file` without ever leaving it half-written: write a
 * temporary file in the same folder, then rename it over `file` (atomic on
 * one file system). On any error the temporary file is removed and `file` is
 * as it was. An existing file keeps its permission bits.
 */
export function writeFileAtomic(file: string, text: string | Uint8Array | Iterable<string>): void {
  const temporary = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    if (typeof text === 'string' || text instanceof Uint8Array) writeFileSync(temporary, text, {flag: 'wx'})
    else writeChunks(temporary, text)
    try {
      chmodSync(temporary, statSync(file).mode & 0o7777)
    } catch {
      // A new file: keep the default mode.
    }
    renameSync(temporary, file)
  } catch (error) {
    rmSync(temporary, {force: true})
    throw new GlosaError('common:output.unwritable', {reason: (error as Error).message}, {file, cause: error})
  }
}
