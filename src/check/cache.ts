import {createHash} from 'node:crypto'
import {closeSync, existsSync, fsyncSync, openSync, readFileSync, statSync, type BigIntStats} from 'node:fs'
import {join, resolve} from 'node:path'
import {translator, type Locale} from '../i18n/index.js'
import {packageVersion, ruleUrl} from '../util/package.js'
import {fileId, writeFileAtomic, writeFully} from '../util/write.js'
import type {Point} from '../types.js'
import type {Severity} from '../util/messages.js'
import {unitPaths, type CheckUnit, type PlainMessage, type UnitFile, type UnitResult} from './unit.js'

/** What the `tool` field of a check cache says: a file of any other shape is not one. */
export const cacheTool = 'glosa-check-cache'

/** The version of the cache format this glosa writes and reads. */
export const cacheVersion = 5

/** The cache's file name when `--cache-location` names none (in the configuration's folder, else the working folder). */
export const defaultCacheName = '.glosacache'

/**
 * A unit as cached: the hash of its files' content, what `stat` said of them
 * when they were hashed (left out while a file may still be changing), and
 * the result checking them gave: as this run made it, or as the JSON text
 * the file holds (`text`, a view of the bytes read), parsed only when it is
 * replayed.
 */
type CachedUnit = {hash: string; stat?: string} & ({result: UnitResult} | {text: Buffer})

/**
 * A check cache on disk, in lines: first the header, a JSON object with the
 * glosa version and the hash of the settings it was made under; then a line
 * per unit, `[key, hash, stat]` in JSON (`key` is `pair` and its paths, `stat`
 * null when there is none), a tab, and the unit's result in JSON. JSON text
 * holds no tab or line end, so a run reads the part before the tab of every
 * line and leaves the results as bytes until each is replayed. A run appends
 * the units it checked anew, and a unit's last line is the one that counts;
 * the file is written whole again (atomically, the lines that count only)
 * when it would hold more than twice as many lines as count, when units'
 * files are gone, or when it could not be used.
 */
interface CacheHeader {
  tool: typeof cacheTool
  version: number
  glosa: string
  settings: string
}

/** A unit's line before its tab. */
type LineHead = [key: string, hash: string, stat: string | null]

/** The bytes of a tab and of a line end. */
const TAB = 9
const NEWLINE = 10

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
  #lines: number | undefined
  /** How notes call the file, and in which locale. */
  readonly #name: string
  readonly #locale: Locale
  /** Files whose content was read and hashed, and units whose `stat` answered for it (for the bench and the tests). */
  hashed = 0
  statted = 0
  /** The identity (`fileId`) of each file looked at, by its path as the unit gives it: the run's output is checked against them. */
  readonly fileIds = new Map<string, string>()
  /** Units replayed and units checked, for the bench and the docs. */
  hits = 0
  misses = 0
  /** What a run should say of the cache once it has replayed it (a damaged result found, say). */
  readonly notes: string[] = []

  private constructor(
    readonly file: string,
    readonly settings: string,
    old: Map<string, CachedUnit>,
    lines: number | undefined,
    options: {name: string; locale: Locale}
  ) {
    this.#old = old
    this.#lines = lines
    this.#name = options.name
    this.#locale = options.locale
  }

  /** Open the cache at `file` for a run under `settings` (a hash); `name` is how notes call the file. */
  static open(
    file: string,
    settings: string,
    options: {name: string; locale: Locale}
  ): {cache: CheckCache; notes: string[]} {
    const t = translator(options.locale)
    const fresh = (key?: string, values: Record<string, unknown> = {}) => ({
      cache: new CheckCache(file, settings, new Map(), undefined, options),
      notes: key ? [t(key, {file: options.name, ...values}) as string] : []
    })
    let bytes: Buffer
    try {
      bytes = readFileSync(file)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return fresh()
      return fresh('scale:cache.unreadable', {reason: (error as Error).message})
    }
    const units = new Map<string, CachedUnit>()
    let lines = 0
    let cut = false
    try {
      const end = bytes.indexOf(NEWLINE)
      const header: unknown = JSON.parse(bytes.toString('utf8', 0, end === -1 ? bytes.length : end))
      if (!isCacheHeader(header)) return fresh('scale:cache.corrupt')
      if (header.version !== cacheVersion || header.glosa !== packageVersion())
        return fresh('scale:cache.otherVersion', {version: header.glosa})
      if (header.settings !== settings) return fresh('scale:cache.otherSettings')
      if (end === -1) return fresh('scale:cache.corrupt')
      for (let start = end + 1, newline = 0; start < bytes.length; start = newline + 1) {
        newline = bytes.indexOf(NEWLINE, start)
        // An append cut short (the run was stopped while writing) leaves a last line without its end: it does not count.
        if (newline === -1) {
          cut = true
          break
        }
        const tab = bytes.indexOf(TAB, start)
        if (tab === -1 || tab > newline) return fresh('scale:cache.corrupt')
        const head: unknown = JSON.parse(bytes.toString('utf8', start, tab))
        if (!isLineHead(head)) return fresh('scale:cache.corrupt')
        const [key, hash, stat] = head
        units.set(key, {hash, ...stamp(stat ?? undefined), text: bytes.subarray(tab + 1, newline)})
        lines++
      }
    } catch {
      return fresh('scale:cache.corrupt')
    }
    return {cache: new CheckCache(file, settings, units, cut ? undefined : lines, options), notes: []}
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
      this.fileIds.set(path, fileId(stats))
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
   * The cached result of a unit whose files still hash to `id.hash`, as a
   * function that reads it when it is replayed (undefined when that result
   * is damaged: the unit is then checked anew, and the cache written whole).
   * A signature of `stat` that changed with the content the same (a
   * checkout, `touch`) is kept when the cache is written whole: it alone does
   * not make the cache be written (in CI every checkout changes them all).
   */
  lookup(id: {key: string; hash: string; stat?: string}): (() => UnitResult | undefined) | undefined {
    const known = this.#old.get(id.key)
    if (known && known.hash === id.hash) {
      this.hits++
      if (known.stat === id.stat) this.#new.set(id.key, known)
      else {
        const {stat: _, ...unit} = known
        this.#new.set(id.key, {...unit, ...stamp(id.stat)})
      }
      if ('result' in known) return () => known.result
      return () => this.#read(id.key, known.text)
    }
    this.misses++
    return undefined
  }

  /** A cached result's JSON text read, or undefined (with a note) when it is not one. */
  #read(key: string, text: Buffer): UnitResult | undefined {
    try {
      const packed: unknown = JSON.parse(text.toString('utf8'))
      if (isPackedResult(packed)) return unpackResult(packed)
    } catch {
      // Said below.
    }
    this.hits--
    this.misses++
    // Never written back: the unit is kept only if checking it again gives a result to store.
    this.#old.delete(key)
    this.#new.delete(key)
    this.#lines = undefined
    // Named by its translation, or its single file: the file a unit is reported by.
    const path = key.split('\u0000').at(-1)
    this.notes.push(translator(this.#locale)('scale:cache.damagedUnit', {file: this.#name, path}) as string)
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
   * Results read from the file are written back as the bytes they were.
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
          this.#added.flatMap((key) => [...cacheLine(key, this.#new.get(key)!)])
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
      (function* () {
        yield JSON.stringify(header) + '\n'
        for (const key of kept) yield* cacheLine(key, old.get(key)!)
        for (const [key, unit] of units) yield* cacheLine(key, unit)
      })()
    )
  }
}

/** A unit's line in the cache file, in pieces: its head and tab, its result, its end. */
function* cacheLine(key: string, unit: CachedUnit): Generator<string | Uint8Array> {
  const head: LineHead = [key, unit.hash, unit.stat ?? null]
  yield JSON.stringify(head) + '\t'
  yield 'result' in unit ? JSON.stringify(packResult(unit.result)) : unit.text
  yield '\n'
}

/** Append `lines` to `file` in one write, flushed to the disk. */
function appendLines(file: string, lines: ReadonlyArray<string | Uint8Array>): void {
  const fd = openSync(file, 'a')
  try {
    writeFully(fd, Buffer.concat(lines.map((line) => (typeof line === 'string' ? Buffer.from(line) : line))))
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

function isLineHead(value: unknown): value is LineHead {
  return (
    Array.isArray(value) &&
    value.length === 3 &&
    typeof value[0] === 'string' &&
    typeof value[1] === 'string' &&
    (value[2] === null || typeof value[2] === 'string')
  )
}

/**
 * A message as the cache keeps it: its fields in a fixed order, its place as
 * six numbers (start line, column, offset, end line, column, offset), null
 * for what it lacks, and no url when it is its rule's page. A site's cache
 * holds tens of thousands of messages: without their field names and place
 * objects the file is a fifth smaller, and reading it makes fewer objects.
 */
type PackedMessage = [
  reason: string,
  place: Array<number | null> | null,
  ruleId: string,
  severity: Severity,
  entry: string | null,
  actual: string | null,
  expected: string[] | null,
  fingerprint: string | null,
  url: string | null
]

/** A unit's result as the cache keeps it: its files' messages packed. */
type PackedResult = Omit<UnitResult, 'files'> & {files: Array<Omit<UnitFile, 'messages'> & {messages: PackedMessage[]}>}

function packResult(result: UnitResult): PackedResult {
  return {...result, files: result.files.map((file) => ({...file, messages: file.messages.map(packMessage)}))}
}

function unpackResult(packed: PackedResult): UnitResult {
  return {...packed, files: packed.files.map((file) => ({...file, messages: file.messages.map(unpackMessage)}))}
}

function packMessage(message: PlainMessage): PackedMessage {
  const {place} = message
  return [
    message.reason,
    place
      ? [
          place.start.line,
          place.start.column,
          place.start.offset ?? null,
          place.end.line,
          place.end.column,
          place.end.offset ?? null
        ]
      : null,
    message.ruleId,
    message.severity,
    message.entry ?? null,
    message.actual ?? null,
    message.expected ?? null,
    message.fingerprint ?? null,
    message.url === undefined || message.url === ruleUrl(message.ruleId) ? null : message.url
  ]
}

function unpackMessage(packed: PackedMessage): PlainMessage {
  const [reason, place, ruleId, severity, entry, actual, expected, fingerprint, url] = packed
  const point = (line: number | null, column: number | null, offset: number | null) =>
    ({line, column, ...(offset === null ? {} : {offset})}) as Point
  return {
    reason,
    ...(place
      ? {place: {start: point(place[0]!, place[1]!, place[2]!), end: point(place[3]!, place[4]!, place[5]!)}}
      : {}),
    ruleId,
    severity,
    ...(url === null ? {} : {url}),
    ...(entry === null ? {} : {entry}),
    ...(actual === null ? {} : {actual}),
    ...(expected === null ? {} : {expected}),
    ...(fingerprint === null ? {} : {fingerprint})
  }
}

/** Whether a cached result has the shape of a packed one (every message checked, so that a damaged one is never replayed). */
function isPackedResult(value: unknown): value is PackedResult {
  if (typeof value !== 'object' || value === null) return false
  const result = value as Record<keyof UnitResult, unknown>
  return (
    Array.isArray(result.files) &&
    result.files.every(
      (file: {path?: unknown; messages?: unknown}) =>
        typeof file?.path === 'string' && Array.isArray(file.messages) && file.messages.every(isPackedMessage)
    ) &&
    Array.isArray(result.formats) &&
    Array.isArray(result.directives) &&
    Array.isArray(result.uses) &&
    Array.isArray(result.warnings) &&
    Array.isArray(result.languages)
  )
}

const optional = (value: unknown, type: string) => value === null || typeof value === type

function isPackedMessage(value: unknown): value is PackedMessage {
  if (!Array.isArray(value) || value.length !== 9) return false
  const [reason, place, ruleId, severity, entry, actual, expected, fingerprint, url] = value as unknown[]
  return (
    typeof reason === 'string' &&
    (place === null || (Array.isArray(place) && place.length === 6 && place.every((n) => optional(n, 'number')))) &&
    typeof ruleId === 'string' &&
    (severity === 'error' || severity === 'warning' || severity === 'info') &&
    optional(entry, 'string') &&
    optional(actual, 'string') &&
    (expected === null || (Array.isArray(expected) && expected.every((item) => typeof item === 'string'))) &&
    optional(fingerprint, 'string') &&
    optional(url, 'string')
  )
}
