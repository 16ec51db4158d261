import {createHash} from 'node:crypto'
import {existsSync, readFileSync, statSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {translator, type Locale} from '../i18n/index.js'
import {packageVersion} from '../util/package.js'
import {writeFileAtomic} from '../util/write.js'
import {unitPaths, type CheckUnit, type UnitResult} from './unit.js'

/** What the `tool` field of a check cache says: a file of any other shape is not one. */
export const cacheTool = 'glosa-check-cache'

/** The version of the cache format this glosa writes and reads. */
export const cacheVersion = 2

/** The cache's file name when `--cache-location` names none (in the configuration's folder, else the working folder). */
export const defaultCacheName = '.glosacache'

/**
 * A check cache on disk: the glosa version and the hash of the settings it was
 * made under, and for each unit the hash of its files' content with the
 * result checking them gave.
 */
interface CacheData {
  tool: typeof cacheTool
  version: number
  glosa: string
  settings: string
  units: Record<string, {hash: string; result: UnitResult}>
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
  readonly #old: CacheData['units']
  readonly #new: CacheData['units'] = {}
  /** Whether the file must be written: it was not there or not usable, or a unit was checked anew. */
  #dirty: boolean
  /** Units replayed and units checked, for the bench and the docs. */
  hits = 0
  misses = 0

  private constructor(
    readonly file: string,
    readonly settings: string,
    old: CacheData['units'],
    dirty: boolean
  ) {
    this.#old = old
    this.#dirty = dirty
  }

  /** Open the cache at `file` for a run under `settings` (a hash); `name` is how notes call the file. */
  static open(
    file: string,
    settings: string,
    options: {name: string; locale: Locale}
  ): {cache: CheckCache; notes: string[]} {
    const t = translator(options.locale)
    const fresh = (key?: string, values: Record<string, unknown> = {}) => ({
      cache: new CheckCache(file, settings, Object.create(null) as CacheData['units'], true),
      notes: key ? [t(key, {file: options.name, ...values}) as string] : []
    })
    let text: string
    try {
      text = readFileSync(file, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return fresh()
      return fresh('scale:cache.unreadable', {reason: (error as Error).message})
    }
    let data: unknown
    try {
      data = JSON.parse(text)
    } catch {
      return fresh('scale:cache.corrupt')
    }
    if (!isCacheData(data)) return fresh('scale:cache.corrupt')
    if (data.version !== cacheVersion || data.glosa !== packageVersion())
      return fresh('scale:cache.otherVersion', {version: data.glosa})
    if (data.settings !== settings) return fresh('scale:cache.otherSettings')
    return {
      cache: new CheckCache(
        file,
        settings,
        Object.assign(Object.create(null), data.units) as CacheData['units'],
        false
      ),
      notes: []
    }
  }

  /**
   * The key and content hash of a unit, read from its files in `cwd` (none for
   * standard input or a file that cannot be read: such a unit is always checked).
   */
  identify(unit: CheckUnit, cwd: string): {key: string; hash: string} | undefined {
    const paths = unitPaths(unit)
    if (paths.includes('-')) return undefined
    const contents: Uint8Array[] = []
    for (const path of paths) {
      try {
        contents.push(readFileSync(resolve(cwd, path)))
      } catch {
        return undefined
      }
    }
    return {key: ('single' in unit ? 'single\u0000' : 'pair\u0000') + paths.join('\u0000'), hash: hashOf(contents)}
  }

  /** The cached result of a unit whose files still hash to `hash`. */
  lookup(key: string, hash: string): UnitResult | undefined {
    const known = this.#old[key]
    if (known && known.hash === hash) {
      this.hits++
      this.#new[key] = known
      return known.result
    }
    this.misses++
    return undefined
  }

  /** Remember a unit's result for the next run. */
  store(key: string, hash: string, result: UnitResult): void {
    this.#new[key] = {hash, result}
    this.#dirty = true
  }

  /**
   * Write the cache (atomically), unless it would be written as it is: this run's units, and those of earlier runs
   * that this one did not reach (a --changed-since or --shard run checks part
   * of a site) while their files are still there; files gone from the site
   * leave it.
   */
  save(cwd: string): void {
    // Every unit replayed, none left behind: the file already holds what would be written.
    if (!this.#dirty && Object.keys(this.#old).every((key) => key in this.#new)) return
    const units: CacheData['units'] = Object.create(null) as CacheData['units']
    for (const [key, unit] of Object.entries(this.#old)) {
      if (key in this.#new) continue
      if (
        key
          .split('\u0000')
          .slice(1)
          .every((path) => existsSync(resolve(cwd, path)))
      )
        units[key] = unit
    }
    Object.assign(units, this.#new)
    const data: CacheData = {
      tool: cacheTool,
      version: cacheVersion,
      glosa: packageVersion(),
      settings: this.settings,
      units
    }
    writeFileAtomic(this.file, JSON.stringify(data) + '\n')
  }
}

function isCacheData(value: unknown): value is CacheData {
  if (typeof value !== 'object' || value === null) return false
  const data = value as Record<string, unknown>
  return (
    data.tool === cacheTool &&
    typeof data.version === 'number' &&
    typeof data.glosa === 'string' &&
    typeof data.settings === 'string' &&
    typeof data.units === 'object' &&
    data.units !== null &&
    Object.values(data.units).every(
      (unit) =>
        typeof unit === 'object' &&
        unit !== null &&
        typeof (unit as {hash?: unknown}).hash === 'string' &&
        Array.isArray((unit as {result?: {files?: unknown}}).result?.files)
    )
  )
}
