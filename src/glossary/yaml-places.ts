import type {Position} from '../types.js'
import {LineIndex, SequentialPoints} from '../util/position.js'
import type {Tree} from './tree.js'

/**
 * Where the quick YAML reader (`yaml-scan.ts`) found each map, list, key and
 * value: offsets in typed arrays as it reads, positions made from them only
 * when a reader asks, through the {@link Tree} interface.
 */

/** A growing list of small whole numbers in an Int32Array: millions of offsets, no garbage to collect. */
export class Numbers {
  values = new Int32Array(1024)
  length = 0

  push4(a: number, b: number, c: number, d: number): void {
    if (this.length + 4 > this.values.length) {
      const grown = new Int32Array(this.values.length * 2)
      grown.set(this.values)
      this.values = grown
    }
    const values = this.values
    values[this.length] = a
    values[this.length + 1] = b
    values[this.length + 2] = c
    values[this.length + 3] = d
    this.length += 4
  }
}

/**
 * What the quick reader records: every map and list (the first `collectionCount` of `collections`),
 * in document order, and for each (at 4 × its index in `collectionSpans`) its start, end, first child
 * and number of children; the children of each collection together, in the order of the text (at
 * 4 × index in `childSpans`): key start, key end (-1 in a list), value start, value end. A map's keys
 * are in the same order as its children (the reader gives up on keys that are array indexes).
 */
export interface Recorded {
  readonly collections: object[]
  readonly collectionCount: number
  readonly collectionSpans: Numbers
  readonly childSpans: Numbers
}

/** What js-yaml refuses as non-printable, and the line breaks of YAML 1.1 and tabs, which this reader leaves to it. */
export const refused = /[\x00-\x09\x0B\x0C\x0E-\x1F\x7F-\x9F\uFEFF\uFFFE\uFFFF\u2028\u2029]|\r(?!\n)|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/

/** Thrown to stop reading: the reader returns undefined for it. */
export class GiveUp extends Error {}

/** Stop reading: the file goes to js-yaml. */
export function giveUp(): never {
  throw new GiveUp()
}

/**
 * Called with each item of the root map's `entries` list (a block list) as
 * soon as it is read, with the tree to ask where things are in it; the item
 * is then forgotten, and its place in the list holds `undefined`. A large
 * glossary's entries so never pile up as a tree beside the glossary made from
 * them (which garbage collection would copy twice over).
 */
export type EntryHook = (item: unknown, tree: Tree) => void

/**
 * The escape whose `\` is at `index` in a double-quoted YAML scalar or a JSON
 * string ending before `limit`: what `table` or `\uXXXX` says it stands for
 * (its length is 6 for `\u`, else 2); the reader gives up on any other.
 */
export function resolveEscape(text: string, index: number, limit: number, table: Readonly<Record<string, string>>): string {
  const escape = text.charAt(index + 1)
  if (escape === 'u') {
    const hex = text.slice(index + 2, index + 6)
    if (index + 6 > limit || !/^[0-9a-fA-F]{4}$/.test(hex)) giveUp()
    return String.fromCharCode(parseInt(hex, 16))
  }
  const resolved = Object.hasOwn(table, escape) ? table[escape] : undefined
  if (resolved === undefined || index + 2 > limit) giveUp()
  return resolved
}

/** Keys an object lists before all others, whatever the order they came in (array indexes; up to ten digits, to be safe). */
const arrayIndex = /^(?:0|[1-9][0-9]{0,9})$/

/** What stands for a list in {@link YamlScanner.collections} until it closes. */
const noList: unknown[] = []

/** Size of the table of key names met before (a power of two). */
const nameSlots = 256

/**
 * What the quick readers (YAML blocks, JSON) have in common: recording each
 * map, list, key and value with its place as they read it, making each
 * list at its size, handing streamed entries over and forgetting them.
 */
export class Recorder implements Recorded {
  /** Where the value read last starts and ends. */
  from = 0
  to = 0
  /**
   * Every map and list (the first `collectionCount`), in document order; for each (at 4 × its
   * index): start, end, first child, number of children. Streamed entries' are dropped.
   */
  readonly collections: object[] = []
  collectionCount = 0
  readonly collectionSpans = new Numbers()
  /**
   * The children of each collection, together, in the order of the text: key start, key end, value
   * start, value end (at 4 × index). A map's keys are in the same order (no key is an array index).
   */
  readonly childSpans = new Numbers()
  /** How many children have closed: where the next closing collection's are. */
  childCount = 0
  /**
   * Children of the collections still open, innermost last (`openCount` of them): moved to
   * `childSpans` when their collection closes, so that each collection's are together.
   */
  protected readonly openValues: unknown[] = []
  protected readonly openSpans = new Numbers()
  protected openCount = 0
  /** Key names met before: one string for each (see {@link Recorder.name}). */
  private readonly names: Array<string | undefined> = new Array<string | undefined>(nameSlots).fill(undefined)

  readonly located: ScannedTree

  constructor(
    readonly text: string,
    protected readonly onEntry?: EntryHook
  ) {
    this.located = new ScannedTree(text, this)
  }

  /** Open a collection (a list is made when it closes): its index. */
  open(value: object | undefined, start: number): number {
    this.collections[this.collectionCount] = value ?? noList
    this.collectionSpans.push4(start, 0, 0, 0)
    return this.collectionCount++
  }

  /** Forget the collections and children recorded since there were `collections` and `children` of them. */
  forget(collections: number, children: number): void {
    this.collectionCount = collections
    this.collectionSpans.length = 4 * collections
    this.childCount = children
    this.childSpans.length = 4 * children
    this.located.forget(collections)
  }

  /** Close a collection whose children were recorded from `base` of the open children on. */
  close(index: number, end: number, base: number): void {
    const spans = this.collectionSpans.values
    spans[4 * index + 1] = end
    spans[4 * index + 2] = this.childCount
    spans[4 * index + 3] = this.openCount - base
    const open = this.openSpans.values
    for (let child = base; child < this.openCount; child++) {
      this.childSpans.push4(open[4 * child]!, open[4 * child + 1]!, open[4 * child + 2]!, open[4 * child + 3]!)
    }
    this.childCount += this.openCount - base
    this.openCount = base
    this.openSpans.length = 4 * base
  }

  /**
   * Close a list: its items, made now, at their number (a list pushed to one
   * item at a time keeps room for 17, most of the memory a glossary's lists take).
   */
  closeList(index: number, end: number, base: number): unknown[] {
    const items = this.openValues.slice(base, this.openCount)
    this.collections[index] = items
    this.close(index, end, base)
    return items
  }

  /** Record a child of the innermost open collection: its key's place (-1 in a list), its value and the value's place. */
  child(keyStart: number, keyEnd: number, value: unknown, start: number, end: number): void {
    this.openValues[this.openCount++] = value
    this.openSpans.push4(keyStart, keyEnd, start, end)
  }

  /** Add `name: value` to a map, giving up on a duplicate key and on a key whose place in the map's key order would not be its place in the text. */
  set(map: Record<string, unknown>, name: string, keyStart: number, keyEnd: number, value: unknown, start: number, end: number): void {
    // Array indexes come first among an object's keys, whatever the order they were added in.
    const first = name.charCodeAt(0)
    if ((first >= 48 && first <= 57 && arrayIndex.test(name)) || Object.hasOwn(map, name) || name === '__proto__' || name === '<<') giveUp()
    map[name] = value
    this.child(keyStart, keyEnd, value, start, end)
  }

  /**
   * `text.slice(start, end)` for a key, the same string each time for one met
   * before: a glossary repeats a dozen keys (`id`, `terms`, `text`) a hundred
   * thousand times, and a property name that is one string is found at once
   * instead of being looked up in V8's table of names each time.
   */
  name(start: number, end: number): string {
    const text = this.text
    const length = end - start
    const slot = (text.charCodeAt(start) * 31 + text.charCodeAt(end - 1) * 7 + length * 131) & (nameSlots - 1)
    const known = this.names[slot]
    if (known !== undefined && known.length === length) {
      let same = true
      for (let index = 0; index < length && same; index++) same = known.charCodeAt(index) === text.charCodeAt(start + index)
      if (same) return known
    }
    const name = text.slice(start, end)
    this.names[slot] = name
    return name
  }

}

/** How many keys a map may have before its key order is kept in a Map. */
const manyKeys = 16

/** Where `key` is among the keys of `map`, or undefined. */
function keyIndex(map: object, key: string): number | undefined {
  let at = 0
  for (const name in map) {
    if (name === key) return at
    at++
  }
  return undefined
}

/** A {@link Tree} over what a {@link Recorded} holds (so far, while the reader streams entries). */
export class ScannedTree implements Tree {
  root: unknown
  private readonly points: SequentialPoints
  /** The collection last asked about: readers ask in document order, so the next is found a few steps on. */
  private cursor = 0
  /** Every collection's index, made the first time one is asked about out of order. */
  private indexes: Map<object, number> | undefined
  /** The key order of maps with many keys, by collection index (see {@link ScannedTree.keyIndexes}). */
  private readonly keyOrders = new Map<number, Map<string, number>>()

  constructor(
    text: string,
    private readonly scanned: Recorded
  ) {
    this.points = new SequentialPoints(new LineIndex(text))
  }

  /** The scanner forgot the collections from `count` on. */
  forget(count: number): void {
    this.cursor = Math.min(this.cursor, count)
    this.indexes = undefined
    // Clearing a Map makes a new table: only when there is something to clear.
    if (this.keyOrders.size > 0) this.keyOrders.clear()
  }

  /** Where each key of a map with many keys is among them, made once: a look-up each would make asking for all of them quadratic. */
  private keyIndexes(map: object, index: number): Map<string, number> {
    let order = this.keyOrders.get(index)
    if (!order) {
      order = new Map(Object.keys(map).map((name, at) => [name, at]))
      this.keyOrders.set(index, order)
    }
    return order
  }

  where(parent: object, key?: string | number): Position | undefined {
    return this.place(parent, key, 2)
  }

  whereKey(parent: object, key: string): Position | undefined {
    return this.place(parent, key, 0)
  }

  /** Where `parent`'s child `key` is (its key at `field` 0, its value at 2), or `parent` itself. */
  private place(parent: object, key: string | number | undefined, field: number): Position | undefined {
    const index = this.indexOf(parent)
    if (index === -1) return undefined
    const collectionSpans = this.scanned.collectionSpans.values
    const childSpans = this.scanned.childSpans.values
    const first = collectionSpans[4 * index + 2]!
    const count = collectionSpans[4 * index + 3]!
    let child = -1
    if (typeof key === 'number' && Array.isArray(parent)) child = key >= 0 && key < count ? first + key : -1
    else if (typeof key === 'string' && !Array.isArray(parent)) {
      // A map's keys are in the order of the text (see Recorder.set).
      const at = count > manyKeys ? this.keyIndexes(parent, index).get(key) : keyIndex(parent, key)
      if (at !== undefined) child = first + at
    }
    if (child !== -1 && childSpans[4 * child + field]! !== -1) {
      return this.points.position(childSpans[4 * child + field]!, childSpans[4 * child + field + 1]!)
    }
    return this.points.position(collectionSpans[4 * index]!, collectionSpans[4 * index + 1]!)
  }

  private indexOf(value: object): number {
    const collections = this.scanned.collections
    const count = this.scanned.collectionCount
    const last = Math.min(count, this.cursor + 64)
    for (let index = this.cursor; index < last; index++) {
      if (collections[index] === value) return (this.cursor = index)
    }
    this.indexes ??= new Map(collections.slice(0, count).map((collection, index) => [collection, index]))
    const index = this.indexes.get(value) ?? -1
    if (index !== -1) this.cursor = index
    return index
  }
}
