// Glossary loading: a 100,000-term glossary (50,000 entries, an English and a
// Portuguese-side term each, real words from an-array-of-english-words) in
// every format glosa reads, parsed with parseGlossary (positions filled) by
// the one reader of each format, then loaded as the CLI loads it: from the
// glossary cache (src/glossary/cache.ts) and compiled, in a fresh process.
// Floor measured in the same run: JSON.parse of the same JSON (no positions,
// no checks). With GLOSA_BEFORE_DIST naming the dist/ of another build (built
// apart, for example the commit before issue 16), that build's load + compile of
// the YAML glossary is timed beside this build's load from the cache, in fresh
// processes, alternately.
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {spawnSync} from 'node:child_process'
import {createRequire} from 'node:module'
import {fileURLToPath} from 'node:url'
import {cpus, loadavg, tmpdir} from 'node:os'
import {join} from 'node:path'
import {
  lintGlossary,
  parseGlossary,
  parseGlossaryWithIssues,
  readGlossaryFile,
  writeTbx,
  writeTsv,
  writeYaml
} from '../dist/glossary/index.js'
import {compileGlossary} from '../dist/tag/index.js'
import {measure, writeSection} from './lib.js'

/** Parse one file five times in this process; print the figures as JSON (the child's job). */
async function child(file, name) {
  const source = readFileSync(file, 'utf8')
  const cpu = []
  const result = await measure(() => {
    const before = process.cpuUsage()
    const parsed = parseGlossary(source, {file})
    const used = process.cpuUsage(before)
    cpu.push((used.user + used.system) / 1000)
    return parsed
  }, 5)
  // The first run is the cold one a user waits for: the code is not compiled yet.
  const cold = cpu[0]
  cpu.sort((a, b) => a - b)
  const terms = result.value.entries.reduce((sum, entry) => sum + entry.terms.length, 0)
  process.stdout.write(
    JSON.stringify({name, size: source.length, terms, ms: result.ms, cpu: cpu[2], cold, peak: result.peakMiB})
  )
}

/**
 * Load one file as the CLI does, through the cache in `cache`, and compile it, once, in this
 * process: the CPU time of that first (cold) load and compile as JSON. The caller runs it twice,
 * the first filling the cache.
 */
function cachedChild(file, cache) {
  const before = process.cpuUsage()
  const start = process.hrtime.bigint()
  const matcher = compileGlossary(readGlossaryFile(file, {cache}))
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  const used = process.cpuUsage(before)
  if (!matcher) throw new Error('no matcher')
  process.stdout.write(
    JSON.stringify({ms, cpu: (used.user + used.system) / 1000, peak: process.resourceUsage().maxRSS / 1024})
  )
}

/**
 * Where the YAML reader's time goes: one stage of the `yaml` package on `file`, once, in this
 * process, as JSON: its lexer alone, lexer + parser (the CST), or `parseDocument` (CST and the
 * composed Document glosa reads), with `process.env` a plain copy as glosa parses (`plain`) or
 * Node's own (the parser reads `process.env.LOG_TOKENS` once per token).
 */
async function stageChild(file, stage, environment) {
  const {Lexer, Parser, parseDocument} = await import('yaml')
  const text = readFileSync(file, 'utf8')
  const options = {prettyErrors: false, uniqueKeys: true, schema: 'failsafe'}
  const own = process.env
  if (environment === 'plain') process.env = {...own}
  const before = process.cpuUsage()
  let count = 0
  if (stage === 'lexer') for (const _ of new Lexer().lex(text)) count++
  else if (stage === 'parser') for (const _ of new Parser().parse(text)) count++
  else if (stage === 'entries') {
    // Each entry of the sequence under `entries:` parsed as a document of its own, nothing kept: what a reader
    // that cut the file at its entries could at best save (the whole file's CST and Document never live at once).
    const starts = [...text.matchAll(/^ {2}- /gm)].map((match) => match.index)
    starts.forEach((start, index) => {
      const document = parseDocument(text.slice(start, starts[index + 1] ?? text.length), options)
      count += document.errors.length + 1
    })
  } else count = parseDocument(text, options).errors.length + 1
  const used = process.cpuUsage(before)
  process.env = own
  process.stdout.write(
    JSON.stringify({count, cpu: (used.user + used.system) / 1000, peak: process.resourceUsage().maxRSS / 1024})
  )
}

if (process.argv[2] === '--stage-child') {
  await stageChild(process.argv[3], process.argv[4], process.argv[5])
  process.exit(0)
}
if (process.argv[2] === '--child') {
  await child(process.argv[3], process.argv[4])
  process.exit(0)
}
if (process.argv[2] === '--cached-child') {
  cachedChild(process.argv[3], process.argv[4])
  process.exit(0)
}
if (process.argv[2] === '--before-child') {
  // Another build's own way to load a glossary (no cache option if it has none) and compile it.
  const dist = process.argv[3]
  const {readGlossaryFile: read} = await import(dist + '/glossary/index.js')
  const {compileGlossary: compile} = await import(dist + '/tag/index.js')
  const before = process.cpuUsage()
  const start = process.hrtime.bigint()
  const matcher = compile(read(process.argv[4]))
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  const used = process.cpuUsage(before)
  if (!matcher) throw new Error('no matcher')
  process.stdout.write(
    JSON.stringify({ms, cpu: (used.user + used.system) / 1000, peak: process.resourceUsage().maxRSS / 1024})
  )
  process.exit(0)
}

const words = createRequire(import.meta.url)('an-array-of-english-words')
const entries = 50_000
const glossary = {
  title: 'benchmark',
  languages: ['en', 'pt'],
  entries: Array.from({length: entries}, (_, index) => ({
    id: `e${index}`,
    definitions: {},
    notes: {},
    sources: [],
    terms: [
      {text: words[index * 2], lang: 'en', status: 'preferred'},
      {text: words[index * 2 + 1], lang: 'pt', status: 'admitted'}
    ]
  }))
}

function toV2(tbx) {
  return tbx
    .replace(
      /<tbx [^>]*>/,
      '<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">\n<martif type="TBX-Basic-V1" xml:lang="en">'
    )
    .replace('</tbx>', '</martif>')
    .replace(/tbxHeader/g, 'martifHeader')
    .replace(/conceptEntry/g, 'termEntry')
    .replace(/langSec/g, 'langSet')
    .replace(/termSec/g, 'tig')
}

const dir = mkdtempSync(join(tmpdir(), 'glosa-bench-'))
const yaml = writeYaml(glossary)
const tbx3 = writeTbx(glossary)
const files = {
  'glosa YAML': ['g.yaml', yaml],
  'glosa JSON': [
    'g.json',
    JSON.stringify(
      {
        languages: ['en', 'pt'],
        entries: glossary.entries.map((e) => ({id: e.id, terms: {en: [e.terms[0].text], pt: [e.terms[1].text]}}))
      },
      null,
      2
    )
  ],
  'TBX v3': ['g.tbx', tbx3],
  'TBX v2': ['g2.tbx', toV2(tbx3)],
  'OmegaT TSV': ['g.en-pt.tsv', writeTsv(glossary, {source: 'en', target: 'pt'})],
  CSV: ['g.en-pt.csv', glossary.entries.map((e) => `${e.terms[0].text},"${e.terms[1].text}"`).join('\n') + '\n']
}

// Each format in a fresh process, as `glosa` loads one glossary per run.
const rows = []
const cachedRows = []
let jsonMs
let versus
const stages = []
const cache = join(dir, 'cache')
const run = (...args) => {
  const out = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), ...args], {
    encoding: 'utf8',
    maxBuffer: 2 ** 26
  })
  if (out.status !== 0) throw new Error(out.stderr)
  return JSON.parse(out.stdout)
}
for (const [name, [file, text]] of Object.entries(files)) {
  writeFileSync(join(dir, file), text)
  const figures = run('--child', join(dir, file), name)
  if (figures.terms !== entries * 2) throw new Error(`${name}: read ${figures.terms} terms`)
  rows.push([
    name,
    (figures.size / 2 ** 20).toFixed(1),
    figures.terms,
    figures.ms,
    figures.cpu,
    figures.peak,
    figures.cold
  ])
  console.log(
    name,
    figures.ms.toFixed(0),
    'ms wall',
    figures.cpu.toFixed(0),
    'ms CPU',
    figures.cold.toFixed(0),
    'ms CPU cold'
  )
  // The first run fills the cache (a read and a compile as without one, plus the write); the second loads from it.
  const filling = run('--cached-child', join(dir, file), cache)
  const cached = run('--cached-child', join(dir, file), cache)
  cachedRows.push([name, filling.cpu, cached.ms, cached.cpu, cached.peak])
  console.log(
    name,
    'cached load + compile',
    cached.cpu.toFixed(0),
    'ms CPU cold (filling:',
    filling.cpu.toFixed(0),
    ')'
  )
  if (name === 'glosa JSON') jsonMs = (await measure(() => JSON.parse(text), 5)).ms
  if (name === 'glosa YAML') {
    const stage = (label, ...args) => ({label, ...run('--stage-child', join(dir, file), ...args)})
    stages.push(
      stage('lexer', 'lexer', 'plain'),
      stage('lexer + parser (CST), `process.env` as Node has it', 'parser', 'node'),
      stage('lexer + parser (CST)', 'parser', 'plain'),
      stage('`parseDocument`: CST + composed Document', 'document', 'plain'),
      stage('`parseDocument` of each entry alone, nothing kept (the file cut before each `  - `)', 'entries', 'plain')
    )
    if (process.env.GLOSA_BEFORE_DIST) {
      // Five fresh processes each, alternately: the other build's load + compile, and this build's from the cache.
      const pairs = []
      for (let index = 0; index < 5; index++)
        pairs.push([
          run('--before-child', process.env.GLOSA_BEFORE_DIST, join(dir, file)).cpu,
          run('--cached-child', join(dir, file), cache).cpu
        ])
      const median = (values) => values.sort((a, b) => a - b)[2]
      versus = {before: median(pairs.map((pair) => pair[0])), after: median(pairs.map((pair) => pair[1]))}
      console.log(
        'YAML load + compile, other build',
        versus.before.toFixed(0),
        'this build from the cache',
        versus.after.toFixed(0)
      )
    }
  }
}
const {glossary: parsed, issues} = parseGlossaryWithIssues(yaml)
const lint = await measure(() => lintGlossary(parsed, issues), 3)
rmSync(dir, {recursive: true, force: true})

// Judged on CPU time: on the shared machine wall time is mostly the other processes' load.
const slowest = Math.max(...rows.map((row) => row[4]))
const slowestCold = Math.max(...rows.map((row) => row[6]))
const slowestWall = Math.max(...rows.map((row) => row[3]))
const slowestCached = Math.max(...cachedRows.map((row) => row[3]))
writeSection(
  'glossary',
  `## Glossary loading (\`node bench/run.js glossary\`)

A glossary of ${(entries * 2).toLocaleString('en')} terms (${entries.toLocaleString('en')} entries, real English words from
\`an-array-of-english-words\`), parsed by \`parseGlossary\` with every entry and term located, each format in a fresh
process (as \`glosa\` loads a glossary once per run). Median of 5 runs, and the first of them alone: the cold
parse a user waits for, which also pays for compiling the readers' code. Each format has one
reader (\`yaml\` for YAML and JSON, saxes for TBX, csv-parse for TSV and CSV), the same at every size.
Target: a 100,000-term glossary loaded and compiled in under one second, cold, in one process: met
through the glossary cache (second table). CPU time (user + system, all threads, median) is given
beside wall time because the machine is shared: wall time grows with the load average, CPU time less.
Load average when this ran: ${loadavg()[0].toFixed(1)} on ${cpus().length} cores.

| format | size (MiB) | terms | parse, wall (ms) | parse, CPU (ms) | first parse, CPU (ms) | peak RSS (MiB) |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.map(([name, size, terms, ms, cpuMs, peak, cold]) => `| ${name} | ${size} | ${terms.toLocaleString('en')} | ${ms.toFixed(0)} | ${cpuMs.toFixed(0)} | ${cold.toFixed(0)} | ${peak.toFixed(0)} |`).join('\n')}

- Slowest format read by its parser: ${slowest.toFixed(0)} ms of CPU, ${slowestCold.toFixed(0)} ms cold; ${slowestWall.toFixed(0)} ms wall at that load.
- Floor: \`JSON.parse\` of the same JSON (no positions, no checks): ${jsonMs.toFixed(0)} ms; glosa JSON is
  ${(rows.find((row) => row[0] === 'glosa JSON')[3] / jsonMs).toFixed(1)}× that.

Where the YAML time goes: each stage of the \`yaml\` package alone on the same YAML, once, in a fresh process
(cold), with \`process.env\` a plain copy as glosa parses unless said. glosa's reader is \`parseDocument\` plus
building the glossary with every entry and term located; the rest of the gap to the parse table is that. The last row
is no reader: it parses each entry as a document of its own and keeps nothing, the most that cutting the file at its
entries could save (a reader would still keep the glossary and its places).

| stage | CPU (ms) | peak RSS (MiB) |
| --- | ---: | ---: |
${stages.map(({label, cpu, peak}) => `| ${label} | ${cpu.toFixed(0)} | ${peak.toFixed(0)} |`).join('\n')}

Loaded as the CLI loads a glossary (\`readGlossaryFile(file, {cache})\`, then \`compileGlossary\`), once, in a fresh
process: first with an empty cache (which it fills), then from the cache. The cache entry is named by the hash of
glosa's version, the options and the text, so a changed file is read again.

| format | empty cache: read + compile + write, CPU (ms) | from the cache: load + compile, wall (ms) | CPU (ms) | peak RSS (MiB) |
| --- | ---: | ---: | ---: | ---: |
${cachedRows.map(([name, filling, ms, cpuMs, peak]) => `| ${name} | ${filling.toFixed(0)} | ${ms.toFixed(0)} | ${cpuMs.toFixed(0)} | ${peak.toFixed(0)} |`).join('\n')}

- Slowest format from the cache: ${slowestCached.toFixed(0)} ms of CPU, cold, compile included (${slowestCached < 1000 ? 'under' : 'OVER'} the one-second target).
- \`lintGlossary\` on the ${(entries * 2).toLocaleString('en')}-term glossary: ${lint.ms.toFixed(0)} ms.
${
  versus
    ? `- Beside another build (\`GLOSA_BEFORE_DIST=${process.env.GLOSA_BEFORE_DIST}\`, its own load of the YAML glossary + compile,
  five fresh processes each, alternately, median CPU): ${versus.before.toFixed(0)} ms there, ${versus.after.toFixed(0)} ms here from the
  cache (${(versus.after / versus.before).toFixed(2)}×).
`
    : ''
}`
)
