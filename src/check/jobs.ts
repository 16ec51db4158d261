import {fork, type ChildProcess} from 'node:child_process'
import {availableParallelism, totalmem} from 'node:os'
import {fileURLToPath} from 'node:url'
import {GlosaError} from '../util/errors.js'
import {heapGrowingPercent} from '../util/heap.js'
import type {CheckOptions} from './check.js'
import {crashedUnit, type CheckUnit, type UnitResult} from './unit.js'

/**
 * What a worker needs to check units as the main process would, its first
 * message: the options that can be sent (everything but the compiled
 * glossary, which each worker compiles once from the same files) and the
 * input-size limit.
 */
export interface WorkerSpec {
  options: Omit<CheckOptions, 'matcher' | 'ignores' | 'ignoreRoot'>
  glossary: {files: string[]; columns?: Record<string, string>; cache?: string}
  maxSize: number
}

/** A unit's result, with the unit's place in the run. */
export interface WorkerResult {
  index: number
  result: UnitResult
}

/** What the main process sends a worker after the spec: a batch of units to check in order, each with its place in the run. */
export interface WorkerBatch {
  batch: Array<{index: number; unit: CheckUnit}>
}

/**
 * What a worker says back: the results of a batch, in its order; the user
 * error that stopped a unit (a GlosaError's parts); or, just before it ends,
 * the defect that ends it, with the unit it was checking and the results of
 * the units of that batch before it.
 */
export type WorkerReply =
  | {done: WorkerResult[]}
  | {index: number; error: {key: string; values: Record<string, unknown>; file?: string; place?: GlosaError['place']}}
  | {crash: {message: string; stack?: string}; index?: number; done?: WorkerResult[]}

/**
 * Node options a worker is not started with, which take a value (after `=`
 * or as the next argument): the main script's own code and how to read it,
 * and the ports, paths and patterns of the debugger, of watching and of tests.
 */
const NOT_FOR_WORKERS_WITH_VALUE = new Set([
  '-e',
  '--eval',
  '-p',
  '--print',
  '-pe',
  '--input-type',
  '--inspect-port',
  '--debug-port',
  '--watch-path',
  '--test-reporter',
  '--test-reporter-destination',
  '--test-name-pattern',
  '--test-skip-pattern',
  '--test-concurrency',
  '--test-shard',
  '--test-timeout'
])
/** Node options a worker is not started with: they would make it wait for a debugger, watch files, run tests or read a prompt. */
const NOT_FOR_WORKERS = /^(--inspect|--debug|--watch|--test|--prof-process$|-i$|--interactive$|-c$|--check$)/

/**
 * The options of `execArgv` (Node's own, before the script) to start a
 * worker process with: all of them, as Node's `fork` does, so that what
 * loads or resolves code (`--import`, `--require`, `--conditions`, …) and
 * what the user set for V8 (`--max-old-space-size`, …) hold in the workers
 * too; but not the main script's own (`-e` or `--print` with its code,
 * `--input-type`), nor those that would make every worker wait for a
 * debugger on the same port, watch files or run tests.
 */
export function workerExecArgv(execArgv: readonly string[]): string[] {
  const kept: string[] = []
  for (let index = 0; index < execArgv.length; index++) {
    const option = execArgv[index]!
    const equals = option.indexOf('=')
    const name = option.startsWith('--') && equals > 0 ? option.slice(0, equals) : option
    if (NOT_FOR_WORKERS_WITH_VALUE.has(name)) {
      if (name === option) index++
    } else if (!NOT_FOR_WORKERS.test(name)) kept.push(option)
  }
  return kept
}

/** `--jobs` when not given: the cores this process may use. */
export function defaultJobs(): number {
  return availableParallelism()
}

/** Read `--jobs N`: a whole number of at least 1. */
export function parseJobs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw new GlosaError('scale:error.jobs', {value})
  return Number(value)
}

/** V8's semi-space for a process of a 64-bit machine (MB); its young generation is three of them. */
const DEFAULT_SEMI_SPACE_MB = 16
/** The semi-space a worker is given when memory allows (MB): a young generation of 192 MB. */
const WORKER_SEMI_SPACE_MB = 64

/** The memory this process may use: the machine's, or less where a control group says so. */
function usableMemory(): number {
  const limit = process.constrainedMemory?.() ?? 0
  const total = totalmem()
  return limit > 0 && limit < total ? limit : total
}

/**
 * The semi-space (`--max-semi-space-size`, MB) of each of `jobs` workers. At
 * V8's default a page pair's trees and tables outlive the collections of the
 * young generation, which run every few milliseconds: they are copied, then
 * promoted to the old generation, only to die soon after. Four times the
 * default makes those collections a quarter as many, with less to copy (see
 * docs/scaling.md#--jobs). The workers' young generations (three semi-spaces
 * each) together take at most an eighth of `memory`, never less than V8's
 * default each.
 */
export function workerSemiSpaceMb(jobs: number, memory: number = usableMemory()): number {
  const share = Math.floor(memory / 8 / jobs / 3 / 2 ** 20)
  return Math.max(DEFAULT_SEMI_SPACE_MB, Math.min(WORKER_SEMI_SPACE_MB, share))
}

/**
 * The options of V8 a worker process starts with, before the user's own
 * (which win): the heap growth `glosa check` bounds its own process to (see
 * util/heap.ts), its semi-space, and, when there are at least as many workers
 * as cores, `--single-threaded`. V8 otherwise gives each process helper
 * threads to collect garbage and optimise code beside it; with every core
 * checking pairs they have no core of their own, and they cost more than the
 * same work done in line (two `glosa check --jobs 1` at once on two cores:
 * 81 s each with V8's helpers, 67 s each without; see docs/scaling.md#--jobs).
 */
export function workerV8Options(
  jobs: number,
  cores: number = availableParallelism(),
  memory: number = usableMemory()
): string[] {
  const options = [
    `--heap-growing-percent=${heapGrowingPercent}`,
    `--max-semi-space-size=${workerSemiSpaceMb(jobs, memory)}`
  ]
  if (jobs >= cores) options.push('--single-threaded')
  return options
}

/**
 * Batches handed to a worker: the one it checks and one behind it, so that it
 * goes on without waiting for the main process to answer, which on a busy
 * machine may not run for a while.
 */
const AHEAD = 2

/**
 * The most units in a batch. A worker answers a batch in one message: a
 * message costs both processes a system call, and wakes the main process on
 * a core the workers need (at one unit a message, 1.3 to 2 % of a worker's
 * time went to sending; see docs/scaling.md#--jobs).
 */
const MOST_PER_BATCH = 16

/**
 * Units in the next batch when `left` units are still to be handed out to
 * `jobs` workers: a quarter of a worker's share, at most
 * {@link MOST_PER_BATCH}, so that batches get smaller towards the end and
 * the workers finish within a unit of each other.
 */
export function batchSize(left: number, jobs: number): number {
  return Math.max(1, Math.min(MOST_PER_BATCH, Math.floor(left / (jobs * 4))))
}

/** The worker's script: dist/check/worker.js, or dist/bin/worker.js beside the bundled command line. */
const workerScript = () => fileURLToPath(new URL('./worker.js', import.meta.url))

/**
 * Check `units` on up to `jobs` worker processes, each compiling the glossary
 * once, and hand each result to `deliver` in the order of `units` (a result
 * that comes early waits for those before it), so that the run that gathers
 * them reports exactly what a run in one thread does. Processes rather than
 * threads, so that each has V8 options of its own (see workerV8Options);
 * units go out in batches (see batchSize). A worker that dies while checking
 * a unit (a crash, not a finding) leaves that unit's file reported as not
 * checked; the units it had not begun go to the others, a new worker takes
 * its place and the run goes on. A worker that ends without saying on which
 * unit (it exits, or is killed) had its batches' units checked again, each
 * alone, so that the unit it died on is known if it dies again.
 */
export function checkUnitsOnWorkers(
  units: readonly CheckUnit[],
  spec: WorkerSpec,
  jobs: number,
  deliver: (result: UnitResult) => void
): Promise<void> {
  return new Promise((resolve, reject) => {
    const waiting = new Map<number, UnitResult>()
    let next = 0
    /** Units a dead worker had been given but not begun, handed out again first. */
    const again: number[] = []
    /** Units a worker died with, without saying on which: each is handed out alone, to a worker with nothing else. */
    const suspects = new Set<number>()
    let delivered = 0
    let failed = false
    /** Every unit delivered: the run resolves once the last worker has ended. */
    let done = false
    /** Worker processes started and not ended yet. */
    let running = 0
    const workers = new Set<ChildProcess>()
    const stopAll = (how: 'disconnect' | 'kill') => {
      for (const worker of workers) {
        if (how === 'kill') worker.kill()
        else if (worker.connected) worker.disconnect()
      }
      workers.clear()
    }
    const settle = (index: number, result: UnitResult) => {
      waiting.set(index, result)
      while (waiting.has(delivered)) {
        const ready = waiting.get(delivered)!
        waiting.delete(delivered)
        delivered++
        try {
          deliver(ready)
        } catch (error) {
          fail(error)
          return
        }
      }
      if (delivered === units.length) {
        done = true
        stopAll('disconnect')
        if (running === 0) resolve()
      }
    }
    const fail = (error: unknown) => {
      if (failed) return
      failed = true
      stopAll('kill')
      reject(error)
    }
    /** The next batch for a worker; a suspect only alone, and only to a worker with nothing else (`idle`). */
    const takeBatch = (idle: boolean): number[] => {
      const batch: number[] = []
      const size = batchSize(again.length + units.length - next, jobs)
      while (batch.length < size) {
        const index = again.length > 0 ? again[0]! : next < units.length ? next : undefined
        if (index === undefined || (suspects.has(index) && !(idle && batch.length === 0))) break
        if (again.length > 0) again.shift()
        else next++
        batch.push(index)
        if (suspects.has(index)) break
      }
      return batch
    }
    const execArgv = [...workerV8Options(jobs), ...workerExecArgv(process.execArgv)]
    const start = () => {
      const worker = fork(workerScript(), [], {
        execArgv,
        serialization: 'advanced',
        stdio: ['ignore', 'ignore', 'inherit', 'ipc']
      })
      workers.add(worker)
      running++
      const ended = () => {
        running--
        if (done && running === 0) resolve()
      }
      worker.send(spec)
      /** The units given to this worker and not answered yet, in the order it checks them. */
      const given: number[] = []
      /** The batches given to this worker and not answered yet. */
      let batches = 0
      // One batch at first, so that a few units spread over every worker; then AHEAD.
      const feed = (ahead = AHEAD) => {
        // Nothing behind a suspect: if the worker dies, it died on that unit.
        while (!failed && batches < ahead && !(given.length === 1 && suspects.has(given[0]!))) {
          const batch = takeBatch(given.length === 0)
          if (batch.length === 0) break
          given.push(...batch)
          batches++
          worker.send({batch: batch.map((index) => ({index, unit: units[index]!}))} satisfies WorkerBatch)
        }
        if (given.length === 0) {
          workers.delete(worker)
          if (worker.connected) worker.disconnect()
        }
      }
      const answered = (results: readonly WorkerResult[]) => {
        for (const {index, result} of results) {
          given.splice(given.indexOf(index), 1)
          settle(index, result)
        }
      }
      /** The defect the worker said it ends on, if it did, and the unit it was checking. */
      let crash: {error: Error; index?: number} | undefined
      worker.on('message', (reply: WorkerReply) => {
        if ('crash' in reply) {
          const error = Object.assign(new Error(reply.crash.message), {stack: reply.crash.stack ?? reply.crash.message})
          crash = {error, ...(reply.index === undefined ? {} : {index: reply.index})}
          answered(reply.done ?? [])
          return
        }
        if ('error' in reply) {
          const {key, values, file, place} = reply.error
          fail(new GlosaError(key, values, {file, place}))
          return
        }
        batches--
        answered(reply.done)
        feed()
      })
      const died = (error: unknown) => {
        if (!workers.has(worker) || failed) return
        workers.delete(worker)
        const left = given.splice(0)
        if (left.length === 0) return
        const on = crash?.index ?? (left.length === 1 ? left[0] : undefined)
        if (on === undefined) {
          for (const index of left) suspects.add(index)
          again.unshift(...left)
        } else {
          again.unshift(...left.filter((index) => index !== on))
          settle(on, crashedUnit(units[on]!, spec.options, error))
        }
        if (!failed && (again.length > 0 || next < units.length)) start()
      }
      worker.on('error', (error) => {
        // A process that could not start (it has no pid) never ends.
        if (worker.pid === undefined) ended()
        died(error)
      })
      worker.on('exit', (code, signal) => {
        ended()
        died(crash?.error ?? new Error(`worker process exited with ${signal ? `signal ${signal}` : `code ${code}`}`))
      })
      feed(1)
    }
    if (units.length === 0) {
      resolve()
      return
    }
    for (let count = 0; count < Math.min(jobs, units.length); count++) start()
  })
}
