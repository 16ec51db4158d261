// `npm run bench`: run every bench/*.bench.js in its own process (so that peak
// memory is each benchmark's own), then gather bench/results/*.md into
// bench/RESULTS.md under the date and the machine.
import {spawnSync} from 'node:child_process'
import {readdirSync, readFileSync, writeFileSync, existsSync} from 'node:fs'
import {cpus, totalmem, platform, release} from 'node:os'

const only = process.argv.slice(2)
const folder = new URL('./', import.meta.url)
const benches = readdirSync(folder)
  .filter((name) => name.endsWith('.bench.js'))
  .filter((name) => only.length === 0 || only.some((part) => name.includes(part)))
  .sort()

for (const name of benches) {
  console.log(`\n# ${name}`)
  const result = spawnSync(process.execPath, ['--expose-gc', new URL(name, folder).pathname], {stdio: 'inherit'})
  if (result.status !== 0) console.log(`${name} exited with ${result.status}`)
}

const results = new URL('results/', folder)
const sections = existsSync(results)
  ? readdirSync(results)
      .filter((name) => name.endsWith('.md'))
      .sort(handKeptFirst)
      .map((name) => readFileSync(new URL(name, results), 'utf8').trim())
  : []
// bench/results/targets.md is kept by hand (targets, notes, measurements made
// outside a bench): it opens the file, before the sections the benches write.
function handKeptFirst(a, b) {
  return Number(b === 'targets.md') - Number(a === 'targets.md') || a.localeCompare(b)
}

const cpu = cpus()[0]?.model ?? 'unknown CPU'
const header = [
  '# Benchmark results',
  '',
  'Written by `npm run bench` (each section by its own `bench/*.bench.js`, run in its own process).',
  'The machine is shared and noisy: compare figures within one run, as ratios.',
  '',
  `- Last run: ${new Date().toISOString()}`,
  `- Machine: ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${platform()} ${release()}, Node ${process.version}`,
  ''
].join('\n')
writeFileSync(new URL('RESULTS.md', folder), header + '\n' + sections.join('\n\n') + '\n')
console.log('\nwrote bench/RESULTS.md')
