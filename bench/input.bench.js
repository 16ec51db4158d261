// The input-size guard (issue 17): reading a 10 MB file through readInput
// (open, fstat, device and size checks, a bounded read loop) against what glosa
// did before the guard (readFileSync, then the same decoding), interleaved in one
// process, medians of 15; and the guard's cost beside reading the same 10 MB
// forum text into a document (readDocument), the work it guards.
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {writeSection} from './lib.js'

const SIZE = 10 * 1024 * 1024
const {readInput, decodeInput} = await import('../dist/util/input.js')
const {readDocument} = await import('../dist/document/index.js')

const seed = readFileSync(new URL('../corpus/h20-ft/post.txt', import.meta.url), 'utf8')
const text = (seed + '\n\n').repeat(Math.ceil(SIZE / Buffer.byteLength(seed + '\n\n')))
const folder = mkdtempSync(join(tmpdir(), 'glosa-input-bench-'))
const file = join(folder, 'forum.txt')
writeFileSync(file, text)

const time = (fn) => {
  const start = process.hrtime.bigint()
  fn()
  return Number(process.hrtime.bigint() - start) / 1e6
}
const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]

const before = []
const after = []
for (let run = 0; run < 15; run++) {
  globalThis.gc?.()
  before.push(time(() => decodeInput(readFileSync(file), file)))
  globalThis.gc?.()
  after.push(time(() => readInput(file)))
}
globalThis.gc?.()
const work = time(() => readDocument(readInput(file).text, {format: 'text'}))
rmSync(folder, {recursive: true, force: true})

const mb = (Buffer.byteLength(text) / 1e6).toFixed(1)
const [old, guarded] = [median(before), median(after)]
const lines = [
  '## Input-size guard: reading a 10 MB file',
  '',
  '`node bench/run.js input`: the same file read 15 times each way, interleaved, medians; then `readDocument` once on it (the work the read feeds).',
  '',
  '| input | MB | readFileSync + decode (before the guard) ms | readInput with the guard ms | guarded ÷ before | readDocument ms | guard’s extra ÷ readDocument |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  `| forum text (seed repeated) | ${mb} | ${old.toFixed(1)} | ${guarded.toFixed(1)} | ${(guarded / old).toFixed(2)}× | ${work.toFixed(0)} | ${(((guarded - old) / work) * 100).toFixed(2)} % |`,
  '',
  'The guard opens the file, checks its kind and size with one fstat, and reads it in one call into a buffer of its size (one more read finds the end); readFileSync does the same calls. Decoding (UTF-8 check, byte-order mark, NUL bytes, and the new look for UTF-16 without a mark, which reads the first 4 KiB) runs in both columns.'
]
console.log(lines.join('\n'))
writeSection('input', lines.join('\n'))
