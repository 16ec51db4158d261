// Memory of every command on a 10 MB Markdown input (issue 17: "memory for 10 MB
// inputs stays within a stated bound"). An English and a European Portuguese
// Markdown file of MEMORY_MB (default 10) each, made of udhr pages from
// ../shared/data (headings, paragraphs, sentences on AI chips that the bundled
// glossary knows), go through tag, tag --json, segment --json, annotate, strip
// (of the annotated file; the result must equal the input) and check, each the real
// binary under /usr/bin/time -v. The bound checked is the one docs/limits.md
// states: peak RSS at most 64 times the input's size (for check, of the two
// inputs' sizes). `node bench/run.js memory`; skips when ../shared/data is absent.
import {mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {loadavg, tmpdir} from 'node:os'
import {join} from 'node:path'
import {sharedData, timeGlosa, writeSection} from './lib.js'
import {udhrPages} from './udhr-pages.js'

const data = sharedData()
if (!data) {
  console.log('memory: ../shared/data is absent, skipped')
  process.exit(0)
}
const MEGABYTES = Number(process.env.MEMORY_MB ?? 10)
// Peak RSS allowed per byte of input: the bound docs/limits.md states.
const TIMES_INPUT = 64
const MiB = 1024 * 1024

const folder = mkdtempSync(join(tmpdir(), 'glosa-memory-'))
const {page, random} = udhrPages(data)
const next = random(20261130)
const english = []
const portuguese = []
let size = 0
for (let index = 0; size < MEGABYTES * 1e6; index++) {
  const {en, pt} = page(index, next)
  english.push(en)
  portuguese.push(pt)
  size += Buffer.byteLength(pt) + 1
}
const file = (name) => join(folder, name)
writeFileSync(file('en.md'), english.join('\n'))
writeFileSync(file('pt.md'), portuguese.join('\n'))

const cases = [
  ['`glosa tag` (table)', ['pt.md'], ['tag', file('pt.md')], 'tag.txt'],
  ['`glosa tag --json`', ['pt.md'], ['tag', '--json', file('pt.md')], 'tag.json'],
  ['`glosa segment --json`', ['pt.md'], ['segment', '--json', file('pt.md')], 'segment.json'],
  ['`glosa annotate -o`', ['pt.md'], ['annotate', file('pt.md'), '-o', file('annotated.md')], 'annotated.md'],
  [
    '`glosa strip -o` (the annotated file)',
    ['annotated.md'],
    ['strip', file('annotated.md'), '-o', file('stripped.md')],
    'stripped.md'
  ],
  [
    '`glosa check --report json -o`',
    ['en.md', 'pt.md'],
    ['check', file('en.md'), file('pt.md'), '--report', 'json', '-o', file('report.json')],
    'report.json'
  ]
]

const rows = []
let within = true
for (const [label, inputs, args, output] of cases) {
  // Commands that write with -o print nothing: their standard output goes to a pipe.
  const run = args.includes('-o') ? timeGlosa(args) : timeGlosa(args, {output: file(output)})
  const inputBytes = inputs.reduce((sum, name) => sum + statSync(file(name)).size, 0)
  const outputMB = statSync(file(output)).size / 1e6
  const times = (run.peakMiB * MiB) / inputBytes
  const ok = times <= TIMES_INPUT
  within &&= ok
  rows.push(
    `| ${label} | ${(inputBytes / 1e6).toFixed(1)} | ${run.code} | ${run.cpu.toFixed(1)} | ${run.wall.toFixed(1)} | ${run.peakMiB.toFixed(0)} | ${times.toFixed(1)} | ${outputMB.toFixed(1)} | ${ok ? 'yes' : '**no**'} |${run.error ? ' ' + run.error : ''}`
  )
  console.log(rows.at(-1))
}
const roundTrip = readFileSync(file('stripped.md'), 'utf8') === readFileSync(file('pt.md'), 'utf8')
const load = loadavg()
rmSync(folder, {recursive: true, force: true})

writeSection(
  'memory',
  [
    `## Memory for ${MEGABYTES} MB inputs, every command`,
    '',
    `An English and a European Portuguese Markdown file of ${MEGABYTES} MB each (udhr pages from \`../shared/data\`: headings,`,
    'paragraphs, sentences on AI chips the bundled glossary knows), each command the real binary under `/usr/bin/time -v`,',
    'with the bundled glossary. `check` reads both files; the others the Portuguese one (strip: the annotated file).',
    `The bound (docs/limits.md): peak RSS at most ${TIMES_INPUT} times the size of the input. Exit 1 from check is its`,
    `findings. Load average at the end: ${load.map((value) => value.toFixed(1)).join(', ')}.`,
    '',
    '| run | input MB | exit | CPU s | wall s | peak RSS MiB | RSS ÷ input | output MB | within bound |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows,
    '',
    `strip(annotate(x)) = x on the ${MEGABYTES} MB file: ${roundTrip ? 'yes' : '**no**'}. Every run within the bound: ${within ? 'yes' : '**no**'}.`
  ].join('\n')
)
