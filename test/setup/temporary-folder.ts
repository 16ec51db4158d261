import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

/**
 * Give the whole test run one temporary folder: every `os.tmpdir()` in the
 * test workers and in the CLI processes they spawn lands inside it (both
 * inherit TMPDIR), and it is removed when the run ends, so suites that make
 * scratch files leave nothing behind.
 */
export default function setup(): () => void {
  const folder = mkdtempSync(join(tmpdir(), 'glosa-test-'))
  process.env.TMPDIR = folder
  return () => rmSync(folder, {recursive: true, force: true})
}
