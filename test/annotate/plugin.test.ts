import {readFileSync} from 'node:fs'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkStringify from 'remark-stringify'
import remarkDirective from 'remark-directive'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import remarkGlosa from '../../src/annotate/index.js'
import type {RemarkGlosaOptions} from '../../src/annotate/index.js'
import {docsBase} from '../../src/util/package.js'
import {glossary, matcher, nodesOf} from './helpers.js'

function run(markdown: string, options: RemarkGlosaOptions) {
  const file = new VFile(markdown)
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkDirective)
    .use(remarkGlosa, options)
    .use(remarkStringify)
  const tree = processor.runSync(processor.parse(file), file)
  return {tree, file, output: processor.stringify(tree, file)}
}

describe('remarkGlosa', () => {
  const markdown =
    '# Inference\n\nThe export controls cover [inference](https://x.test) and inference, and AI.\n\n## More\n\nInference again.\n'

  it('adds footnote calls and definitions and a glossary section to the tree', () => {
    const {tree, output} = run(markdown, {glossary})
    const calls = nodesOf(tree, 'footnoteReference') as Array<{identifier: string}>
    expect(calls.map((call) => call.identifier)).toEqual([
      'glosa-export-controls',
      'glosa-inference',
      'glosa-ai',
      'glosa-inference'
    ])
    expect(nodesOf(tree, 'footnoteDefinition')).toHaveLength(3)
    expect(output).toContain(
      'The export controls[^glosa-export-controls] cover [inference](https://x.test)[^glosa-inference] and inference, and AI[^glosa-ai].'
    )
    expect(output).toContain('## Glossary')
  })

  it('puts the hits on file.data.glosa and reports each as an info message', () => {
    const {file} = run(markdown, {glossary})
    expect(file.data.glosa?.hits.map((hit) => hit.text)).toEqual([
      'export controls',
      'inference',
      'inference',
      'AI',
      'Inference'
    ])
    const first = file.messages[0]!
    expect(first).toMatchObject({ruleId: 'glossary-term', source: 'glosa', fatal: undefined, actual: 'export controls'})
    // The url names the plugin's section of docs/api.md, which describes the message.
    expect(first.url).toBe(`${docsBase()}api.md#the-remark-plugin`)
    expect(readFileSync(new URL('../../docs/api.md', import.meta.url), 'utf8')).toContain('\n## The remark plugin\n')
    expect(first.place).toMatchObject({start: {line: 3, column: 5, offset: 17}, end: {line: 3, column: 20, offset: 32}})
    expect(first.reason).toBe(
      'Glossary term `export controls` (export-controls): export controls · controlos de exportação'
    )
    expect(file.messages).toHaveLength(5)
  })

  it('places a hit exactly in a text node that holds escapes or character references', () => {
    const {file} = run('AT&amp;T \\*uses\\* inference.\n', {glossary})
    expect(file.messages[0]!.place).toMatchObject({
      start: {line: 1, column: 19, offset: 18},
      end: {line: 1, column: 28, offset: 27}
    })
  })

  it('links terms to the glossary section without nesting links', () => {
    const {tree} = run(markdown, {glossary: matcher, style: 'link'})
    const links = nodesOf(tree, 'link') as Array<{url: string}>
    expect(links.map((link) => link.url)).toEqual([
      '#glosa-export-controls',
      'https://x.test',
      '#glosa-inference',
      '#glosa-ai',
      '#glosa-inference'
    ])
  })

  it('adds abbr HTML and term directives', () => {
    const abbr = run('Some inference.\n', {glossary, style: 'abbr', lang: 'pt-PT'}).output
    expect(abbr).toContain(
      'Some <abbr data-glosa="glosa-inference" title="inferência (português) · inference (inglês): Execução de um modelo treinado para responder a pedidos.">inference</abbr>.'
    )
    const {tree, output} = run('Some inference.\n', {glossary, style: 'directive', section: false})
    expect(nodesOf(tree, 'textDirective')).toHaveLength(1)
    expect(output).toBe('Some :term[inference]{glosa="glosa-inference"}.\n')
  })

  it('puts the alignment of a document holding Portuguese commentary and English text on file.data.glosa', () => {
    const mixed = [
      'O H20 é um chip para a inferência, com menos memória do que o H200.',
      '',
      'A group of Chinese regulators discouraged purchases of the H20, a watered-down processor used for inference.',
      '',
      'The weather in Lisbon was pleasant on Tuesday.',
      ''
    ].join('\n')
    const {file} = run(mixed, {glossary})
    expect(file.data.glosa?.alignment?.source.segments.length).toBeGreaterThan(0)
    expect(run('Only English inference here.\n', {glossary}).file.data.glosa?.alignment).toBeUndefined()
  })

  it('marks every occurrence with every: true', () => {
    const {tree} = run(markdown, {glossary, every: true, section: false})
    expect(nodesOf(tree, 'footnoteReference')).toHaveLength(5)
  })

  it('accepts null and undefined options', () => {
    expect(() =>
      unified().use(remarkGlosa, {glossary, style: null, every: undefined, lang: null}).freeze()
    ).not.toThrow()
    expect(() => unified().use(remarkGlosa, null).freeze()).not.toThrow()
  })

  it('validates options when attached, saying what it expected and what came', () => {
    expect(() =>
      unified()
        .use(remarkGlosa, {style: 'bold'} as never)
        .freeze()
    ).toThrow('Expected `style` to be `footnote`, `link`, `abbr`, `directive`, not `bold`')
    expect(() =>
      unified()
        .use(remarkGlosa, {every: 'yes'} as never)
        .freeze()
    ).toThrow('Expected `every` to be a boolean, not `yes`')
    expect(() =>
      unified()
        .use(remarkGlosa, {glossary: 42} as never)
        .freeze()
    ).toThrow('Expected `glossary` to be a glossary object, a compiled matcher, or glossary file paths, not `42`')
    expect(() => unified().use(remarkGlosa, {glossary: 'no/such/glossary.tbx'}).freeze()).toThrow('no such file')
    expect(() =>
      unified()
        .use(remarkGlosa, {lang: 'fr', locale: 'pt-PT'} as never)
        .freeze()
    ).toThrow('Esperava-se que `lang` fosse `pt-PT`, `pt-BR`, `en`, não `fr`')
  })
})
