import {readFileSync} from 'node:fs'
import {compile, run} from '@mdx-js/mdx'
import {marked} from 'marked'
import {micromark} from 'micromark'
import {gfm, gfmHtml} from 'micromark-extension-gfm'
import * as runtime from 'react/jsx-runtime'
import {renderToStaticMarkup} from 'react-dom/server'
import {describe, expect, it} from 'vitest'
import {annotate, readForAnnotation, strip} from '../../src/annotate/index.js'
import {parseGlossary} from '../../src/glossary/index.js'
import type {Target} from '../../src/annotate/target.js'

/**
 * Each renderer profile's output, rendered by the renderer it is for, shows
 * the annotations and no raw mark: no `[^…]`, no `glosa:` comment, no
 * `<!--`, no `{/*`, no `<sup>` or `<a id` as text. And strip gives the post back.
 */

const seed = readFileSync(new URL('../../corpus/h20-ft/post.txt', import.meta.url), 'utf8')

/** A glossary whose definitions hold HTML, Markdown and control characters: rendered as text in every profile. */
const hostile = parseGlossary(
  [
    'entries:',
    '  - id: h20',
    "    definition: {pt: '<script>alert(1)</script> **bold** [x](javascript:alert(2)) <img src=x onerror=alert(3)> \u0007 {/* c */} <!-- c -->'}",
    '    terms: {en: [H20], pt: [H20]}'
  ].join('\n'),
  {format: 'yaml'}
)

function post(target: Target, glossary?: typeof hostile): string {
  return annotate(readForAnnotation(seed, {format: 'text'}), {target, ...(glossary ? {glossary} : {})})
}

/** The text a reader sees in rendered HTML. */
function visible(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
}

const rawMarks = /\[\^glosa|glosa:|<!--|\{\/\*|<sup>|<a id=|\*\*MarcoAntonio|\u2063\u2063/

async function renderMdx(markdown: string): Promise<string> {
  const code = String(await compile(markdown, {outputFormat: 'function-body'}))
  const {default: Content} = await run(code, {...runtime, baseUrl: import.meta.url})
  return renderToStaticMarkup(Content({}))
}

const renderers: Array<[Target, string, (markdown: string) => string | Promise<string>]> = [
  [
    'gfm',
    'remark + GFM (micromark with the GFM extensions)',
    (markdown) => micromark(markdown, {allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()]})
  ],
  ['commonmark', 'micromark without extensions', (markdown) => micromark(markdown, {allowDangerousHtml: true})],
  ['commonmark', 'marked', (markdown) => marked.parse(markdown, {async: false})],
  ['mdx', '@mdx-js/mdx', renderMdx]
]

describe('renderer profiles, rendered by their renderers', () => {
  for (const [target, name, render] of renderers) {
    it(`${target}: ${name} shows the quote, notes and links, and no raw mark`, async () => {
      const markdown = post(target)
      expect(strip(markdown)).toBe(seed)
      const html = await render(markdown)
      expect(html).toContain('<blockquote>')
      expect(html).toMatch(/<h2[^>]*>Beijing turns against Nvidia/)
      expect(html).toMatch(/<a href="#glosa-s-b21-s1"[^>]*>\[16\]<\/a>/)
      expect(visible(html)).not.toMatch(rawMarks)
      expect(visible(html)).toContain('GPU da Nvidia para centros de dados')
    })

    it(`${target}: ${name} shows a hostile definition as text`, async () => {
      const html = await render(post(target, hostile))
      expect(html).not.toMatch(/<script|<img|href="javascript:|<[^>]*\sonerror=/i)
      expect(visible(html)).toContain('<script>alert(1)</script> **bold** [x](javascript:alert(2))')
    })
  }

  it('forum: plain text with bracketed notes, and nothing else added but invisible separators', () => {
    const text = post('forum')
    expect(strip(text)).toBe(seed)
    const shown = text.replace(/\u2063/g, '')
    expect(shown).toContain('o H20[1] é um chip[2]')
    expect(shown).toContain('por domésticos. → [#16] [#12] [#13]')
    expect(shown).toMatch(/\n\nNotas\n\[1\] H20: GPU da Nvidia/)
    expect(shown).not.toMatch(/glosa|<!--|\[\^|<a /)
    expect(post('forum', hostile).replace(/\u2063/g, '')).toContain('[1] H20: <script>alert(1)</script> **bold**')
  })
})
