import {readFileSync} from 'node:fs'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import remarkGlosa from '../../src/annotate/index.js'
import {styles} from '../../src/annotate/index.js'
import {docsBase} from '../../src/util/package.js'
import {matcher, mdxError} from './helpers.js'

const markdown = 'O componente guarda o estado.\n\nThe component keeps its state.\n'
const mdx = 'import X from \'x\'\n\n<Note title="O estado">\n\nO componente guarda o estado {n}.\n\n</Note>\n'

describe('the remark plugin in pipelines that load nothing else', () => {
  it.each(styles)(
    'writes the %s style with only remark-parse and remark-stringify, and a second run changes nothing',
    async (style) => {
      const processor = unified().use(remarkParse).use(remarkGlosa, {glossary: matcher, style}).use(remarkStringify)
      const first = await processor.process(markdown)
      const output = String(first)
      expect(output).toContain('glosa-component')
      expect(String(await processor.process(output))).toBe(output)
      const fallbacks = first.messages.filter((message) => message.ruleId === 'style-fallback')
      expect(fallbacks.map((message) => message.reason)).toEqual(
        style === 'directive'
          ? [
              "the pipeline cannot write textDirective nodes (add remark-directive): wrote glosa's marks in the abbr style instead"
            ]
          : []
      )
      // The url names the section of docs/mdx.md that describes the fallback.
      for (const message of fallbacks)
        expect(message.url).toBe(`${docsBase()}mdx.md#the-remark-plugin-in-mdx-and-in-bare-pipelines`)
      expect(readFileSync(new URL('../../docs/mdx.md', import.meta.url), 'utf8')).toContain(
        '\n## The remark plugin in MDX and in bare pipelines\n'
      )
    }
  )

  it('changes nothing when used twice in one pipeline', async () => {
    const once = String(
      await unified().use(remarkParse).use(remarkGlosa, {glossary: matcher}).use(remarkStringify).process(markdown)
    )
    const twice = String(
      await unified()
        .use(remarkParse)
        .use(remarkGlosa, {glossary: matcher})
        .use(remarkGlosa, {glossary: matcher})
        .use(remarkStringify)
        .process(markdown)
    )
    expect(twice).toBe(once)
    expect(twice.match(/glosa:begin/g)).toHaveLength(1)
  })
})

describe('the remark plugin on an MDX tree', () => {
  it.each(styles)(
    'writes MDX in the %s style that @mdx-js/mdx 2 and 3 compile, and a second run changes nothing',
    async (style) => {
      const processor = unified()
        .use(remarkParse)
        .use(remarkMdx)
        .use(remarkGlosa, {glossary: matcher, style})
        .use(remarkStringify)
      const output = String(await processor.process(mdx))
      expect(output).toContain('glosa-component')
      expect(output).toContain('{/* glosa:begin */}')
      expect(output).not.toContain('<!--')
      expect(await mdxError(output)).toBeUndefined()
      expect(String(await processor.process(output))).toBe(output)
    }
  )

  it('never marks terms in expressions or attributes', async () => {
    const processor = unified()
      .use(remarkParse)
      .use(remarkMdx)
      .use(remarkGlosa, {glossary: matcher})
      .use(remarkStringify)
    const output = String(await processor.process('<Figure caption="o componente" />\n\nTexto {componente} aqui.\n'))
    expect(output).toContain('<Figure caption="o componente" />')
    expect(output).toContain('{componente}')
    expect(output).not.toContain('glosa-component')
  })
})
