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
      // A map's keys are in the order of the text (see yaml-scan.ts).
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
