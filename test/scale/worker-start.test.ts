import {describe, expect, it, vi} from 'vitest'
import type {UnitResult} from '../../src/check/unit.js'

// A stand-in for Node's Worker: it records how it was started and answers every unit at once.
const started: Array<{execArgv?: string[]; resourceLimits?: {maxYoungGenerationSizeMb?: number}}> = []
vi.mock('node:worker_threads', async () => {
  const {EventEmitter} = await import('node:events')
  class Worker extends EventEmitter {
    constructor(_url: URL, options: (typeof started)[number]) {
      super()
      started.push(options)
    }
    postMessage({index}: {index: number}) {
      const result: UnitResult = {
        files: [],
        formats: [],
        directives: [],
        uses: [],
        warnings: [],
        languages: [String(index)]
      }
      queueMicrotask(() => this.emit('message', {index, result}))
    }
    terminate() {
      return Promise.resolve(0)
    }
  }
  return {Worker}
})

const {checkUnitsOnWorkers, workerYoungGenerationMb} = await import('../../src/check/jobs.js')

describe('starting the workers of --jobs', () => {
  it('gives each worker the young generation workerYoungGenerationMb says, and delivers in order', async () => {
    const units = [0, 1, 2, 3].map((n) => ({source: `en/${n}.md`, target: `pt/${n}.md`}))
    const delivered: string[] = []
    await checkUnitsOnWorkers(units, {options: {}, glossary: {files: []}, maxSize: 1 << 20}, 2, (result) =>
      delivered.push(...result.languages)
    )
    expect(started).toHaveLength(2)
    for (const options of started)
      expect(options.resourceLimits).toEqual({maxYoungGenerationSizeMb: workerYoungGenerationMb(2)})
    expect(delivered).toEqual(['0', '1', '2', '3'])
  })
})
