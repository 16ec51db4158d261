import {createHash} from 'node:crypto'
import {mkdirSync, readFileSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync} from 'node:fs'
import {homedir} from 'node:os'
import {join} from 'node:path'
import {packageVersion} from '../util/package.js'
import type {GlossaryIssue} from './issues.js'
import type {Glossary} from './types.js'

/**
 * Glossaries read before, kept as JSON. glosa reads each format with one
 * parser that locates every value (`yaml`, saxes, csv-parse), which costs
 * seconds on a 100,000-term glossary; from the cache the same glossary is one
 * `JSON.parse`. An entry is named by the hash of glosa's version, the reading
 * options (the file's name among them) and the glossary's text, so a changed file, other options or
 * another version of glosa never meet an old entry: what comes out of the
 * cache is what reading the file gives (a test compares them). Entries are
 * `glossary-<hash>.json` (not `.glosacache`, the name of `glosa check
 * --cache`'s file), at most {@link keptEntries} of them, the oldest removed.
 */

/** What is cached: a glossary and the issues found reading it. */
export interface CachedGlossary {
  glossary: Glossary
  issues: GlossaryIssue[]
}

/** How many glossaries a cache folder keeps. */
const keptEntries = 16

const prefix = 'glossary-'

/**
 * The folder the CLI caches glossaries in: `GLOSA_CACHE_DIR` (`off` or
 * empty: no cache), else `$XDG_CACHE_HOME/glosa`, else `~/.cache/glosa`.
 */
export function glossaryCacheFolder(env: Record<string, string | undefined>): string | undefined {
  const named = env.GLOSA_CACHE_DIR
  if (named !== undefined) return named === '' || named === 'off' ? undefined : named
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'glosa')
}

/** The key of a glossary's text read with `options` by this version of glosa. */
function keyOf(text: string, options: object): string {
  return createHash('sha256').update(`${packageVersion()}\n${JSON.stringify(options)}\n`).update(text).digest('hex')
}

/**
 * The glossary `read` makes of `text`, from the cache in `folder` when it
 * holds it, else read and stored. A cache that cannot be read or written
 * (corrupt, from an interrupted run, a read-only folder) is passed by:
 * the glossary is read as without one. Errors of `read` are not cached.
 */
export function throughCache(folder: string, text: string, options: object, read: () => CachedGlossary): CachedGlossary {
  const key = keyOf(text, options)
  const file = join(folder, `${prefix}${key.slice(0, 32)}.json`)
  const cached = load(file, key)
  if (cached) return cached
  const parsed = read()
  store(folder, file, key, parsed)
  return parsed
}

function load(file: string, key: string): CachedGlossary | undefined {
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as {key?: unknown; glossary?: Glossary; issues?: GlossaryIssue[]}
    if (stored.key !== key || !stored.glossary || !Array.isArray(stored.issues)) return undefined
    return {glossary: stored.glossary, issues: stored.issues}
  } catch {
    return undefined
  }
}

function store(folder: string, file: string, key: string, parsed: CachedGlossary): void {
  try {
    mkdirSync(folder, {recursive: true})
    // Written beside and renamed: a reader never meets half an entry.
    const temporary = `${file}.${process.pid}.tmp`
    writeFileSync(temporary, JSON.stringify({key, glossary: parsed.glossary, issues: parsed.issues}))
    renameSync(temporary, file)
    prune(folder)
  } catch {
    // A cache that cannot be written costs only time.
  }
}

/** Remove all but the {@link keptEntries} most recently written entries. */
function prune(folder: string): void {
  const entries = readdirSync(folder).filter((name) => name.startsWith(prefix) && name.endsWith('.json'))
  if (entries.length <= keptEntries) return
  const byAge = entries.map((name) => ({name, time: statSync(join(folder, name)).mtimeMs})).sort((a, b) => b.time - a.time)
  for (const {name} of byAge.slice(keptEntries)) unlinkSync(join(folder, name))
}
