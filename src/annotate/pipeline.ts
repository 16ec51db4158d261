import type {Nodes, Parent, PhrasingContent, Root, RootContent} from 'mdast'
import {gfmFootnoteToMarkdown} from 'mdast-util-gfm-footnote'
import type {Options as ToMarkdownExtension} from 'mdast-util-to-markdown'
import type {Processor} from 'unified'
import {visit} from 'unist-util-visit'
import type {Style} from './terms.js'

/**
 * What the remark plugin can write in the pipeline it runs in: whether the
 * pipeline serialises MDX (remark-mdx loaded), footnotes and directives.
 * The plugin brings footnote serialisation itself (GFM's, as remark-gfm
 * would); directives need remark-directive's syntax, which it cannot bring.
 */
export interface Pipeline {
  mdx: boolean
  directives: boolean
}

/** Whether a to-markdown extension (or one it nests) handles `type`. */
function handles(extension: ToMarkdownExtension, type: string): boolean {
  return (
    Boolean((extension.handlers as Record<string, unknown> | undefined)?.[type]) ||
    (extension.extensions ?? []).some((inner) => handles(inner, type))
  )
}

/** Learn what `processor` can write, adding GFM footnote serialisation when it has none. */
export function preparePipeline(processor: Processor): Pipeline {
  const data = processor.data()
  const extensions = (data.toMarkdownExtensions ??= [])
  const has = (type: string) => extensions.some((extension) => handles(extension, type))
  if (!has('footnoteReference')) extensions.push(gfmFootnoteToMarkdown())
  return {mdx: has('mdxJsxTextElement'), directives: has('textDirective')}
}

/** The style the plugin writes: directives fall back to `<abbr>` where the pipeline cannot write them. */
export function writableStyle(style: Style, pipeline: Pipeline): Style {
  return style === 'directive' && (pipeline.mdx || !pipeline.directives) ? 'abbr' : style
}

/** A comment mark as a node: an HTML comment, or an MDX comment expression in MDX. */
export function commentNode(mark: string, mdx: boolean): RootContent {
  if (!mdx) return {type: 'html', value: mark}
  return {type: 'mdxFlowExpression', value: mark.replace(/^<!--/, '/*').replace(/-->$/, '*/')} as RootContent
}

/** An `<abbr data-glosa title>` around `term`: HTML nodes, or a JSX element in MDX. */
export function abbrNodes(
  term: string,
  id: string,
  title: {escaped: string; text: string},
  mdx: boolean
): PhrasingContent[] {
  if (!mdx)
    return [
      {type: 'html', value: `<abbr data-glosa="${id}" title="${title.escaped}">`},
      {type: 'text', value: term},
      {type: 'html', value: '</abbr>'}
    ]
  const attributes = [
    {type: 'mdxJsxAttribute', name: 'data-glosa', value: id},
    {type: 'mdxJsxAttribute', name: 'title', value: title.text}
  ]
  return [
    {
      type: 'mdxJsxTextElement',
      name: 'abbr',
      attributes,
      children: [{type: 'text', value: term}]
    } as unknown as PhrasingContent
  ]
}

const glosaIdPattern = /^glosa-[a-z0-9-]+$/
const footnoteCallText = /\[\^glosa-[a-z0-9-]+\]/g
const beginMark = /^(?:<!--|\/\*) glosa:begin(?: text)? (?:-->|\*\/)$/
const endMark = /^(?:<!--|\/\*) glosa:end (?:-->|\*\/)$/

/** The glosa id a node marks a term with, if it is one of glosa's marks. */
function markOf(node: Nodes): 'remove' | 'unwrap' | 'abbrOpen' | 'abbrClose' | undefined {
  const value = (node as {value?: unknown}).value
  if (node.type === 'footnoteReference') return glosaIdPattern.test(node.identifier) ? 'remove' : undefined
  if (node.type === 'link')
    return node.url.startsWith('#glosa-') && glosaIdPattern.test(node.url.slice(1)) ? 'unwrap' : undefined
  if (node.type === 'html' && typeof value === 'string') {
    if (/^<abbr data-glosa="glosa-[a-z0-9-]+" title="[^"]*">$/.test(value)) return 'abbrOpen'
    if (value === '</abbr>') return 'abbrClose'
    return undefined
  }
  const named = node as unknown as {type: string; name?: string; attributes?: unknown}
  if (named.type === 'mdxJsxTextElement' && named.name === 'abbr')
    return hasGlosaAttribute(named.attributes, 'data-glosa') ? 'unwrap' : undefined
  if (named.type === 'textDirective' && named.name === 'term') {
    const glosa = (named.attributes as Record<string, unknown> | undefined)?.glosa
    return typeof glosa === 'string' && glosaIdPattern.test(glosa) ? 'unwrap' : undefined
  }
  return undefined
}

function hasGlosaAttribute(attributes: unknown, name: string): boolean {
  return (
    Array.isArray(attributes) &&
    attributes.some(
      (attribute: {name?: string; value?: unknown}) =>
        attribute.name === name && typeof attribute.value === 'string' && glosaIdPattern.test(attribute.value)
    )
  )
}

/**
 * Take glosa's own marks out of a tree (the plugin's earlier output, parsed
 * again, or the same tree run through it twice), so that running the
 * plugin again annotates the original, not the annotations: the generated
 * part between the begin and end comments, footnote calls, and the links,
 * `<abbr>` elements and directives around terms (their text kept).
 */
export function unmarkTree(tree: Root): void {
  const begin = tree.children.findIndex((node) => isComment(node, beginMark))
  if (begin !== -1) {
    const end = tree.children.findIndex((node, index) => index > begin && isComment(node, endMark))
    if (end !== -1) tree.children.splice(begin, end - begin + 1)
  }
  // Each parent's children are rewritten before visit descends into them.
  visit(tree, (node) => {
    if ('children' in node) (node as Parent).children = unmarkedChildren(node as Parent) as never[]
  })
}

/** A parent's children with glosa's marks removed, and text split around a mark joined again. */
function unmarkedChildren(parent: Parent): Nodes[] {
  const kept: Nodes[] = []
  for (const child of parent.children as Nodes[]) {
    const mark = markOf(child)
    if (mark === 'remove' || mark === 'abbrOpen' || mark === 'abbrClose') continue
    if (mark === 'unwrap') kept.push(...((child as Parent).children as Nodes[]))
    // Without footnote syntax in the parser, a footnote call glosa wrote reads back as text.
    else if (child.type === 'text' && child.value.includes('[^glosa-'))
      kept.push({...child, value: child.value.replace(footnoteCallText, '')})
    else kept.push(child)
  }
  // Text split around a mark becomes one text node again, as the parser made it.
  const merged: Nodes[] = []
  for (const node of kept) {
    const previous = merged.at(-1)
    if (previous?.type === 'text' && node.type === 'text') {
      merged[merged.length - 1] = {
        ...previous,
        value: previous.value + node.value,
        ...(previous.position && node.position
          ? {position: {start: previous.position.start, end: node.position.end}}
          : {})
      }
    } else merged.push(node)
  }
  return merged
}

function isComment(node: Nodes, pattern: RegExp): boolean {
  const value = (node as {value?: unknown}).value
  return (
    (node.type === 'html' || (node.type as string) === 'mdxFlowExpression') &&
    typeof value === 'string' &&
    pattern.test(value.trim())
  )
}
