import jsYaml from 'js-yaml'
import {isMap, isScalar, isSeq, parseDocument, type Node} from 'yaml'
import type {Position} from '../types.js'
import {GlosaError} from '../util/errors.js'
import {LineIndex, SequentialPoints} from '../util/position.js'
import {jsYamlReasons, yamlErrorCodes, yamlMessages, type YamlProblem} from './data/yaml-errors.js'
import {guardNesting} from './depth.js'
import {scanTree} from './yaml-scan.js'

/**
 * A YAML or JSON document as plain values (maps as objects, to be read with
 * `Object.hasOwn` or through their own keys; sequences as arrays; every scalar as the string written: the YAML failsafe
 * schema, so `null`, `true` or `1.50` as a term stay as written), and where
 * each value is in the source.
 */
export interface Tree {
  root: unknown
  /** Where `parent[key]` is (falling back to `parent`), or `parent` itself without a key. */
  where(parent: object, key?: string | number): Position | undefined
  /** Where the key `key` of the map `parent` is written (falling back to `parent`). */
  whereKey(parent: object, key: string): Position | undefined
}

/** Above this size (in UTF-16 units) the quick block reader, else js-yaml, reads the file. */
export const preciseLimit = 512 * 1024

type Places = Map<string | number, Position>

/**
 * Read YAML (or JSON) with positions. Files up to {@link preciseLimit} go
 * through the `yaml` package, which locates every key and value. Larger ones
 * go through the quick reader of `yaml-scan.ts`, which reads the block YAML
 * glossaries are written in line by line to the same tree at the same
 * places; what it does not read (and any error) goes to js-yaml, about ten
 * times faster than `yaml`, which locates maps and lists; a text value is then
 * found in its parent's span (its parent's place when not).
 */
export function readTree(text: string, file: string | undefined, format: 'YAML' | 'JSON' = 'YAML'): Tree {
  // The parsers recurse once per level: a text nested past the bound is refused at its place before they start.
  guardNesting(text, file, format)
  return text.length > preciseLimit ? (scanTree(text) ?? fastTree(text, file, format)) : preciseTree(text, file, format)
}

/** A located, localised error for YAML or JSON that does not parse: `glossary:yaml.<problem>`, with the reader's `reason` for `other`. */
function syntaxError(file: string | undefined, lines: LineIndex, offset: number, problem: YamlProblem, reason: string, format: string): GlosaError {
  return new GlosaError(`glossary:yaml.${problem}`, {format, reason}, {file, place: lines.point(offset)})
}

/** The tags a glossary may spell out: they say what a node is anyway. */
const plainTags = new Set(['tag:yaml.org,2002:str', 'tag:yaml.org,2002:map', 'tag:yaml.org,2002:seq'])

/** The `yaml` package: every node located. */
export function preciseTree(text: string, file: string | undefined, format = 'YAML'): Tree {
  const lines = new LineIndex(text)
  const document = parseDocument(text, {prettyErrors: false, uniqueKeys: true, schema: 'failsafe'})
  const error = document.errors[0]
  if (error) {
    const reason = error.message.split('\n')[0] ?? ''
    const problem = yamlMessages.find(([pattern]) => pattern.test(reason))?.[1] ?? yamlErrorCodes[error.code] ?? 'other'
    throw syntaxError(file, lines, error.pos[0], problem, reason, format)
  }
  const self = new WeakMap<object, Position>()
  const values = new WeakMap<object, Places>()
  const keys = new WeakMap<object, Places>()
  const position = (node: Node | null | undefined): Position | undefined =>
    node?.range ? lines.position(node.range[0], node.range[1]) : undefined

  function convert(node: unknown): unknown {
    // `!!binary`, `!!js/function`, `!custom`: a glossary holds text, and a tag would change what the text says.
    const tag = (node as {tag?: string} | null)?.tag
    if (tag !== undefined && !plainTags.has(tag)) {
      throw new GlosaError('io:yaml.tag', {tag: tag.replace(/^tag:yaml\.org,2002:/, '!!')}, {file, place: lines.point((node as Node).range?.[0] ?? 0)})
    }
    if (isMap(node)) {
      const result = Object.create(null) as Record<string, unknown>
      const valuePlaces: Places = new Map()
      const keyPlaces: Places = new Map()
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value ?? '') : String(convert(pair.key))
        result[key] = convert(pair.value)
        const keyPlace = position(pair.key as Node)
        const valuePlace = position(pair.value as Node) ?? keyPlace
        if (keyPlace) keyPlaces.set(key, keyPlace)
        if (valuePlace) valuePlaces.set(key, valuePlace)
      }
      remember(result, node, valuePlaces, keyPlaces)
      return result
    }
    if (isSeq(node)) {
      const result = node.items.map((item) => convert(item))
      const valuePlaces: Places = new Map()
      node.items.forEach((item, index) => {
        const place = position(item as Node)
        if (place) valuePlaces.set(index, place)
      })
      remember(result, node, valuePlaces, new Map())
      return result
    }
    if (isScalar(node)) return node.value === null ? '' : String(node.value)
    if (node === null || node === undefined) return ''
    throw syntaxError(file, lines, (node as Node).range?.[0] ?? 0, 'alias', '', format)
  }

  function remember(result: object, node: Node, valuePlaces: Places, keyPlaces: Places): void {
    const place = position(node)
    if (place) self.set(result, place)
    values.set(result, valuePlaces)
    keys.set(result, keyPlaces)
  }

  const root = document.contents === null ? undefined : convert(document.contents)
  return {
    root,
    where: (parent, key) => (key === undefined ? undefined : values.get(parent)?.get(key)) ?? self.get(parent),
    whereKey: (parent, key) => keys.get(parent)?.get(key) ?? self.get(parent)
  }
}

const spanKey = Symbol('span')

/** js-yaml with a listener: maps and lists located, scalars by their parent. */
export function fastTree(text: string, file: string | undefined, format = 'YAML'): Tree {
  const lines = new LineIndex(text)
  // A value's span is `bounds[2 * n]` to `bounds[2 * n + 1]`, `n` kept on the value itself under
  // a symbol, not enumerable (invisible to Object.keys, Object.hasOwn of a name, equality): a Map (or WeakMap) of a
  // quarter of a million values, and an array per value, cost far more in hashing and GC.
  const bounds: number[] = []
  const spans = {
    get: (value: object): number | undefined => (value as Record<symbol, number | undefined>)[spanKey],
    has: (value: object): boolean => spanKey in value,
    set: (value: object, index: number): void => {
      Object.defineProperty(value, spanKey, {value: index})
    }
  }
  const starts: number[] = []
  let root: unknown
  try {
    root = jsYaml.load(text, {
      schema: jsYaml.FAILSAFE_SCHEMA,
      filename: file ?? '',
      listener(event, state) {
        if (event === 'open') starts.push(state.position)
        else {
          const start = starts.pop()!
          const result = state.result as unknown
          if (typeof result === 'object' && result !== null && !spans.has(result)) {
            spans.set(result, bounds.length >> 1)
            bounds.push(start, state.position)
          }
        }
      }
    })
  } catch (error) {
    const mark = (error as {mark?: {position: number}}).mark
    const reason = (error as {reason?: string}).reason ?? (error as Error).message
    const problem = jsYamlReasons.find(([pattern]) => pattern.test(reason))?.[1] ?? 'other'
    // js-yaml places a second document at the start of the file: point at its `---`.
    const place = problem === 'multipleDocuments' ? secondDocument(text) : (mark?.position ?? 0)
    throw syntaxError(file, lines, place, problem, reason, format)
  }
  // Readers ask for places in document order (an entry, then its terms): walk, don't search.
  const points = new SequentialPoints(lines)
  const place = (value: unknown): Position | undefined => {
    if (typeof value !== 'object' || value === null) return undefined
    const span = spans.get(value)
    return span === undefined ? undefined : points.position(bounds[2 * span]!, bounds[2 * span + 1]!)
  }
  const items = new Map<unknown[], Array<Position | undefined>>()
  /** Where a text value is, found in its parent's span: js-yaml reports no scalar positions. */
  const scalar = (parent: object, key: string | number): Position | undefined => {
    const span = spans.get(parent)
    if (span === undefined) return undefined
    const from = bounds[2 * span]!
    const to = bounds[2 * span + 1]!
    if (Array.isArray(parent)) {
      // The first item is the first match in the list (most term lists have one): no list of places to keep.
      if (key === 0) {
        const item: unknown = parent[0]
        const at = typeof item === 'string' ? findScalar(text, item, from, to) : -1
        return at === -1 ? undefined : points.position(at, at + (item as string).length)
      }
      let found = items.get(parent)
      if (!found) {
        found = []
        let cursor = from
        for (const item of parent) {
          const at = typeof item === 'string' ? findScalar(text, item, cursor, to) : -1
          found.push(at === -1 ? undefined : points.position(at, at + (item as string).length))
          if (at !== -1) cursor = at + (item as string).length
          else {
            const itemSpan = spans.get(item as object)
            if (itemSpan !== undefined) cursor = bounds[2 * itemSpan + 1]!
          }
        }
        items.set(parent, found)
      }
      return found[key as number]
    }
    const value = (parent as Record<string, unknown>)[key]
    if (typeof value !== 'string') return undefined
    const afterKey = findKey(text, String(key), from, to)
    const at = afterKey === -1 ? -1 : findScalar(text, value, afterKey, to)
    return at === -1 ? undefined : points.position(at, at + value.length)
  }
  return {
    root,
    where: (parent, key) =>
      (key === undefined ? undefined : (place((parent as Record<string | number, unknown>)[key]) ?? scalar(parent, key))) ?? place(parent),
    whereKey: (parent) => place(parent)
  }
}

/** The offset of the `---` that starts a second document (the first when the file does not start with one), or 0. */
function secondDocument(text: string): number {
  const markers = [...text.matchAll(/^---(?=\s|$)/gm)].map((match) => match.index)
  return (/^---(\s|$)/.test(text) ? markers[1] : markers[0]) ?? 0
}

const before = new Set([' ', '\t', '\n', '\r', '[', '{', ',', '"', "'", ':', '-'])
const after = new Set([' ', '\t', '\n', '\r', ']', '}', ',', '"', "'", '#'])

/** The offset of `value` written as a whole scalar in `text[from, to)`, or -1. */
function findScalar(text: string, value: string, from: number, to: number): number {
  if (value === '') return -1
  for (let at = text.indexOf(value, from); at !== -1 && at + value.length <= to; at = text.indexOf(value, at + 1)) {
    const end = at + value.length
    if (before.has(text.charAt(at - 1)) && (end === text.length || after.has(text.charAt(end)))) return at
  }
  return -1
}

/** The offset just after the `:` of the map key `key` (maybe quoted) in `text[from, to)`, or -1. */
function findKey(text: string, key: string, from: number, to: number): number {
  for (let at = text.indexOf(key, from); at !== -1 && at < to; at = text.indexOf(key, at + 1)) {
    let end = at + key.length
    if (text.charAt(end) === '"' || text.charAt(end) === "'") end++
    if (text.charAt(end) === ':' && (at === from || before.has(text.charAt(at - 1)))) return end + 1
  }
  return -1
}
