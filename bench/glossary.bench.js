// Glossary loading: a 100,000-term glossary (50,000 entries, an English and a
// Portuguese-side term each, real words from an-array-of-english-words) in
// every format glosa reads, parsed with parseGlossary (positions filled).
// Floors and peers measured in the same run: JSON.parse of the same JSON (no
// positions, no checks) and the `yaml` package's parseDocument of the same
// YAML (located nodes, what glosa uses below 512 KiB).
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {spawnSync} from 'node:child_process'
import {createRequire} from 'node:module'
import {fileURLToPath} from 'node:url'
import {cpus, loadavg, tmpdir} from 'node:os'
import {join} from 'node:path'
import {parseDocument} from 'yaml'
import {lintGlossary, parseGlossary, parseGlossaryWithIssues, writeTbx, writeTsv, writeYaml} from '../dist/glossary/index.js'
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
  process.stdout.write(JSON.stringify({name, size: source.length, terms, ms: result.ms, cpu: cpu[2], cold, peak: result.peakMiB}))
}

if (process.argv[2] === '--child') {
  await child(process.argv[3], process.argv[4])
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
    .replace(/<tbx [^>]*>/, '<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">\n<martif type="TBX-Basic-V1" xml:lang="en">')
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
  'glosa JSON': ['g.json', JSON.stringify({languages: ['en', 'pt'], entries: glossary.entries.map((e) => ({id: e.id, terms: {en: [e.terms[0].text], pt: [e.terms[1].text]}}))}, null, 2)],
  'TBX v3': ['g.tbx', tbx3],
  'TBX v2': ['g2.tbx', toV2(tbx3)],
  'OmegaT TSV': ['g.en-pt.tsv', writeTsv(glossary, {source: 'en', target: 'pt'})],
  CSV: ['g.en-pt.csv', glossary.entries.map((e) => `${e.terms[0].text},"${e.terms[1].text}"`).join('\n') + '\n']
}

// Each format in a fresh process, as `glosa` loads one glossary per run.
const rows = []
let jsonMs
for (const [name, [file, text]] of Object.entries(files)) {
  writeFileSync(join(dir, file), text)
  const out = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--child', join(dir, file), name], {encoding: 'utf8'})
  if (out.status !== 0) throw new Error(out.stderr)
  const figures = JSON.parse(out.stdout)
  if (figures.terms !== entries * 2) throw new Error(`${name}: read ${figures.terms} terms`)
  rows.push([name, (figures.size / 2 ** 20).toFixed(1), figures.terms, figures.ms, figures.cpu, figures.peak, figures.cold])
  console.log(name, figures.ms.toFixed(0), 'ms wall', figures.cpu.toFixed(0), 'ms CPU', figures.cold.toFixed(0), 'ms CPU cold')
  if (name === 'glosa JSON') jsonMs = (await measure(() => JSON.parse(text), 5)).ms
}
const yamlPackage = await measure(() => parseDocument(yaml), 1)
const {glossary: parsed, issues} = parseGlossaryWithIssues(yaml)
const lint = await measure(() => lintGlossary(parsed, issues), 3)
rmSync(dir, {recursive: true, force: true})

// Judged on CPU time: on the shared machine wall time is mostly the other processes' load.
const slowest = Math.max(...rows.map((row) => row[4]))
const slowestCold = Math.max(...rows.map((row) => row[6]))
const slowestWall = Math.max(...rows.map((row) => row[3]))
writeSection(
  'glossary',
  `## Glossary loading (\`node bench/run.js glossary\`)

A glossary of ${(entries * 2).toLocaleString('en')} terms (${entries.toLocaleString('en')} entries, real English words from
\`an-array-of-english-words\`), parsed by \`parseGlossary\` with every entry and term located, each format in a fresh
process (as \`glosa\` loads a glossary once per run). Median of 5 runs, and the first of them alone: the cold
parse a user waits for, which also pays for compiling the readers' code.
Target: under one second in every format. CPU time (user + system, all threads, median) is given
beside wall time because the machine is shared: wall time grows with the load average, CPU time less.
Load average when this ran: ${loadavg()[0].toFixed(1)} on ${cpus().length} cores.

| format | size (MiB) | terms | parse, wall (ms) | parse, CPU (ms) | first parse, CPU (ms) | peak RSS (MiB) |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.map(([name, size, terms, ms, cpuMs, peak, cold]) => `| ${name} | ${size} | ${terms.toLocaleString('en')} | ${ms.toFixed(0)} | ${cpuMs.toFixed(0)} | ${cold.toFixed(0)} | ${peak.toFixed(0)} |`).join('\n')}

- Slowest format: ${slowest.toFixed(0)} ms of CPU (${slowest < 1000 ? 'under' : 'OVER'} the one-second target), ${slowestCold.toFixed(0)} ms cold; ${slowestWall.toFixed(0)} ms wall at that load.
- Floor: \`JSON.parse\` of the same JSON (no positions, no checks): ${jsonMs.toFixed(0)} ms; glosa JSON is
  ${(rows.find((row) => row[0] === 'glosa JSON')[3] / jsonMs).toFixed(1)}× that.
- The \`yaml\` package's \`parseDocument\` alone on the same YAML (1 run): ${yamlPackage.ms.toFixed(0)} ms, which is
  ${(yamlPackage.ms / rows[0][3]).toFixed(1)}× glosa's whole YAML load: why files over 512 KiB go through glosa's own
  block reader (and js-yaml where it gives up).
- \`lintGlossary\` on the ${(entries * 2).toLocaleString('en')}-term glossary: ${lint.ms.toFixed(0)} ms.
`
)
