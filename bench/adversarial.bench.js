// Adversarial shapes: each grown from 125 KB to 1 MB, read by glosa (readDocument:
// remark-parse + GFM, segmentation, language identification) and parsed by
// remark alone (the same parser glosa uses) in the same run. glosa's own share
// must grow at most 2.2x per doubling (issue 17). It is measured two ways: glosa
// minus remark (two noisy figures subtracted), and directly: the CPU time of the
// read times the fraction of the CPU profiler's samples (every 100 µs) that fall in
// glosa's own modules (dist/). Counting samples, not summing the time between them,
// keeps the time the process waits for a core (the machine is shared) out of the
// share. Garbage collection, which both cause, is in neither share. Each measure is
// the least of ADVERSARIAL_RUNS runs (default 5; 3 for the shapes marked slow), the
// least being the least disturbed.
// `node bench/run.js adversarial`; ADVERSARIAL_ONLY=<part of a shape's name> runs some.
import {Session} from 'node:inspector/promises'
import {loadavg} from 'node:os'
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
// ADVERSARIAL_SIZES=1000,2000,4000 (KB) grows the shapes further; such a run, like one with
// ADVERSARIAL_ONLY, prints its table and leaves bench/results alone.
const GIVEN_SIZES = process.env.ADVERSARIAL_SIZES
const SIZES = GIVEN_SIZES?.split(',').map((kb) => Number(kb) * 1000) ?? [125_000, 250_000, 500_000, 1_000_000]
const LIMIT = 2.2

/** Repeat `unit` to `size` units. */
const grow = (unit) => (size) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size)

// Each shape: how it is made, and the format it is read as.
const shapes = [
  {name: "apostrophes (`a'a'a'…`, one word)", make: (size) => grow("a'")(size - 1) + 'a', format: 'md'},
  {name: 'hyphens (`a-a-a-…`, one word)', make: (size) => grow('a-')(size - 1) + 'a', format: 'md'},
  {name: 'pipes (`|||…`)', make: grow('|'), format: 'md'},
  {name: 'short lines (`a⏎`)', make: grow('a\n'), format: 'md', slow: true},
  {name: 'long words (`aaaa…`, one word)', make: grow('a'), format: 'md'},
  {name: 'URLs', make: grow('https://example.com/a/b?c=d '), format: 'md'},
  {name: 'abbreviations (`a. a. a. …`)', make: grow('a. '), format: 'md'},
  {name: 'capitalised names (`Build and Deploy …`, one line)', make: grow('Build and Deploy '), format: 'md'},
  {
    name: 'one-word table cells',
    make: (size) => '| h | h | h | h |\n| - | - | - | - |\n' + grow('| a | b | c | d |\n')(size),
    format: 'md',
    slow: true
  },
  // Quotes 32 deep on every line, one quote.
  {
    name: 'deep nesting (lines of 32 `>` and a word)',
    make: grow('> '.repeat(32) + 'palavra\n'),
    format: 'md',
    slow: true
  },
  // Separate quotes and lists: quadratic in one micromark parse, linear in the reader's chunks of 256 blocks.
  // remark alone in one parse would take hours at 1 MB here: it is timed in the chunks glosa parses.
  {name: 'separate quotes (`> a⏎⏎`)', make: grow('> a\n\n'), format: 'md', chunked: true, slow: true},
  {name: 'separate lists (`- a⏎⏎b⏎⏎`)', make: grow('- a\n\nb\n\n'), format: 'md', chunked: true, slow: true},
  // One paragraph of unclosed links: micromark is quadratic in its inline constructs; refused past MAX_INLINE marks.
  {name: 'unclosed links (`[a](b `, one paragraph)', make: grow('[a](b '), format: 'md'},
  // 25,000 to 100,000 footnotes (0.9 to 3.9 MB): calls, then definitions. In one parse remark alone took
  // 160 s for 100,000 (quadratic): it is timed in the chunks glosa parses.
  {
    name: 'footnotes (calls, then definitions)',
    sizes: [25_000, 50_000, 100_000],
    make: (count) =>
      Array.from({length: count}, (_, index) => `Texto[^${index}].\n\n`).join('') +
      Array.from({length: count}, (_, index) => `[^${index}]: Nota ${index}.\n\n`).join(''),
    format: 'md',
    chunked: true,
    slow: true,
    warmUp: 2_000
  }
]

// Runs per measure: the same number at every size of a shape (a least of more runs is lower, which would bias the
// ratios), ADVERSARIAL_RUNS (default 5) for shapes read in about a second, 3 for those read in 10 s or more.
const RUNS = Number(process.env.ADVERSARIAL_RUNS ?? 5)
const SLOW_RUNS = Math.min(RUNS, 3)

const session = new Session()
session.connect()
await session.post('Profiler.enable')
await session.post('Profiler.setSamplingInterval', {interval: 100})

/** The fraction of the profile's samples that fall in glosa's own modules. */
function ownFraction(profile) {
  const own = new Set(profile.nodes.filter((node) => node.callFrame.url.includes('/dist/')).map((node) => node.id))
  const samples = profile.samples.length
  return samples === 0 ? 0 : profile.samples.filter((id) => own.has(id)).length / samples
}

/** CPU ms of one run of `fn`, and (with `profiled`) the CPU ms of it spent in glosa's own modules. */
async function cpu(fn, profiled = false) {
  globalThis.gc?.()
  if (profiled) await session.post('Profiler.start')
  const start = process.cpuUsage()
  fn()
  const used = process.cpuUsage(start)
  const ms = (used.user + used.system) / 1000
  return {ms, own: profiled ? ms * ownFraction((await session.post('Profiler.stop')).profile) : undefined}
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
// Per shape: the own share and remark's time at the first and last size measured, for the mean growth per doubling.
const summary = []
for (const shape of shapes) {
  if (only && !shape.name.includes(only)) continue
  const sizes = shape.sizes ?? SIZES
  const runs = shape.slow ? SLOW_RUNS : RUNS
  let previous
  let first
  let worst = 0
  // One read first, unmeasured, so that the first size is not the one that compiles the code.
  const warmUp = shape.make(shape.warmUp ?? sizes[0])
  if (!refused(warmUp, shape.format)) readDocument(warmUp, {format: shape.format})
  const measured = sizes.map((size) => {
    const source = shape.make(size)
    const cuts = shape.chunked ? [...chunkBoundaries(source), source.length] : [source.length]
    return {source, cuts, refused: refused(source, shape.format), remark: Infinity, ms: Infinity, own: Infinity}
  })
  // Runs go round the sizes (125, 250, 500, 1000, 125, …), so that a busy spell of the machine falls on every size
  // alike; each size keeps its least.
  for (let run = 0; run < runs; run++) {
    for (const size of measured) {
      if (size.refused) continue
      const {source, cuts} = size
      const remark = await cpu(() =>
        cuts.forEach((end, index) => parser.runSync(parser.parse(source.slice(cuts[index - 1] ?? 0, end))))
      )
      const glosa = await cpu(() => readDocument(source, {format: shape.format}), true)
      size.remark = Math.min(size.remark, remark.ms)
      size.ms = Math.min(size.ms, glosa.ms)
      size.own = Math.min(size.own, glosa.own)
    }
  }
  for (const {source, refused, remark, ms, own} of measured) {
    const label = `${shape.name}${shape.slow ? ' ⏱' : ''} | ${(source.length / 1000).toFixed(0)} KB`
    if (refused) {
      // Refused before parsing: remark alone would take minutes here, so it is not run.
      lines.push(`| ${label} | – | refused (exit 2) | – | – | – | – |`)
      console.log(lines.at(-1))
      previous = undefined
      continue
    }
    const ratio = previous ? Math.max(own, 1) / Math.max(previous.own, 1) : undefined
    const remarkRatio = previous ? remark / previous.remark : undefined
    if (ratio !== undefined && own > 50) worst = Math.max(worst, ratio)
    if (ratio !== undefined && ratio > LIMIT && own > 50)
      failures.push(`${shape.name} at ${label.split(' | ')[1]}: ${ratio.toFixed(2)}`)
    lines.push(
      `| ${label} | ${remark.toFixed(0)} | ${ms.toFixed(0)} | ${(ms - remark).toFixed(0)} | ${own.toFixed(0)} | ${ratio?.toFixed(2) ?? '–'} | ${remarkRatio?.toFixed(2) ?? '–'} |`
    )
    console.log(lines.at(-1))
    previous = {own, remark, length: source.length}
    first ??= previous
  }
  if (first && previous && previous !== first) summary.push({name: shape.name, first, last: previous, worst})
}
session.disconnect()

/** Mean growth per doubling of the length from `first` to `last`: (last / first) ^ (1 / doublings). */
function perDoubling(first, last, length) {
  return (last / first) ** (1 / Math.log2(length.last / length.first))
}
const summaryLines = [
  '| shape | own ms, smallest → largest | own × per doubling (mean) | own × worst doubling | remark × per doubling (mean) |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...summary.map(({name, first, last, worst}) => {
    const length = {first: first.length, last: last.length}
    const own = perDoubling(Math.max(first.own, 1), Math.max(last.own, 1), length)
    const remark = perDoubling(first.remark, last.remark, length)
    return `| ${name} | ${first.own.toFixed(0)} → ${last.own.toFixed(0)} | ${own.toFixed(2)} | ${worst > 0 ? worst.toFixed(2) : '–'} | ${remark.toFixed(2)} |`
  })
]

const verdict =
  failures.length === 0
    ? `glosa's own share grew at most ${LIMIT}× on every doubling of every shape (where it is over 50 ms).`
    : `Over ${LIMIT}× on one doubling (own share over 50 ms): ${failures.join('; ')}.`
const section = [
  '## Adversarial shapes (issue 17)',
  '',
  `Each shape grown from 125 KB to 1 MB (footnotes: 25,000 to 100,000); CPU ms (least of ${RUNS} runs, ${SLOW_RUNS} for the shapes read in 10 s`,
  `or more at 1 MB, marked ⏱; the runs go round the sizes, so that a busy spell falls on all alike) of \`readDocument\` (glosa: parse, segment, identify) and of remark-parse + GFM +`,
  'front matter alone (the parser glosa uses) on the same source in the same process. glosa parses in chunks of 256 blocks;',
  'for separate quotes, separate lists and footnotes, where remark alone in one parse is quadratic (hours at 1 MB; 160 s for',
  '100,000 footnotes), remark is timed on the same chunks. "glosa own" is the CPU time of the read times the fraction of the',
  "CPU profiler's samples (every 100 µs) that fall in glosa's modules: counting samples keeps the time the process waits",
  'for a core on this shared machine out of it; garbage collection, caused by both, is in neither share. "glosa − remark"',
  'subtracts two noisy figures and is shown for comparison only. Growth is judged on the own share where it is over 50 ms.',
  `A paragraph past ${MAX_INLINE.toLocaleString('en')} inline marks is refused before parsing (exit 2); remark is not run on it.`,
  `Load average while it ran: ${loadavg()
    .map((load) => load.toFixed(1))
    .join(', ')} (1, 5, 15 min, at the end).`,
  '',
  ...lines,
  '',
  'Growth per doubling over the whole range (geometric mean of the doublings) and on the worst single doubling:',
  '',
  ...summaryLines,
  '',
  verdict
].join('\n')
if (only || GIVEN_SIZES) console.log(`\n${section}`)
else {
  writeSection('adversarial', section)
  console.log(summaryLines.join('\n'))
  console.log(verdict)
}
