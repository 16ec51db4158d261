import {SaxesParser} from 'saxes'
import {GlosaError} from '../util/errors.js'
import {xmlMessages, type XmlProblem} from './data/xml-errors.js'
import {LineIndex} from '../util/position.js'

/** TBX elements that only hold other elements: their text is never gathered. */
const containers = new Set([
  'martif', 'tbx', 'text', 'body', 'termEntry', 'conceptEntry', 'langSet', 'langSec',
  'tig', 'ntig', 'termSec', 'termGrp', 'termNoteGrp', 'descripGrp', 'martifHeader', 'tbxHeader', 'fileDesc'
])

/** The children of every element that has none (most of them): one shared, never changed array. */
const noChildren: XmlElement[] = []

/** An element of an XML document, with where it is in the source. */
export interface XmlElement {
  /** Local name (`langSet`; a prefix is dropped). */
  name: string
  attributes: Record<string, string>
  children: XmlElement[]
  /** All text inside, markup removed, entities and character references resolved. */
  text: string
  /** Offset of `<` of the start tag. */
  start: number
  /** Offset just after the end tag. */
  end: number
  /** Offsets of the content between the tags. */
  contentStart: number
  contentEnd: number
}

/** Hooks of {@link parseXml}. */
export interface XmlHooks {
  /** Called with the root element as soon as its start tag is read (its children are not there yet). */
  root?(element: XmlElement): void
  /** Elements to hand over whole as soon as they close, instead of keeping them in the tree (records). */
  isRecord?(name: string): boolean
  record?(element: XmlElement): void
}

/** Builds the element tree from what saxes reports, in document order. */
class ElementTree {
  /** The open elements, innermost last. */
  readonly stack: XmlElement[] = []
  /** Whether each open element keeps its text (containers do not: their text is indentation). */
  private readonly gathers: boolean[] = []
  root: XmlElement | undefined

  constructor(private readonly hooks: XmlHooks) {}

  /** A start tag (qualified name as written), from `<` at `start` to just after `>` at `end`. */
  open(qualifiedName: string, attributes: Record<string, string>, start: number, end: number): void {
    const colon = qualifiedName.indexOf(':')
    const name = colon === -1 ? qualifiedName : qualifiedName.slice(colon + 1)
    const element: XmlElement = {name, attributes, children: noChildren, text: '', start, end, contentStart: end, contentEnd: end}
    if (this.stack.length === 0) this.hooks.root?.(element)
    this.stack.push(element)
    this.gathers.push(!containers.has(name))
  }

  /** Whether the innermost open element keeps text. */
  gathersText(): boolean {
    return this.gathers[this.gathers.length - 1] === true
  }

  /** Character data (entities resolved, line breaks normalised) inside the innermost element. */
  text(value: string): void {
    // The indentation between elements is text too: containers never keep it.
    if (this.gathersText()) this.stack[this.stack.length - 1]!.text += value
  }

  /** A CDATA section's content: kept even by containers. */
  cdata(value: string): void {
    const top = this.stack[this.stack.length - 1]
    if (top) top.text += value
  }

  /** Close the innermost element; `contentEnd` and `end` are where its end tag starts and ends (none: it was self-closing). */
  close(contentEnd?: number, end?: number): void {
    const element = this.stack.pop()!
    this.gathers.pop()
    if (contentEnd !== undefined && end !== undefined) {
      element.contentEnd = contentEnd
      element.end = end
    }
    const parent = this.stack[this.stack.length - 1]
    if (parent && this.hooks.isRecord?.(element.name)) {
      // Handing records over as they close keeps memory (and garbage collection) small on large files.
      this.hooks.record?.(element)
    } else if (parent) {
      if (parent.children === noChildren) parent.children = [element]
      else parent.children.push(element)
      // Inline markup inside a term or note (`<hi>`) is part of its text; containers never need theirs.
      if (this.gathersText()) parent.text += element.text
    } else this.root = element
  }
}

/** The problem saxes' `reason` names, and the tag, attribute or prefix it names (or `''`). */
function xmlProblem(reason: string): [XmlProblem, string] {
  for (const [pattern, problem] of xmlMessages) {
    const match = pattern.exec(reason)
    if (match) return [problem, match[1] ?? '']
  }
  return ['other', '']
}

/**
 * Parse XML into a light element tree with saxes, which never expands or
 * fetches entities: a DOCTYPE naming an external DTD is read and ignored; a
 * DOCTYPE that declares entities (an "entity bomb", or an external entity
 * pointing at a local file) is refused, and a reference to any entity but
 * the five of XML is an error. Every error is a {@link GlosaError} located in
 * the file.
 */
export function parseXml(text: string, file: string | undefined, lines = new LineIndex(text), hooks: XmlHooks = {}): XmlElement {
  const parser = new SaxesParser({position: true, fileName: file ?? ''})
  const tree = new ElementTree(hooks)
  const fail = (key: string, values: Record<string, unknown>, offset: number): never => {
    throw new GlosaError(key, values, {file, place: lines.point(Math.max(0, Math.min(offset, text.length)))})
  }
  parser.on('error', (error) => {
    // saxes starts its message with `file:line:column: `, or `line:column: ` without a file name.
    const reason = error.message.replace(/^(?:.*?:)?\d+:\d+: /, '')
    const at = Math.max(0, parser.position - 1)
    // Point at the `&` of an entity reference rather than after its `;`.
    const ampersand = /entity/.test(reason) ? text.lastIndexOf('&', at) : -1
    const [problem, named] = xmlProblem(reason)
    // saxes names no tag when a closing tag does not close the element open last: take it from the source.
    const name = problem === 'unexpectedClose' ? (/^<\/([^\s>]*)/.exec(text.slice(text.lastIndexOf('</', at)))?.[1] ?? '') : named
    const entity = ampersand === -1 ? '' : text.slice(ampersand, text.indexOf(';', ampersand) + 1 || ampersand + 1)
    fail(`glossary:xml.${problem}`, {reason, name, entity}, ampersand === -1 ? at : ampersand)
  })
  parser.on('doctype', () => {
    const declaration = text.lastIndexOf('<!DOCTYPE', parser.position)
    const entity = text.indexOf('<!ENTITY', declaration)
    if (entity !== -1 && entity < parser.position) fail('glossary:error.entityDeclaration', {}, entity)
  })
  parser.on('opentag', (tag) => {
    tree.open(tag.name, tag.attributes as Record<string, string>, text.lastIndexOf('<', parser.position - 1), parser.position)
  })
  parser.on('text', (value) => tree.text(value))
  parser.on('cdata', (value) => tree.cdata(value))
  parser.on('closetag', (tag) => {
    // A self-closing tag closes where it opened.
    if (tag.isSelfClosing) tree.close()
    else tree.close(text.lastIndexOf('<', parser.position - 1), parser.position)
  })
  parser.write(text).close()
  if (!tree.root) fail('glossary:xml.noRoot', {}, 0)
  return tree.root!
}
