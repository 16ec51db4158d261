// The HTML preview against glosa annotate on the same post (the seed's
// commentary and article, repeated: 64 KiB and 1 MiB), CPU time in one process each run; then
// in headless Chromium: the load event of the seed's page, and layout shift
// after load on the largest post's page. Targets: preview ≤ 2× annotate; load
// < 1 s; no layout shift. `node bench/run.js preview` (after `npm run build`).
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {annotate, readForAnnotation} from '../dist/annotate/index.js'
import {loadGlossaries} from '../dist/glossary/index.js'
import {previewHtml} from '../dist/preview/html.js'
import {compileGlossary} from '../dist/tag/index.js'
import {hasChromium, launchChromium} from '../scripts/browser.js'
import {writeSection} from './lib.js'

const seed = readFileSync(new URL('../corpus/h20-ft/post.txt', import.meta.url), 'utf8')
// Sizes in KiB (PREVIEW_BENCH_KB, a comma-separated list) and runs per size (PREVIEW_BENCH_RUNS; one for 1 MiB and more, which takes minutes).
const sizes = (process.env.PREVIEW_BENCH_KB ?? '64,1024').split(',').map((kb) => Number(kb) * 2 ** 10)
const postOf = (size) => (seed + '\n\n').repeat(Math.ceil(size / (seed.length + 2)))
const glossary = compileGlossary(loadGlossaries([]))

function cpu(fn) {
  globalThis.gc?.()
  const start = process.cpuUsage()
  const value = fn()
  const used = process.cpuUsage(start)
  return {ms: (used.user + used.system) / 1000, value}
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const rows = [
  '| post | glosa annotate (CPU, median) | HTML preview (CPU, median) | runs | preview ÷ annotate | target |',
  '| --- | --- | --- | --- | --- | --- |'
]
let page = ''
for (const size of sizes) {
  const post = postOf(size)
  const runs = Number(process.env.PREVIEW_BENCH_RUNS ?? (size >= 2 ** 20 ? 1 : 3))
  const annotateMs = []
  const previewMs = []
  for (let run = 0; run < runs; run++) {
    // Each side reads and annotates (aligns, tags) from the text, as the CLI does; the same process, alternating.
    annotateMs.push(cpu(() => annotate(readForAnnotation(post, {format: 'text'}), {glossary})).ms)
    const made = cpu(() => previewHtml(readForAnnotation(post, {format: 'text'}), {glossary}))
    previewMs.push(made.ms)
    page = made.value
  }
  const ratio = median(previewMs) / median(annotateMs)
  const kib = (Buffer.byteLength(post) / 1024).toFixed(0)
  console.log(
    `${kib} KiB: annotate ${median(annotateMs).toFixed(0)} ms, preview ${median(previewMs).toFixed(0)} ms CPU: ${ratio.toFixed(2)}x`
  )
  rows.push(
    `| ${kib} KiB | ${median(annotateMs).toFixed(0)} ms | ${median(previewMs).toFixed(0)} ms | ${runs} | ${ratio.toFixed(2)}x | ≤ 2x |`
  )
}
rows.push('', '| browser measure | value | target |', '| --- | --- | --- |')

if (hasChromium) {
  const folder = mkdtempSync(join(tmpdir(), 'glosa-preview-bench-'))
  const seedFile = join(folder, 'seed.html')
  const largeFile = join(folder, 'large.html')
  writeFileSync(seedFile, previewHtml(readForAnnotation(seed, {format: 'text'}), {glossary}))
  writeFileSync(largeFile, page)
  const browser = await launchChromium()
  const tab = await browser.newPage()
  await tab.setViewport({width: 1280, height: 900})
  const loads = []
  for (let run = 0; run < 5; run++) {
    await tab.goto('about:blank')
    await tab.goto(pathToFileURL(seedFile).href, {waitUntil: 'load'})
    loads.push(await tab.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd))
  }
  await tab.evaluateOnNewDocument(() => {
    window.__shift = 0
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value
    }).observe({type: 'layout-shift', buffered: false})
  })
  await tab.goto(pathToFileURL(largeFile).href, {waitUntil: 'load'})
  const largeLoad = await tab.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd)
  await tab.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1000)))
  // Shifts counted from load on: scroll through the page as a reader would.
  await tab.evaluate(async () => {
    window.__shift = 0
    for (let y = 0; y < document.body.scrollHeight; y += innerHeight * 20) {
      scrollTo(0, y)
      await new Promise((resolve) => requestAnimationFrame(resolve))
    }
  })
  const shift = await tab.evaluate(() => window.__shift)
  await browser.close()
  rmSync(folder, {recursive: true, force: true})
  console.log(
    `seed load ${median(loads).toFixed(0)} ms; largest post load ${largeLoad.toFixed(0)} ms; layout shift after load ${shift}`
  )
  rows.push(
    `| seed page, load event (median of 5) | ${median(loads).toFixed(0)} ms | < 1000 ms |`,
    `| the post's page (${(Buffer.byteLength(page) / 2 ** 20).toFixed(1)} MiB of HTML), load event | ${largeLoad.toFixed(0)} ms | |`,
    `| the post's page, cumulative layout shift after load | ${shift.toFixed(3)} | 0 |`
  )
} else rows.push('| browser figures | skipped: no Chromium at /usr/bin/chromium (or CHROMIUM_PATH) | |')

writeSection(
  'preview',
  [
    '## HTML preview (`glosa annotate --to html`)',
    '',
    "The seed post repeated to each size (PREVIEW_BENCH_KB), bundled glossary, library calls in one process (glossary compiled once, outside the timings); the large page is the last size's. Debian Chromium, headless.",
    '',
    ...rows
  ].join('\n')
)
