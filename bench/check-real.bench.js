// glosa check on real translations: the 24 page pairs of the Vue guide in
// eval/check (English vuejs/docs, Portuguese vuejs-translations/docs-pt, read
// from the mirrors; skipped when they are absent), in one run, with the
// evaluation's TSV glossary. Each measurement runs in its own process so that
// peak memory is its own. With GLOSA_BEFORE_DIST naming the dist/ of the
// commit before issue 12 (built apart), the same run of that build is timed
// beside it: the cost of the new work is the ratio.
// `node bench/run.js check-real` (`CHECK_REAL_RUNS=15` for 15 processes per build).
import {spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {loadavg} from 'node:os'
import {fileURLToPath} from 'node:url'
import {writeSection} from './lib.js'

// Processes per build; CHECK_REAL_RUNS asks for more where the load is noisy.
const RUNS = Number(process.env.CHECK_REAL_RUNS ?? 7)

if (process.argv[2] === '--child') {
  // One timed run of `dist` (a folder with index.js) over the extracted pages.
  const dist = process.argv[3]
  const {checkFiles, compileGlossary, loadGlossaries} = await import(dist + '/index.js')
  const {extractPages, glossaryFile} = await import('../eval/check/run.js')
  const {readFileSync} = await import('node:fs')
  const {join} = await import('node:path')
  const folder = extractPages()
  const pages = JSON.parse(readFileSync(new URL('../eval/check/pages.json', import.meta.url), 'utf8')).pages
  const plan = {
    pairs: pages.map((page) => ({source: join('en', page), target: join('pt', page)})),
    singles: [],
    unchecked: []
  }
  const matcher = compileGlossary(loadGlossaries([glossaryFile]))
  // One warm-up run, then the timed one.
  checkFiles(plan, {matcher, cwd: folder, sourceLang: 'en', targetLang: 'pt'})
  const start = process.hrtime.bigint()
  const cpuStart = process.cpuUsage()
  const result = checkFiles(plan, {matcher, cwd: folder, sourceLang: 'en', targetLang: 'pt'})
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  // CPU time is what this process used, whatever else ran: steadier than wall time on a loaded machine.
  const cpu = process.cpuUsage(cpuStart)
  const cpuMs = (cpu.user + cpu.system) / 1e3
  const findings = result.files.reduce((sum, file) => sum + file.messages.length, 0)
  const {statSync} = await import('node:fs')
  const bytes = plan.pairs.reduce(
    (sum, pair) => sum + statSync(join(folder, pair.source)).size + statSync(join(folder, pair.target)).size,
    0
  )
  process.stdout.write(JSON.stringify({ms, cpuMs, peakMiB: process.resourceUsage().maxRSS / 1024, findings, bytes}))
  process.exit(0)
}

const self = fileURLToPath(import.meta.url)
const here = new URL('../dist', import.meta.url).pathname
const before = process.env.GLOSA_BEFORE_DIST
// What the earlier build is, for the table (default: the build before issue 12).
const beforeName = process.env.GLOSA_BEFORE_NAME ?? 'before issue 12'

function once(dist) {
  const child = spawnSync(process.execPath, [self, '--child', dist], {encoding: 'utf8'})
  if (child.status !== 0) throw new Error(child.stderr)
  return JSON.parse(child.stdout)
}

const medianOf = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const median = (results) => ({
  ...results[0],
  ms: medianOf(results.map((result) => result.ms)),
  cpuMs: medianOf(results.map((result) => result.cpuMs)),
  peakMiB: medianOf(results.map((result) => result.peakMiB))
})

/**
 * `RUNS` processes of each build, alternating, so that the machine's load
 * falls on both alike; with the median of each column, the median of the
 * CPU-time ratios of the runs side by side (steadier when the load drifts).
 */
function runs(dists) {
  const results = dists.map(() => [])
  for (let run = 0; run < RUNS; run++) dists.forEach((dist, index) => results[index].push(once(dist)))
  const ratios = results[1] ? results[0].map((result, run) => result.cpuMs / results[1][run].cpuMs) : []
  return {medians: results.map(median), pairedRatio: ratios.length > 0 ? medianOf(ratios) : undefined}
}

if (!existsSync('/work/.mirror/vuejs+docs/repo') && !process.env.GLOSA_MIRRORS) {
  console.log('check-real: skipped, the mirrors of vuejs/docs and vuejs-translations/docs-pt are not there')
} else {
  const {
    medians: [now, then],
    pairedRatio
  } = runs(before && existsSync(before) ? [here, before] : [here])
  const load = loadavg()[0].toFixed(1)
  const row = (name, result) =>
    `| ${name} | ${result.ms.toFixed(0)} | ${result.cpuMs.toFixed(0)} | ${result.peakMiB.toFixed(0)} | ${result.findings} |`
  const rows = [row('this build', now)]
  if (then) rows.push(row(`${beforeName} (${before})`, then))
  const ratio = then
    ? `CPU time ratio this build / before: **${(now.cpuMs / then.cpuMs).toFixed(2)}** (median of the ${RUNS} side-by-side ratios: ${pairedRatio.toFixed(2)}; wall time ${(now.ms / then.ms).toFixed(2)}); peak memory ratio ${(now.peakMiB / then.peakMiB).toFixed(2)}.`
    : 'No earlier build given (GLOSA_BEFORE_DIST): no ratio.'
  console.log(rows.join('\n'), '\n' + ratio)
  writeSection(
    'check-real',
    [
      '### glosa check on real translations: 24 page pairs of the Vue guide',
      '',
      `The pages of \`eval/check/pages.json\` (${(now.bytes / 1e6).toFixed(2)} MB of Markdown, English and Portuguese), checked in one`,
      `\`checkFiles\` run with the evaluation's 15-entry TSV glossary, after one warm-up run; median of ${RUNS} processes per build (each column its own median),`,
      `the builds alternating; peak RSS of the process; load average ${load} on this shared machine when it ended. No suppressions or baselines are configured.`,
      '',
      '| build | check, wall (ms) | check, CPU (ms) | peak RSS (MiB) | findings |',
      '| --- | ---: | ---: | ---: | ---: |',
      ...rows,
      '',
      ratio
    ].join('\n')
  )
}
