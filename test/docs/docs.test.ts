import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {dirname, join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {commandNames} from '../../src/cli/main.js'
import {checkFiles} from '../../src/check/index.js'
import {notCheckedId, ruleIds} from '../../src/check/types.js'
import {lintRules, loadGlossaries} from '../../src/glossary/index.js'
import {reportSarif} from '../../src/report/index.js'
import {compileGlossary} from '../../src/tag/index.js'
import {docsBase, ruleUrl} from '../../src/util/package.js'
import {documentedCommands, optionsSection, pagePath, updatePage} from '../../scripts/docs.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const read = (path: string) => readFileSync(join(root, path), 'utf8')

function markdownFiles(folder: string): string[] {
  return readdirSync(join(root, folder), {withFileTypes: true}).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return markdownFiles(path)
    return entry.name.endsWith('.md') ? [path] : []
  })
}

describe('the README', () => {
  it('stays a first page: at most about 20 KB', () => {
    expect(Buffer.byteLength(read('README.md'))).toBeLessThanOrEqual(20_480)
  })

  it('gives exactly the two quick-start commands', () => {
    expect(read('README.md')).toContain('## Quick start\n\n```sh\nnpm ci && npm start\nnpm test\n```')
  })
})

describe('docs/cli', () => {
  it('has a page for every command, and the README links to each', () => {
    expect([...documentedCommands]).toEqual([...commandNames])
    for (const command of commandNames) {
      expect(existsSync(pagePath(command)), command).toBe(true)
      expect(read('README.md')).toContain(`](docs/cli/${command}.md)`)
    }
  })

  it('gives each command’s options as its --help does (npm run docs writes them)', () => {
    for (const command of commandNames) {
      const page = readFileSync(pagePath(command), 'utf8')
      expect(page, command).toContain(optionsSection(command))
      expect(updatePage(page, command)).toBe(page)
    }
  })

  it('lists every option of a command’s help in its table', () => {
    const section = optionsSection('check')
    for (const option of [
      '--glossary <file>',
      '--config <file>',
      '--rule <id=severity>',
      '--report <reporter>',
      '-o, --output <file>',
      '--frail'
    ]) {
      expect(section).toContain('| `' + option + '` |')
    }
    expect(section).toContain('| `--report <reporter>` | human, json, sarif or github | human |')
  })
})

describe('docs/rules', () => {
  const ids = [...ruleIds, notCheckedId]
  const sections = [
    '## What it finds',
    '## Why',
    '## An example that fires',
    '## An example that does not fire',
    '## Options',
    '## How to suppress it'
  ]

  it('has a page for every rule, with the sections of a rule page, and no page without a rule', () => {
    for (const id of ids) {
      const page = read(`docs/rules/${id}.md`)
      expect(page.startsWith(`# ${id}\n`), id).toBe(true)
      for (const section of sections) expect(page, `${id}: ${section}`).toContain(section)
    }
    // A glossary lint rule may have a page of its own too.
    const pages = readdirSync(join(root, 'docs/rules')).map((name) => name.replace(/\.md$/, ''))
    expect(pages.filter((page) => !ids.includes(page) && !(page in lintRules))).toEqual([])
  })

  it('is where every message’s url and every SARIF rule’s helpUri point', () => {
    const matcher = compileGlossary(loadGlossaries([join(root, 'test/fixtures/check/glossary.yaml')]))
    const article = 'test/fixtures/check/article/'
    const {files} = checkFiles(
      {pairs: [{source: article + 'en.md', target: article + 'errors.pt-PT.md'}], singles: [], unchecked: []},
      {matcher, targetLang: 'pt-PT', locale: 'en', cwd: root}
    )
    const messages = files.flatMap((file) => file.messages)
    expect(new Set(messages.map((message) => message.ruleId)).size).toBeGreaterThanOrEqual(7)
    for (const message of messages) expect(message.url).toBe(ruleUrl(message.ruleId!))
    const driver = JSON.parse(reportSarif(files, {root})).runs[0].tool.driver
    for (const rule of [...driver.rules, ...driver.notifications]) expect(rule.helpUri).toBe(ruleUrl(rule.id))
    for (const id of ids) {
      const url = ruleUrl(id)
      expect(url.startsWith(docsBase())).toBe(true)
      expect(existsSync(join(root, 'docs', url.slice(docsBase().length))), url).toBe(true)
    }
  })
})

describe('the glossary lint rules', () => {
  it('each have a row in docs/cli/glossary.md, where their messages’ url points', () => {
    const page = read('docs/cli/glossary.md')
    for (const id of Object.keys(lintRules)) {
      expect(page, id).toContain(`<a id="${id}"></a>\`${id}\` | ${lintRules[id]} |`)
      expect(ruleUrl(id, 'glossary-lint')).toBe(`${docsBase()}cli/glossary.md#${id}`)
    }
  })
})

describe('links between the pages', () => {
  it('point to files that exist', () => {
    const broken: string[] = []
    for (const file of ['README.md', 'CHANGELOG.md', ...markdownFiles('docs')]) {
      // Links in running text; code blocks and code spans only show syntax.
      const text = read(file)
        .replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1\s*$/gm, '')
        .replace(/`[^`\n]*`/g, '')
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
        if (/^(https?:|mailto:|#)/.test(target!)) continue
        const path = join(dirname(join(root, file)), target!.replace(/#.*$/, ''))
        if (!existsSync(path)) broken.push(`${file}: ${target} (${relative(root, path)})`)
      }
    }
    expect(broken).toEqual([])
  })
})
