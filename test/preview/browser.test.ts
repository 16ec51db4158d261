import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import type {Browser, Page} from 'puppeteer-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {readForAnnotation} from '../../src/annotate/index.js'
import {parseGlossary} from '../../src/glossary/index.js'
import {previewHtml} from '../../src/preview/html.js'
// @ts-expect-error: a plain JavaScript helper shared with scripts/ and bench/
import {hasChromium, launchChromium} from '../../scripts/browser.js'

/**
 * The HTML preview in a real browser: the operating system's Chromium,
 * headless (see scripts/browser.js; .ci/run installs it). Skipped only when
 * Chromium is not installed.
 */

const root = new URL('../..', import.meta.url)
const seed = readFileSync(new URL('corpus/h20-ft/post.txt', root), 'utf8')
const folder = mkdtempSync(join(tmpdir(), 'glosa-preview-'))

function pageFile(name: string, html: string): string {
  const file = join(folder, name)
  writeFileSync(file, html)
  return pathToFileURL(file).href
}

const seedUrl = pageFile('seed.html', previewHtml(readForAnnotation(seed, {format: 'text', file: 'post.txt'})))

describe.skipIf(!hasChromium)('the HTML preview in headless Chromium', () => {
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    browser = (await launchChromium()) as Browser
    page = await browser.newPage()
    await page.setViewport({width: 1280, height: 900})
    await page.goto(seedUrl, {waitUntil: 'load'})
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
  })

  it('gives every term a popover that opens on keyboard focus and on hover and shows the definition', async () => {
    const terms = await page.$$('.glosa-term dfn')
    expect(terms.length).toBeGreaterThan(30)
    for (const [index, term] of terms.entries()) {
      const tip = await term.evaluate((node) => document.getElementById(node.getAttribute('aria-describedby')!)!.id)
      const shown = () =>
        page.$eval(
          `#${tip}`,
          (node) => getComputedStyle(node).visibility === 'visible' && node.getBoundingClientRect().width > 0
        )
      await page.mouse.move(0, 0)
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
      expect(await shown(), `term ${index} hidden at rest`).toBe(false)
      await term.focus()
      expect(await shown(), `term ${index} on focus`).toBe(true)
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
      await term.hover()
      expect(await shown(), `term ${index} on hover`).toBe(true)
      const text = await page.$eval(`#${tip}`, (node) => node.textContent ?? '')
      expect(text).toMatch(/^[^:]+: \S.{20,}/)
    }
    const h20 = await page.$eval(
      '.glosa-term dfn',
      (node) => document.getElementById(node.getAttribute('aria-describedby')!)!.textContent
    )
    expect(h20).toContain('GPU da Nvidia para centros de dados, da arquitetura Hopper')
  }, 120_000)

  it('follows a commentary link to the quoted sentence, highlighted, and its label back to the commentary', async () => {
    await page.goto(seedUrl, {waitUntil: 'load'})
    const reference = await page.$('a.glosa-ref[href="#glosa-s-b21-s1"]')
    expect(await reference!.evaluate((node) => node.getAttribute('title'))).toMatch(
      /^Some Beijing policymakers are pushing/
    )
    await reference!.click()
    const state = () =>
      page.evaluate(() => {
        const current = [...document.querySelectorAll('.glosa-current')]
        const box = current[0]?.getBoundingClientRect()
        return {
          texts: current.map((node) => node.textContent ?? ''),
          visible: box ? box.top >= 0 && box.bottom <= innerHeight : false
        }
      })
    const there = await state()
    expect(there.texts).toHaveLength(1)
    expect(there.texts[0]).toContain('Some Beijing policymakers are pushing to ban foreign chips')
    expect(there.visible).toBe(true)
    await page.click('.glosa-current a.glosa-label')
    const back = await state()
    expect(back.texts[0]).toContain('Tem um desempenho próximo do H100')
    expect(back.visible).toBe(true)
  })

  for (const width of [360, 1280]) {
    it(`lays the page out without overlaps or sideways scrolling at ${width} px, side by side too`, async () => {
      await page.setViewport({width, height: 800})
      await page.goto(seedUrl, {waitUntil: 'load'})
      const overlaps = () =>
        page.evaluate(() => {
          const boxes = [...document.querySelectorAll('header, h1, h2, p, li, blockquote, button, table, section')]
            .map((node) => ({node, box: node.getBoundingClientRect()}))
            .filter(({box}) => box.width > 0 && box.height > 0)
          const found: string[] = []
          for (const [i, a] of boxes.entries()) {
            for (const b of boxes.slice(i + 1)) {
              if (a.node.contains(b.node) || b.node.contains(a.node)) continue
              const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left)
              const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top)
              if (x > 1 && y > 1)
                found.push(`${a.node.tagName} / ${b.node.tagName}: ${(b.node.textContent ?? '').slice(0, 40)}`)
            }
          }
          return {found, overflow: document.documentElement.scrollWidth - innerWidth}
        })
      expect(await overlaps()).toEqual({found: [], overflow: 0})
      await page.click('#glosa-side')
      expect(await page.$$eval('.glosa-columns > div', (columns) => columns.length)).toBe(2)
      expect(await overlaps()).toEqual({found: [], overflow: 0})
      await page.click('#glosa-side')
      expect(await page.$$('.glosa-columns')).toHaveLength(0)
    }, 60_000)
  }

  it('has no serious or critical accessibility violation (axe-core), in light and dark', async () => {
    const axe = readFileSync(new URL('node_modules/axe-core/axe.min.js', root), 'utf8')
    for (const scheme of ['light', 'dark']) {
      await page.setViewport({width: 1280, height: 800})
      await page.emulateMediaFeatures([{name: 'prefers-color-scheme', value: scheme}])
      await page.goto(seedUrl, {waitUntil: 'load'})
      await page.evaluate(axe)
      const violations = await page.evaluate(async () => {
        const run = (
          window as unknown as {
            axe: {run: () => Promise<{violations: Array<{id: string; impact: string; nodes: unknown[]}>}>}
          }
        ).axe.run
        const result = await run()
        return result.violations
          .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
          .map((violation) => violation.id)
      })
      expect(violations, scheme).toEqual([])
    }
  }, 60_000)

  it('runs no script and loads nothing from a hostile glossary or post', async () => {
    const glossary = parseGlossary(
      [
        'entries:',
        '  - id: evil',
        '    definition:',
        `      en: '<script>window.pwned = 1</script><img src="https://example.com/x.png" onerror="window.pwned = 2"> [click](javascript:window.pwned=3) "quoted" attr=">'`,
        `    note: {en: '<iframe src="https://example.com/"></iframe>\u0007 \u001b[31m'}`,
        '    terms:',
        `      en: ['H20', {text: 'chip"><script>window.pwned=4</script>', case: insensitive}]`
      ].join('\n'),
      {format: 'yaml'}
    )
    const post =
      'Nota: o H20 é um chip.\n\nThe H20 <img src="https://example.com/y.png" onerror="window.pwned=5"> ships. <script>window.pwned=6</script>\n'
    const url = pageFile('hostile.html', previewHtml(readForAnnotation(post, {format: 'text'}), {glossary}))
    const fresh = await browser.newPage()
    const requests: string[] = []
    const dialogs: string[] = []
    fresh.on('request', (request) => requests.push(request.url()))
    fresh.on('dialog', async (dialog) => {
      dialogs.push(dialog.message())
      await dialog.dismiss()
    })
    await fresh.goto(url, {waitUntil: 'load'})
    for (const term of await fresh.$$('.glosa-term dfn')) {
      await term.hover()
      await term.focus()
    }
    const state = await fresh.evaluate(() => ({
      pwned: (window as unknown as {pwned?: number}).pwned ?? null,
      scripts: document.scripts.length,
      handlers: [...document.querySelectorAll('*')]
        .flatMap((node) => [...node.attributes].map((attribute) => attribute.name))
        .filter((name) => name.startsWith('on')),
      javascript: [...document.querySelectorAll('[href], [src]')]
        .map((node) => node.getAttribute('href') ?? node.getAttribute('src'))
        .filter((value) => /^\s*javascript:/i.test(value ?? '')),
      tip: document.querySelector('.glosa-tip')?.textContent ?? ''
    }))
    expect(state).toMatchObject({pwned: null, scripts: 1, handlers: [], javascript: []})
    expect(state.tip).toContain('<script>window.pwned = 1</script>')
    expect(state.tip).toContain('␇')
    expect(requests).toEqual([url])
    expect(dialogs).toEqual([])
    await fresh.close()
  }, 60_000)
})
