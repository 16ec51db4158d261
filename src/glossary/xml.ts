import {SaxesParser} from 'saxes'
import {GlosaError} from '../util/errors.js'
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
  const stack: XmlElement[] = []
  let root: XmlElement | undefined
  const fail = (key: string, values: Record<string, unknown>, offset: number): never => {
    throw new GlosaError(key, values, {file, place: lines.point(Math.max(0, Math.min(offset, text.length)))})
  }
  parser.on('error', (error) => {
    const reason = error.message.replace(/^.*?:\d+:\d+: /, '')
    const at = Math.max(0, parser.position - 1)
    // Point at the `&` of an entity reference rather than after its `;`.
    const ampersand = /entity/.test(reason) ? text.lastIndexOf('&', at) : -1
    fail('glossary:error.syntax', {format: 'XML', reason}, ampersand === -1 ? at : ampersand)
  })
  parser.on('doctype', () => {
    const declaration = text.lastIndexOf('<!DOCTYPE', parser.position)
    const entity = text.indexOf('<!ENTITY', declaration)
    if (entity !== -1 && entity < parser.position) fail('glossary:error.entityDeclaration', {}, entity)
  })
  parser.on('opentag', (tag) => {
    const name = tag.name.includes(':') ? tag.name.slice(tag.name.indexOf(':') + 1) : tag.name
    const start = text.lastIndexOf('<', parser.position - 1)
    const element: XmlElement = {
      name,
      attributes: tag.attributes as Record<string, string>,
      children: noChildren,
      text: '',
      start,
      end: parser.position,
      contentStart: parser.position,
      contentEnd: parser.position
    }
    if (tag.isSelfClosing) element.contentStart = element.contentEnd = element.end
    if (stack.length === 0) hooks.root?.(element)
    stack.push(element)
  })
  parser.on('text', (value) => {
    const top = stack[stack.length - 1]
    // The indentation between elements is text too: containers never keep it.
    if (top && !containers.has(top.name)) top.text += value
  })
  parser.on('cdata', (value) => {
    const top = stack[stack.length - 1]
    if (top) top.text += value
  })
  parser.on('closetag', () => {
    const element = stack.pop()!
    if (element.end !== parser.position) {
      element.contentEnd = text.lastIndexOf('<', parser.position - 1)
      element.end = parser.position
    }
    const parent = stack[stack.length - 1]
    if (parent && hooks.isRecord?.(element.name)) {
      // Handing records over as they close keeps memory (and garbage collection) small on large files.
      hooks.record?.(element)
    } else if (parent) {
      if (parent.children === noChildren) parent.children = [element]
      else parent.children.push(element)
      // Inline markup inside a term or note (`<hi>`) is part of its text; containers never need theirs.
      if (!containers.has(parent.name)) parent.text += element.text
    } else root = element
  })
  parser.write(text).close()
  if (!root) fail('glossary:error.syntax', {format: 'XML', reason: 'no root element'}, 0)
  return root!
}
