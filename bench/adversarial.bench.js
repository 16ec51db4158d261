// Adversarial shapes: each grown from 125 KB to 1 MB, read by glosa (readDocument:
// remark-parse + GFM, segmentation, language identification) and parsed by
// remark alone (the same parser glosa uses) in the same run. glosa's own share
// must grow at most 2.2x per doubling (issue 17). It is measured two ways: glosa
// minus remark (two noisy figures subtracted), and directly, as the CPU profiler's
// self time in glosa's own modules (dist/) during the read (sampled every 100 µs;
// garbage collection, which both cause, counted in neither). The verdict uses the
// profiled share. CPU time of this process, the least of ADVERSARIAL_RUNS (default 3;
// the machine is shared, so the least is the least disturbed). `node bench/run.js adversarial`.
import {Session} from 'node:inspector/promises'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {readDocument} from '../dist/index.js'
import {chunkBoundaries} from '../dist/read/parse.js'
import {MAX_INLINE} from '../dist/read/shape.js'
import {GlosaError} from '../dist/util/errors.js'
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
  {
    name: 'one-word table cells',
    make: (size) => '| h | h | h | h |\n| - | - | - | - |\n' + grow('| a | b | c | d |\n')(size),
    format: 'md'
  },
  // Quotes 32 deep on every line, one quote.
  {name: 'deep nesting (lines of 32 `>` and a word)', make: grow('> '.repeat(32) + 'palavra\n'), format: 'md'},
  // Separate quotes and lists: quadratic in one micromark parse, linear in the reader's chunks of 256 blocks.
  // remark alone in one parse would take hours at 1 MB here: it is timed in the chunks glosa parses.
  {name: 'separate quotes (`> a⏎⏎`)', make: grow('> a\n\n'), format: 'md', chunked: true},
  {name: 'separate lists (`- a⏎⏎b⏎⏎`)', make: grow('- a\n\nb\n\n'), format: 'md', chunked: true},
  // One paragraph of unclosed links: micromark is quadratic in its inline constructs; refused past MAX_INLINE marks.
  {name: 'unclosed links (`[a](b `, one paragraph)', make: grow('[a](b '), format: 'md'},
  // 100,000 footnotes in one size (about 3.7 MB): calls, then definitions.
  {
    name: 'footnotes (100,000 calls and definitions)',
    sizes: [0],
    make: () =>
      Array.from({length: 100_000}, (_, index) => `Texto[^${index}].\n\n`).join('') +
      Array.from({length: 100_000}, (_, index) => `[^${index}]: Nota ${index}.\n\n`).join(''),
    format: 'md'
  }
]

// Runs per measure: ADVERSARIAL_RUNS (default 3, the median is kept).
const RUNS = Number(process.env.ADVERSARIAL_RUNS ?? 3)

const session = new Session()
session.connect()
await session.post('Profiler.enable')
await session.post('Profiler.setSamplingInterval', {interval: 100})

/** Self time (ms) of the profile's samples in glosa's own modules. */
function ownTime(profile) {
  const own = new Set(profile.nodes.filter((node) => node.callFrame.url.includes('/dist/')).map((node) => node.id))
  let micros = 0
  profile.samples.forEach((id, index) => {
    if (own.has(id)) micros += profile.timeDeltas[index] ?? 0
  })
  return micros / 1000
}

/** The least CPU ms of RUNS runs of `fn`, and (with `profiled`) the least self time in glosa's modules. */
async function cpu(fn, profiled = false) {
  let least = Infinity
  let leastOwn = Infinity
  for (let run = 0; run < RUNS; run++) {
    globalThis.gc?.()
    if (profiled) await session.post('Profiler.start')
    const start = process.cpuUsage()
    fn()
    const used = process.cpuUsage(start)
    least = Math.min(least, (used.user + used.system) / 1000)
    if (profiled) leastOwn = Math.min(leastOwn, ownTime((await session.post('Profiler.stop')).profile))
  }
  return {ms: least, own: leastOwn}
}

/** Whether glosa refuses `source` (a located GlosaError before parsing, exit 2 in the CLI). */
function refused(source, format) {
  try {
    readDocument(source, {format})
    return false
  } catch (error) {
    if (error instanceof GlosaError) return true
    throw error
  }
}

const only = process.env.ADVERSARIAL_ONLY
const lines = [
  '| shape | size | remark ms | glosa ms | glosa − remark ms | glosa own ms (profiled) | own × per doubling | remark × per doubling |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'
]
const failures = []
for (const shape of shapes) {
  if (only && !shape.name.includes(only)) continue
  let previous
  // One read first, unmeasured, so that the first size is not the one that compiles the code.
  const warmUp = shape.make((shape.sizes ?? SIZES)[0])
  if (!refused(warmUp, shape.format)) readDocument(warmUp, {format: shape.format})
  for (const size of shape.sizes ?? SIZES) {
    const source = shape.make(size)
    const label = `${shape.name} | ${(source.length / 1000).toFixed(0)} KB`
    if (refused(source, shape.format)) {
      // Refused before parsing: remark alone would take minutes here, so it is not run.
      lines.push(`| ${label} | – | refused (exit 2) | – | – | – | – |`)
      console.log(lines.at(-1))
      previous = undefined
      continue
    }
    const cuts = shape.chunked ? [...chunkBoundaries(source), source.length] : [source.length]
    const remark = (
      await cpu(() =>
        cuts.forEach((end, index) => parser.runSync(parser.parse(source.slice(cuts[index - 1] ?? 0, end))))
      )
    ).ms
    const glosa = await cpu(() => readDocument(source, {format: shape.format}), true)
    const difference = glosa.ms - remark
    const ratio = previous ? Math.max(glosa.own, 1) / Math.max(previous.own, 1) : undefined
    const remarkRatio = previous ? remark / previous.remark : undefined
    if (ratio !== undefined && ratio > LIMIT && glosa.own > 50)
      failures.push(`${shape.name} at ${label.split(' | ')[1]}: ${ratio.toFixed(2)}`)
    lines.push(
      `| ${label} | ${remark.toFixed(0)} | ${glosa.ms.toFixed(0)} | ${difference.toFixed(0)} | ${glosa.own.toFixed(0)} | ${ratio?.toFixed(2) ?? '–'} | ${remarkRatio?.toFixed(2) ?? '–'} |`
    )
    console.log(lines.at(-1))
    previous = {own: glosa.own, remark}
  }
}
session.disconnect()

const verdict =
  failures.length === 0
    ? `glosa's own share (profiled) grew at most ${LIMIT}× per doubling in every shape.`
    : `Over ${LIMIT}× per doubling (profiled own share over 50 ms): ${failures.join('; ')}.`
writeSection(
  'adversarial',
  [
    '## Adversarial shapes (issue 17)',
    '',
    `Each shape grown from 125 KB to 1 MB; CPU ms (least of ${RUNS} runs) of \`readDocument\` (glosa: parse, segment, identify) and of`,
    'remark-parse + GFM + front matter alone (the parser glosa uses) on the same whole source in the same process. glosa parses',
    'in chunks of 256 blocks; for separate quotes and lists, where remark alone in one parse is quadratic (hours at 1 MB), remark',
    'is timed on the same chunks. "glosa own (profiled)"',
    "is the V8 CPU profiler's self time in glosa's modules during the read (garbage collection, caused by both, counted in",
    'neither); "glosa − remark" subtracts two noisy figures and is shown for comparison only. Ratios are of the profiled own',
    `share; growth past ${LIMIT}× is judged where that share is over 50 ms. A paragraph past ${MAX_INLINE.toLocaleString('en')} inline marks is refused`,
    'before parsing (exit 2); remark is not run on it.',
    '',
    ...lines,
    '',
    verdict
  ].join('\n')
)
console.log(verdict)
