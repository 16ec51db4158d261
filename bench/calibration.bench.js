// Calibration of glosa's alignment scores: is a bead scored 0.9 right nine times
// in ten? Reliability table and expected calibration error (ECE, 10 bins) on the
// real aligned data of ../shared/data (WMT19 biomedical development abstracts,
// both directions, and the UDHR EN↔pt-PT), against their hand-checked gold
// (strict: the same bead). Held in (the shipped curves were fitted on all of it,
// `scripts/calibrate.js`) and two-fold (fitted on one Medline direction plus the
// UDHR, measured on the other direction). `node bench/run.js calibration` after
// `npx tsc -p .`; skips when ../shared/data is absent.
import {alignedDocuments, scoredBeads} from './aligned-data.js'
import {writeSection} from './lib.js'

const {calibratedScore, calibrationError, fitCalibration} = await import('../dist/align/calibration.js')

const documents = alignedDocuments()
if (!documents) {
  console.log('calibration: ../shared/data is absent; skipping')
  process.exit(0)
}
const beads = scoredBeads(documents)
const percent = (value) => `${(value * 100).toFixed(1)} %`
const f3 = (value) => value.toFixed(3)

const raw = calibrationError(beads.map((bead) => ({score: bead.raw, correct: bead.correct})))
const heldIn = calibrationError(beads.map((bead) => ({score: calibratedScore(bead.pair), correct: bead.correct})))
const folds = [
  ['wmt19.pt2en', 'wmt19.en2pt'],
  ['wmt19.en2pt', 'wmt19.pt2en']
].map(([trainedOn, heldOut]) => {
  const table = fitCalibration(beads.filter((bead) => bead.set !== heldOut))
  const test = beads.filter((bead) => bead.set === heldOut)
  return {
    trainedOn,
    heldOut,
    count: test.length,
    ...calibrationError(test.map((bead) => ({score: calibratedScore(bead.pair, table), correct: bead.correct})))
  }
})
const pooledEce =
  folds.reduce((sum, fold) => sum + fold.ece * fold.count, 0) / folds.reduce((sum, fold) => sum + fold.count, 0)

const reliability = (result) => [
  '| score | beads | mean score | right |',
  '| --- | ---: | ---: | ---: |',
  ...result.table
    .filter((bin) => bin.count > 0)
    .map(
      (bin) =>
        `| ${bin.from.toFixed(1)}–${bin.to.toFixed(1)} | ${bin.count} | ${f3(bin.score)} | ${percent(bin.correct)} |`
    )
]
const byKind = ['one', 'merge', 'null'].map((kind) => {
  const own = beads.filter((bead) => bead.kind === kind)
  const right = own.filter((bead) => bead.correct).length
  const mean = own.reduce((sum, bead) => sum + calibratedScore(bead.pair), 0) / Math.max(1, own.length)
  return `| ${kind === 'one' ? '1-1' : kind === 'merge' ? 'merges (2-1, 1-2, …)' : 'unmatched (1-0, 0-1)'} | ${own.length} | ${f3(mean)} | ${percent(right / Math.max(1, own.length))} |`
})

const out = [
  '## Calibration of alignment scores (`bench/calibration.bench.js`)',
  '',
  `${documents.length} documents (${documents.length - 1} WMT19 biomedical development abstracts, both directions, and the UDHR EN↔pt-PT), ${beads.length} beads of glosa's alignment, each right when the gold has the same bead. Expected calibration error over 10 equal bins (target ≤ 0.05):`,
  '',
  '| scores | beads | ECE |',
  '| --- | ---: | ---: |',
  `| raw (before calibration) | ${beads.length} | ${f3(raw.ece)} |`,
  `| calibrated, held in (the shipped curves, fitted on all of it) | ${beads.length} | ${f3(heldIn.ece)} |`,
  ...folds.map(
    (fold) =>
      `| calibrated, held out: fitted on ${fold.trainedOn} + UDHR, measured on ${fold.heldOut} | ${fold.count} | ${f3(fold.ece)} |`
  ),
  `| held out, both folds (weighted) | ${folds.reduce((sum, fold) => sum + fold.count, 0)} | ${f3(pooledEce)} |`,
  '',
  'Reliability of the calibrated scores, held in:',
  '',
  ...reliability(heldIn),
  '',
  'Raw scores, for comparison:',
  '',
  ...reliability(raw),
  '',
  'By bead shape (calibrated, held in):',
  '',
  '| bead | beads | mean score | right |',
  '| --- | ---: | ---: | ---: |',
  ...byKind,
  ''
]
// --- Unmatched sentences: what a threshold on their probability buys (`--min-confidence`). ---
const unmatched = beads.filter((bead) => bead.kind === 'null')
const heldOutNull = folds.flatMap(({heldOut}) => {
  const table = fitCalibration(beads.filter((bead) => bead.set !== heldOut))
  return unmatched
    .filter((bead) => bead.set === heldOut)
    .map((bead) => ({correct: bead.correct, p: calibratedScore(bead.pair, table)}))
})
const heldInNull = unmatched.map((bead) => ({correct: bead.correct, p: calibratedScore(bead.pair)}))
const thresholdRow = (p) => {
  const cells = [heldInNull, heldOutNull].map((set) => {
    const kept = set.filter((bead) => bead.p >= p)
    const right = kept.filter((bead) => bead.correct).length
    const all = set.filter((bead) => bead.correct).length
    return `${kept.length} | ${percent(right / Math.max(1, kept.length))} | ${percent(right / Math.max(1, all))}`
  })
  return `| ${p === 0 ? '0 (the default)' : p.toFixed(2)} | ${cells.join(' | ')} |`
}
out.push(
  '### Unmatched sentences by threshold',
  '',
  `The ${unmatched.length} unmatched sentences (1-0 and 0-1 beads) of the same alignments, reported by \`unaligned-segment\` when their probability is at least the threshold (\`--min-confidence\`): how many are kept, how many of those the gold also leaves unmatched (a true omission or addition), and what share of all true ones is kept. Held in: the shipped curves; held out: each Medline direction with the curves fitted on the other (and the UDHR); the UDHR has none.`,
  '',
  '| threshold | kept, held in | right | true ones kept | kept, held out | right | true ones kept |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...[0, 0.62, 0.65, 0.7, 0.75].map(thresholdRow),
  ''
)
// --- Mode choice: no translation taken for commentary. ---
const {chooseMode, segmentsOf} = await import('../dist/align/index.js')
const {readDocumentFile} = await import('../dist/document/index.js')
const {extractPages} = await import('../eval/check/run.js')
const {readdirSync} = await import('node:fs')
const {join} = await import('node:path')
const modeRows = []
const tally = (name, pairs, expected) => {
  const wrong = pairs.filter(([source, target]) => chooseMode(source, target).mode !== expected)
  modeRows.push(`| ${name} | ${expected} | ${pairs.length} | ${pairs.length - wrong.length} |`)
  return wrong.length
}
for (const set of ['wmt19.pt2en', 'wmt19.en2pt', 'udhr']) {
  tally(
    set === 'udhr' ? 'UDHR EN↔pt-PT (sentences)' : `Medline ${set} (sentences)`,
    documents.filter((document) => document.set === set).map((document) => [document.source, document.target]),
    'parallel'
  )
}
const pages = extractPages()
if (pages) {
  const files = (side) =>
    readdirSync(join(pages, side), {recursive: true})
      .filter((name) => name.endsWith('.md'))
      .sort()
  const pairs = files('en').map((name) => [
    segmentsOf(readDocumentFile(join(pages, 'en', name))),
    segmentsOf(readDocumentFile(join(pages, 'pt', name)))
  ])
  tally('Vue guide pages, vuejs/docs ↔ docs-pt (eval/check)', pairs, 'parallel')
}
const fixtures = new URL('../test/fixtures/align/', import.meta.url).pathname
tally(
  'a Portuguese commentary on an English article (test/fixtures/align)',
  [
    [
      segmentsOf(readDocumentFile(join(fixtures, 'comment.pt-PT.md'))),
      segmentsOf(readDocumentFile(join(fixtures, 'article.en.md')))
    ]
  ],
  'commentary'
)
out.push(
  '### Mode choice',
  '',
  'Each pair given to `chooseMode` (parallel or commentary), as `glosa align` does without `--mode`. The only translation taken for commentary is Medline pt2en doc45, a Portuguese abstract of 629 characters for an English one of 1,583 whose gold labels 4 of its 5 beads NO_ALIGNMENT. Without `--mode`, `--format vecalign`, `tmx` and `xliff` align as a translation whatever the choice, with a note.',
  '',
  '| pairs | expected | count | chosen as expected |',
  '| --- | --- | ---: | ---: |',
  ...modeRows,
  ''
)
writeSection('calibration', out.join('\n'))
console.log(out.join('\n'))
