import {randomBytes} from 'node:crypto'
import {renameSync, rmSync, writeFileSync, statSync, chmodSync} from 'node:fs'
import {basename, dirname, join} from 'node:path'
import {GlosaError} from './errors.js'

/**
 * Write `text` to `file` without ever leaving it half-written: write a
 * temporary file in the same folder, then rename it over `file` (atomic on
 * one file system). On any error the temporary file is removed and `file` is
 * as it was. An existing file keeps its permission bits.
 */
export function writeFileAtomic(file: string, text: string | Uint8Array): void {
  const temporary = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    writeFileSync(temporary, text, {flag: 'wx'})
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
