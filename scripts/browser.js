// Launch the operating system's Chromium for the HTML preview's tests, screenshots and benchmark.
// No browser is downloaded: install Debian's `chromium` (apt-get install chromium), or set CHROMIUM_PATH.
import {existsSync, mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import puppeteer from 'puppeteer-core'

/** Where Chromium is: CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

/** Whether the browser is installed. */
export const hasChromium = existsSync(chromiumPath)

/**
 * A headless Chromium with a fresh profile that reaches for nothing on the
 * network by itself; `close()` also removes the profile.
 */
export async function launchChromium() {
  const profile = mkdtempSync(join(tmpdir(), 'glosa-chromium-'))
  const browser = await puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${profile}`
    ]
  })
  const close = browser.close.bind(browser)
  browser.close = async () => {
    await close()
    rmSync(profile, {recursive: true, force: true})
  }
  return browser
}
