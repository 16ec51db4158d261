// The rules' fixture folders, as remark-lint keeps them: for each rule of
// `glosa check` and `glosa glossary lint`, `test/fixtures/rules/<rule-id>/<case>/`
// holds the files, `options.json` (the command line, run in the folder, with
// `--report json` added) and `messages.json`, the report expected (without
// the messages' `url`, checked on its own), compared whole. A `fires` case
// reports its rule, a `passes` case does not. `UPDATE_FIXTURES=1` rewrites
// the messages: review every change by eye.
import {readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {runGlosa} from '../hostile/helpers.js'

const root = new URL('../fixtures/rules/', import.meta.url)
const docs = new URL('../../docs/', import.meta.url)
const cases = readdirSync(root)
  .sort()
  .flatMap((rule) =>
    readdirSync(new URL(`${rule}/`, root))
      .sort()
      .map((name) => [rule, name] as const)
  )

interface ReportedFile {
  path: string
  messages: Array<{ruleId: string; severity: string; url?: string}>
}

/** The JSON report and exit code of the case's command, run in its folder by the real binary. */
function run(folder: string): {code: number | null; report: ReportedFile[]; stderr: string} {
  const {argv} = JSON.parse(readFileSync(`${folder}/options.json`, 'utf8')) as {argv: string[]}
  const {code, stdout, stderr} = runGlosa([...argv, '--report', 'json'], {cwd: folder})
  expect(stdout, stderr).not.toBe('')
  return {code, report: JSON.parse(stdout) as ReportedFile[], stderr}
}

describe('rule fixtures', () => {
  it('has a case that fires for every rule with a page in docs/rules/, and for every glossary lint rule', () => {
    const pages = readdirSync(new URL('rules/', docs)).map((page) => page.replace(/\.md$/, ''))
    const withFires = cases.filter(([, name]) => name === 'fires').map(([rule]) => rule)
    expect(pages.filter((page) => page !== 'not-checked' && !withFires.includes(page))).toEqual([])
    const lintIds = [
      ...readFileSync(new URL('cli/glossary.md', docs), 'utf8').matchAll(/^\| <a id="([a-z-]+)"><\/a>/gm)
    ]
    expect(lintIds.map(([, id]) => id).filter((id) => !withFires.includes(id!))).toEqual([])
  })

  it.each(cases)('%s: %s', (rule, name) => {
    const folder = fileURLToPath(new URL(`${rule}/${name}/`, root))
    const {code, report, stderr} = run(folder)
    expect(stderr).toBe('')
    const messages = report.flatMap((file) => file.messages)
    // Errors fail the run, warnings only with --frail.
    expect(code).toBe(messages.some((message) => message.severity === 'error') ? 1 : 0)
    expect(messages.some((message) => message.ruleId === rule)).toBe(name === 'fires')
    // Every message links to its rule's page in docs/, or to the rule's row of the page that lists it.
    for (const message of messages) {
      const url = new URL(message.url!)
      const page = url.pathname.replace(/^.*\/docs\//, '')
      expect([`rules/${message.ruleId}.md`, `cli/glossary.md#${message.ruleId}`]).toContain(page + url.hash)
      expect(readFileSync(new URL(page, docs), 'utf8')).toContain(
        url.hash === '' ? `# ${message.ruleId}\n` : `<a id="${message.ruleId}"></a>`
      )
    }
    const actual = JSON.stringify(
      report.map((file) => ({...file, messages: file.messages.map(({url: _, ...message}) => message)})),
      null,
      2
    )
    const expected = `${folder}/messages.json`
    if (process.env.UPDATE_FIXTURES === '1') writeFileSync(expected, actual + '\n')
    expect(actual + '\n').toBe(readFileSync(expected, 'utf8'))
  })
})
