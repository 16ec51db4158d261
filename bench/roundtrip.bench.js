// The round-trip property of annotate and strip on 10,000+ generated cases
// (ROUNDTRIP_CASES per seed, default 10,000; FC_SEEDS=a,b,c or FC_SEED): Markdown and plain text holding glosa's
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
// FC_SEEDS=a,b,c runs `total` cases for each seed; FC_SEED=a one seed (default CI's, 20261130).
const seeds = (process.env.FC_SEEDS ?? process.env.FC_SEED ?? '20261130').split(',').map(Number)

const runs = []
const failures = []
const byStyle = {}
for (const seed of seeds) {
  const counts = {kept: 0, refused: 0, skipped: 0, failed: 0}
  const start = process.hrtime.bigint()
  // fast-check's own sampler: the same arbitraries, a fixed seed, cases in batches to keep memory flat.
  for (let done = 0; done < total; done += 500) {
    for (const item of fc.sample(cases, {numRuns: Math.min(500, total - done), seed: seed + done})) {
      const {outcome, failure} = classifyCase(api, item)
      counts[outcome]++
      const key = `${item.style} / ${item.layout}`
      byStyle[key] = (byStyle[key] ?? 0) + 1
      if (failure && failures.length < 10) failures.push({failure: failure.split('\n')[0], seed, item})
    }
  }
  runs.push({seed, counts, seconds: Number(process.hrtime.bigint() - start) / 1e9})
  console.log(`seed ${seed}: ${JSON.stringify(counts)}`)
}
const failed = runs.reduce((sum, run) => sum + run.counts.failed, 0)
const number = (value) => value.toLocaleString('en')

const lines = [
  '## Round trip: strip(annotate(x)) = x, idempotence, rendered text kept',
  '',
  `${number(total)} generated cases for each of ${runs.length} seed${runs.length === 1 ? '' : 's'}: ` +
    `kept every property, refused with a named collision, skipped (input the reader refuses, or already annotated), failed. ` +
    `**${failed} failed** in all.`,
  '',
  '| seed | cases | kept | refused | skipped | failed | s |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...runs.map(
    ({seed, counts, seconds}) =>
      `| ${seed} | ${number(total)} | ${number(counts.kept)} | ${counts.refused} | ${counts.skipped} | **${counts.failed}** | ${seconds.toFixed(1)} |`
  ),
  '',
  '| style / layout | cases |',
  '| --- | ---: |',
  ...Object.entries(byStyle)
    .sort()
    .map(([key, count]) => `| ${key} | ${count} |`),
  '',
  ...(failures.length === 0
    ? []
    : [
        'First failures:',
        '',
        ...failures.map(({failure, seed, item}) => `- ${failure} (seed ${seed}): \`${JSON.stringify(item)}\``)
      ])
]
console.log(lines.join('\n'))
console.log(`cases ${total * runs.length}, failures ${failed}`)
writeSection('roundtrip', lines.join('\n'))
if (failed > 0) process.exitCode = 1
