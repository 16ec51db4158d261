import {describe, expect, it} from 'vitest'
import {checkFiles} from '../../src/check/index.js'
import {generators, matcher, read, site} from './helpers.js'

/** The findings of checking a site's translation against its English page: rule and the line they are on. */
function findings(source: string, target: string) {
  const result = checkFiles({pairs: [{source, target}], singles: [], unchecked: []}, {matcher, rules: {}})
  return result.files.flatMap((file) =>
    file.messages.map((message) => ({
      rule: message.ruleId,
      line: read(target).split('\n')[(message.place as {start: {line: number}}).start.line - 1]!.trim()
    }))
  )
}

// What each page's planted errors are: a number changed in prose, and text left in English in prose or in a JSX attribute.
const planted: Record<string, Array<{rule: string; line: RegExp}>> = {
  docusaurus: [
    {rule: 'number-mismatch', line: /responda a 5 perguntas/},
    {rule: 'untranslated', line: /^<img .*alt="The first page of a new site"/}
  ],
  react: [
    {rule: 'untranslated', line: /caption="Every click asks for a new render of the counter"/},
    {rule: 'number-mismatch', line: /4 vezes seguidas/}
  ],
  nextra: [
    {rule: 'untranslated', line: /^Restart the development server/},
    {rule: 'untranslated', line: /title="See the list of all options"/}
  ],
  vitepress: [
    {rule: 'number-mismatch', line: /porta 4137/},
    {rule: 'untranslated', line: /^When the site lives in a sub folder/}
  ],
  hugo: [
    {rule: 'number-mismatch', line: /800 pixels/},
    {rule: 'untranslated', line: /^Keep the originals in the assets folder/}
  ],
  mkdocs: [
    {rule: 'untranslated', line: /^The theme builds the navigation/},
    {rule: 'number-mismatch', line: /as 3 secções/},
    {rule: 'number-mismatch', line: /durante 3 dias/}
  ]
}

describe.each(generators)('glosa check over the %s fixture site', (generator) => {
  const pages = site(generator)

  it('finds nothing in the faithful translation: not in ids, JSX-only lines, expressions, shortcodes or admonition markers', () => {
    expect(findings(pages.source, pages.translation)).toEqual([])
  })

  it('finds the errors planted in prose and in attribute text, and nothing else', () => {
    const found = findings(pages.source, pages.errors)
    expect(found).toHaveLength(planted[generator]!.length)
    for (const expected of planted[generator]!) {
      expect(found.some((finding) => finding.rule === expected.rule && expected.line.test(finding.line))).toBe(true)
    }
  })
})

describe('numbers in ids, slugs, URLs and paths', () => {
  it('are no numbers, and `set` in a slug is no month', async () => {
    const {quantitiesOf} = await import('../../src/check/numbers.js')
    expect(quantitiesOf('O slug step-1-set-up-the-state e a âncora #step-2-read.', 'pt-BR')).toEqual([])
    expect(quantitiesOf('Veja docs/v2/guide-3.md ou https://example.com/v4/page.', 'pt-PT')).toEqual([])
  })

  it('while dates, hyphenated words and plain numbers still count', async () => {
    const {quantitiesOf} = await import('../../src/check/numbers.js')
    expect(quantitiesOf('Em 2024-09-12, dá-se-lhe 3 dias.', 'pt-PT').map((quantity) => quantity.text)).toEqual([
      '2024',
      '09',
      '12',
      '3'
    ])
  })
})
