import {createHash} from 'node:crypto'
import {mkdirSync, readFileSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync} from 'node:fs'
import {homedir} from 'node:os'
import {join} from 'node:path'
import {packageVersion} from '../util/package.js'
import type {Point, Position} from '../types.js'
import type {GlossaryIssue} from './issues.js'
import type {Entry, Glossary, Term} from './types.js'

/**
 * Glossaries read before, kept as JSON. glosa reads each format with one
 * parser that locates every value (`yaml`, saxes, csv-parse), which costs
 * seconds on a 100,000-term glossary; from the cache the same glossary is one
 * `JSON.parse`, with the places of entries and terms apart as one list of
 * numbers (see {@link packPlaces}). An entry is named by the hash of glosa's version, the reading
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

/** The layout of an entry: changed when what a cache file holds changes, so that an old file is read again. */
const layout = 'places-apart-by-difference'

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
  return createHash('sha256').update(`${packageVersion()}\n${layout}\n${JSON.stringify(options)}\n`).update(text).digest('hex')
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

/** An entry or a term whose place {@link packPlaces} took out: a 0 where it was. */
type Packed<T extends {position?: Position}> = Omit<T, 'position'> & {position?: Position | 0}

/** A glossary as a cache file holds it: entries and terms {@link Packed}. */
interface PackedGlossary extends Omit<Glossary, 'entries'> {
  entries: Array<Packed<Omit<Entry, 'terms'>> & {terms: Array<Packed<Term>>}>
}

/** A cache file: the key, the glossary packed, the issues, and the places taken out. */
interface Stored {
  key?: unknown
  glossary?: PackedGlossary
  issues?: GlossaryIssue[]
  places?: unknown
}

function load(file: string, key: string): CachedGlossary | undefined {
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Stored
    if (stored.key !== key || !stored.glossary || !Array.isArray(stored.issues) || !Array.isArray(stored.places)) return undefined
    const glossary = unpackPlaces(stored.glossary, stored.places as unknown[])
    return glossary && {glossary, issues: stored.issues}
  } catch {
    return undefined
  }
}

function store(folder: string, file: string, key: string, parsed: CachedGlossary): void {
  try {
    mkdirSync(folder, {recursive: true})
    const {glossary, places} = packPlaces(parsed.glossary)
    // Written beside and renamed: a reader never meets half an entry.
    const temporary = `${file}.${process.pid}.tmp`
    writeFileSync(temporary, JSON.stringify({key, glossary, issues: parsed.issues, places}))
    renameSync(temporary, file)
    prune(folder)
  } catch {
    // A cache that cannot be written costs only time.
  }
}

/** Whether a point is a line, a column and an offset, and nothing else: what six numbers can give back. */
const isPlainPoint = (point: Point): boolean =>
  typeof point.offset === 'number' && Object.keys(point).length === 3

/**
 * A copy of `glossary` in which the place of each entry and term is a 0, the
 * places apart as six numbers each, entries and their terms in order: the
 * start's line and offset less the previous start's, its column, the end's
 * line and offset less the start's, its column. `JSON.parse` makes a
 * list of numbers with no object per number: loading a 100,000-term
 * glossary's 150,000 places so, and making their 450,000 objects after,
 * took a quarter off reading the cache file (about 400 to 290 ms of CPU)
 * and 15 % off loading and compiling the glossary. Differences are a few
 * digits where offsets in a large file are seven: that took the places from
 * 5.1 to 2.3 million characters and about 40 ms off `JSON.parse`.
 */
function packPlaces(glossary: Glossary): {glossary: PackedGlossary; places: number[]} {
  const places: number[] = []
  let line = 0
  let offset = 0
  const pack = <T extends Entry | Term>(item: T): Packed<T> => {
    const position = item.position
    if (!position || !isPlainPoint(position.start) || !isPlainPoint(position.end)) return item
    const {start, end} = position
    places.push(start.line - line, start.column, start.offset! - offset, end.line - start.line, end.column, end.offset! - start.offset!)
    line = start.line
    offset = start.offset!
    return {...item, position: 0}
  }
  const entries = glossary.entries.map((entry) => ({...pack(entry), terms: entry.terms.map(pack)}))
  return {glossary: {...glossary, entries}, places}
}

/** `glossary` with the places {@link packPlaces} took out put back in; undefined when they do not fit. */
function unpackPlaces(glossary: PackedGlossary, places: readonly unknown[]): Glossary | undefined {
  if (!places.every((value) => typeof value === 'number')) return undefined
  const numbers = places as readonly number[]
  let at = 0
  let line = 0
  let offset = 0
  const unpack = (item: {position?: Position | 0}): void => {
    if (item.position !== 0) return
    line += numbers[at]!
    offset += numbers[at + 2]!
    item.position = {
      start: {line, column: numbers[at + 1]!, offset},
      end: {line: line + numbers[at + 3]!, column: numbers[at + 4]!, offset: offset + numbers[at + 5]!}
    }
    at += 6
  }
  for (const entry of glossary.entries) {
    unpack(entry)
    for (const term of entry.terms) unpack(term)
  }
  // Every 0 replaced, every number used: the glossary is what was stored.
  return at === numbers.length ? (glossary as Glossary) : undefined
}

/** Remove all but the {@link keptEntries} most recently written entries. */
function prune(folder: string): void {
  const entries = readdirSync(folder).filter((name) => name.startsWith(prefix) && name.endsWith('.json'))
  if (entries.length <= keptEntries) return
  const byAge = entries.map((name) => ({name, time: statSync(join(folder, name)).mtimeMs})).sort((a, b) => b.time - a.time)
  for (const {name} of byAge.slice(keptEntries)) unlinkSync(join(folder, name))
}
