import {availableParallelism, totalmem} from 'node:os'
import {Worker} from 'node:worker_threads'
import {GlosaError} from '../util/errors.js'
import type {CheckOptions} from './check.js'
import {crashedUnit, type CheckUnit, type UnitResult} from './unit.js'

/**
 * What a worker thread needs to check units as the main thread would: the
 * options that can cross threads (everything but the compiled glossary,
 * which each worker compiles once from the same files) and the input-size limit.
 */
export interface WorkerSpec {
  options: Omit<CheckOptions, 'matcher' | 'ignores' | 'ignoreRoot'>
  glossary: {files: string[]; columns?: Record<string, string>; cache?: string}
  maxSize: number
}

/** What a worker says back: a unit's result, or the user error that stopped it (a GlosaError's parts). */
export type WorkerReply =
  | {index: number; result: UnitResult}
  | {index: number; error: {key: string; values: Record<string, unknown>; file?: string; place?: GlosaError['place']}}

/** Node options a worker takes and needs to run code as this thread does, with a value / without one. */
const WORKER_OPTIONS_WITH_VALUE = new Set([
  '--require',
  '-r',
  '--import',
  '--loader',
  '--experimental-loader',
  '--conditions',
  '-C',
  '--unhandled-rejections',
  '--disable-warning'
])
const WORKER_FLAGS = new Set([
  '--enable-source-maps',
  '--preserve-symlinks',
  '--no-warnings',
  '--no-deprecation',
  '--trace-warnings',
  '--trace-deprecation',
  '--throw-deprecation',
  '--trace-uncaught',
  '--experimental-vm-modules',
  '--experimental-import-meta-resolve',
  '--experimental-detect-module',
  '--experimental-wasm-modules'
])

/**
 * The options of `execArgv` (Node's own, before the script) to start a
 * worker with: those that load or resolve code (`--import`, `--require`,
 * `--conditions`, …) and say how warnings are shown. Node refuses a worker
 * started with an option for the whole process (`--max-old-space-size` and
 * V8's other flags, which apply to every thread anyway; `--inspect`) or for
 * the main script alone (`--input-type` with `-e` and its code), so those
 * stay behind.
 */
export function workerExecArgv(execArgv: readonly string[]): string[] {
  const kept: string[] = []
  for (let index = 0; index < execArgv.length; index++) {
    const option = execArgv[index]!
    const equals = option.indexOf('=')
    const name = option.startsWith('--') && equals > 0 ? option.slice(0, equals) : option
    if (WORKER_OPTIONS_WITH_VALUE.has(name)) {
      if (name !== option) kept.push(option)
      else if (index + 1 < execArgv.length) kept.push(option, execArgv[++index]!)
    } else if (WORKER_FLAGS.has(name) && name === option) kept.push(option)
    else if (/^(-e|-p|--eval|--print)$/.test(option)) index++
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

/** V8's young generation for a thread (MB): two 16 MB semi-spaces and as much again for large objects. */
const DEFAULT_YOUNG_MB = 48
/** The young generation a worker is given when memory allows (MB): 64 MB semi-spaces. */
const WORKER_YOUNG_MB = 192

/** The memory this process may use: the machine's, or less where a control group says so. */
function usableMemory(): number {
  const limit = process.constrainedMemory?.() ?? 0
  const total = totalmem()
  return limit > 0 && limit < total ? limit : total
}

/**
 * The young generation each of `jobs` workers may grow to, in MB. At V8's
 * default a page pair's trees and tables outlive the collections of the
 * young generation, which run every few milliseconds: they are copied, then
 * promoted to the old generation, only to die soon after; and each of those
 * collections is split over V8's helper threads, which on a machine whose
 * cores all check pairs have no core to run on, so the thread that began it
 * waits. Four times the default makes them a quarter as many, with less to
 * copy (see docs/scaling.md#--jobs). The workers' young generations together
 * take at most an eighth of `memory`, never less than V8's default each; Node's
 * own `--max-semi-space-size`, when given, wins over this.
 */
export function workerYoungGenerationMb(jobs: number, memory: number = usableMemory()): number {
  const share = Math.floor(memory / 8 / jobs / 2 ** 20)
  return Math.max(DEFAULT_YOUNG_MB, Math.min(WORKER_YOUNG_MB, share))
}

/**
 * Units handed to a worker ahead of the one it checks: it goes on to the next
 * without waiting for this thread to answer, which on a busy machine may
 * not run for a while.
 */
const AHEAD = 2

/**
 * Check `units` on up to `jobs` worker threads, each compiling the glossary
 * once, and hand each result to `deliver` in the order of `units` (a result
 * that comes early waits for those before it), so that the run that gathers
 * them reports exactly what a run on one thread does. A worker that dies
 * while checking a unit (a crash, not a finding) leaves that unit's file
 * reported as not checked; the units it had not begun go to the others, a
 * new worker takes its place and the run goes on.
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
    let delivered = 0
    let failed = false
    const workers = new Set<Worker>()
    const stopAll = () => {
      for (const worker of workers) void worker.terminate()
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
        stopAll()
        resolve()
      }
    }
    const fail = (error: unknown) => {
      if (failed) return
      failed = true
      stopAll()
      reject(error)
    }
    const take = (): number | undefined => again.shift() ?? (next < units.length ? next++ : undefined)
    const execArgv = workerExecArgv(process.execArgv)
    const resourceLimits = {maxYoungGenerationSizeMb: workerYoungGenerationMb(jobs)}
    const start = () => {
      const worker = new Worker(new URL('./worker.js', import.meta.url), {workerData: spec, execArgv, resourceLimits})
      workers.add(worker)
      /** The units given to this worker and not answered yet, in the order it checks them. */
      const given: number[] = []
      // One unit at first, so that a few units spread over every worker; then AHEAD.
      const feed = (ahead = AHEAD) => {
        while (!failed && given.length < ahead) {
          const index = take()
          if (index === undefined) break
          given.push(index)
          worker.postMessage({index, unit: units[index]})
        }
        if (given.length === 0) {
          workers.delete(worker)
          void worker.terminate()
        }
      }
      worker.on('message', (reply: WorkerReply) => {
        if ('error' in reply) {
          const {key, values, file, place} = reply.error
          fail(new GlosaError(key, values, {file, place}))
          return
        }
        given.splice(given.indexOf(reply.index), 1)
        settle(reply.index, reply.result)
        feed()
      })
      const died = (error: unknown) => {
        if (!workers.has(worker) || failed) return
        workers.delete(worker)
        const [index, ...unbegun] = given.splice(0)
        if (index === undefined) return
        again.unshift(...unbegun)
        settle(index, crashedUnit(units[index]!, spec.options, error))
        if (!failed && (again.length > 0 || next < units.length)) start()
      }
      worker.on('error', died)
      worker.on('exit', (code) => died(new Error(`worker thread exited with code ${code}`)))
      feed(1)
    }
    if (units.length === 0) {
      resolve()
      return
    }
    for (let count = 0; count < Math.min(jobs, units.length); count++) start()
  })
}
