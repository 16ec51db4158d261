import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

/**
 * Give the whole test run one temporary folder: every `os.tmpdir()` in the
 * test workers and in the CLI processes they spawn lands inside it (both
 * inherit TMPDIR), and it is removed when the run ends, so suites that make
 * scratch files leave nothing behind, glossary caches included.
 */
export default function setup(): () => void {
  const folder = mkdtempSync(join(tmpdir(), 'glosa-test-'))
  process.env.TMPDIR = folder
  // The CLI caches glossaries (src/glossary/cache.ts): in the run's folder, not the user's.
  process.env.GLOSA_CACHE_DIR = join(folder, 'cache')
  return () => rmSync(folder, {recursive: true, force: true})
}
