import {ElementTree, type XmlElement, type XmlHooks} from './xml.js'

/**
 * A quick reader for the plain XML term bases are written in, about twice as
 * fast as saxes on a large file: it jumps from `<` to `<` with `indexOf`
 * instead of reading every character through a state machine.
 *
 * It reads only a strict subset of XML and gives up (returns `undefined`) at
 * the first thing outside it, so that saxes reads the file instead and
 * reports any error: an XML declaration other than version 1.0, a DOCTYPE
 * with an internal subset (where entities would be declared), a name outside
 * ASCII, an entity other than the five of XML, a character XML forbids, a
 * duplicate attribute, a tag it cannot match, text outside the root. A
 * DOCTYPE naming an external DTD and processing instructions are read and
 * ignored. Whatever it accepts, saxes accepts too and builds the same tree
 * from (one {@link ElementTree} builds both); it never expands or fetches an
 * entity either.
 */

/** Characters XML 1.0 forbids anywhere, and lone surrogates. */
const forbidden = /[\0-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/
const declaration = /<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(["'])1\.0\1(?:[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(["'])[A-Za-z][\w.-]*\2)?(?:[ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(["'])(?:yes|no)\3)?[ \t\r\n]*\?>/y
/** A DOCTYPE naming at most an external DTD: no internal subset, so no entity declarations. */
const doctype = /<!DOCTYPE[ \t\r\n]+[A-Za-z_:][\w.:-]*(?:[ \t\r\n]+(?:SYSTEM|PUBLIC[ \t\r\n]+(?:"[ \r\n\w'()+,./:=?;!*#@$%-]*"|'[ \r\n\w()+,./:=?;!*#@$%-]*'))[ \t\r\n]+(?:"[^"<>]*"|'[^'<>]*'))?[ \t\r\n]*>/y
/** A processing instruction (`<?xml-model …?>`, which TBX v3 files carry). */
const instruction = /<\?([A-Za-z_:][\w.:-]*)(?:[ \t\r\n][^]*?)?\?>/y
const reference = /&(?:(lt|gt|amp|quot|apos)|#([0-9]+)|#x([0-9a-fA-F]+));/y
const entities: Record<string, string> = {lt: '<', gt: '>', amp: '&', quot: '"', apos: "'"}

/** The attributes of every element that has none: one shared, frozen, plain map (`Object.create(null)` makes a dictionary, slow to read from). */
const noAttributes: Record<string, string> = Object.freeze({})

const isSpace = (code: number): boolean => code === 32 || code === 10 || code === 9 || code === 13

/** Whether `code` is a character XML 1.0 allows. */
function isChar(code: number): boolean {
  return code === 9 || code === 10 || code === 13 || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff)
}

/** `raw` with its entity and character references resolved, or undefined if one is not one of XML's. */
function resolve(raw: string): string | undefined {
  let result = ''
  let from = 0
  for (let amp = raw.indexOf('&'); amp !== -1; amp = raw.indexOf('&', from)) {
    reference.lastIndex = amp
    const match = reference.exec(raw)
    if (!match) return undefined
    let value: string
    if (match[1] !== undefined) value = entities[match[1]]!
    else {
      const code = match[2] !== undefined ? parseInt(match[2], 10) : parseInt(match[3]!, 16)
      if (!isChar(code)) return undefined
      value = String.fromCodePoint(code)
    }
    result += raw.slice(from, amp) + value
    from = reference.lastIndex
  }
  return result + raw.slice(from)
}

/** Which well-formed XML text a reader hands on: `\r\n` and `\r` become `\n`. */
function lineBreaks(raw: string): string {
  return raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw
}

/** Whether `text[start, end)` holds what in an attribute value needs more than copying: a tab, a line break, `<` or `&`. */
function special(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code === 60 || code === 38 || code === 9 || code === 10 || code === 13) return true
  }
  return false
}

/** Name characters this reader knows, by code unit below 128: 2 can start a name, 1 only continue one. */
const nameChars = new Uint8Array(128)
for (let code = 0; code < 128; code++) {
  const char = String.fromCharCode(code)
  nameChars[code] = /[A-Za-z_:]/.test(char) ? 2 : /[\w.-]/.test(char) ? 1 : 0
}

/** The scanner's state: the text, where it is, the tree it builds. */
class Scanner {
  at = 0
  /** The qualified names of the open elements, to match end tags. */
  readonly names: string[] = []

  constructor(
    readonly text: string,
    readonly tree: ElementTree
  ) {}

  /** Whether `text` has `value` at `start` (`startsWith` with a position is a slow call in V8; this loop is inlined). */
  matches(value: string, start: number): boolean {
    const text = this.text
    for (let index = 0; index < value.length; index++) if (text.charCodeAt(start + index) !== value.charCodeAt(index)) return false
    return true
  }

  skipSpace(): void {
    const text = this.text
    let at = this.at
    while (isSpace(text.charCodeAt(at))) at++
    this.at = at
  }

  /** A comment at `at`, skipped; false if it is malformed. */
  comment(): boolean {
    const end = this.text.indexOf('-->', this.at + 4)
    // `--` may not occur inside, nor `-` end it: the first `--` must be the closing one.
    if (end === -1 || this.text.indexOf('--', this.at + 4) !== end) return false
    this.at = end + 3
    return true
  }

  /** A processing instruction at `at`, skipped; false if it is malformed or names itself `xml`. */
  instruction(): boolean {
    instruction.lastIndex = this.at
    const match = instruction.exec(this.text)
    if (!match || match[1]!.toLowerCase() === 'xml') return false
    this.at = instruction.lastIndex
    return true
  }

  /** A name at `at`, followed by white space, `>`, `/` or `=`; undefined when there is none. */
  name(): string | undefined {
    const text = this.text
    const start = this.at
    let code = text.charCodeAt(start)
    if (!(code < 128 && nameChars[code] === 2)) return undefined
    let end = start + 1
    for (code = text.charCodeAt(end); code < 128 && nameChars[code]! > 0; code = text.charCodeAt(end)) end++
    if (!(code === 62 || code === 47 || code === 61 || isSpace(code))) return undefined
    this.at = end
    return this.text.slice(start, end)
  }

  /** The attributes of a start tag, up to `>` or `/>`; undefined when malformed. */
  attributes(): Record<string, string> | undefined {
    const text = this.text
    // A plain object, not a dictionary-mode `Object.create(null)`: readers only ask for names they know.
    let result: Record<string, string> | undefined
    for (;;) {
      const before = this.at
      this.skipSpace()
      const code = text.charCodeAt(this.at)
      if (code === 62 || code === 47) return result ?? {}
      // Attributes are separated by white space.
      if (this.at === before) return undefined
      const key = this.name()
      if (key === undefined || (result !== undefined && Object.hasOwn(result, key)) || key === '__proto__') return undefined
      this.skipSpace()
      if (text.charCodeAt(this.at) !== 61) return undefined
      this.at++
      this.skipSpace()
      const quote = text.charCodeAt(this.at)
      if (quote !== 34 && quote !== 39) return undefined
      const close = text.indexOf(quote === 34 ? '"' : "'", this.at + 1)
      if (close === -1) return undefined
      let value = this.text.slice(this.at + 1, close)
      if (special(text, this.at + 1, close)) {
        if (value.includes('<')) return undefined
        // Attribute values turn each line break and tab into a space (a reference to one stays what it names).
        value = value.replace(/\r\n|[\t\n\r]/g, ' ')
        if (value.includes('&')) {
          const resolved = resolve(value)
          if (resolved === undefined) return undefined
          value = resolved
        }
      }
      if (result === undefined) result = firstAttribute(key, value)
      else result[key] = value
      this.at = close + 1
    }
  }

  /** A start tag whose `<` is at `start` (`at` just after it); false when malformed. */
  startTag(start: number): boolean {
    const text = this.text
    const qualifiedName = this.name()
    if (qualifiedName === undefined) return false
    // Most elements have no attributes: they share one empty map.
    const values = text.charCodeAt(this.at) === 62 ? noAttributes : this.attributes()
    if (values === undefined) return false
    const selfClosing = text.charCodeAt(this.at) === 47
    if (selfClosing && text.charCodeAt(this.at + 1) !== 62) return false
    this.at += selfClosing ? 2 : 1
    this.tree.open(qualifiedName, values, start, this.at)
    if (selfClosing) this.tree.close()
    else this.names.push(qualifiedName)
    return true
  }

  /** An end tag whose `<` is at `start` (`at` at its `/`); false unless it closes the innermost open element. */
  endTag(start: number): boolean {
    const open = this.names.pop()!
    if (!this.matches(open, this.at + 1)) return false
    this.at += 1 + open.length
    this.skipSpace()
    if (this.text.charCodeAt(this.at) !== 62) return false
    this.at++
    this.tree.close(start, this.at)
    return true
  }

  /** The prolog: an XML declaration, then white space, comments, processing instructions and one DOCTYPE; false at anything else. */
  prolog(): boolean {
    const text = this.text
    declaration.lastIndex = 0
    if (declaration.test(text)) this.at = declaration.lastIndex
    let sawDoctype = false
    for (;;) {
      this.skipSpace()
      if (text.startsWith('<!--', this.at)) {
        if (!this.comment()) return false
      } else if (text.startsWith('<?', this.at)) {
        if (!this.instruction()) return false
      } else if (!sawDoctype && text.startsWith('<!DOCTYPE', this.at)) {
        doctype.lastIndex = this.at
        if (!doctype.test(text)) return false
        this.at = doctype.lastIndex
        sawDoctype = true
      } else return true
    }
  }

  /** The root element, from its start tag on; false at anything this reader does not know. */
  root(): boolean {
    const text = this.text
    if (text.charCodeAt(this.at) !== 60) return false
    if (!this.startTag(this.at++)) return false
    // Cursors to the next `&` and `]]>`: each text run checks them instead of reading its characters.
    let ampersand = -2
    let cdataEnd = -2
    while (this.names.length > 0) {
      const at = this.at
      const lt = text.indexOf('<', at)
      if (lt === -1) return false
      if (lt > at) {
        if (ampersand !== -1 && ampersand < at) ampersand = text.indexOf('&', at)
        if (cdataEnd !== -1 && cdataEnd < at) cdataEnd = text.indexOf(']]>', at)
        if (cdataEnd !== -1 && cdataEnd < lt) return false
        const references = ampersand !== -1 && ampersand < lt
        // Text in a container is indentation: it needs the checks above only, not copying.
        if (references || this.tree.gathersText()) {
          // Line breaks first: a reference to a carriage return (`&#13;`) stays one.
          const raw = lineBreaks(this.text.slice(at, lt))
          const value = references ? resolve(raw) : raw
          if (value === undefined) return false
          this.tree.text(value)
        }
      }
      this.at = lt + 1
      const code = text.charCodeAt(lt + 1)
      if (code === 47) {
        if (!this.endTag(lt)) return false
      } else if (code === 33) {
        this.at = lt
        if (text.startsWith('<!--', lt)) {
          if (!this.comment()) return false
        } else if (text.startsWith('<![CDATA[', lt)) {
          const end = text.indexOf(']]>', lt + 9)
          if (end === -1) return false
          this.tree.cdata(lineBreaks(text.slice(lt + 9, end)))
          this.at = end + 3
        } else return false
      } else if (code === 63) {
        this.at = lt
        if (!this.instruction()) return false
      } else if (!this.startTag(lt)) return false
    }
    return true
  }

  /** What follows the root: white space, comments and processing instructions only. */
  epilog(): boolean {
    for (;;) {
      this.skipSpace()
      if (this.at >= this.text.length) return true
      if (this.text.startsWith('<!--', this.at)) {
        if (!this.comment()) return false
      } else if (!this.text.startsWith('<?', this.at) || !this.instruction()) return false
    }
  }
}

/**
 * A map of one attribute. The names TBX puts on most elements get a literal
 * each: adding a property by a name known only at run time is several times
 * slower, and a quarter of a million elements carry one.
 */
function firstAttribute(name: string, value: string): Record<string, string> {
  switch (name) {
    case 'type':
      return {type: value}
    case 'xml:lang':
      return {'xml:lang': value}
    case 'id':
      return {id: value}
    default: {
      const result: Record<string, string> = {}
      result[name] = value
      return result
    }
  }
}

/** Read `text` as XML into an element tree, or return undefined when it is not in the subset this reader knows. */
export function scanXml(text: string, hooks: XmlHooks = {}): XmlElement | undefined {
  if (forbidden.test(text)) return undefined
  const tree = new ElementTree(hooks)
  const scanner = new Scanner(text, tree)
  return scanner.prolog() && scanner.root() && scanner.epilog() ? tree.root : undefined
}
