// Adversarial shapes (issue 17): deep nesting refused with a located message, never a stack
// overflow; compounds, names and undecided blocks read with the right results. No timing here:
// growth figures are in bench/adversarial.bench.js; linearity is shown by counting work.
import {describe, expect, it} from 'vitest'
import {readDocument} from '../../src/document/index.js'
import {MAX_INLINE, MAX_NESTING, measureMarkdownShape, WARN_INLINE, WARN_NESTING} from '../../src/read/shape.js'
import {scoreLanguage} from '../../src/identify/language.js'
import {hostile} from './helpers.js'

describe('deep nesting', () => {
  for (const [name, line] of [
    ['10,000 nested >', '>'.repeat(10_000) + ' a\n'],
    ['10,000 nested list markers', '- '.repeat(10_000) + 'a\n'],
    ['10,000 nested ordered list markers', '1. '.repeat(10_000) + 'a\n']
  ] as const) {
    it(`refuses ${name} on one line with the place and exit 2, in every command that parses Markdown`, () => {
      for (const args of [
        ['segment', 'deep.md'],
        ['tag', 'deep.md'],
        ['annotate', 'deep.md']
      ]) {
        hostile({
          files: {'deep.md': line},
          args,
          code: 2,
          message: new RegExp(
            `^glosa: deep\\.md:1:\\d+: block quotes and lists nest 10000 deep here; glosa reads at most ${MAX_NESTING} levels`,
            'm'
          ),
          portuguese: /aninham-se aqui a 10000 níveis/
        })
      }
    })
  }

  it('strip refuses an annotated file nested 10,000 deep with the place, and leaves it as it was', () => {
    const annotated = [
      'O chip[^glosa-chip] é rápido.',
      '',
      '<!-- glosa:begin -->',
      '',
      '[^glosa-chip]: **chip**: Circuito integrado.',
      '',
      '<!-- glosa:end -->',
      ''
    ].join('\n')
    for (const args of [
      ['strip', 'ann.md'],
      ['strip', 'ann.md', '--in-place']
    ]) {
      hostile({
        files: {'ann.md': '- '.repeat(10_000) + 'a\n\n' + annotated},
        args,
        code: 2,
        message: /^glosa: ann\.md:1:19999: block quotes and lists nest 10000 deep here/m
      })
    }
  })

  it('refuses a list indented 150 levels deep, at the line where it is deepest', () => {
    const source = Array.from({length: 150}, (_, level) => ' '.repeat(2 * level) + '- a').join('\n') + '\n'
    hostile({
      files: {'deep.md': source},
      args: ['segment', 'deep.md'],
      code: 2,
      message: /^glosa: deep\.md:150:\d+: block quotes and lists nest 150 deep here/m
    })
  })

  it('check lists a too deeply nested file as not checked rather than crashing', () => {
    const run = hostile({
      files: {'en.md': '> '.repeat(5000) + 'a\n', 'pt.md': 'Olá.\n'},
      args: ['check', 'en.md', 'pt.md'],
      code: [1, 2],
      message: 'any'
    })
    expect(run.stdout).toMatch(/not checked: block quotes and lists nest 5000 deep/)
  })

  it('reads 40 levels with a located warning and the right text', () => {
    const run = hostile({
      files: {'quote.md': '> '.repeat(40) + 'O processador é rápido.\n'},
      args: ['segment', 'quote.md', '--json'],
      code: 0,
      message: /^glosa: quote\.md:1:79: block quotes and lists nest 40 deep here/m
    })
    const json = JSON.parse(run.stdout) as {blocks: Array<{role: string; sentences: Array<{text: string}>}>}
    expect(json.blocks.map((block) => [block.role, block.sentences.map((sentence) => sentence.text)])).toEqual([
      ['quote', ['O processador é rápido.']]
    ])
  })

  it('reads nesting up to the warning bound silently', () => {
    const document = readDocument('> '.repeat(WARN_NESTING) + 'a\n', {format: 'md'})
    expect(document.warnings).toBeUndefined()
    expect(readDocument('> '.repeat(WARN_NESTING + 1) + 'a\n', {format: 'md'}).warnings).toHaveLength(1)
  })
})

describe('measureMarkdownShape (the pre-scan)', () => {
  it('counts markers on a line and items kept open by indentation', () => {
    expect(measureMarkdownShape('> > - a\n').depth).toBe(3)
    expect(measureMarkdownShape('- a\n  - b\n    - c\n').depth).toBe(3)
    // A line after a blank one closes the items its indentation does not reach.
    expect(measureMarkdownShape('- a\n  - b\n\nc\n- d\n').depth).toBe(2)
  })

  it('skips fenced code and ignores hyphens and numbers inside text', () => {
    expect(measureMarkdownShape('```\n' + '> '.repeat(500) + '\n```\nword - word 1. word\n').depth).toBe(0)
  })

  it('places the deepest marker', () => {
    const shape = measureMarkdownShape('a\n\n> > b\n')
    expect(shape).toEqual({depth: 2, offset: 5, inline: 0, inlineOffset: 0})
  })

  it('counts the inline markup of each paragraph, from the line that starts it', () => {
    const source =
      'Intro *a* [b](c).\n\n' +
      'x [a](b '.repeat(3) +
      '\nlazy _line_\n\n- item [a]\n- item [b]\n\n```\n[[[[[[[[[[\n```\n'
    expect(measureMarkdownShape(source)).toMatchObject({inline: 8, inlineOffset: 'Intro *a* [b](c).\n\n'.length})
    // List items, headings and table rows each start a block of their own; fenced code is not counted.
    expect(measureMarkdownShape('- [a] [b]\n- [c]\n# [d]\n| [e] |\n').inline).toBe(4)
  })
})

describe('many inline constructs in one paragraph (micromark is quadratic in them)', () => {
  it('refuses a paragraph of 64,000 unclosed links before parsing, with its place and exit 2, in every command that parses Markdown', () => {
    const source = 'Intro.\n\n' + '[a](b '.repeat(64_000) + '\n'
    for (const args of [
      ['segment', 'links.md'],
      ['tag', 'links.md'],
      ['annotate', 'links.md']
    ]) {
      hostile({
        files: {'links.md': source},
        args,
        code: 2,
        message: new RegExp(
          `^glosa: links\\.md:3:1: this paragraph holds 128000 inline markup characters .*; glosa reads at most ${MAX_INLINE} in one paragraph`,
          'm'
        ),
        portuguese: /este parágrafo tem 128000 caracteres de marcação/
      })
    }
  })

  it('reads a paragraph past the warning bound with a located warning, and one below it silently', () => {
    const below = 'Intro.\n\n' + '*a* '.repeat(WARN_INLINE / 2) + '\n'
    expect(readDocument(below, {format: 'md'}).warnings).toBeUndefined()
    const past = 'Intro.\n\n' + '*a* '.repeat(WARN_INLINE / 2 + 1) + '\n'
    expect(readDocument(past, {format: 'md'}).warnings).toEqual([
      {
        key: 'limits:inline.slow',
        values: {marks: WARN_INLINE + 2, limit: MAX_INLINE},
        place: {line: 3, column: 1, offset: 8}
      }
    ])
  }, 120_000)
})

describe('compounds, names and undecided blocks (once super-linear)', () => {
  it('scores a compound of 20,000 parts joined by apostrophes or hyphens like its parts', () => {
    for (const joiner of ["'", '-', '’']) {
      const compound = Array.from({length: 20_000}, () => 'the').join(joiner)
      // Every part is the English "the": one point each, as before the fix.
      expect(scoreLanguage(compound).score).toBeLessThanOrEqual(-20_000)
    }
  })

  it('blanks every joining word of a long line of capitalised names, for franc too', () => {
    const count = 5_000
    // "and" inside "Build and Deploy" is no evidence; the first one, with no name before it, is.
    const letters = 'BuildandDeploy'.length * count - 'and'.length * (count - 1)
    expect(scoreLanguage('Build and Deploy '.repeat(count)).letters).toBe(letters)
  })

  it('gives a table of 3,000 one-word cells the language of the nearest decided block on each side', () => {
    const cells = '| x | z | x |\n| - | - | - |\n' + '| x | z | x |\n'.repeat(1_000)
    const source =
      'O processador é muito rápido e a memória é pequena.\n\n' +
      cells +
      '\nThe processor is very fast and the memory is small.\n'
    const document = readDocument(source, {format: 'md'})
    const cellsLangs = document.blocks.filter((block) => block.role === 'table-cell').map((block) => block.lang)
    expect(cellsLangs.length).toBe(3_003)
    // Undecided cells follow the block before them (not headings or attributions).
    expect(new Set(cellsLangs)).toEqual(new Set(['pt']))
    expect(document.blocks.at(-1)?.lang).toBe('en')
  })
})
