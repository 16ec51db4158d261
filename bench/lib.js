// Helpers shared by the benchmarks.
import {existsSync, writeFileSync, mkdirSync} from 'node:fs'
import {cpus} from 'node:os'
import {pathToFileURL} from 'node:url'

/** `../shared/data` next to the project (or `GLOSA_SHARED_DATA`, for a worktree elsewhere), or undefined when it is absent (a user's clone). */
export function sharedData() {
  const given = process.env.GLOSA_SHARED_DATA
  const url = given
    ? pathToFileURL(given.endsWith('/') ? given : given + '/')
    : new URL('../../shared/data/', import.meta.url)
  return existsSync(url) ? url : undefined
}

/** Run `fn` `runs` times, return the median wall time in ms and the peak RSS in MiB so far. */
export async function measure(fn, runs = 3) {
  const times = []
  let value
  for (let run = 0; run < runs; run++) {
    globalThis.gc?.()
    const start = process.hrtime.bigint()
    value = await fn()
    times.push(Number(process.hrtime.bigint() - start) / 1e6)
  }
  times.sort((a, b) => a - b)
  return {ms: times[Math.floor(times.length / 2)], peakMiB: process.resourceUsage().maxRSS / 1024, value}
}

/** Write this benchmark's section of bench/RESULTS.md. */
export function writeSection(name, markdown) {
  const folder = new URL('./results/', import.meta.url)
  mkdirSync(folder, {recursive: true})
  writeFileSync(
    new URL(`${name}.md`, folder),
    markdown.trim() + `\n\n_Measured ${new Date().toISOString()} on ${cpus()[0]?.model ?? 'unknown CPU'}._\n`
  )
}
