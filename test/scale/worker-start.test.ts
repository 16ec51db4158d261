import {beforeEach, describe, expect, it, vi} from 'vitest'
import type {UnitResult} from '../../src/check/unit.js'

type Unit = {source: string; target: string}
type Batch = {batch: Array<{index: number; unit: Unit}>}

// A stand-in for Node's fork: it records how each worker was started and what it was sent, and
// answers each batch at once, as a worker does, in one message. A unit whose translation is
// `pt/exit.md` ends the worker without a word, as `process.exit` or a kill does; one whose
// translation is `pt/throw.md` ends it the way a defect does: it says so, with the unit it was on
// and the results of its batch before it.
const started: Array<{script: string; options: {execArgv?: string[]; serialization?: string}; sent: unknown[]}> = []
vi.mock('node:child_process', async () => {
  const {EventEmitter} = await import('node:events')
  const resultOf = (index: number): UnitResult => ({
    files: [],
    formats: [],
    directives: [],
    uses: [],
    warnings: [],
    languages: [String(index)]
  })
  class ChildProcess extends EventEmitter {
    connected = true
    pid = 1
    sent: unknown[] = []
    send(message: Partial<Batch>) {
      this.sent.push(message)
      if (!message.batch) return true
      const done: Array<{index: number; result: UnitResult}> = []
      for (const {index, unit} of message.batch) {
        if (unit.target === 'pt/exit.md') {
          this.end(70)
          return true
        }
        if (unit.target === 'pt/throw.md') {
          queueMicrotask(() => this.emit('message', {crash: {message: 'a defect'}, index, done}))
          this.end(1)
          return true
        }
        done.push({index, result: resultOf(index)})
      }
      queueMicrotask(() => this.connected && this.emit('message', {done}))
      return true
    }
    end(code: number) {
      this.connected = false
      queueMicrotask(() => this.emit('exit', code, null))
    }
    disconnect() {
      if (this.connected) this.end(0)
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

const {batchSize, checkUnitsOnWorkers, workerV8Options} = await import('../../src/check/jobs.js')

const spec = {options: {}, glossary: {files: []}, maxSize: 1 << 20}
const pages = (count: number, odd: Record<number, string> = {}): Unit[] =>
  Array.from({length: count}, (_, n) => ({source: `en/${n}.md`, target: odd[n] ?? `pt/${n}.md`}))
/** The batches each worker was sent, as lists of unit indexes. */
const batchesSent = () =>
  started.map(({sent}) => (sent.slice(1) as Batch[]).map(({batch}) => batch.map(({index}) => index)))
/** Check `units` on `jobs` stand-in workers: what was delivered, in order. */
async function run(units: Unit[], jobs: number): Promise<UnitResult[]> {
  const delivered: UnitResult[] = []
  await checkUnitsOnWorkers(units, spec, jobs, (result) => delivered.push(result))
  return delivered
}

beforeEach(() => {
  started.length = 0
})

describe('starting the workers of --jobs', () => {
  it('starts each worker with its V8 options, sends it the spec first, and delivers in order', async () => {
    const delivered = await run(pages(4), 2)
    expect(started).toHaveLength(2)
    for (const {script, options, sent} of started) {
      expect(script).toMatch(/[/\\]worker\.js$/)
      expect(options.serialization).toBe('advanced')
      expect(options.execArgv!.slice(0, workerV8Options(2).length)).toEqual(workerV8Options(2))
      expect(sent[0]).toEqual(spec)
    }
    expect(batchesSent().flat(2).sort()).toEqual([0, 1, 2, 3])
    expect(delivered.map((result) => result.languages[0])).toEqual(['0', '1', '2', '3'])
  })
})

describe('batches of units', () => {
  it('are a quarter of a worker’s share of what is left, 16 units at most, 1 at least', () => {
    expect(batchSize(10_000, 2)).toBe(16)
    expect(batchSize(80, 2)).toBe(10)
    expect(batchSize(80, 4)).toBe(5)
    expect(batchSize(7, 2)).toBe(1)
    expect(batchSize(1, 8)).toBe(1)
  })

  it('go out one to each worker at first, then two ahead, smaller towards the end; every unit once, in order', async () => {
    const delivered = await run(pages(300), 2)
    expect(delivered.map((result) => Number(result.languages[0]))).toEqual([...Array(300).keys()])
    const sent = batchesSent()
    expect(sent.flat(2).sort((a, b) => a - b)).toEqual([...Array(300).keys()])
    // Each worker's first batch is handed out before the other's second.
    expect(sent.map((batches) => batches[0]![0])).toEqual([0, 16])
    for (const batches of sent) {
      const sizes = batches.map((batch) => batch.length)
      expect(Math.max(...sizes)).toBe(16)
      expect(sizes.at(-1)).toBe(1)
      expect(sizes).toEqual([...sizes].sort((a, b) => b - a))
    }
  })
})

/** 100 units on 2 workers, unit 37 fatal to its worker (`how`): what was delivered, with unit 37 not checked and the others as checked. */
async function runDyingOn37(how: 'exit' | 'throw', why: string): Promise<void> {
  const delivered = await run(pages(100, {37: `pt/${how}.md`}), 2)
  expect(delivered).toHaveLength(100)
  expect(
    delivered.map((result, index) => (result.crashed ? index : undefined)).filter((index) => index !== undefined)
  ).toEqual([37])
  expect(delivered[37]!.files[0]!.messages[0]).toMatchObject({ruleId: 'not-checked'})
  expect(delivered[37]!.warnings[0]).toContain(why)
  delivered.forEach((result, index) => index === 37 || expect(result.languages).toEqual([String(index)]))
}

describe('a worker that dies in a batch', () => {
  it('that says on which unit: that unit is not checked, the batch’s others are, and one worker takes its place', async () => {
    await runDyingOn37('throw', 'a defect')
    expect(started).toHaveLength(3)
  })

  it('without a word: its units are checked again, each alone, and the one it dies on again is not checked', async () => {
    await runDyingOn37('exit', 'worker process exited with code 70')
    // Died twice: once in a batch, once on unit 37 handed out alone, with nothing behind it.
    expect(started).toHaveLength(4)
    const last = batchesSent()
      .flat()
      .filter((batch) => batch.includes(37))
    expect(last.length).toBe(2)
    expect(last[0]!.length).toBeGreaterThan(1)
    expect(last[1]).toEqual([37])
    const alone = batchesSent().find((batches) => batches.some((batch) => batch.length === 1 && batch[0] === 37))!
    expect(alone.at(-1)).toEqual([37])
  })
})
