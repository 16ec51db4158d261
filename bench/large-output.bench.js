// Large results: `glosa tag` (default table and --json) past 120,000 hits and on
// large texts, `glosa segment --json` on many forum lines. Before, the table
// spread every row into Math.max (RangeError past ~120,000 hits) and --json
// built one string (Invalid string length past V8's limit): both now stream.
// Each run is the real binary under /usr/bin/time -v (wall, CPU, peak RSS),
// output to a file; the bound checked is peak RSS ≤ 1 GiB for a 10 MB input.
// Sizes: LARGE_TAG_MB (default 10; a comma list such as 10,50 runs each),
// LARGE_SEGMENT_LINES (default 200,000; the 1,000,000 takes long on a
// shared machine). `node bench/run.js large-output`.
import {existsSync, mkdtempSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {timeGlosa, writeSection} from './lib.js'

const folder = mkdtempSync(join(tmpdir(), 'glosa-large-'))
const tagSizes = (process.env.LARGE_TAG_MB ?? '10').split(',').map(Number)
const segmentLines = Number(process.env.LARGE_SEGMENT_LINES ?? 200_000)
const boundMiB = 1024

const cases = []
const chips = join(folder, 'chips.txt')
writeFileSync(chips, 'O chip. '.repeat(130_000) + '\n')
cases.push(['`glosa tag` table, `O chip. ` × 130,000 (1 MB, 130,000 hits)', chips, ['tag', chips]])
const line = 'O chip H20 da Nvidia serve para inferência; os controlos de exportação travam o treino. '
for (const tagMB of tagSizes) {
  const big = join(folder, `big-${tagMB}.txt`)
  writeFileSync(big, (line.repeat(10) + '\n\n').repeat(Math.ceil((tagMB * 1e6) / (line.length * 10 + 2))))
  cases.push([`\`glosa tag --json\`, ${tagMB} MB of forum text`, big, ['tag', '--json', big]])
  cases.push([`\`glosa tag\` table, ${tagMB} MB of forum text`, big, ['tag', big]])
}
const forum = join(folder, 'forum.txt')
writeFileSync(
  forum,
  Array.from(
    {length: segmentLines},
    (_, index) => `User${index % 97} escreveu: o chip H20 número ${index} é bom.`
  ).join('\n') + '\n'
)
cases.push([
  `\`glosa segment --json\`, ${segmentLines.toLocaleString('en')} forum lines`,
  forum,
  ['segment', '--json', forum]
])

const rows = []
for (const [label, input, args] of cases) {
  const run = timeGlosa(args)
  const mb = statSync(input).size / 1e6
  const within = mb < 11 ? (run.peakMiB <= boundMiB ? 'yes' : '**no**') : '—'
  rows.push(
    `| ${label} | ${mb.toFixed(1)} | ${run.code} | ${run.wall.toFixed(1)} | ${run.cpu.toFixed(1)} | ${run.peakMiB.toFixed(0)} | ${run.outputMB.toFixed(1)} | ${within} |${run.error ? ' ' + run.error : ''}`
  )
  console.log(rows.at(-1))
}
if (existsSync(folder)) rmSync(folder, {recursive: true, force: true})

writeSection(
  'large-output',
  [
    '## Large results (tag table and JSON, segment JSON)',
    '',
    `Each run is \`glosa\` under \`/usr/bin/time -v\`, output to a pipe; the bound: peak RSS ≤ ${boundMiB} MiB for an input of 10 MB or less.`,
    '',
    '| run | input MB | exit | wall s | CPU s | peak RSS MiB | output MB | within bound |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows
  ].join('\n')
)
