import type {Nodes, Parent, PhrasingContent, Root, RootContent, Text} from 'mdast'
import type {Plugin} from 'unified'
import {visit} from 'unist-util-visit'
import {CONTINUE, SKIP, visitParents} from 'unist-util-visit-parents'
import type {VFile} from 'vfile'
import {alignMixed} from '../align/index.js'
import type {Alignment} from '../align/types.js'
import {loadGlossaries} from '../glossary/index.js'
import {translator} from '../i18n/index.js'
import {identifyLanguage} from '../identify/index.js'
import {readDocument} from '../document/index.js'
import type {TermMatcher} from '../tag/index.js'
import type {TermHit} from '../tag/types.js'
import type {Lang, Position} from '../types.js'
import {docsBase} from '../util/package.js'
import {LineIndex} from '../util/position.js'
import {hasBothLanguages, matcherFor} from './annotate.js'
import {shownTerms, type Gloss, type Speech} from './gloss.js'
import {marks} from './markers.js'
import {validateOptions, type RemarkGlosaOptions} from './options.js'
import {footnotes, glossarySection, plainText} from './section.js'
import {abbrNodes, commentNode, preparePipeline, unmarkTree, writableStyle, type Pipeline} from './pipeline.js'
import {abbrTitle, abbrTitleText, glossesOf} from './terms.js'

/** What the plugin leaves on `file.data.glosa`. */
export interface GlosaData {
  /** The term hits, in document order. */
  hits: TermHit[]
  /** The commentary or parallel alignment of a document holding both Portuguese and English, if any. */
  alignment?: Alignment
}

declare module 'vfile' {
  interface DataMap {
    glosa: GlosaData
  }
}

/** Nodes whose text is never annotated. */
const skipped = new Set([
  'code',
  'inlineCode',
  'html',
  'yaml',
  'toml',
  'definition',
  'image',
  'imageReference',
  'heading',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression'
])
const linkTypes = new Set(['link', 'linkReference'])

interface Found {
  text: Text
  parent: Parent
  /** The outermost link the text is in, and that link's parent: footnote calls go after it. */
  link: {node: Nodes; parent: Parent} | undefined
  matches: ReturnType<TermMatcher['match']>
  section: number
}

/** Where a match is in the source: exact when the text node's value is its source, else the node. */
function place(
  text: Text,
  start: number,
  end: number,
  source: string | undefined,
  lines: LineIndex | undefined
): Position | undefined {
  const position = text.position
  if (!position || position.start.offset === undefined || position.end.offset === undefined) return undefined
  const from = position.start.offset
  const to = position.end.offset
  if (source !== undefined && lines) {
    const slice = source.slice(from, to)
    if (slice === text.value) return lines.position(from + start, from + end)
    // Escapes or character references elsewhere in the node: find the term's own text in its source.
    const word = text.value.slice(start, end)
    const at = slice.indexOf(word, Math.min(start, slice.length))
    const found = at === -1 ? slice.indexOf(word) : at
    if (found !== -1 && slice.indexOf(word, found + 1) === -1)
      return lines.position(from + found, from + found + word.length)
  }
  return {start: {...position.start, offset: from}, end: {...position.end, offset: to}}
}

/** The page that describes a hit's message (the plugin's section of docs/api.md). */
const hitUrl = (): string => `${docsBase()}api.md#the-remark-plugin`

/** The page that describes the style fallback's warning (docs/mdx.md). */
const fallbackUrl = (): string => `${docsBase()}mdx.md#the-remark-plugin-in-mdx-and-in-bare-pipelines`

/**
 * remark plugin: mark glossary terms in the tree (footnote calls and
 * definitions, links to a glossary section, `<abbr>` HTML, or `:term`
 * directives), append the glossary section, put the hits (and a mixed
 * document's alignment) on `file.data.glosa`, and report each hit as an
 * `info` message (`source: 'glosa'`, `ruleId: 'glossary-term'`).
 *
 * Works in any remark pipeline: with remark-mdx its marks are MDX (comment
 * expressions, JSX `<abbr>`); without remark-gfm it brings GFM's footnote
 * serialisation; without remark-directive (or in MDX) the `directive` style
 * falls back to `<abbr>`, with a warning on the file. The plugin first takes
 * out the marks of an earlier run, so running it twice changes nothing.
 */
const remarkGlosa: Plugin<[(RemarkGlosaOptions | null | undefined)?], Root> = function (options) {
  const settings = validateOptions(options)
  // Glossary files are read when the plugin is attached, so a bad path fails there, not mid-run.
  const glossary = Array.isArray(settings.glossary) ? loadGlossaries(settings.glossary) : settings.glossary
  let matcher: TermMatcher | undefined
  const speech: Speech = {
    lang: settings.lang,
    portuguese: settings.lang === 'en' ? 'pt' : settings.lang,
    t: translator(settings.lang)
  }
  const messages = translator(settings.locale)
  const pipeline = preparePipeline(this)
  const style = writableStyle(settings.style, pipeline)
  const fallback =
    style === settings.style
      ? undefined
      : pipeline.mdx
        ? (messages('mdx:directiveInMdx') as string)
        : (messages('mdx:pluginFallback', {node: 'textDirective', plugin: 'remark-directive', style}) as string)

  return function (tree: Root, file: VFile) {
    matcher ??= matcherFor(glossary)
    unmarkTree(tree)
    if (fallback) {
      Object.assign(file.message(fallback, {ruleId: 'style-fallback', source: 'glosa'}), {
        fatal: false,
        url: fallbackUrl()
      })
    }
    const source =
      typeof file.value === 'string' ? file.value : file.value === undefined ? undefined : String(file.value)
    const lines = source === undefined ? undefined : new LineIndex(source)
    const found: Found[] = []
    let section = 0
    // The language of each paragraph and table cell a term is found in, told once per block.
    const langs = new Map<Nodes, Lang>()
    const langOf = (block: Nodes): Lang => {
      if (!langs.has(block)) langs.set(block, identifyLanguage(toText(block)).lang)
      return langs.get(block)!
    }
    visitParents(tree, (node, ancestors) => {
      if (node.type === 'heading') section++
      if (skipped.has(node.type)) return SKIP
      const parent = ancestors.at(-1)
      if (node.type !== 'text' || !parent) return CONTINUE
      const block = ancestors.findLast((ancestor) => ancestor.type === 'paragraph' || ancestor.type === 'tableCell')
      const lang = block ? langOf(block) : undefined
      const matches = matcher!.match(node.value, lang === undefined || lang === 'und' ? {} : {lang})
      if (matches.length === 0) return CONTINUE
      const outermost = ancestors.findIndex((ancestor) => linkTypes.has(ancestor.type))
      const link = outermost > 0 ? {node: ancestors[outermost]!, parent: ancestors[outermost - 1]!} : undefined
      found.push({text: node, parent, link, matches, section})
      return CONTINUE
    })

    const hits: TermHit[] = []
    for (const {text, matches} of found) {
      for (const match of matches) {
        const position = place(text, match.start, match.end, source, lines)
        const hit: TermHit = {
          entry: match.entry.id,
          term: match.term.text,
          lang: match.term.lang,
          status: match.term.status,
          text: text.value.slice(match.start, match.end),
          kind: match.kind,
          position: position ?? {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}},
          block: '',
          sentence: ''
        }
        hits.push(hit)
        const equivalent = shownTerms(match.entry, speech)
          .map(({term}) => term.text)
          .join(' · ')
        const message = file.info(
          messages('annotate:message.hit', {text: hit.text, entry: hit.entry, equivalent}) as string,
          {
            ...(position ? {place: position} : {}),
            ruleId: 'glossary-term',
            source: 'glosa'
          }
        )
        message.actual = hit.text
        message.expected = shownTerms(match.entry, speech).map(({term}) => term.text)
        message.url = hitUrl()
      }
    }
    const glosses = glossesOf(hits, matcher.entries)
    const marked = markTree(found, glosses, {...settings, style}, speech, pipeline)

    file.data.glosa = {hits}
    if (source !== undefined && source.trim() !== '') {
      const document = readDocument(source, {format: pipeline.mdx ? 'mdx' : 'md'})
      if (hasBothLanguages(document)) file.data.glosa.alignment = alignMixed(document, {matcher})
    }
    if (settings.section && glosses.size > 0) {
      const generated: RootContent[] = [
        ...(style === 'footnote' ? footnotes(marked, speech, plainText) : []),
        ...glossarySection([...glosses.values()], speech, plainText)
      ]
      tree.children.push(
        commentNode(marks.begin('md'), pipeline.mdx),
        ...generated,
        commentNode(marks.end, pipeline.mdx)
      )
    }
  }
}

export default remarkGlosa

/** The text of a block: its text nodes' values, one after the other. */
function toText(node: Nodes): string {
  const parts: string[] = []
  visit(node, 'text', (text) => {
    parts.push(text.value)
  })
  return parts.join('')
}

/** Insert the marks into the tree: the first match per entry and section (all with `every`). */
function markTree(
  found: Found[],
  glosses: Map<string, Gloss>,
  settings: ReturnType<typeof validateOptions>,
  speech: Speech,
  pipeline: Pipeline
): Gloss[] {
  const done = new Set<string>()
  const marked = new Set<Gloss>()
  const after = new Map<Nodes, Nodes[]>()
  for (const {text, parent, link, matches, section} of found) {
    const pieces: PhrasingContent[] = []
    let last = 0
    for (const match of matches) {
      const gloss = glosses.get(match.entry.id)
      const key = `${section}\u0000${match.entry.id}`
      if (!gloss || (!settings.every && done.has(key))) continue
      if (settings.style === 'link' && link) continue
      done.add(key)
      marked.add(gloss)
      const term = text.value.slice(match.start, match.end)
      if (settings.style === 'footnote') {
        const call: PhrasingContent = {type: 'footnoteReference', identifier: gloss.id, label: gloss.id}
        if (link) after.set(link.node, [...(after.get(link.node) ?? []), call])
        else {
          pieces.push({type: 'text', value: text.value.slice(last, match.end)}, call)
          last = match.end
        }
        continue
      }
      pieces.push({type: 'text', value: text.value.slice(last, match.start)})
      if (settings.style === 'link')
        pieces.push({type: 'link', url: '#' + gloss.id, children: [{type: 'text', value: term}]})
      else if (settings.style === 'abbr') {
        pieces.push(
          ...abbrNodes(
            term,
            gloss.id,
            {escaped: abbrTitle(gloss, speech), text: abbrTitleText(gloss, speech)},
            pipeline.mdx
          )
        )
      } else {
        const directive = {
          type: 'textDirective',
          name: 'term',
          attributes: {glosa: gloss.id},
          children: [{type: 'text', value: term}]
        }
        pieces.push(directive as unknown as PhrasingContent)
      }
      last = match.end
    }
    if (pieces.length === 0) continue
    pieces.push({type: 'text', value: text.value.slice(last)})
    const index = parent.children.indexOf(text as never)
    parent.children.splice(
      index,
      1,
      ...(pieces.filter((piece) => piece.type !== 'text' || piece.value !== '') as never[])
    )
  }
  for (const [node, calls] of after) {
    const parent = findParent(found, node)
    if (!parent) continue
    parent.children.splice(parent.children.indexOf(node as never) + 1, 0, ...(calls as never[]))
  }
  return [...marked]
}

function findParent(found: Found[], node: Nodes): Parent | undefined {
  return found.find((item) => item.link?.node === node)?.link?.parent
}
