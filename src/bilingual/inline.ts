import {PieceBuilder, type Piece} from './types.js'

/**
 * The content of an XLIFF `<source>`/`<target>` or a TMX `<seg>` as a piece:
 * its text with exact file offsets, every inline code one U+FFFC. saxes has
 * already read the whole file (well-formed, no entity declared or expanded),
 * so this walk only has to tell tags, references and CDATA from text.
 */

/** Elements whose content is native code (`<ph>{0}</ph>`, `<bpt i="1">&lt;b></bpt>`): one code with what they hold. */
const wholeCodes = new Set(['ph', 'bpt', 'ept', 'it', 'ut', 'sub'])

/** XML's predefined entities; any other was refused by the parser. */
const entities: Readonly<Record<string, string>> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'"}

const attributePattern = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g

function attributesOf(tag: string): Record<string, string> {
  const attributes: Record<string, string> = Object.create(null) as Record<string, string>
  for (const match of tag.matchAll(attributePattern))
    attributes[match[1]!] = decodeReferences(match[2] ?? match[3] ?? '')
  return attributes
}

function decodeReference(reference: string): string {
  if (reference.startsWith('#x') || reference.startsWith('#X'))
    return String.fromCodePoint(parseInt(reference.slice(2), 16))
  if (reference.startsWith('#')) return String.fromCodePoint(parseInt(reference.slice(1), 10))
  return entities[reference] ?? '&' + reference + ';'
}

function decodeReferences(value: string): string {
  return value.replace(/&(#?[\w]+);/g, (_, reference: string) => decodeReference(reference))
}

/** The id a code is matched by on the other side: XLIFF `id`, an XLIFF 2 `<ec>`'s `startRef`, TMX `i` or `x`. */
function idOf(name: string, attributes: Record<string, string>): string | undefined {
  if (name === 'ec' && attributes.startRef !== undefined) return attributes.startRef
  return attributes.id ?? attributes.rid ?? attributes.i ?? attributes.x
}

/** The text inside a native-code element, references decoded and tags left out. */
function innerText(raw: string): string {
  return decodeReferences(raw.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1').replace(/<[^>]*>/g, ''))
}

/** Read `[start, end)` of `source`, the content of one segment element. */
export function readInline(source: string, start: number, end: number): Piece {
  const piece = new PieceBuilder()
  let index = start
  let textStart = start
  const flush = (until: number) => {
    if (until > textStart) piece.literal(source.slice(textStart, until), textStart)
  }
  while (index < end) {
    const char = source.charCodeAt(index)
    if (char === 0x26 /* & */) {
      flush(index)
      const semicolon = source.indexOf(';', index)
      piece.decoded(decodeReference(source.slice(index + 1, semicolon)), index)
      index = textStart = semicolon + 1
      continue
    }
    if (char !== 0x3c /* < */) {
      index++
      continue
    }
    flush(index)
    if (source.startsWith('<![CDATA[', index)) {
      const close = source.indexOf(']]>', index)
      piece.literal(source.slice(index + 9, close), index + 9)
      index = textStart = close + 3
      continue
    }
    if (source.startsWith('<!--', index)) {
      index = textStart = source.indexOf('-->', index) + 3
      continue
    }
    if (source.startsWith('<?', index)) {
      index = textStart = source.indexOf('?>', index) + 2
      continue
    }
    const close = tagEnd(source, index)
    const tag = source.slice(index, close)
    const closing = tag.startsWith('</')
    const selfClosing = tag.endsWith('/>')
    const qualified = /^<\/?([^\s/>]+)/.exec(tag)![1]!
    const name = qualified.slice(qualified.indexOf(':') + 1)
    const attributes = attributesOf(tag)
    if (name === 'cp' && attributes.hex !== undefined) {
      piece.decoded(String.fromCodePoint(parseInt(attributes.hex, 16)), index)
    } else if (!closing && !selfClosing && wholeCodes.has(name)) {
      const after = matchingClose(source, close, end, qualified)
      const id = idOf(name, attributes)
      const content = innerText(source.slice(close, after.contentEnd))
      piece.code(id === undefined ? `${name}:${content}` : `${name}#${id}`, source.slice(index, after.end), index)
      index = textStart = after.end
      continue
    } else {
      const id = idOf(name, attributes)
      piece.code(`${closing ? '/' : ''}${name}#${id ?? ''}`, tag, index)
    }
    index = textStart = close
  }
  flush(end)
  return piece.finish(end)
}

/** The offset just after the `>` of the tag at `start`, quotes respected. */
function tagEnd(source: string, start: number): number {
  let quote = 0
  for (let index = start + 1; index < source.length; index++) {
    const char = source.charCodeAt(index)
    if (quote !== 0) {
      if (char === quote) quote = 0
    } else if (char === 0x22 || char === 0x27) quote = char
    else if (char === 0x3e) return index + 1
  }
  return source.length
}

/** Where the element opened just before `from` closes: the start and end of its end tag (nesting of the same name counted). */
function matchingClose(
  source: string,
  from: number,
  end: number,
  qualified: string
): {contentEnd: number; end: number} {
  const pattern = new RegExp(`<(/?)${qualified.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=[\\s/>])[^>]*?(/?)>`, 'g')
  pattern.lastIndex = from
  let depth = 1
  for (let match = pattern.exec(source); match && match.index < end; match = pattern.exec(source)) {
    if (match[1]) depth--
    else if (!match[2]) depth++
    if (depth === 0) return {contentEnd: match.index, end: match.index + match[0].length}
  }
  return {contentEnd: end, end}
}
