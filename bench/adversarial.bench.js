// Adversarial shapes: each grown from 125 KB to 1 MB, read by glosa (readDocument:
// remark-parse + GFM, segmentation, language identification) and parsed by remark
// alone (the same parser glosa uses) in the same run. glosa's own share must grow at
// most 2.2x per doubling (issue 17). It is the CPU time of glosa's own stages only:
// each size is read once in full, the trees its parses make are kept (serialised,
// outside the heap), and glosa's read is then run again on copies of them, the parser
// answering from the copies, so that the read's CPU time is glosa's own work and its
// garbage alone. The least of ADVERSARIAL_RUNS (default 7) such runs per size, taken
// round the sizes after a warm-up read; V8 single-threaded (garbage collection on the
// main thread) with a fixed young generation of 32 MiB.
// `node bench/run.js adversarial`; ADVERSARIAL_ONLY=<parts of shapes' names, separated by |> runs some.
import {spawnSync} from 'node:child_process'
import {loadavg} from 'node:os'
import {fileURLToPath} from 'node:url'
import {deserialize, serialize} from 'node:v8'
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
const FLAGS = ['--expose-gc', '--single-threaded', '--min-semi-space-size=32', '--max-semi-space-size=32']
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
  {
    name: 'deep nesting (lines of 32 `>` and a word)',
    make: grow('> '.repeat(32) + 'palavra\n'),
    format: 'md'
  },
  // Separate quotes and lists: quadratic in one micromark parse, linear in the reader's chunks of 256 blocks.
  // remark alone in one parse would take hours at 1 MB here: it is timed in the chunks glosa parses.
  {name: 'separate quotes (`> a⏎⏎`)', make: grow('> a\n\n'), format: 'md', chunked: true},
  {name: 'separate lists (`- a⏎⏎b⏎⏎`)', make: grow('- a\n\nb\n\n'), format: 'md', chunked: true},
  // One paragraph of unclosed links: micromark is quadratic in its inline constructs; refused past MAX_INLINE marks.
  {name: 'unclosed links (`[a](b `, one paragraph)', make: grow('[a](b '), format: 'md'},
  // About 3,700 to 29,000 footnotes: calls, then definitions. remark alone in one parse is quadratic here (160 s for
  // 100,000): it is timed in the chunks glosa parses.
  {name: 'footnotes (calls, then definitions)', make: footnotes, format: 'md', chunked: true}
]

// glosa's own stages run ADVERSARIAL_RUNS times (default 7) at every size; remark alone, shown beside them, and
// glosa's full read (parse included) ADVERSARIAL_REMARK_RUNS times (default 1): the parse is most of the run time.
const RUNS = Number(process.env.ADVERSARIAL_RUNS ?? 7)
const REMARK_RUNS = Math.max(1, Number(process.env.ADVERSARIAL_REMARK_RUNS ?? 1))

/** CPU ms (user + system) since `start`, a process.cpuUsage() reading. */
function cpuSince(start) {
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}

// Every call of unified's Processor#parse (glosa's parser is a unified processor) passes through here while glosa
// reads. Recording, it parses, keeps a serialised copy of the tree (a buffer outside V8's heap, so that the copies
// of the other sizes cost the collector nothing) and adds the parse's CPU time up; replaying, it answers with the
// next of the copies made ready before the read, so that the read's CPU time is glosa's own.
const Processor = Object.getPrototypeOf(unified())
const parse = Processor.parse
let mode = 'pass'
let recorded = []
let replay = []
let parsing = 0
let serialising = 0
Processor.parse = function (file) {
  if (mode === 'replay') {
    const next = replay.shift()
    if (next?.length !== String(file).length)
      throw new Error('The replayed read parsed other text than the recorded one')
    return next.tree
  }
  const start = process.cpuUsage()
  const tree = parse.call(this, file)
  parsing += cpuSince(start)
  if (mode === 'record') {
    const copying = process.cpuUsage()
    recorded.push({length: String(file).length, tree: serialize(tree)})
    serialising += cpuSince(copying)
  }
  return tree
}

/** CPU ms of `fn`, after a full garbage collection. */
function cpu(fn) {
  globalThis.gc()
  const start = process.cpuUsage()
  fn()
  return cpuSince(start)
}

/**
 * glosa's full read of `size.source`, parse included; keeps the trees the first time. A source glosa refuses (a
 * located GlosaError before parsing, exit 2 in the CLI) is marked so.
 */
function readInFull(size, format) {
  parsing = 0
  serialising = 0
  mode = size.trees ? 'pass' : 'record'
  recorded = []
  let ms
  try {
    ms = cpu(() => readDocument(size.source, {format}))
  } catch (error) {
    if (!(error instanceof GlosaError)) throw error
    size.refused = true
    return
  } finally {
    mode = 'pass'
  }
  size.trees ??= recorded
  // Keeping the trees is the bench's work, not the read's.
  size.ms = Math.min(size.ms, ms - serialising)
  size.parse = Math.min(size.parse, parsing)
}

/** glosa's own stages on `size.source`: the read replayed on copies of the recorded trees. */
function readOwn(size, format) {
  replay = size.trees.map(({length, tree}) => ({length, tree: deserialize(tree)}))
  mode = 'replay'
  try {
    size.own = Math.min(
      size.own,
      cpu(() => readDocument(size.source, {format}))
    )
    if (replay.length > 0) throw new Error('The replayed read parsed less than the recorded one')
  } finally {
    mode = 'pass'
    replay = []
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
  const ratios = []
  let previous
  let first
  const measured = SIZES.map((size) => {
    const source = shape.make(size)
    const cuts = shape.chunked ? [...chunkBoundaries(source), source.length] : [source.length]
    return {
      source,
      cuts,
      refused: false,
      remark: Infinity,
      ms: Infinity,
      parse: Infinity,
      own: Infinity
    }
  })
  // One read first, unmeasured, so that the first size is not the one that compiles the code.
  readInFull({...measured[0], trees: [], ms: Infinity, parse: Infinity}, shape.format)
  // Runs go round the sizes (125, 250, 500, 1000, 125, …), so that a busy spell of the machine falls on every size
  // alike; each size keeps the least of each measure. The first rounds also time remark alone and the full read.
  for (let run = 0; run < Math.max(RUNS, REMARK_RUNS); run++) {
    for (const size of measured) {
      if (size.refused) continue
      const {source, cuts} = size
      if (run < REMARK_RUNS) {
        readInFull(size, shape.format)
        if (size.refused) continue
        const remark = cpu(() =>
          cuts.forEach((end, index) => parser.runSync(parser.parse(source.slice(cuts[index - 1] ?? 0, end))))
        )
        size.remark = Math.min(size.remark, remark)
      }
      if (run < RUNS) readOwn(size, shape.format)
    }
  }
  for (const size of measured) size.trees = undefined
  for (const {source, refused, remark, ms, parse, own} of measured) {
    const label = `${shape.name} | ${(source.length / 1000).toFixed(0)} KB`
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
const cpuMinutes = (cpuSince({user: 0, system: 0}) / 60_000).toFixed(1)
const load = (loads) => loads.map((value) => value.toFixed(1)).join(', ')
const verdict =
  failures.length === 0
    ? `glosa's own share grew at most ${LIMIT}× on every doubling of every shape (where it is over ${FLOOR} ms).`
    : `Over ${LIMIT}× on one doubling (own share over ${FLOOR} ms): ${failures.join('; ')}.`
const section = [
  '## Adversarial shapes (issue 17)',
  '',
  '`node bench/run.js adversarial` (it starts node again with `' + FLAGS.join(' ') + '`).',
  'Each shape grown from 125 KB to 1 MB; CPU ms. "glosa own" is the CPU time of glosa\'s own stages only (reading,',
  'segmenting, identifying: `readDocument` less its parse), the least of ' +
    RUNS +
    ' runs at every size, the runs going round',
  'the sizes after a warm-up read: each size is read once in full, the syntax trees its parses make are kept (serialised,',
  'outside the heap), and the own runs read again on fresh copies of them, the parser answering from the copies, so',
  'that neither the parse nor its garbage (micromark leaves about 2 KB per byte parsed) falls in glosa\'s time. "glosa read"',
  'is that full read and "its parse" the CPU time inside the parser (remark-parse + GFM + front matter, every call of',
  'unified\'s `parse`) during it; "remark alone" the same parser on the same source, in the same process (least of ' +
    REMARK_RUNS +
    ').',
  'V8 runs single-threaded (garbage collection on the main thread, so a collection counts where it happens) with a',
  'young generation fixed at 32 MiB. glosa parses in chunks of 256 blocks; for separate quotes, separate lists and',
  'footnotes, where remark alone in one parse is quadratic (hours at 1 MB), remark alone is timed on the same chunks.',
  `Growth is judged where the own share is over ${FLOOR} ms. A paragraph past ${MAX_INLINE.toLocaleString('en')} inline marks is refused before parsing (exit 2); remark is not run on it.`,
  `Run time: ${minutes} min (CPU ${cpuMinutes} min). Load average (1, 5, 15 min): ${load(loadAtStart)} at the start, ${load(loadavg())} at the end.`,
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
