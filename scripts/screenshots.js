// Screenshots of the bundled post (corpus/h20-ft/post.txt) as a reader sees it:
// annotated for each renderer profile and rendered by that renderer, and the
// HTML preview (as it opens, side by side, dark, a term's popover open).
// `npm run screenshots` (after the build) writes docs/images/*.png, through the
// operating system's Chromium (scripts/browser.js). PNGs are reduced to a
// 64-colour palette when pngquant is installed (apt-get install pngquant).
import {execFileSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {compile, run} from '@mdx-js/mdx'
import {marked} from 'marked'
import {micromark} from 'micromark'
import {gfm, gfmHtml} from 'micromark-extension-gfm'
import * as runtime from 'react/jsx-runtime'
import {renderToStaticMarkup} from 'react-dom/server'
import {annotate, readForAnnotation} from '../dist/annotate/index.js'
import {previewHtml} from '../dist/preview/html.js'
import {hasChromium, launchChromium} from './browser.js'

const root = new URL('../', import.meta.url)
const images = new URL('docs/images/', root).pathname
const post = readFileSync(new URL('corpus/h20-ft/post.txt', root), 'utf8')
const read = () => readForAnnotation(post, {format: 'text', file: 'post.txt'})

if (!hasChromium) {
  console.error('screenshots: no Chromium at /usr/bin/chromium (apt-get install chromium, or set CHROMIUM_PATH)')
  process.exit(2)
}

/** A plain site theme, the same for every renderer, so that only the marks differ. */
const siteStyle = `
  body { font: 16px/1.55 system-ui, sans-serif; color: #1f2328; background: #fff; max-width: 46rem; margin: 1.5rem auto; padding: 0 1rem; }
  h1, h2 { line-height: 1.25; } h2 { font-size: 1.35rem; }
  blockquote { margin: 1rem 0; padding: 0 1rem; color: #3d444d; border-left: 0.25rem solid #d1d9e0; }
  a { color: #0969da; } sup { font-size: 0.75em; }
  section.footnotes, .footnotes { font-size: 0.9rem; border-top: 1px solid #d1d9e0; margin-top: 2rem; }
  .forum { white-space: pre-wrap; font: 15px/1.5 Verdana, sans-serif; background: #f6f8fa; border: 1px solid #d1d9e0; padding: 1rem; }
  .renderer { font: 12px system-ui, sans-serif; color: #59636e; border-bottom: 1px solid #d1d9e0; padding-bottom: 0.4rem; }
`

function sitePage(renderer, body) {
  return `<!doctype html><html lang="pt-BR"><head><meta charset="utf-8"><style>${siteStyle}</style></head><body><p class="renderer">${renderer}</p>${body}</body></html>`
}

async function renderMdx(markdown) {
  const code = String(await compile(markdown, {outputFormat: 'function-body'}))
  const {default: Content} = await run(code, {...runtime, baseUrl: import.meta.url})
  return renderToStaticMarkup(Content({}))
}

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** Each renderer profile: the page its renderer makes of the annotated post. */
const profiles = [
  [
    'gfm',
    'glosa annotate --target gfm, rendered by micromark with GFM (as remark-gfm and GitHub)',
    (markdown) => micromark(markdown, {allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()]})
  ],
  [
    'commonmark',
    'glosa annotate --target commonmark, rendered by marked',
    (markdown) => marked.parse(markdown, {async: false})
  ],
  ['mdx', 'glosa annotate --target mdx, compiled by @mdx-js/mdx and rendered by React', renderMdx],
  [
    'forum',
    'glosa annotate --target forum, shown as a forum shows plain text',
    (text) => `<div class="forum">${escapeHtml(text)}</div>`
  ]
]

const folder = mkdtempSync(join(tmpdir(), 'glosa-screenshots-'))
mkdirSync(images, {recursive: true})
const browser = await launchChromium()
const tab = await browser.newPage()
await tab.setViewport({width: 900, height: 1100})

/** Open `html` and screenshot the viewport, or the element `selector` scrolled to the top. */
async function shoot(name, html, prepare) {
  const file = join(folder, `${name}.html`)
  writeFileSync(file, html)
  await tab.emulateMediaFeatures([{name: 'prefers-color-scheme', value: name.endsWith('-dark') ? 'dark' : 'light'}])
  await tab.goto(pathToFileURL(file).href, {waitUntil: 'load'})
  if (prepare) await prepare()
  const target = join(images, `${name}.png`)
  await tab.screenshot({path: target})
  optimise(target)
  console.log(`docs/images/${name}.png  ${(statSync(target).size / 1024).toFixed(0)} KiB`)
}

/** A 64-colour palette PNG when pngquant is there (text screenshots hold few colours); else Chromium's PNG as it is. */
function optimise(file) {
  try {
    execFileSync(
      'pngquant',
      ['--force', '--skip-if-larger', '--strip', '--speed', '1', '--output', file, '64', '--', file],
      {stdio: 'ignore'}
    )
  } catch {
    // No pngquant (or nothing gained): Chromium's PNG is still right, only larger.
  }
}

const scrollTo = (selector) => () => tab.$eval(selector, (node) => node.scrollIntoView({block: 'start'}))

for (const [target, renderer, render] of profiles) {
  const page = sitePage(renderer, await render(annotate(read(), {target})))
  // The commentary, its links to the article and the article's labels; then, where the notes are a section of their own, the notes.
  await shoot(`target-${target}`, page)
  if (target === 'gfm' || target === 'commonmark')
    await shoot(
      `target-${target}-notes`,
      page,
      scrollTo(target === 'gfm' ? 'section.footnotes' : 'body > ol:last-of-type')
    )
}

const preview = previewHtml(read())
await shoot('preview', preview)
await shoot('preview-dark', preview)
await shoot('preview-side-by-side', preview, () => tab.click('#glosa-side'))
await shoot('preview-popover', preview, async () => {
  const term = await tab.$('.glosa-term dfn')
  await term.evaluate((node) => node.scrollIntoView({block: 'center'}))
  await term.focus()
})

await browser.close()
rmSync(folder, {recursive: true, force: true})
