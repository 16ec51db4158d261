import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import * as api from '../../src/annotate/index.js'
import {annotate, isAnnotated, strip} from '../../src/annotate/index.js'
import type {Glossary} from '../../src/glossary/types.js'
import {readDocument} from '../../src/document/index.js'
import {compileGlossary} from '../../src/tag/index.js'
import {annotateText, glossary, nodesOf, parse} from './helpers.js'

const seed = readFileSync(new URL('../../corpus/h20-ft/post.txt', import.meta.url), 'utf8')

describe('public API', () => {
  it('exports annotate, strip, isAnnotated, the remark plugin (default), the option lists and the readers that spare annotate a second parse', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'annotate',
        'default',
        'defaultReaderLang',
        'isAnnotated',
        'layouts',
        'readFileForAnnotation',
        'readForAnnotation',
        'readerLangs',
        'remarkGlosa',
        'strip',
        'styles'
      ].sort()
    )
    expect(api.default).toBe(api.remarkGlosa)
    expect(api.styles).toEqual(['footnote', 'link', 'abbr', 'directive'])
    expect(api.layouts).toEqual(['inline', 'interleaved', 'side-by-side'])
  })
})

describe('footnote style (default)', () => {
  const markdown =
    '# Inference chips\n\nThe export controls cover inference. Inference again.\n\n## Next\n\nMore inference here.\n'

  it('calls a footnote after the first occurrence of each entry per section, never in a heading', () => {
    const output = annotateText(markdown)
    expect(
      output.startsWith(
        '# Inference chips\n\nThe export controls[^glosa-export-controls] cover inference[^glosa-inference]. Inference again.\n\n## Next\n\nMore inference[^glosa-inference] here.\n'
      )
    ).toBe(true)
  })

  it('defines each footnote once, in the order first called, with the other language and the definition', () => {
    const tree = parse(annotateText(markdown))
    const definitions = nodesOf(tree, 'footnoteDefinition') as Array<{identifier: string}>
    expect(definitions.map((node) => node.identifier)).toEqual(['glosa-export-controls', 'glosa-inference'])
    expect(nodesOf(tree, 'footnoteReference')).toHaveLength(3)
    expect(annotateText(markdown)).toContain(
      '[^glosa-inference]: **inference** (English) · *inferência* (Portuguese): Running a trained model to answer requests.'
    )
  })

  it('calls the footnote right after a term that a bare URL follows without a space, outside the link', () => {
    const output = annotateText('The H20https://example.com/H20 ships.\n')
    expect(output.startsWith('The H20[^glosa-h20]https://example.com/H20 ships.\n')).toBe(true)
    expect(nodesOf(parse(output), 'footnoteReference')).toHaveLength(1)
  })

  it('marks every occurrence with `every`', () => {
    expect(annotateText(markdown, {every: true})).toContain(
      'inference[^glosa-inference]. Inference[^glosa-inference] again.'
    )
  })

  it('writes definitions, labels and the section title in the reader’s language', () => {
    const output = annotateText(markdown, {lang: 'pt-PT', definitions: 'glossary'})
    expect(output).toContain('## Glossário')
    expect(output).toContain('[^glosa-inference]: **inferência** (português) · *inference* (inglês)\n')
    expect(output).toContain(
      '**inferência** (português) · *inference* (inglês): Execução de um modelo treinado para responder a pedidos.'
    )
  })

  it('writes each definition once: in the footnotes by default, in the glossary section on request', () => {
    const definitionText = 'Execução de um modelo treinado para responder a pedidos.'
    const inNotes = annotateText(markdown, {lang: 'pt-PT'})
    expect(inNotes.split(definitionText)).toHaveLength(2)
    expect(inNotes).not.toContain('## Glossário')
    const inGlossary = annotateText(markdown, {lang: 'pt-PT', definitions: 'glossary'})
    expect(inGlossary.split(definitionText)).toHaveLength(2)
    for (const style of ['link', 'abbr', 'directive'] as const)
      expect(annotateText(markdown, {lang: 'pt-PT', style})).toContain('## Glossário')
  })

  it('notes that a deprecated term was used, with its preferred alternative', () => {
    const output = annotateText('Os modelos de AI precisam de muita memória para o treino.\n', {lang: 'pt-PT'})
    expect(output).toContain('AI[^glosa-ai]')
    expect(output).toContain('«AI» é desaconselhado em português: use «IA».')
  })

  it('puts the call after the whole word and after a link, never inside code', () => {
    const output = annotateText(
      'The [inference](https://example.com/inference) stack and `H20` code; Nvidia’s H20’s price.\n'
    )
    expect(output).toContain(
      '[inference](https://example.com/inference)[^glosa-inference] stack and `H20` code; Nvidia’s H20’s[^glosa-h20] price.'
    )
  })
})

describe('wrapping styles', () => {
  const markdown = 'The **export** controls limit inference, see [inference docs](https://x.test).\n'

  it('link: wraps the term, widened over markup it cuts, without nesting links', () => {
    const output = annotateText(markdown, {style: 'link'})
    expect(output).toContain(
      'The [**export** controls](#glosa-export-controls) limit [inference](#glosa-inference), see [inference docs](https://x.test).'
    )
    const links = nodesOf(parse(output), 'link') as Array<{url: string}>
    expect(links.map((link) => link.url)).toEqual(['#glosa-export-controls', '#glosa-inference', 'https://x.test'])
    expect(output).toContain('<a id="glosa-inference"></a>')
  })

  it('abbr: an <abbr> element whose title holds the equivalent and definition, attribute-escaped', () => {
    const output = annotateText('Lifted export controls.\n', {style: 'abbr', lang: 'pt-PT'})
    expect(output).toContain(
      '<abbr data-glosa="glosa-export-controls" title="controlos de exportação (português) · export controls (inglês): Regras que restringem *exportações* &#60;script&#62;alert(1)&#60;/script&#62; &#124; &#96;x&#96; [y] _z_.">export controls</abbr>'
    )
  })

  it('directive: a :term text directive carrying the entry', () => {
    const output = annotateText(markdown, {style: 'directive'})
    expect(output).toContain(':term[**export** controls]{glosa="glosa-export-controls"}')
    const directives = nodesOf(parse(output), 'textDirective') as Array<{
      name: string
      attributes: Record<string, string>
    }>
    expect(directives.map((node) => [node.name, node.attributes.glosa])).toEqual([
      ['term', 'glosa-export-controls'],
      ['term', 'glosa-inference']
    ])
  })

  it('leaves a term unmarked where a mark next to a `*` or `_` run would change the emphasis, and marks the next one', () => {
    // `)*inference`: the `*` can only open; after `)*<abbr …>` or `)*[` it can close, and `*a)*` would be emphasis.
    const closing = '*a)*inference, then inference.\n'
    // `inference_x`: the `_` is inside a word; after a footnote call `]_x` it can open, and `_x y_` would be emphasis.
    const opening = 'An inference_x y_ and inference.\n'
    for (const style of ['footnote', 'link', 'abbr', 'directive'] as const) {
      for (const markdown of [closing, opening]) {
        const output = annotateText(markdown, {style})
        const paragraph = parse(output).children[0]!
        expect(nodesOf(paragraph, 'emphasis'), `${style}: ${output}`).toEqual([])
        expect(output.split('\n')[0], style).toContain('glosa-inference')
        expect(strip(output)).toBe(markdown)
      }
    }
    expect(annotateText(closing, {style: 'abbr'})).toContain('*a)*inference, then <abbr data-glosa="glosa-inference"')
    expect(annotateText(opening)).toContain('An inference_x y_ and inference[^glosa-inference].')
  })

  it('marks a term inside or beside emphasis where the emphasis stays as it was', () => {
    const markdown = 'Fast *inference*, **H20** chips and _export controls_.\n'
    for (const style of ['footnote', 'link', 'abbr', 'directive'] as const) {
      const output = annotateText(markdown, {style})
      const paragraph = parse(output).children[0]!
      for (const id of ['glosa-inference', 'glosa-h20', 'glosa-export-controls'])
        expect(output.split('\n')[0], style).toContain(id)
      expect(nodesOf(paragraph, 'emphasis').length, output).toBe(2)
      expect(nodesOf(paragraph, 'strong').length, output).toBe(1)
    }
  })

  it('parses a paragraph again for such marks only within a bound: past it, the marks that need a parse are left out', () => {
    // Each `*inference*,` needs a parse (the closing star could open too once `</abbr>` stands before it): 30,000 units, 2,000 times.
    const markdown = 'x *inference*, '.repeat(2000) + '\n'
    const output = annotateText(markdown, {style: 'abbr', every: true})
    const marks = output.split('\n')[0]!.split('<abbr ').length - 1
    expect(marks).toBeGreaterThan(0)
    expect(marks).toBeLessThan(5)
    expect(strip(output)).toBe(markdown)
  })

  it('never alters the term text', () => {
    for (const style of ['footnote', 'link', 'abbr', 'directive'] as const) {
      const output = annotateText(markdown, {style})
      expect(strip(output)).toBe(markdown)
    }
  })
})

describe('safe output', () => {
  it('writes a definition holding markup and <script> as text', () => {
    const output = annotateText('Lifted export controls.\n', {lang: 'pt-PT'})
    const tree = parse(output)
    const html = nodesOf(tree, 'html') as Array<{value: string}>
    expect(html.some((node) => node.value.includes('script'))).toBe(false)
    expect(nodesOf(tree, 'emphasis').length).toBe(1) // the shown equivalent only, not *exportações* or _z_
    const definition = nodesOf(tree, 'footnoteDefinition')[0] as {children: unknown[]}
    expect(JSON.stringify(definition)).toContain(
      'Regras que restringem *exportações* <script>alert(1)</script> | `x` [y] _z_.'
    )
  })
})

describe('plain text (a forum post)', () => {
  it('keeps the reader’s blocks apart with comments, splitting a glued attribution, and strips back to the seed', () => {
    const output = annotateText(seed, {format: 'text'})
    expect(
      output.startsWith(
        '**MarcoAntonio Escreveu:**<!-- glosa:byline -->\n<!-- glosa:split -->\nNota: o H20[^glosa-h20]'
      )
    ).toBe(true)
    expect(output).toContain(
      'por domésticos.\n<!-- glosa:break -->\n<!-- glosa:quote -->\n> ## Beijing turns against Nvidia’s AI chip after ‘insulting’ Lutnick remarks<!-- glosa:heading -->\n'
    )
    expect(nodesOf(parse(output), 'heading')).toHaveLength(1) // the article's headline
    expect(strip(output)).toBe(seed)
    const paragraphs = nodesOf(parse(output), 'paragraph')
    expect(paragraphs.length).toBeGreaterThan(15)
  })

  it('records the plain-text format, so re-annotating the output reads it as text again', () => {
    const output = annotateText(seed, {format: 'text'})
    expect(output).toContain('<!-- glosa:begin text -->')
    expect(annotate(readDocument(output, {format: 'md'}), {glossary: compileGlossary(glossary), alignment: null})).toBe(
      output
    )
  })
})

describe('strip', () => {
  it('removes only glosa’s additions: a user’s own footnotes, comments, anchors, links and abbr stay', () => {
    const markdown = [
      '<a id="top"></a>Text with a note[^1] and <!-- a comment --> and [a link](#top).',
      '',
      'An <abbr title="HyperText">HTML</abbr> tag and inference.',
      '',
      '[^1]: My note.',
      ''
    ].join('\n')
    for (const style of ['footnote', 'link', 'abbr', 'directive'] as const) {
      const output = annotateText(markdown, {style})
      expect(output).not.toBe(markdown)
      expect(strip(output)).toBe(markdown)
    }
  })

  it('is the identity on text glosa never annotated', () => {
    expect(strip('plain [^1] <!-- x --> <a id="y"></a>\n')).toBe('plain [^1] <!-- x --> <a id="y"></a>\n')
    expect(isAnnotated('plain\n')).toBe(false)
  })

  it('keeps examples of glosa’s marks in fenced code and code spans: they are the document’s own text', () => {
    const markdown = [
      'The inference chip.',
      '',
      '```md',
      'The inference[^glosa-inference] chip.',
      '<!-- glosa:break -->',
      '```',
      '',
      'A `<!-- glosa:split -->` mark, or `[^glosa-h20]`, is glosa’s.',
      ''
    ].join('\n')
    expect(isAnnotated(markdown)).toBe(false)
    expect(strip(markdown)).toBe(markdown)
    // An unclosed fence in a list item: its code takes in the blank lines before glosa's part, not the part.
    for (const text of [markdown, '\n- inference\n   ~~~\n']) {
      for (const style of ['footnote', 'link', 'abbr', 'directive'] as const) {
        const output = annotateText(text, {style})
        expect(strip(output)).toBe(text)
        expect(annotateText(output, {style})).toBe(output)
      }
    }
  })

  it('keeps CRLF line endings and a missing final newline', () => {
    const crlf = '# Title\r\n\r\nThe inference chip.\r\nMore text'
    const output = annotateText(crlf)
    expect(output.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    expect(strip(output)).toBe(crlf)
  })
})

describe('a document that ends in an open block', () => {
  it('puts the generated part before an unclosed code fence, where it still renders', () => {
    const markdown = 'The inference chip.\n\n```js\nconst open = true\n'
    const output = annotateText(markdown)
    expect(
      output.startsWith('The inference[^glosa-inference] chip.\n\n<!-- glosa:begin-before -->\n\n[^glosa-inference]: ')
    ).toBe(true)
    expect(output.endsWith('<!-- glosa:end -->\n\n```js\nconst open = true\n')).toBe(true)
    expect(nodesOf(parse(output), 'footnoteDefinition')).toHaveLength(1)
    expect(strip(output)).toBe(markdown)
    expect(annotateText(output)).toBe(output)
  })
})

describe('idempotence', () => {
  it('annotating annotated text changes nothing, for every style', () => {
    const markdown = 'The export controls cover inference.\n'
    for (const style of ['footnote', 'link', 'abbr', 'directive'] as const) {
      const once = annotateText(markdown, {style})
      expect(annotateText(once, {style})).toBe(once)
    }
  })
})

describe('bundled glossary types', () => {
  it('accepts a Glossary object as well as a matcher', () => {
    const fromGlossary = annotate(readDocument('inference\n', {format: 'md'}), {
      glossary: glossary as Glossary,
      alignment: null
    })
    expect(fromGlossary).toContain('inference[^glosa-inference]')
  })
})

describe('commentary links', () => {
  const markdown =
    'O H20 serve para a inferência.\n\n| chip | note |\n| --- | --- |\n| H20 | Used for inference \\| in China. |\n'
  const document = readDocument(markdown, {format: 'md'})
  const position = (text: string) => {
    const start = markdown.indexOf(text)
    return {start: {line: 1, column: 1, offset: start}, end: {line: 1, column: 1, offset: start + text.length}}
  }
  const alignment = {
    mode: 'commentary' as const,
    source: {
      lang: 'pt' as const,
      segments: [
        {
          index: 0,
          text: 'O H20 serve para a inferência.',
          lang: 'pt' as const,
          position: position('O H20 serve para a inferência.'),
          sentence: 'b1.s1'
        }
      ]
    },
    target: {
      lang: 'en' as const,
      segments: [
        {
          index: 0,
          text: 'Used for inference \\| in China.',
          lang: 'en' as const,
          position: position('Used for inference \\| in China.'),
          sentence: 'b5.s1'
        }
      ]
    },
    pairs: [],
    links: [{source: 0, target: 0, score: 0.9, evidence: []}],
    warnings: []
  }

  it('anchors the discussed sentence and references it after the commentary sentence, even in a table cell', () => {
    const output = annotate(document, {glossary: compileGlossary(glossary), alignment, hits: []})
    // No term occurs: the generated part is empty, there only to make the marks glosa's.
    expect(output).toBe(
      '<a id="glosa-c-b1-s1"></a>O H20 serve para a inferência. → [[1]](#glosa-s-b5-s1 "Used for inference \\| in China.")\n\n| chip | note |\n| --- | --- |\n| H20 | <a id="glosa-s-b5-s1"></a>[[1]](#glosa-c-b1-s1 "O H20 serve para a inferência.") Used for inference \\| in China. |\n' +
        '\n\n<!-- glosa:begin -->\n\n<!-- glosa:end -->\n'
    )
    const tree = parse(output)
    expect(nodesOf(tree, 'tableCell')).toHaveLength(4)
    const links = nodesOf(tree, 'link') as Array<{url: string; title: string}>
    // Both ways: the commentary to the sentence (titled with it), the sentence's visible label back to the commentary.
    expect(links.map((link) => [link.url, link.title])).toEqual([
      ['#glosa-s-b5-s1', 'Used for inference | in China.'],
      ['#glosa-c-b1-s1', 'O H20 serve para a inferência.']
    ])
    expect(strip(output)).toBe(markdown)
  })

  it('adds no links in parallel mode or with a translation file', () => {
    const output = annotate(document, {
      glossary: compileGlossary(glossary),
      alignment: {...alignment, mode: 'parallel', links: []},
      hits: []
    })
    expect(output).toBe(markdown)
  })
})

describe('side-by-side layout', () => {
  it('turns a hard line break inside a sentence into a space in its cell, never a stray backslash', () => {
    const source = readDocument('The inference runs here,\\\nand the training there.  \nIt is fast.\n', {format: 'md'})
    const translation = readDocument('A inferência corre aqui,\\\ne o treino ali.  \nÉ rápida.\n', {format: 'md'})
    const output = annotate(source, {glossary: compileGlossary(glossary), translation, layout: 'side-by-side'})
    const cells = output
      .split('\n')
      .filter((line) => line.startsWith('| ') && !line.startsWith('| ---'))
      .slice(1)
    expect(cells.join('\n')).not.toMatch(/\\ /)
    expect(cells.join('\n')).toContain('here, and the training')
    expect(strip(output)).toBe(source.source)
  })
})
