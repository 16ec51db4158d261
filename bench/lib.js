// Helpers shared by the benchmarks.
import {spawnSync} from 'node:child_process'
import {closeSync, existsSync, mkdirSync, openSync, statSync, writeFileSync} from 'node:fs'
import {cpus} from 'node:os'
import {fileURLToPath, pathToFileURL} from 'node:url'

const binary = fileURLToPath(new URL('../bin/glosa.js', import.meta.url))

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

/**
 * Run the real binary with `args` under `/usr/bin/time -v`: exit code, wall and
 * CPU seconds, peak RSS (MiB), output size (MB) and the first line of a message.
 * Standard output goes to a pipe read by this process, or to the file `output`.
 */
export function timeGlosa(args, {output} = {}) {
  const descriptor = output === undefined ? 'pipe' : openSync(output, 'w')
  const result = spawnSync('/usr/bin/time', ['-v', process.execPath, binary, ...args], {
    stdio: ['ignore', descriptor, 'pipe'],
    maxBuffer: 2 ** 31
  })
  if (output !== undefined) closeSync(descriptor)
  const stderr = result.stderr.toString()
  const field = (name) => new RegExp(`${name}: (.+)`).exec(stderr)?.[1]?.trim()
  const [minutes, seconds] = (field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)') ?? '0:0')
    .split(':')
    .slice(-2)
    .map(Number)
  return {
    code: result.status,
    wall: minutes * 60 + seconds,
    cpu: Number(field('User time \\(seconds\\)')) + Number(field('System time \\(seconds\\)')),
    peakMiB: Number(field('Maximum resident set size \\(kbytes\\)')) / 1024,
    outputMB: (output === undefined ? result.stdout.length : statSync(output).size) / 1e6,
    error: stderr.split('\n').find((line) => line.startsWith('glosa:') || /Error/.test(line))
  }
}
