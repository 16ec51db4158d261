import {createHash} from 'node:crypto'
import {closeSync, existsSync, fsyncSync, openSync, readFileSync, statSync, writeSync, type BigIntStats} from 'node:fs'
import {join, resolve} from 'node:path'
import {translator, type Locale} from '../i18n/index.js'
import {packageVersion} from '../util/package.js'
import {batched} from '../util/chunks.js'
import {writeFileAtomic} from '../util/write.js'
import {unitPaths, type CheckUnit, type UnitResult} from './unit.js'

/** What the `tool` field of a check cache says: a file of any other shape is not one. */
export const cacheTool = 'glosa-check-cache'

/** The version of the cache format this glosa writes and reads. */
export const cacheVersion = 3

/** The cache's file name when `--cache-location` names none (in the configuration's folder, else the working folder). */
export const defaultCacheName = '.glosacache'

/**
 * A unit as cached: the hash of its files' content, what `stat` said of them
 * when they were hashed (left out while a file may still be changing), and
 * the result checking them gave.
 */
interface CachedUnit {
  hash: string
  stat?: string
  result: UnitResult
}

/**
 * A check cache on disk, in JSON lines: first the header, the glosa version
 * and the hash of the settings it was made under; then a line per unit, its
 * key (`pair`, its paths) with a {@link CachedUnit}. A run appends the units
 * it checked anew, and a unit's last line is the one that counts; the file
 * is written whole again (atomically, the lines that count only) when it
 * would hold more than twice as many lines as count, when units' files are
 * gone, or when it could not be used.
 */
interface CacheHeader {
  tool: typeof cacheTool
  version: number
  glosa: string
  settings: string
}

type CacheLine = CachedUnit & {key: string}

/**
 * How long a file must have been left alone (since its last change of content
 * or metadata) for its `stat` to stand for its content: a file's times move in
 * steps of the kernel's clock, so one written twice within a step, with the
 * same size, keeps its times; such a file is hashed on the next run.
 */
const SETTLED_NS = 2_000_000_000n

/**
 * What `stat` says of a file that changes whenever its content may have: its
 * device and inode (a file replaced by another), size, and the times of its
 * last change of content and of metadata (the second can't be set back by
 * `touch` or `cp -p`). As git's index and ESLint's `--cache-strategy metadata`
 * do, but only to skip reading: the content's hash decides.
 */
function statSignature(stats: BigIntStats): string {
  return `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}`
}

/** A SHA-256 over `parts`, each length-prefixed so that no two lists hash alike by running together. */
export function hashOf(parts: Iterable<string | Uint8Array>): string {
  const hash = createHash('sha256')
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part) : part
    hash.update(String(bytes.length) + ':')
    hash.update(bytes)
  }
  return hash.digest('hex')
}

/** The file `--cache-location` names: a file, or a folder (an existing one, or one written with a trailing `/`) to hold `.glosacache`. */
export function cacheFile(location: string | undefined, folder: string, cwd: string): string {
  if (location === undefined) return join(folder, defaultCacheName)
  const path = resolve(cwd, location)
  const isFolder = /[/\\]$/.test(location) || (existsSync(path) && statSync(path).isDirectory())
  return isFolder ? join(path, defaultCacheName) : path
}

/**
 * The cache of `glosa check --cache`, as ESLint's `--cache-strategy content`:
 * a unit whose files have the same content as when it was cached, under the
 * same settings (glossaries, configuration, options, locale) and glosa
 * version, is not checked again; its findings are replayed. A cache file that
 * cannot be used (corrupt, from another version or configuration) is ignored
 * with a note and rewritten at the end of the run.
 */
export class CheckCache {
  readonly #old: Map<string, CachedUnit>
  readonly #new = new Map<string, CachedUnit>()
  /** Units checked anew, to append to the file (unless it is written whole). */
  readonly #added: string[] = []
  /** The file's lines of units (overridden ones too), or undefined when it must be written whole. */
  readonly #lines: number | undefined
  /** Files whose content was read and hashed, and units whose `stat` answered for it (for the bench and the tests). */
  hashed = 0
  statted = 0
  /** Units replayed and units checked, for the bench and the docs. */
  hits = 0
  misses = 0

  private constructor(
    readonly file: string,
    readonly settings: string,
    old: Map<string, CachedUnit>,
    lines: number | undefined
  ) {
    this.#old = old
    this.#lines = lines
  }

  /** Open the cache at `file` for a run under `settings` (a hash); `name` is how notes call the file. */
  static open(
    file: string,
    settings: string,
    options: {name: string; locale: Locale}
  ): {cache: CheckCache; notes: string[]} {
    const t = translator(options.locale)
    const fresh = (key?: string, values: Record<string, unknown> = {}) => ({
      cache: new CheckCache(file, settings, new Map(), undefined),
      notes: key ? [t(key, {file: options.name, ...values}) as string] : []
    })
    let text: string
    try {
      text = readFileSync(file, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return fresh()
      return fresh('scale:cache.unreadable', {reason: (error as Error).message})
    }
    const lines = text.split('\n')
    // An append cut short (the run was stopped while writing) leaves a last line without its end: it does not count.
    const cut = lines.pop() !== ''
    let header: unknown
    const units = new Map<string, CachedUnit>()
    try {
      header = JSON.parse(lines[0] ?? '')
      if (!isCacheHeader(header)) return fresh('scale:cache.corrupt')
      if (header.version !== cacheVersion || header.glosa !== packageVersion())
        return fresh('scale:cache.otherVersion', {version: header.glosa})
      if (header.settings !== settings) return fresh('scale:cache.otherSettings')
      for (let index = 1; index < lines.length; index++) {
        const line: unknown = JSON.parse(lines[index]!)
        if (!isCacheLine(line)) return fresh('scale:cache.corrupt')
        const {key, ...unit} = line
        units.set(key, unit)
      }
    } catch {
      return fresh('scale:cache.corrupt')
    }
    return {cache: new CheckCache(file, settings, units, cut ? undefined : lines.length - 1), notes: []}
  }

  /**
   * The key and content hash of a unit, from its files in `cwd` (none for
   * standard input or a file that cannot be read: such a unit is always
   * checked). The files are read and hashed unless `stat` says of each what
   * it said when the unit was cached, and that was settled (see {@link SETTLED_NS});
   * `stat` is that signature, to keep with the unit when it is settled.
   */
  identify(unit: CheckUnit, cwd: string): {key: string; hash: string; stat?: string} | undefined {
    const paths = unitPaths(unit)
    if (paths.includes('-')) return undefined
    const key = ('single' in unit ? 'single\u0000' : 'pair\u0000') + paths.join('\u0000')
    const now = BigInt(Date.now()) * 1_000_000n
    const signatures: string[] = []
    let settled = true
    for (const path of paths) {
      let stats: BigIntStats
      try {
        stats = statSync(resolve(cwd, path), {bigint: true})
      } catch {
        return undefined
      }
      signatures.push(statSignature(stats))
      const changed = stats.mtimeNs > stats.ctimeNs ? stats.mtimeNs : stats.ctimeNs
      if (now - changed < SETTLED_NS) settled = false
    }
    const stat = settled ? signatures.join(' ') : undefined
    const known = this.#old.get(key)
    if (stat !== undefined && known?.stat === stat) {
      this.statted++
      return {key, hash: known.hash, stat}
    }
    const contents: Uint8Array[] = []
    for (const path of paths) {
      try {
        contents.push(readFileSync(resolve(cwd, path)))
      } catch {
        return undefined
      }
    }
    this.hashed += paths.length
    return {key, hash: hashOf(contents), ...(stat === undefined ? {} : {stat})}
  }

  /**
   * The cached result of a unit whose files still hash to `id.hash`. A
   * signature of `stat` that changed with the content the same (a checkout,
   * `touch`) is kept when the cache is written whole: it alone does not make
   * the cache be written (in CI every checkout changes them all).
   */
  lookup(id: {key: string; hash: string; stat?: string}): UnitResult | undefined {
    const known = this.#old.get(id.key)
    if (known && known.hash === id.hash) {
      this.hits++
      this.#new.set(
        id.key,
        known.stat === id.stat ? known : {hash: known.hash, ...stamp(id.stat), result: known.result}
      )
      return known.result
    }
    this.misses++
    return undefined
  }

  /** Remember a unit's result for the next run. */
  store(id: {key: string; hash: string; stat?: string}, result: UnitResult): void {
    this.#new.set(id.key, {hash: id.hash, ...stamp(id.stat), result})
    this.#added.push(id.key)
  }

  /**
   * Save what this run learnt: the units it checked anew, appended to the
   * file; or the whole cache, written atomically, when the file could not be
   * used, when it would hold more than twice as many lines as count, or when units of
   * earlier runs have lost their files. The whole cache is this run's units,
   * and those of earlier runs that it did not reach (a --changed-since or
   * --shard run checks part of a site) while their files are still there.
   */
  save(cwd: string): void {
    const left = [...this.#old.keys()].filter((key) => !this.#new.has(key))
    const kept = left.filter((key) =>
      key
        .split('\u0000')
        .slice(1)
        .every((path) => existsSync(resolve(cwd, path)))
    )
    const lines = this.#lines
    // Overridden lines are dropped once the file would hold more than twice the lines that count.
    const whole =
      lines === undefined ||
      kept.length < left.length ||
      lines + this.#added.length > 2 * (this.#new.size + kept.length)
    if (!whole) {
      if (this.#added.length > 0)
        appendLines(
          this.file,
          this.#added.map((key) => cacheLine(key, this.#new.get(key)!))
        )
      return
    }
    const header: CacheHeader = {
      tool: cacheTool,
      version: cacheVersion,
      glosa: packageVersion(),
      settings: this.settings
    }
    const old = this.#old
    const units = this.#new
    writeFileAtomic(
      this.file,
      batched(
        (function* () {
          yield JSON.stringify(header) + '\n'
          for (const key of kept) yield cacheLine(key, old.get(key)!)
          for (const [key, unit] of units) yield cacheLine(key, unit)
        })()
      )
    )
  }
}

/** A unit's line in the cache file. */
function cacheLine(key: string, unit: CachedUnit): string {
  return JSON.stringify({key, ...unit}) + '\n'
}

/** Append `lines` to `file` in one write, flushed to the disk. */
function appendLines(file: string, lines: readonly string[]): void {
  const fd = openSync(file, 'a')
  try {
    const bytes = Buffer.from(lines.join(''))
    let offset = 0
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

function stamp(stat: string | undefined): {stat?: string} {
  return stat === undefined ? {} : {stat}
}

function isCacheHeader(value: unknown): value is CacheHeader {
  if (typeof value !== 'object' || value === null) return false
  const header = value as Record<string, unknown>
  return (
    header.tool === cacheTool &&
    typeof header.version === 'number' &&
    typeof header.glosa === 'string' &&
    typeof header.settings === 'string'
  )
}

function isCacheLine(value: unknown): value is CacheLine {
  if (typeof value !== 'object' || value === null) return false
  const line = value as Record<string, unknown>
  return (
    typeof line.key === 'string' &&
    typeof line.hash === 'string' &&
    ['string', 'undefined'].includes(typeof line.stat) &&
    Array.isArray((line.result as {files?: unknown} | undefined)?.files)
  )
}
