// What starting a command costs: `glosa check` in an empty folder (it loads the check command's
// code, looks for a configuration, finds none and exits 2), run by the bundled command line
// (bin/glosa.js, dist/bin/) and by the same code unbundled (dist/cli/main.js), in fresh
// processes, the two alternating, STARTUP_RUNS times each (default 15). The figure is the median
// wall time of each and the median of the side-by-side ratios. `node bench/run.js startup`.
import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync} from 'node:fs'
import {loadavg, tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {writeSection} from './lib.js'

const RUNS = Number(process.env.STARTUP_RUNS ?? 15)
const root = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url))
const folder = mkdtempSync(join(tmpdir(), 'glosa-startup-'))
const ways = {
  bundled: [root('bin/glosa.js'), 'check', '--locale', 'en'],
  unbundled: [
    '--input-type=module',
    '-e',
    `const {main} = await import(${JSON.stringify(root('dist/cli/main.js'))}); process.exitCode = await main(['check', '--locale', 'en'])`
  ]
}

/** One fresh process: its wall time in ms and its exit code. */
function run(args) {
  const start = process.hrtime.bigint()
  const result = spawnSync(process.execPath, args, {cwd: folder, encoding: 'utf8'})
  return {ms: Number(process.hrtime.bigint() - start) / 1e6, code: result.status, stderr: result.stderr}
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const loads = [loadavg()[0]]
const times = {bundled: [], unbundled: []}
for (let round = 0; round < RUNS; round++) {
  for (const way of round % 2 === 0 ? ['bundled', 'unbundled'] : ['unbundled', 'bundled']) {
    const result = run(ways[way])
    // Both say that there is nothing to check, with exit code 2: the same work.
    if (result.code !== 2 || !/^glosa: nothing to check/.test(result.stderr))
      throw new Error(`startup: ${way} ended with ${result.code}: ${result.stderr}`)
    times[way].push(result.ms)
  }
  loads.push(loadavg()[0])
}
rmSync(folder, {recursive: true, force: true})
const ratios = times.bundled.map((ms, index) => ms / times.unbundled[index])
const fmt = (ms) => `${ms.toFixed(0)} ms`
console.log('startup', {bundled: median(times.bundled), unbundled: median(times.unbundled), ratio: median(ratios)})

writeSection(
  'startup',
  `### Starting a command: the bundled command line

\`glosa check\` in an empty folder (load the check command's code, look for a configuration, exit 2), in a fresh
process each time, ${RUNS} runs of each way, alternating; wall time, median. The bundle is what \`bin/glosa.js\` runs
(\`dist/bin/\`, made by \`scripts/bundle.js\` after \`tsc\`); unbundled is the same code as \`tsc\` writes it
(\`dist/cli/main.js\`, some 450 modules for the check command). Load ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}.
Command: \`node bench/run.js startup\`.

| way | median wall time | fastest | slowest |
| --- | ---: | ---: | ---: |
| bundled (\`bin/glosa.js\`) | **${fmt(median(times.bundled))}** | ${fmt(Math.min(...times.bundled))} | ${fmt(Math.max(...times.bundled))} |
| unbundled (\`dist/cli/main.js\`) | ${fmt(median(times.unbundled))} | ${fmt(Math.min(...times.unbundled))} | ${fmt(Math.max(...times.unbundled))} |
| bundled / unbundled, median of the side-by-side ratios | **${median(ratios).toFixed(2)}** | | |
`
)
