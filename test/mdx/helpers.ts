import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {compile as compileMdx2} from 'mdx2'
import {compile as compileMdx3} from 'mdx3'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkGfm3 from 'remark-gfm3'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {loadGlossaries} from '../../src/glossary/index.js'
import {compileGlossary} from '../../src/tag/index.js'

export const sitesFolder = new URL('../fixtures/sites/', import.meta.url).pathname

/** The generators the fixture sites are written for. */
export const generators = ['docusaurus', 'react', 'nextra', 'vitepress', 'hugo', 'mkdocs'] as const

/** A fixture site: its English page and translations (clean and with planted errors). */
export interface Site {
  generator: string
  source: string
  translation: string
  errors: string
}

export function site(generator: string): Site {
  const folder = join(sitesFolder, generator)
  const files = readdirSync(folder)
  const pick = (test: (name: string) => boolean) => join(folder, files.find(test)!)
  return {
    generator,
    source: pick((name) => name.startsWith('en.')),
    translation: pick((name) => /^pt-(?:PT|BR)\./.test(name)),
    errors: pick((name) => name.startsWith('errors.'))
  }
}

export const read = (file: string) => readFileSync(file, 'utf8')

export const matcher = compileGlossary(loadGlossaries([join(sitesFolder, 'glossary.yaml')]))

/**
 * Compile MDX with @mdx-js/mdx 2 and 3, with GFM as docs sites load it
 * (each with the remark-gfm of its own unified): undefined when both
 * accept it, else the first compiler's error.
 */
export async function mdxError(text: string): Promise<string | undefined> {
  for (const [name, compile, gfm] of [
    ['@mdx-js/mdx 2', compileMdx2, remarkGfm3],
    ['@mdx-js/mdx 3', compileMdx3, remarkGfm]
  ] as const) {
    try {
      await compile(text, {remarkPlugins: [gfm as never]})
    } catch (error) {
      return `${name}: ${String(error)}`
    }
  }
  return undefined
}

const markdownToHtml = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, {allowDangerousHtml: true})
  .use(rehypeStringify, {allowDangerousHtml: true})

/** Render plain Markdown to HTML as a site would. */
export function renderMarkdown(text: string): string {
  return String(markdownToHtml.processSync(text))
}
