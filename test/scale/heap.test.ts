import {describe, expect, it} from 'vitest'
import {boundHeapGrowth, heapGrowingPercent} from '../../src/util/heap.js'

describe('the heap growth of a glosa run', () => {
  it('is bounded to half again what is alive, unless node was given its own --heap-growing-percent', () => {
    expect(heapGrowingPercent).toBe(50)
    expect(boundHeapGrowth(['--heap-growing-percent=200'])).toBe(false)
    expect(boundHeapGrowth(['--expose-gc', '--heap_growing_percent=10'])).toBe(false)
    expect(boundHeapGrowth(['--expose-gc', '--max-old-space-size=4096'])).toBe(true)
    expect(boundHeapGrowth([])).toBe(true)
  })
})
