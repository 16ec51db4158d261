// Finding and reading glosa check's configuration file, as ESLint, Prettier
// and stylelint find theirs: lilconfig searches the folders from the current
// one up to the repository root; the readers below keep where every key is,
// so that a mistake in any of the formats is reported at its line and column.
import {existsSync} from 'node:fs'
import {createRequire} from 'node:module'
import {basename, dirname, extname, join, resolve} from 'node:path'
import {lilconfigSync, type LoaderSync} from 'lilconfig'
import {readTree, type Tree} from '../glossary/tree.js'
import {readInput} from '../util/input.js'
import type {Point} from '../types.js'
import {GlosaError} from '../util/errors.js'
import {parseLocatedJson} from '../util/json.js'

/**
 * The names a configuration may have, in the order they win when a folder
 * holds several: glosa's own files first, `package.json` (its `glosa` key)
 * last.
 */
export const configNames = Object.freeze([
  'glosa.config.json',
  'glosa.config.yaml',
  'glosa.config.yml',
  'glosa.config.js',
  'glosa.config.mjs',
  'glosa.config.cjs',
  '.glosarc',
  '.glosarc.json',
  '.glosarc.yaml',
  '.glosarc.yml',
  '.glosarc.js',
  '.glosarc.mjs',
  '.glosarc.cjs',
  'package.json'
] as const)

/** A configuration as read from its file, before it is checked. */
export interface RawConfig {
  file: string
  value: unknown
  /** JSON pointer → place of each key and item (none for JavaScript files). */
  places: Map<string, Point>
  /** JSON pointer of the configuration in the file (`/glosa` in package.json). */
  prefix: string
}

/** What {@link findConfig} found. */
export interface FoundConfig extends RawConfig {
  /** Other configuration files in the same folder, which lose to `file`. */
  shadowed: string[]
}

/** The folder holding `.git` (a folder, or a file in a worktree or submodule) at or above `folder`. */
export function repositoryRoot(folder: string): string | undefined {
  for (let dir = resolve(folder); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir
    if (dirname(dir) === dir) return undefined
  }
}

/** Where each key and item of a located YAML tree is, as JSON pointers (the places parseLocatedJson gives). */
function treePlaces(tree: Tree): Map<string, Point> {
  const places = new Map<string, Point>()
  const walk = (value: unknown, pointer: string): void => {
    if (typeof value !== 'object' || value === null) return
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        const place = tree.where(value, index)
        if (place) places.set(`${pointer}/${index}`, place.start)
        walk(item, `${pointer}/${index}`)
      })
      return
    }
    for (const [key, item] of Object.entries(value)) {
      const child = pointer + '/' + key.replace(/~/g, '~0').replace(/\//g, '~1')
      const place = tree.whereKey(value, key)
      if (place) places.set(child, place.start)
      walk(item, child)
    }
  }
  const root = tree.where(tree.root as object)
  if (root) places.set('', root.start)
  walk(tree.root, '')
  return places
}

function readJson(file: string): RawConfig {
  const {value, places} = parseLocatedJson(readInput(file).text, file)
  return {file, value, places, prefix: ''}
}

function readYaml(file: string): RawConfig {
  const tree = readTree(readInput(file).text, file, 'YAML', 'core')
  return {file, value: tree.root, places: treePlaces(tree), prefix: ''}
}

/**
 * A JavaScript configuration: its default export (or `module.exports`).
 * Loaded through `require`, which reads ES modules too from Node 20.19; the
 * file is read afresh each time it is asked for.
 */
function readModule(file: string): RawConfig {
  const load = createRequire(file)
  let loaded: unknown
  try {
    delete load.cache[file]
    loaded = load(file)
  } catch (error) {
    throw new GlosaError('config:error.module', {reason: (error as Error).message.split('\n')[0]}, {file, cause: error})
  }
  const module = loaded as {__esModule?: boolean; default?: unknown} | null
  const value = module !== null && typeof module === 'object' && module.__esModule ? module.default : loaded
  return {file, value, places: new Map(), prefix: ''}
}

/** package.json: the `glosa` key, or `undefined` when it has none (then it need not even be readable JSON to us). */
function readManifest(file: string): RawConfig | undefined {
  const text = readInput(file).text
  if (!/"glosa"\s*:/.test(text)) return undefined
  const {value, places} = parseLocatedJson(text, file)
  if (typeof value !== 'object' || value === null || !Object.hasOwn(value, 'glosa')) return undefined
  const config = (value as {glosa: unknown}).glosa
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    throw new GlosaError('check:error.configPackage', {}, {file, place: places.get('/glosa')})
  }
  return {file, value: config, places, prefix: '/glosa'}
}

/** Read a configuration file by its name: JSON, YAML (`.glosarc` is either), JavaScript, or package.json. */
export function readRawConfig(file: string): RawConfig | undefined {
  if (basename(file) === 'package.json') return readManifest(file)
  switch (extname(file)) {
    case '.json':
      return readJson(file)
    case '.yaml':
    case '.yml':
      return readYaml(file)
    case '.js':
    case '.mjs':
    case '.cjs':
      return readModule(file)
    default:
      // `.glosarc` and names given with --config: JSON when it looks like it, else YAML.
      return /^\s*[{[]/.test(readInput(file).text) ? readJson(file) : readYaml(file)
  }
}

/**
 * Find the configuration that applies in `folder`: the first of
 * {@link configNames} in it, else in its parent, up to the repository root
 * (the folder holding `.git`); outside a repository, in `folder` only.
 * `undefined` when there is none.
 */
export function findConfig(folder: string): FoundConfig | undefined {
  const start = resolve(folder)
  const read = new Map<string, RawConfig | undefined>()
  // lilconfig walks the folders; each loader reads its file with places and keeps it here.
  const loader: LoaderSync = (file) => {
    const raw = readRawConfig(file)
    read.set(file, raw)
    // lilconfig takes package.json's `glosa` key itself: give it what the key holds.
    return basename(file) === 'package.json' ? (raw ? {glosa: raw.value} : {}) : (raw?.value ?? null)
  }
  const search = lilconfigSync('glosa', {
    searchPlaces: [...configNames],
    stopDir: repositoryRoot(start) ?? start,
    ignoreEmptySearchPlaces: false,
    cache: false,
    loaders: {
      '.json': loader,
      '.yaml': loader,
      '.yml': loader,
      '.js': loader,
      '.mjs': loader,
      '.cjs': loader,
      noExt: loader
    }
  })
  const found = search.search(start)
  if (found === null) return undefined
  const raw = read.get(found.filepath) ?? {file: found.filepath, value: undefined, places: new Map(), prefix: ''}
  const here = dirname(found.filepath)
  const shadowed = configNames
    .slice(configNames.indexOf(basename(found.filepath) as (typeof configNames)[number]) + 1)
    .map((name) => join(here, name))
    .filter((file) => existsSync(file) && (basename(file) !== 'package.json' || manifestHasConfig(file)))
  return {...raw, shadowed}
}

/** Whether a package.json has a `glosa` key (a broken one counts: it would be an error to read). */
function manifestHasConfig(file: string): boolean {
  try {
    return readManifest(file) !== undefined
  } catch {
    return true
  }
}
