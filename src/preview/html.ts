import {readFileSync} from 'node:fs'
import type {Element, ElementContent, Root as HastRoot, RootContent as HastContent} from 'hast'
import type {Html, Root, RootContent} from 'mdast'
import rehypeSanitize, {defaultSchema, type Options as SanitizeSchema} from 'rehype-sanitize'
import rehypeStringify from 'rehype-stringify'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {visit, SKIP} from 'unist-util-visit'
import {annotateDetailed, hasBothLanguages, type AnnotateOptions} from '../annotate/annotate.js'
import {definition, entryNote, labelled, shownTerms, statusNotes, type Gloss, type Speech} from '../annotate/gloss.js'
import {parseMarkdown} from '../read/parse.js'
import type {Document} from '../types.js'

/**
 * The HTML preview: one standalone, offline page of an annotated post, built
 * with the unified ecosystem (remark-rehype, rehype-sanitize,
 * rehype-stringify). The post's own Markdown and everything the glossary
 * says pass through rehype-sanitize, so neither can inject markup; the
 * page's style and script are glosa's own files (`preview/`), inlined, and a
 * Content-Security-Policy forbids loading anything else.
 */

/** Options of {@link previewHtml}: those of annotate, without the ones the page decides. */
export type PreviewOptions = Omit<AnnotateOptions, 'style' | 'definitions' | 'target' | 'layout'>

const assets = new URL('../../preview/', import.meta.url)
let style: string | undefined
let script: string | undefined

/** The page's style sheet and script, read once. */
function pageAssets(): {style: string; script: string} {
  style ??= readFileSync(new URL('preview.css', assets), 'utf8')
  script ??= readFileSync(new URL('preview.js', assets), 'utf8')
  return {style, script}
}

/** Everything loads from the page itself: no request leaves it, whatever the post or glossary hold. */
const contentSecurityPolicy =
  "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

/** glosa's anchor: a whole HTML block, or the opening tag of inline HTML whose `</a>` follows it. */
const glosaAnchor = /^<a id="(glosa-[a-z0-9-]+)">(<\/a>)?$/

/**
 * The annotated Markdown as mdast ready for remark-rehype: glosa's anchors
 * become spans with their id, glosa's comments go, the generated part becomes
 * the glossary section, and any other raw HTML is shown as the text it is.
 */
function prepareTree(tree: Root): Root {
  visit(tree, 'html', (node: Html, index, parent) => {
    if (!parent || index === undefined) return
    const anchor = glosaAnchor.exec(node.value)
    if (anchor) {
      const span = {type: 'emphasis', children: [], data: {hName: 'span', hProperties: {id: anchor[1]!}}}
      const next = parent.children[index + 1]
      // Inline HTML is a node per tag: the anchor's closing tag goes with it.
      const closing = !anchor[2] && next?.type === 'html' && next.value === '</a>' ? 1 : 0
      parent.children.splice(index, 1 + closing, span as never)
      return SKIP
    }
    if (/^<!--[\s\S]*-->$/.test(node.value)) {
      if (parent.type === 'root' && /glosa:(?:begin|end)/.test(node.value)) return
      parent.children.splice(index, 1)
      return [SKIP, index]
    }
    parent.children[index] = {type: 'text', value: node.value} as never
    return SKIP
  })
  const children: RootContent[] = []
  let glossary: RootContent[] | undefined
  for (const child of tree.children) {
    if (child.type === 'html' && /glosa:begin/.test(child.value)) glossary = []
    else if (child.type === 'html' && /glosa:end/.test(child.value)) {
      if (glossary)
        children.push({
          type: 'blockquote',
          children: glossary,
          data: {hName: 'section', hProperties: {className: ['glosa-glossary']}}
        } as never)
      glossary = undefined
    } else if (glossary) glossary.push(child)
    else children.push(child)
  }
  return {type: 'root', children}
}

/** The text of a term's popover: its terms in both languages, the definition, status and usage notes. */
function popoverText(gloss: Gloss, speech: Speech): string {
  const terms = labelled(shownTerms(gloss.entry, speech), speech).join(' · ')
  const note = entryNote(gloss.entry, speech)
  const prose = [
    definition(gloss.entry, speech),
    ...statusNotes(gloss, speech),
    note && (speech.t('annotate:note', {note}) as string)
  ].filter(Boolean)
  return prose.length > 0 ? `${terms}: ${prose.join(' ')}` : terms
}

function element(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return {type: 'element', tagName, properties, children}
}

/** Terms become `<dfn>` popovers, commentary links get their classes. */
function enhance(tree: HastRoot, glosses: Map<string, Gloss>, speech: Speech): void {
  const byId = new Map([...glosses.values()].map((gloss) => [gloss.id, gloss]))
  const texts = new Map<Gloss, string>()
  const textOf = (gloss: Gloss): string => texts.get(gloss) ?? texts.set(gloss, popoverText(gloss, speech)).get(gloss)!
  let tips = 0
  // A plain walk: unist-util-visit's ancestor lists cost more than the rest of the preview's own work on a large post.
  const walk = (parent: HastRoot | Element): void => {
    const {children} = parent
    for (let index = 0; index < children.length; index++) {
      const node = children[index]!
      if (node.type !== 'element') continue
      if (node.tagName !== 'a') {
        walk(node)
        continue
      }
      const href = String(node.properties.href ?? '')
      if (href.startsWith('#glosa-s-')) node.properties.className = ['glosa-ref']
      else if (href.startsWith('#glosa-c-')) node.properties.className = ['glosa-label']
      const gloss = href.startsWith('#glosa-') ? byId.get(href.slice(1)) : undefined
      if (!gloss) {
        walk(node)
        continue
      }
      const tip = `glosa-tip-${++tips}`
      const dfn = element('dfn', {tabIndex: 0, ariaDescribedBy: [tip]}, node.children)
      const popover = element('span', {id: tip, role: 'tooltip', className: ['glosa-tip']}, [
        {type: 'text', value: textOf(gloss)}
      ])
      children[index] = element('span', {className: ['glosa-term']}, [dfn, popover])
    }
  }
  walk(tree)
}

/** What the sanitiser keeps: GitHub's schema, plus the elements and attributes the preview's marks use, ids unprefixed. */
const schema: SanitizeSchema = {
  ...defaultSchema,
  clobber: [],
  clobberPrefix: '',
  tagNames: [...(defaultSchema.tagNames ?? []), 'dfn', 'section'],
  attributes: {
    ...defaultSchema.attributes,
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'id', 'className', 'role', 'ariaDescribedBy', 'tabIndex', 'title']
  }
}

const toHast = unified().use(remarkRehype).use(rehypeSanitize, schema).freeze()
const toHtml = unified().use(rehypeStringify).freeze()

/** A note on what was found, when the post is not a commented bilingual one. */
function foundNote(document: Document, annotatedLinks: number, speech: Speech): string | undefined {
  const shares = document.languages.shares
  if ((shares.en ?? 0) === 0) return speech.t('preview:found.noEnglish') as string
  if (!hasBothLanguages(document)) return speech.t('preview:found.noPortuguese') as string
  if (annotatedLinks === 0) return speech.t('preview:found.noCommentary') as string
  return undefined
}

/**
 * The HTML preview of a document: the annotated post (glossary terms with
 * popovers, commentary linked both ways, the quoted article as a block
 * quote), a side-by-side toggle, the glossary, in the reader's language.
 */
export function previewHtml(input: Document, options: PreviewOptions = {}): string {
  const result = annotateDetailed(input, {...options, style: 'link', definitions: 'glossary', target: 'commonmark'})
  const {speech} = result
  const mdast = prepareTree(parseMarkdown(result.text))
  const content = toHast.runSync(mdast) as HastRoot
  enhance(content, result.glosses, speech)
  const links = result.alignment?.mode === 'commentary' ? result.alignment.links.length : 0
  const note = foundNote(result.document, links, speech)
  const {style, script} = pageAssets()
  const t = (key: string) => speech.t(`preview:${key}`) as string
  const title = result.document.file ? `${t('title')}: ${result.document.file.split(/[\\/]/).pop()}` : t('title')
  const body: ElementContent[] = [
    element('header', {className: ['glosa-bar']}, [
      element('h1', {}, [{type: 'text', value: title}]),
      element('button', {type: 'button', id: 'glosa-side', ariaPressed: 'false'}, [
        {type: 'text', value: t('sideBySide')}
      ])
    ]),
    element('main', {className: ['glosa-post']}, [
      ...(note ? [element('p', {className: ['glosa-note'], role: 'note'}, [{type: 'text', value: note}])] : []),
      element('div', {className: ['glosa-content']}, content.children as ElementContent[])
    ]),
    element('script', {}, [{type: 'text', value: script}])
  ]
  const page: HastRoot = {
    type: 'root',
    children: [
      {type: 'doctype'},
      element('html', {lang: speech.lang}, [
        element('head', {}, [
          element('meta', {charSet: 'utf-8'}, []),
          element('meta', {httpEquiv: ['Content-Security-Policy'], content: contentSecurityPolicy}, []),
          element('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}, []),
          element('meta', {name: 'generator', content: 'glosa'}, []),
          element('title', {}, [{type: 'text', value: title}]),
          element('style', {}, [{type: 'text', value: style}])
        ]),
        element('body', {}, body)
      ]) as HastContent
    ]
  }
  return toHtml.stringify(page) + '\n'
}
