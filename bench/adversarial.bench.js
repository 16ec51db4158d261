// Adversarial shapes: each grown from 125 KB to 1 MB, read by glosa (readDocument:
// remark-parse + GFM, segmentation, language identification) and parsed by remark
// alone (the same parser glosa uses) in the same run. glosa's own share must grow at
// most 2.2x per doubling (issue 17). It is measured directly, in the same read: the
// CPU time of readDocument less the CPU time spent inside the parser's `parse`
// (every call of unified's Processor#parse, which glosa's parser shares, is timed while the read runs). The process
// runs V8 single-threaded (garbage collection and compilation on the main thread), so
// its CPU time is that of the read alone, with the young generation capped at 32 MiB, and the
// parser's garbage collected in the parser's time (see below). Each measure is the least of
// ADVERSARIAL_RUNS runs (default 5; ADVERSARIAL_SLOW_RUNS, default 3, for the slow shapes) taken round the sizes after a warm-up read.
// `node bench/run.js adversarial`; ADVERSARIAL_ONLY=<parts of shapes' names, separated by |> runs some.
import {spawnSync} from 'node:child_process'
import {loadavg} from 'node:os'
import {fileURLToPath} from 'node:url'
import {getHeapStatistics} from 'node:v8'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {readDocument} from '../dist/index.js'
import {chunkBoundaries} from '../dist/read/parse.js'
import {MAX_INLINE} from '../dist/read/shape.js'
import {GlosaError} from '../dist/util/errors.js'
import {writeSection} from './lib.js'

// V8 flags the measures need; run.js starts every bench with --expose-gc only, so the bench starts itself again.
const FLAGS = ['--expose-gc', '--single-threaded', '--max-semi-space-size=32']
if (!FLAGS.every((flag) => process.execArgv.includes(flag))) {
  const {status} = spawnSync(process.execPath, [...FLAGS, fileURLToPath(import.meta.url)], {stdio: 'inherit'})
  process.exit(status ?? 1)
}

const began = Date.now()
const loadAtStart = loadavg()
const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze()
// ADVERSARIAL_SIZES=1000,2000,4000 (KB) grows the shapes further; such a run, like one with
// ADVERSARIAL_ONLY, prints its table and leaves bench/results alone.
const GIVEN_SIZES = process.env.ADVERSARIAL_SIZES
const SIZES = GIVEN_SIZES?.split(',').map((kb) => Number(kb) * 1000) ?? [125_000, 250_000, 500_000, 1_000_000]
const LIMIT = 2.2
// Shares below this many ms (at the larger size of a doubling) are not judged: a few ms of noise is a large ratio.
const FLOOR = 50

/** Repeat `unit` to `size` units. */
const grow = (unit) => (size) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size)

/** Footnote calls, then their definitions, as many as fill `size` units. */
function footnotes(size) {
  const calls = []
  const definitions = []
  for (let index = 0, length = 0; length < size; index++) {
    calls.push(`Texto[^${index}].\n\n`)
    definitions.push(`[^${index}]: Nota ${index}.\n\n`)
    length += calls.at(-1).length + definitions.at(-1).length
  }
  return calls.join('') + definitions.join('')
}

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
  // About 3,700 to 29,000 footnotes: calls, then definitions. remark alone in one parse is quadratic here (160 s for
  // 100,000): it is timed in the chunks glosa parses.
  {name: 'footnotes (calls, then definitions)', make: footnotes, format: 'md', chunked: true, slow: true}
]

// glosa's read is measured the same number of times at every size of a shape (the least of more runs is lower, which
// would bias the ratios): ADVERSARIAL_RUNS (default 5) for the shapes read in about a second at 1 MB, ADVERSARIAL_SLOW_RUNS
// (default 3) for those read in several seconds (marked ⏱). remark alone, shown beside it, as often, and once for the
// slow shapes: the whole run stays near 15 minutes of CPU.
const RUNS = Number(process.env.ADVERSARIAL_RUNS ?? 5)
const SLOW_RUNS = Number(process.env.ADVERSARIAL_SLOW_RUNS ?? Math.min(RUNS, 3))
const REMARK_SLOW_RUNS = Math.min(SLOW_RUNS, 1)

/** CPU ms (user + system) since `start`, a process.cpuUsage() reading. */
function cpuSince(start) {
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}

// The CPU time spent inside the parser's `parse` while a read runs, added up by every call. micromark leaves about
// 2 KB of garbage per byte it parses (a 1 MB table: 2.3 GB), which V8 collects when the heap reaches its limit: in the
// parse at one size, in glosa's code after it at the next (a mark-compact of 2 s, billed to glosa, at the 1 MB table
// only). So a parse after which the heap holds twice what the last collection left is followed by a full collection,
// timed as part of the parse: the parser's garbage is collected in the parser's time. (Twice, not a fixed amount: in a
// read of many chunks the collections, each of the whole live heap, stay a few, not one per chunk.)
let parsing = 0
let collected = 0
// Only while glosa reads: remark alone is timed without the extra collections.
let reading = false
const Processor = Object.getPrototypeOf(unified())
const parse = Processor.parse
Processor.parse = function (...parameters) {
  const start = process.cpuUsage()
  try {
    return parse.apply(this, parameters)
  } finally {
    if (reading && getHeapStatistics().used_heap_size > 2 * collected) collect()
    parsing += cpuSince(start)
  }
}

/** A full garbage collection; remember how much heap it left. */
function collect() {
  globalThis.gc()
  collected = getHeapStatistics().used_heap_size
}

/** CPU ms of one call of `fn`, and of the parsing done in it. */
function cpu(fn) {
  collect()
  parsing = 0
  const start = process.cpuUsage()
  fn()
  return {ms: cpuSince(start), parse: parsing}
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
  '| shape | size | remark alone ms | glosa read ms | its parse ms | glosa own ms | own × per doubling | remark × per doubling |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'
]
const failures = []
// Per shape: the own share and remark's time at the first and last size measured, and every doubling's ratio.
const summary = []
for (const shape of shapes) {
  if (only && !only.split('|').some((part) => shape.name.includes(part))) continue
  const runs = shape.slow ? SLOW_RUNS : RUNS
  const remarkRuns = shape.slow ? REMARK_SLOW_RUNS : RUNS
  const ratios = []
  let previous
  let first
  // One read first, unmeasured, so that the first size is not the one that compiles the code.
  const warmUp = shape.make(SIZES[0])
  if (!refused(warmUp, shape.format)) readDocument(warmUp, {format: shape.format})
  const measured = SIZES.map((size) => {
    const source = shape.make(size)
    const cuts = shape.chunked ? [...chunkBoundaries(source), source.length] : [source.length]
    return {
      source,
      cuts,
      refused: refused(source, shape.format),
      remark: Infinity,
      ms: Infinity,
      parse: Infinity,
      own: Infinity
    }
  })
  // Runs go round the sizes (125, 250, 500, 1000, 125, …), so that a busy spell of the machine falls on every size
  // alike; each size keeps the least of each measure.
  for (let run = 0; run < runs; run++) {
    for (const size of measured) {
      if (size.refused) continue
      const {source, cuts} = size
      if (run < remarkRuns) {
        const remark = cpu(() =>
          cuts.forEach((end, index) => parser.runSync(parser.parse(source.slice(cuts[index - 1] ?? 0, end))))
        )
        size.remark = Math.min(size.remark, remark.ms)
      }
      reading = true
      let glosa
      try {
        glosa = cpu(() => readDocument(source, {format: shape.format}))
      } finally {
        reading = false
      }
      size.ms = Math.min(size.ms, glosa.ms)
      size.parse = Math.min(size.parse, glosa.parse)
      size.own = Math.min(size.own, glosa.ms - glosa.parse)
    }
  }
  for (const {source, refused, remark, ms, parse, own} of measured) {
    const label = `${shape.name}${shape.slow ? ' ⏱' : ''} | ${(source.length / 1000).toFixed(0)} KB`
    if (refused) {
      // Refused before parsing: remark alone would take minutes here, so it is not run.
      lines.push(`| ${label} | – | refused (exit 2) | – | – | – | – |`)
      console.log(lines.at(-1))
      previous = undefined
      continue
    }
    const ratio = previous ? own / previous.own : undefined
    const remarkRatio = previous ? remark / previous.remark : undefined
    if (ratio !== undefined && own > FLOOR) {
      ratios.push(ratio)
      if (ratio > LIMIT) failures.push(`${shape.name} at ${label.split(' | ')[1]}: ${ratio.toFixed(2)}`)
    }
    lines.push(
      `| ${label} | ${remark.toFixed(0)} | ${ms.toFixed(0)} | ${parse.toFixed(0)} | ${own.toFixed(0)} | ${ratio?.toFixed(2) ?? '–'} | ${remarkRatio?.toFixed(2) ?? '–'} |`
    )
    console.log(lines.at(-1))
    previous = {own, remark, length: source.length}
    first ??= previous
  }
  if (first && previous && previous !== first) summary.push({name: shape.name, first, last: previous, ratios})
}

/** Mean growth per doubling of the length from `first` to `last`: (last / first) ^ (1 / doublings). */
function perDoubling(first, last, length) {
  return (last / first) ** (1 / Math.log2(length.last / length.first))
}
const summaryLines = [
  '| shape | own ms, smallest → largest | own × per doubling (geometric mean) | own × worst doubling | remark × per doubling (geometric mean) |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...summary.map(({name, first, last, ratios}) => {
    const length = {first: first.length, last: last.length}
    const own = perDoubling(first.own, last.own, length)
    const remark = perDoubling(first.remark, last.remark, length)
    const worst = ratios.length > 0 ? Math.max(...ratios).toFixed(2) : `– (under ${FLOOR} ms)`
    return `| ${name} | ${first.own.toFixed(0)} → ${last.own.toFixed(0)} | ${own.toFixed(2)} | ${worst} | ${remark.toFixed(2)} |`
  })
]

const minutes = ((Date.now() - began) / 60_000).toFixed(1)
const load = (loads) => loads.map((value) => value.toFixed(1)).join(', ')
const verdict =
  failures.length === 0
    ? `glosa's own share grew at most ${LIMIT}× on every doubling of every shape (where it is over ${FLOOR} ms).`
    : `Over ${LIMIT}× on one doubling (own share over ${FLOOR} ms): ${failures.join('; ')}.`
const section = [
  '## Adversarial shapes (issue 17)',
  '',
  '`node bench/run.js adversarial` (it starts node again with `' + FLAGS.join(' ') + '`).',
  `Each shape grown from 125 KB to 1 MB; CPU ms, the least of ${RUNS} runs of glosa's read at every size (${SLOW_RUNS} for the shapes marked ⏱,`,
  `read in seconds at 1 MB; remark alone: ${RUNS}, and ${REMARK_SLOW_RUNS} for those), the runs going round the sizes after a warm-up read.`,
  '"glosa read" is `readDocument` (parse, segment, identify); "its parse" the CPU time spent inside the parser',
  '(remark-parse + GFM + front matter, every call of unified\'s `parse`) during that read; "glosa own" the rest of the',
  "same read: glosa's own share, measured in one read, not as the difference of two runs. V8 runs single-threaded",
  '(garbage collection on the main thread, so a collection counts where it happens) with a young generation of at most',
  '32 MiB; a parse after which the heap holds twice what the last collection left is followed by a full collection,',
  "timed as the parse's (micromark leaves about 2 KB of garbage per byte parsed, which V8 would otherwise collect in glosa's",
  'code at some sizes and not at others). "remark alone" is the same parser on the same source in separate runs of the same process.',
  'glosa parses in chunks of 256 blocks; for separate quotes, separate lists and footnotes, where remark alone in one',
  'parse is quadratic (hours at 1 MB), remark alone is timed on the same chunks. Growth is judged where the own share',
  `is over ${FLOOR} ms. A paragraph past ${MAX_INLINE.toLocaleString('en')} inline marks is refused before parsing (exit 2); remark is not run on it.`,
  `Run time: ${minutes} min. Load average (1, 5, 15 min): ${load(loadAtStart)} at the start, ${load(loadavg())} at the end.`,
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
