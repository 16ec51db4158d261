// The round-trip property of annotate and strip on 10,000+ generated cases
// (ROUNDTRIP_CASES, default 10,000): Markdown and plain text holding glosa's
// own namespace and escaped marks, hostile glossary definitions, every style
// and layout. The same generator and checks as the fixed-seed CI subset
// (test/hostile/roundtrip.test.ts). Reports cases, outcomes and failures.
// `node bench/run.js roundtrip` (after `tsc`).
import fc from 'fast-check'
import {annotate, isAnnotated, strip} from '../dist/annotate/index.js'
import {generatedPart} from '../dist/annotate/markers.js'
import {readDocument} from '../dist/document/index.js'
import {compileGlossary} from '../dist/tag/index.js'
import {cases, classifyCase} from '../test/hostile/roundtrip-property.js'
import {writeSection} from './lib.js'

const api = {annotate, strip, isAnnotated, readDocument, compileGlossary, generatedPart}
const total = Number(process.env.ROUNDTRIP_CASES ?? 10_000)
const seed = Number(process.env.FC_SEED ?? 20261130)

const counts = {kept: 0, refused: 0, skipped: 0, failed: 0}
const failures = []
const byStyle = {}
const start = process.hrtime.bigint()
// fast-check's own sampler: the same arbitraries, a fixed seed, cases in batches to keep memory flat.
for (let done = 0; done < total; done += 500) {
  for (const item of fc.sample(cases, {numRuns: Math.min(500, total - done), seed: seed + done})) {
    const {outcome, failure} = classifyCase(api, item)
    counts[outcome]++
    const key = `${item.style} / ${item.layout}`
    byStyle[key] = (byStyle[key] ?? 0) + 1
    if (failure && failures.length < 10) failures.push({failure: failure.split('\n')[0], item})
  }
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9

const lines = [
  '## Round trip: strip(annotate(x)) = x, idempotence, rendered text kept',
  '',
  `${total.toLocaleString('en')} generated cases (seed ${seed}) in ${seconds.toFixed(1)} s: ` +
    `${counts.kept.toLocaleString('en')} kept every property, ${counts.refused} refused with a named collision, ` +
    `${counts.skipped} skipped (input the reader refuses, or already annotated), **${counts.failed} failed**.`,
  '',
  '| style / layout | cases |',
  '| --- | ---: |',
  ...Object.entries(byStyle)
    .sort()
    .map(([key, count]) => `| ${key} | ${count} |`),
  '',
  ...(failures.length === 0
    ? []
    : ['First failures:', '', ...failures.map(({failure, item}) => `- ${failure}: \`${JSON.stringify(item)}\``)])
]
console.log(lines.join('\n'))
console.log(`cases ${total}, failures ${counts.failed}`)
writeSection('roundtrip', lines.join('\n'))
if (counts.failed > 0) process.exitCode = 1
