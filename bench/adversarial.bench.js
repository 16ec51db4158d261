// Adversarial shapes: each grown from 125 KB to 1 MB, read by glosa (readDocument:
// remark-parse + GFM, segmentation, language identification) and parsed by
// remark alone (the same parser glosa uses) in the same run. glosa's own share
// (glosa minus remark) must grow at most 2.2x per doubling (issue 17).
// CPU time of this process, median of ADVERSARIAL_RUNS (default 3; the machine is shared). `node bench/run.js adversarial`.
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {readDocument} from '../dist/index.js'
import {writeSection} from './lib.js'

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze()
const SIZES = [125_000, 250_000, 500_000, 1_000_000]
const LIMIT = 2.2

/** Repeat `unit` to `size` units. */
const grow = (unit) => (size) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size)

// Each shape: how it is made, and the format it is read as.
const shapes = [
  {name: "apostrophes (`a'a'a'…`, one word)", make: (size) => grow("a'")(size - 1) + 'a', format: 'md'},
  {name: 'hyphens (`a-a-a-…`, one word)', make: (size) => grow('a-')(size - 1) + 'a', format: 'md'},
  {name: 'pipes (`|||…`)', make: grow('|'), format: 'md'},
  {name: 'short lines (`a⏎`)', make: grow('a\n'), format: 'md'},
  {name: 'long words (`aaaa…`, one word)', make: grow('a'), format: 'md'},
  {name: 'URLs', make: grow('https://example.com/a/b?c=d '), format: 'md'},
  {name: 'abbreviations (`a. a. a. …`)', make: grow('a. '), format: 'md'},
  {name: 'capitalised names (`Build and Deploy …`, one line)', make: grow('Build and Deploy '), format: 'md'},
  {name: 'one-word table cells', make: (size) => '| h | h | h | h |\n| - | - | - | - |\n' + grow('| a | b | c | d |\n')(size), format: 'md'},
  // Quotes 32 deep on every line (one quote, no blank lines: separate quotes make remark itself quadratic, see docs/limits.md).
  {name: 'deep nesting (lines of 32 `>` and a word)', make: grow('> '.repeat(32) + 'palavra\n'), format: 'md'}
]

// Runs per measure: ADVERSARIAL_RUNS (default 3, the median is kept).
const RUNS = Number(process.env.ADVERSARIAL_RUNS ?? 3)

function cpu(fn) {
  const times = []
  for (let run = 0; run < RUNS; run++) {
    globalThis.gc?.()
    const start = process.cpuUsage()
    fn()
    const used = process.cpuUsage(start)
    times.push((used.user + used.system) / 1000)
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]
}

const only = process.env.ADVERSARIAL_ONLY
const lines = [
  '| shape | size | remark ms | glosa ms | glosa own ms | own × per doubling | remark × per doubling |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: |'
]
const failures = []
for (const shape of shapes) {
  if (only && !shape.name.includes(only)) continue
  let previous
  for (const size of SIZES) {
    const source = shape.make(size)
    const remark = cpu(() => parser.runSync(parser.parse(source)))
    const glosa = cpu(() => readDocument(source, {format: shape.format}))
    const own = Math.max(1, glosa - remark)
    const ratio = previous ? own / previous.own : undefined
    const remarkRatio = previous ? remark / previous.remark : undefined
    if (ratio !== undefined && ratio > LIMIT && own > 100) failures.push(`${shape.name} at ${size}: ${ratio.toFixed(2)}`)
    lines.push(`| ${shape.name} | ${size / 1000} KB | ${remark.toFixed(0)} | ${glosa.toFixed(0)} | ${own.toFixed(0)} | ${ratio?.toFixed(2) ?? '–'} | ${remarkRatio?.toFixed(2) ?? '–'} |`)
    console.log(lines.at(-1))
    previous = {own, remark}
  }
}

const verdict = failures.length === 0 ? `glosa's own share grew at most ${LIMIT}× per doubling in every shape.` : `Over ${LIMIT}× per doubling: ${failures.join('; ')}.`
writeSection(
  'adversarial',
  [
    '## Adversarial shapes (issue 17)',
    '',
    `Each shape grown from 125 KB to 1 MB; CPU ms (median of ${RUNS}) of \`readDocument\` (glosa: parse, segment, identify) and of`,
    'remark-parse + GFM + front matter alone (the parser glosa uses) on the same source in the same run. "glosa own" is glosa',
    'minus remark. Every shape is read as Markdown. The machine is shared: ratios of shares under 100 ms are noise and not judged.',
    '',
    ...lines,
    '',
    verdict
  ].join('\n')
)
console.log(verdict)
