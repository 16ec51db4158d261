import {GlosaError} from '../util/errors.js'

/** A slice of a run: shard `index` (1-based) of `count`. */
export interface Shard {
  index: number
  count: number
}

/** Read `--shard i/n`: `1/3` to `3/3`; `0/3`, `4/3` and anything else are usage errors. */
export function parseShard(value: string | undefined): Shard | undefined {
  if (value === undefined) return undefined
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value)
  const index = match ? Number(match[1]) : NaN
  const count = match ? Number(match[2]) : NaN
  if (!match || count < 1 || count > maxShards || index < 1 || index > count)
    throw new GlosaError('scale:error.shard', {value, max: maxShards})
  return {index, count}
}

/** Something to share out: the paths it reads and its size (bytes). */
export interface ShardItem {
  paths: readonly string[]
  size: number
}

/** How far above an even share a shard may be filled before the next choice is taken. */
const slack = 1.05

/** The most shards a run can be split into. */
export const maxShards = 4096

/** A 53-bit hash of `key` and a shard (cyrb53): the shard's rank for the key. Fixed, so slices are the same on every machine. */
function score(key: string, shard: number): number {
  let h1 = 0xdeadbeef ^ shard
  let h2 = 0x41c6ce57 ^ shard
  for (let index = 0; index < key.length; index++) {
    const code = key.charCodeAt(index)
    h1 = Math.imul(h1 ^ code, 2654435761)
    h2 = Math.imul(h2 ^ code, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return 4294967296 * (2097151 & h2) + (h1 >>> 0)
}

/**
 * The shard (0-based) of each item, for `count` shards. Items that read a
 * common file (a source translated into two languages) stay together, so
 * that each file is reported by one shard only. Groups are placed largest
 * first on the shard that ranks highest for their first path by rendezvous
 * hashing, unless it is already filled past an even share of the bytes
 * (plus 5 %, or the largest group): the slices are balanced by size, depend
 * on nothing but the items (not on the order given), and adding a file moves
 * few others.
 */
export function assignShards(items: readonly ShardItem[], count: number): number[] {
  // Groups of items joined by a common path (union–find over paths).
  const parent = items.map((_, index) => index)
  const find = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index]!]!
    return index
  }
  const owner = new Map<string, number>()
  items.forEach((item, index) => {
    for (const path of item.paths) {
      const other = owner.get(path)
      if (other === undefined) owner.set(path, index)
      else parent[find(index)] = find(other)
    }
  })
  const groups = new Map<number, {key: string; size: number; members: number[]}>()
  items.forEach((item, index) => {
    const root = find(index)
    let group = groups.get(root)
    if (!group) {
      group = {key: '', size: 0, members: []}
      groups.set(root, group)
    }
    group.size += item.size
    group.members.push(index)
    for (const path of item.paths) if (group.key === '' || path < group.key) group.key = path
  })
  const ordered = [...groups.values()].sort((a, b) => b.size - a.size || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  const total = ordered.reduce((sum, group) => sum + group.size, 0)
  const capacity = Math.max((total / count) * slack, ordered[0]?.size ?? 0)
  const loads = Array.from({length: count}, () => 0)
  const shards = items.map(() => 0)
  for (const group of ordered) {
    const ranked = loads
      .map((_, shard) => ({shard, score: score(group.key, shard)}))
      .sort((a, b) => b.score - a.score || a.shard - b.shard)
    const fits = ranked.find(({shard}) => loads[shard]! + group.size <= capacity)
    const chosen = fits?.shard ?? loads.indexOf(minOf(loads))
    loads[chosen] = loads[chosen]! + group.size
    for (const member of group.members) shards[member] = chosen
  }
  return shards
}

function minOf(values: readonly number[]): number {
  let min = Infinity
  for (const value of values) if (value < min) min = value
  return min
}
