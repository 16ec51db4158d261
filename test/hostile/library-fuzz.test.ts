// Every function the library exports, called with wrong arguments: a TypeError saying
// "Expected … to be …, not …", never an error from deep inside, never a silent default.
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import {describe, expect, it} from 'vitest'
import * as glosa from '../../src/index.js'

const classes = new Set(['CheckRun', 'GlosaError', 'LineIndex', 'TermMatcher'])
/** Functions of no argument, or that take any value by design (a type guard answers false). */
const anyArgument = new Set(['bundledGlossaryFiles', 'isRuleId'])
const functions = Object.entries(glosa).filter(
  ([name, value]) =>
    typeof value === 'function' &&
    !classes.has(name) &&
    !anyArgument.has(name) &&
    name !== 'default' &&
    name !== 'remarkGlosa'
) as Array<[string, (...args: unknown[]) => unknown]>

const wrong: unknown[] = [null, 42, {bogus: true}, [1, 2], Symbol('x')]

function thrown(call: () => unknown): unknown {
  try {
    call()
  } catch (error) {
    return error
  }
  return undefined
}

function expectExpected(error: unknown, name: string): void {
  expect(error, name).toBeInstanceOf(TypeError)
  expect((error as Error).message, name).toMatch(/^Expected .+ to be .+, not .+/)
}

describe('the library says what it expected', () => {
  it('checks the first argument of every exported function', () => {
    expect(functions.length).toBeGreaterThan(40)
    let calls = 0
    for (const [name, fn] of functions) {
      for (const value of wrong) {
        calls++
        expectExpected(
          thrown(() => fn(value)),
          `${name}(${String(value)})`
        )
      }
    }
    expect(calls).toBe(functions.length * wrong.length)
  })

  it('refuses unknown styles, layouts, languages, formats and reporter names instead of a default', () => {
    const document = glosa.readDocument('The chip.\n', {format: 'md'})
    const cases: Array<[string, () => unknown, RegExp]> = [
      [
        'style',
        () => glosa.annotate(document, {style: 'bold' as never}),
        /^Expected `style` of `options` of `annotate` to be one of `footnote`, `link`, `abbr`, `directive`, not `bold`/
      ],
      [
        'layout',
        () => glosa.annotate(document, {layout: 'diagonal' as never}),
        /^Expected `layout` of `options` of `annotate` to be one of .*not `diagonal`/
      ],
      [
        'lang',
        () => glosa.annotate(document, {lang: 'fr' as never}),
        /^Expected `lang` of `options` of `annotate` to be one of `pt-PT`, `pt-BR`, `en`, not `fr`/
      ],
      [
        'format',
        () => glosa.readDocument('x', {format: 'pdf' as never}),
        /^Expected `format` of `options` of `readDocument` to be one of `md`, `mdx`, `text`, not `pdf`/
      ],
      [
        'reporter',
        () => glosa.report([], 'xml' as never),
        /^Expected `reporter` of `report` to be one of `human`, `json`, `sarif`, `github` or undefined, not `xml`/
      ],
      [
        'locale',
        () => glosa.reportHuman([], {locale: 'fr' as never}),
        /^Expected `locale` of `options` of `reportHuman` to be one of/
      ],
      [
        'glossary format',
        () => glosa.parseGlossary('a\tb\n', {format: 'xlsx' as never}),
        /^Expected `format` of `options` of `parseGlossary` to be one of `tbx`/
      ],
      [
        'options shape',
        () => glosa.tagTerms(document, {entries: []}, 'fast' as never),
        /^Expected `options` of `tagTerms` to be an options object, not `fast`/
      ],
      [
        'nested shape',
        () => glosa.tagTerms(document, {entries: 3} as never),
        /^Expected `glossary` of `tagTerms` to be a glossary/
      ],
      [
        'entry',
        () => glosa.preferredTerm({id: 'x', terms: null} as never, 'en'),
        /^Expected `entry` of `preferredTerm` to be a glossary entry/
      ],
      [
        'second argument',
        () => glosa.alignDocuments(document, null as never),
        /^Expected `target` of `alignDocuments` to be a glosa document/
      ]
    ]
    for (const [what, call, message] of cases) {
      const error = thrown(call)
      expect(error, what).toBeInstanceOf(TypeError)
      expect((error as Error).message, what).toMatch(message)
    }
  })

  it('keeps working for calls that pass what it takes', () => {
    const document = glosa.readDocument('The chip runs inference.\n', {format: 'md'})
    const output = glosa.annotate(document, {style: 'link', alignment: null})
    expect(glosa.strip(output)).toBe(document.source)
    expect(glosa.report([], 'json')).toBe('[]\n')
  })

  it('the remark plugin says what it expected too, when attached', () => {
    const error = thrown(() =>
      unified()
        .use(remarkParse)
        .use(glosa.remarkGlosa, {style: 'bold' as never})
        .freeze()
    )
    expect((error as Error).message).toMatch(/^Expected `style` to be .*, not `bold`/)
  })
})
