import jsYaml from 'js-yaml'
import {expect} from 'vitest'
import {GlosaError} from '../../src/util/errors.js'
import type {Entry, Glossary, Term} from '../../src/glossary/index.js'
import {preciseTree, type Tree} from '../../src/glossary/tree.js'
import {scanTree} from '../../src/glossary/yaml-scan.js'

export const fixture = (name: string): string => new URL(`../fixtures/glossary/${name}`, import.meta.url).pathname

/** A glossary without positions and file, to compare what two readings mean. */
export function content(glossary: Glossary): unknown {
  const term = ({position: _position, ...rest}: Term) => rest
  const entry = ({position: _position, terms, ...rest}: Entry) => ({...rest, terms: terms.map(term)})
  const {file: _file, entries, ...rest} = glossary
  return {...rest, entries: entries.map(entry)}
}

/** What `position` points at in `source`. */
export function at(source: string, position: {start: {offset: number}; end: {offset: number}} | undefined): string | undefined {
  return position && source.slice(position.start.offset, position.end.offset)
}

/** The {@link GlosaError} that `run` throws (fails the test when it throws none or another error). */
export function failure(run: () => unknown): GlosaError {
  try {
    run()
  } catch (error) {
    if (error instanceof GlosaError) return error
    throw error
  }
  throw new Error('expected a GlosaError')
}

/** Every place a tree gives: each collection, each value, each key. */
export function places(tree: Tree, root = tree.root): unknown[] {
  const found: unknown[] = []
  const walk = (value: unknown): void => {
    if (typeof value !== 'object' || value === null) return
    found.push(tree.where(value))
    const keys = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value)
    for (const key of keys) {
      found.push(tree.where(value, key))
      if (typeof key === 'string') found.push(tree.whereKey(value, key))
      walk((value as Record<string | number, unknown>)[key])
    }
  }
  walk(root)
  return found
}

/**
 * Expect the quick reader to read `text` to the tree and places of the `yaml`
 * package and to js-yaml's values; false when it gives up on it.
 */
export function readsLikeYamlPackage(text: string, format: 'YAML' | 'JSON' = 'YAML'): boolean {
  const scanned = scanTree(text)
  if (!scanned) return false
  const precise = preciseTree(text, undefined, format)
  expect(scanned.root).toEqual(precise.root)
  expect(scanned.root).toEqual(jsYaml.load(text, {schema: jsYaml.FAILSAFE_SCHEMA}))
  expect(places(scanned)).toEqual(places(precise))
  return true
}

/** Whether the `yaml` package and js-yaml both read `text` to a document. */
export function bothRead(text: string, format: 'YAML' | 'JSON' = 'YAML'): boolean {
  try {
    const precise = preciseTree(text, undefined, format)
    jsYaml.load(text, {schema: jsYaml.FAILSAFE_SCHEMA})
    return precise.root !== undefined
  } catch {
    return false
  }
}
