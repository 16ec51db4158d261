import {describe, expect, it, vi} from 'vitest'
import type {UnitResult} from '../../src/check/unit.js'

// A stand-in for Node's fork: it records how each worker was started and what it was sent, and
// answers every unit at once.
const started: Array<{script: string; options: {execArgv?: string[]; serialization?: string}; sent: unknown[]}> = []
vi.mock('node:child_process', async () => {
  const {EventEmitter} = await import('node:events')
  class ChildProcess extends EventEmitter {
    connected = true
    sent: unknown[] = []
    send(message: {index?: number}) {
      this.sent.push(message)
      if (message.index === undefined) return true
      const result: UnitResult = {
        files: [],
        formats: [],
        directives: [],
        uses: [],
        warnings: [],
        languages: [String(message.index)]
      }
      queueMicrotask(() => this.emit('message', {index: message.index, result}))
      return true
    }
    disconnect() {
      this.connected = false
      queueMicrotask(() => this.emit('exit', 0, null))
    }
    kill() {
      return true
    }
  }
  return {
    fork(script: string, _args: string[], options: (typeof started)[number]['options']) {
      const child = new ChildProcess()
      started.push({script, options, sent: child.sent})
      return child
    }
  }
})

const {checkUnitsOnWorkers, workerV8Options} = await import('../../src/check/jobs.js')

describe('starting the workers of --jobs', () => {
  it('starts each worker with its V8 options, sends it the spec first, and delivers in order', async () => {
    const units = [0, 1, 2, 3].map((n) => ({source: `en/${n}.md`, target: `pt/${n}.md`}))
    const spec = {options: {}, glossary: {files: []}, maxSize: 1 << 20}
    const delivered: string[] = []
    await checkUnitsOnWorkers(units, spec, 2, (result) => delivered.push(...result.languages))
    expect(started).toHaveLength(2)
    for (const {script, options, sent} of started) {
      expect(script).toMatch(/[/\\]worker\.js$/)
      expect(options.serialization).toBe('advanced')
      expect(options.execArgv!.slice(0, workerV8Options(2).length)).toEqual(workerV8Options(2))
      expect(sent[0]).toEqual(spec)
    }
    expect(started.flatMap(({sent}) => sent.slice(1))).toHaveLength(4)
    expect(delivered).toEqual(['0', '1', '2', '3'])
  })
})
