import {describe, expect, it} from 'vitest'
import {annotate, layouts, readForAnnotation, strip, styles} from '../../src/annotate/index.js'
import {readDocument} from '../../src/document/index.js'
import {generators, matcher, mdxError, read, renderMarkdown, site} from './helpers.js'

// Every fixture page, annotated in every style and layout, must still build: MDX with
// @mdx-js/mdx 2 and 3, plain Markdown through remark-rehype. Strings alone prove nothing.
describe.each(generators)('annotating the %s fixture site', (generator) => {
  const pages = site(generator)
  const source = read(pages.source)
  const document = readForAnnotation(source, {file: pages.source})
  const translation = readDocument(read(pages.translation), {file: pages.translation})

  it.each(styles.flatMap((style) => layouts.map((layout) => [style, layout] as const)))(
    'in the %s style and %s layout gives output the site compiles, which strips back to the page',
    async (style, layout) => {
      const output = annotate(document, {glossary: matcher, style, layout, translation})
      expect(output).not.toBe(source)
      expect(strip(output)).toBe(source)
      if (document.mdx) {
        expect(output).not.toContain('<!--')
        expect(await mdxError(source)).toBeUndefined()
        expect(await mdxError(output)).toBeUndefined()
      } else {
        expect(renderMarkdown(output)).toContain('<')
      }
      const again = readForAnnotation(output, {file: pages.source})
      expect(annotate(again, {glossary: matcher, style, layout, translation})).toBe(output)
    }
  )
})

describe('MDX marks', () => {
  it('writes glosa comments as MDX comments and footnote calls as Markdown', () => {
    const source = 'import X from "x"\n\nO componente guarda o estado.\n'
    const output = annotate(readForAnnotation(source, {file: 'page.mdx'}), {glossary: matcher})
    expect(output).toContain('{/* glosa:begin */}')
    expect(output).toContain('{/* glosa:end */}')
    expect(output).toContain('componente[^glosa-component]')
  })

  it('never marks a term inside a JSX attribute or an expression', () => {
    const source = '<Figure caption="O componente e o estado" />\n\nO texto {componente} fica.\n'
    const output = annotate(readForAnnotation(source, {file: 'page.mdx'}), {glossary: matcher, style: 'abbr'})
    expect(output.startsWith('<Figure caption="O componente e o estado" />\n\nO texto {componente} fica.\n')).toBe(true)
  })

  it('keeps an escaped title in <abbr> valid MDX', async () => {
    const source = '<Note>\n\nO componente "especial" guarda o estado.\n\n</Note>\n'
    const output = annotate(readForAnnotation(source, {file: 'page.mdx'}), {glossary: matcher, style: 'abbr'})
    expect(output).toMatch(/<abbr data-glosa="glosa-component" title="[^"]*">componente<\/abbr>/)
    expect(await mdxError(output)).toBeUndefined()
  })

  it('keeps the original of a side-by-side page in an MDX comment that no brace or */ of the page can end', async () => {
    const source = "export const a = {b: '*/'}\n\n# O estado {/*state*/}\n\nO componente {a.b} guarda o estado.\n"
    const document = readForAnnotation(source, {file: 'page.mdx'})
    const translation = readDocument('# The state {/*state*/}\n\nThe component {a.b} keeps the state.\n', {
      file: 'en.mdx'
    })
    const output = annotate(document, {glossary: matcher, layout: 'side-by-side', translation})
    expect(output.startsWith('{/* glosa:side-by-side */}')).toBe(true)
    expect(strip(output)).toBe(source)
    expect(await mdxError(output)).toBeUndefined()
  })

  // Found by the property below: a Portuguese translation read as a commentary on the page
  // made the table slice the page at the translation's offsets, through the <Note> element.
  it('lays a page out beside a Portuguese commentary on it: each side whole, JSX blocks kept out of the cells', async () => {
    const source = '<Note title="The plugin">\n\nThe plugin reads the state.\n\n</Note>\n\n# O estado {/*o-estado*/}\n'
    const translation = readDocument(
      'O componente guarda o estado.\n\n> A citação sobre o estado.\n\n```js\nconst state = {a: 1}\n```\n',
      {file: 'other.mdx'}
    )
    for (const style of styles) {
      const output = annotate(readForAnnotation(source, {file: 'page.mdx'}), {
        glossary: matcher,
        style,
        layout: 'side-by-side',
        translation
      })
      expect(strip(output)).toBe(source)
      expect(await mdxError(output)).toBeUndefined()
      const table = output.slice(0, output.indexOf('{/* glosa:source'))
      expect(table).not.toContain('<Note')
      for (const sentence of [
        'O componente guarda o estado.',
        'A citação sobre o estado.',
        'The plugin',
        'reads the',
        'O estado'
      ])
        expect(table).toContain(sentence)
    }
  })

  it('interleaves a Portuguese commentary after the sentences of the page it discusses', async () => {
    const source =
      '<Note title="A note">\n\nThe component keeps its state in a cache.\n\n</Note>\n\nThe plugin reads the state.\n'
    const translation = readDocument('O componente guarda o estado na cache.\n', {file: 'other.mdx'})
    const output = annotate(readForAnnotation(source, {file: 'page.mdx'}), {
      glossary: matcher,
      layout: 'interleaved',
      mode: 'commentary',
      translation
    })
    expect(strip(output)).toBe(source)
    expect(await mdxError(output)).toBeUndefined()
    // The <Note> element is one block of the page: the commentary follows it whole.
    expect(output.indexOf('> O componente guarda o estado na cache.')).toBeGreaterThan(output.indexOf('</Note>'))
    expect(output.indexOf('> O componente guarda o estado na cache.')).toBeLessThan(output.indexOf('The plugin'))
  })

  it('marks terms in an MkDocs admonition body, never in its title line, and strips back', () => {
    const source = '!!! note "O estado"\n\n    O componente guarda o estado.\n\n    ```yaml\n    estado: 1\n    ```\n'
    const output = annotate(readForAnnotation(source, {file: 'page.md'}), {glossary: matcher})
    expect(output).toContain(
      '!!! note "O estado"\n\n    O componente[^glosa-component] guarda o estado[^glosa-state].\n\n    ```yaml\n    estado: 1\n'
    )
    expect(strip(output)).toBe(source)
  })

  it('writes the directive style as <abbr> in MDX, which has no directives', () => {
    const output = annotate(readForAnnotation('O componente.\n', {file: 'page.mdx'}), {
      glossary: matcher,
      style: 'directive'
    })
    expect(output).toContain('<abbr data-glosa="glosa-component"')
    expect(output).not.toContain(':term[')
  })
})
