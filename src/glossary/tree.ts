import type {Node, Pair, YAMLMap, YAMLSeq} from 'yaml'
import type {Position} from '../types.js'
import {GlosaError} from '../util/errors.js'
import {LineIndex} from '../util/position.js'
import {yamlErrorCodes, yamlMessages, type YamlProblem} from './data/yaml-errors.js'
import {guardNesting} from './depth.js'
import {yamlPackage} from './yaml-package.js'

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

/** A located, localised error for YAML or JSON that does not parse: `glossary:yaml.<problem>`, with the reader's `reason` for `other`. */
function syntaxError(file: string | undefined, lines: LineIndex, offset: number, problem: YamlProblem, reason: string, format: string): GlosaError {
  return new GlosaError(`glossary:yaml.${problem}`, {format, reason}, {file, place: lines.point(offset)})
}

/** The tags a glossary may spell out: they say what a node is anyway. */
const plainTags = new Set(['tag:yaml.org,2002:str', 'tag:yaml.org,2002:map', 'tag:yaml.org,2002:seq'])

/**
 * Run `parse` with `process.env` a plain copy of itself, put back after. The
 * `yaml` parser reads `process.env.LOG_TOKENS` once per token (2.4 million
 * tokens in a 100,000-term glossary), and each read of Node's `process.env`
 * is a call into the C++ environment: about 0.7 s of a 3 s parse, measured
 * on `bench/glossary.bench.js`'s file. The parse is synchronous, so no other
 * code runs while the copy stands in.
 */
function withPlainEnvironment<T>(parse: () => T): T {
  const environment = process.env
  try {
    process.env = {...environment}
  } catch {
    // A runtime whose `process.env` cannot be replaced parses as it is, only slower.
    return parse()
  }
  try {
    return parse()
  } finally {
    process.env = environment
  }
}

/**
 * Read YAML (or JSON, which is YAML 1.2) with every key and value located,
 * through the `yaml` package: the one reader of both, at every size (a large
 * glossary is read once, then from the cache of `cache.ts`). `schema`:
 * `failsafe` (every scalar the string written, for glossaries) or `core`
 * (`true`, `12` and `null` typed, for configuration files).
 */
export function readTree(text: string, file: string | undefined, format: 'YAML' | 'JSON' = 'YAML', schema: 'failsafe' | 'core' = 'failsafe'): Tree {
  // The parser recurses once per level: a text nested past the bound is refused at its place before it starts.
  guardNesting(text, file, format)
  const lines = new LineIndex(text)
  const {isMap, isScalar, isSeq, parseDocument} = yamlPackage()
  const document = withPlainEnvironment(() => parseDocument(text, {prettyErrors: false, uniqueKeys: true, schema}))
  const error = document.errors[0]
  if (error) {
    const reason = error.message.split('\n')[0] ?? ''
    const problem = yamlMessages.find(([pattern]) => pattern.test(reason))?.[1] ?? yamlErrorCodes[error.code] ?? 'other'
    throw syntaxError(file, lines, error.pos[0], problem, reason, format)
  }
  // Each map and list made, with the node it was made from: where a value is written is looked up only when asked
  // (for an entry, a term or a message), not kept for every key and item (that doubled the time of a large glossary).
  const nodes = new Map<object, YAMLMap | YAMLSeq>()
  const position = (node: unknown): Position | undefined => {
    const range = (node as Node | null | undefined)?.range
    return range ? lines.position(range[0], range[1]) : undefined
  }
  const keyOf = (pair: Pair): string => (isScalar(pair.key) ? String(pair.key.value ?? '') : String(convert(pair.key)))
  const pairOf = (node: YAMLMap, key: string | number): Pair | undefined =>
    (node.items as Pair[]).find((pair) => keyOf(pair) === String(key))

  function convert(node: unknown): unknown {
    // `!!binary`, `!!js/function`, `!custom`: a glossary holds text, and a tag would change what the text says.
    const tag = (node as {tag?: string} | null)?.tag
    if (tag !== undefined && !plainTags.has(tag)) {
      throw new GlosaError('io:yaml.tag', {tag: tag.replace(/^tag:yaml\.org,2002:/, '!!')}, {file, place: lines.point((node as Node).range?.[0] ?? 0)})
    }
    if (isMap(node)) {
      const result = Object.create(null) as Record<string, unknown>
      for (const pair of node.items as Pair[]) result[keyOf(pair)] = convert(pair.value)
      nodes.set(result, node)
      return result
    }
    if (isSeq(node)) {
      const result = node.items.map((item) => convert(item))
      nodes.set(result, node)
      return result
    }
    if (isScalar(node)) return schema === 'core' ? node.value : node.value === null ? '' : String(node.value)
    if (node === null || node === undefined) return schema === 'core' ? null : ''
    throw syntaxError(file, lines, (node as Node).range?.[0] ?? 0, 'alias', '', format)
  }

  /** Where the value of `key` in `parent` is written: an empty value at its key. */
  function whereValue(parent: object, key: string | number): Position | undefined {
    const node = nodes.get(parent)
    if (isSeq(node)) return position(node.items[key as number])
    if (!isMap(node)) return undefined
    const pair = pairOf(node, key)
    return pair ? (position(pair.value) ?? position(pair.key)) : undefined
  }

  function whereKey(parent: object, key: string): Position | undefined {
    const node = nodes.get(parent)
    const pair = isMap(node) ? pairOf(node, key) : undefined
    return pair ? position(pair.key) : undefined
  }

  const root = document.contents === null ? undefined : convert(document.contents)
  return {
    root,
    where: (parent, key) => (key === undefined ? undefined : whereValue(parent, key)) ?? position(nodes.get(parent)),
    whereKey: (parent, key) => whereKey(parent, key) ?? position(nodes.get(parent))
  }
}
