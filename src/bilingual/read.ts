import {LineIndex} from '../util/position.js'
import {readPo} from './po.js'
import {readTmx} from './tmx.js'
import type {BilingualFile, BilingualFormat} from './types.js'
import {readXliff} from './xliff.js'

/** Read a file that holds both sides (XLIFF, PO, TMX) into units. */
export function readBilingual(
  format: Exclude<BilingualFormat, 'json'>,
  source: string,
  file: string | undefined,
  lines = new LineIndex(source)
): BilingualFile {
  if (format === 'xliff') return readXliff(source, file, lines)
  if (format === 'po') return readPo(source, file, lines)
  return readTmx(source, file, lines)
}
