import type {Tree} from './tree.js'
import {JsonScanner} from './json-scan.js'
import {GiveUp, Recorder, giveUp, refused, resolveEscape, type EntryHook} from './yaml-places.js'

/**
 * A quick reader for the block YAML glossaries are written in (as glosa's
 * `writeYaml` and people write them): maps and lists by indentation, one
 * scalar a line (plain, single- or double-quoted), and flow lists and maps
 * that open and close on one line. It reads line by line, every key and
 * value located as it goes, with no parse tree in between.
 *
 * It gives up (returns `undefined`) at the first thing outside that subset, so
 * that js-yaml reads the file instead and reports any error: tabs, anchors,
 * aliases and tags, block scalars (`|`, `>`), a scalar continued on the next
 * line, an empty value, a duplicate key, a second document, a character YAML
 * does not print. What it reads, it reads as the `yaml` package does with the
 * failsafe schema (every scalar the string written), at the same places.
 */


/** Characters that may not start a plain scalar (`-`, `?` and `:` may when a non-space follows). */
const indicators = new Set([',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`'])
/** How a plain scalar may start, by code unit: 2 never with an indicator, 1 with `-`, `?` or `:` only before a non-space. */
const plainStarts = new Uint8Array(128)
for (const char of indicators) plainStarts[char.charCodeAt(0)] = 2
for (const char of ['-', '?', ':']) plainStarts[char.charCodeAt(0)] = 1
/** Characters this reader refuses inside a plain key (all legal in some YAML, none in a glossary's keys), by code unit. */
const keyStoppers = new Uint8Array(128)
for (const char of [...indicators, ':']) keyStoppers[char.charCodeAt(0)] = 1
const isKeyStopper = (code: number): boolean => code < 128 && keyStoppers[code] === 1
/** Characters that end a plain scalar inside a flow list or map. */
const flowStoppers = new Set([',', '[', ']', '{', '}', '#', ':'])
/** The escapes of double-quoted scalars this reader resolves. */
const escapes: Record<string, string> = {'\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t', r: '\r'}

/**
 * Read `text` as YAML into a {@link Tree}, or return undefined when it is not
 * in the subset this reader knows (after `onEntry` may have been called for
 * some entries).
 */
export type {EntryHook}

export function scanTree(text: string, onEntry?: EntryHook): Tree | undefined {
  if (refused.test(text)) return undefined
  // JSON (a document that is one flow map): its own reader.
  const scanner = text.charCodeAt(text.search(/\S/)) === 123 ? new JsonScanner(text, onEntry) : new YamlScanner(text, onEntry)
  try {
    return scanner.tree()
  } catch (error) {
    // Collections nested deeper than the stack allows: js-yaml reports what it makes of them.
    if (error instanceof GiveUp || error instanceof RangeError) return undefined
    throw error
  }
}

class YamlScanner extends Recorder {
  /** The current content line (not blank, not a comment): where it starts, its first character, where its content ends (before `\r\n`). */
  lineStart = 0
  indent = 0
  start = 0
  end = 0
  /** Where the next line starts (the text's length after the last). */
  next = 0
  eof = false
  /** The indentation of the deepest comment line skipped on the way to the current line (-1: none). */
  deepComment = -1
  /** Where the key read last starts and ends, and where its `:` ends. */
  keyStart = 0
  keyEnd = 0
  keyAfter = 0
  /** Where the last line read ends, its line break included: where the collections closed by it end. */
  consumed = 0

  constructor(text: string, onEntry?: EntryHook) {
    super(text, onEntry)
  }

  tree(): Tree {
    this.seek(0)
    // A first `---` starts the document; any other is a second document, left to js-yaml.
    if (!this.eof && this.indent === 0 && this.text.slice(this.start, this.end) === '---') this.seek(this.next)
    if (this.eof) giveUp()
    const root = this.block(this.indent)
    if (!this.eof) giveUp()
    this.located.root = root
    return this.located
  }

  /** Move to the first content line at or after `from`, skipping blank and comment lines. */
  seek(from: number): void {
    const text = this.text
    let at = from
    this.deepComment = -1
    while (at < text.length) {
      let newline = text.indexOf('\n', at)
      if (newline === -1) newline = text.length
      const end = text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline
      let first = at
      while (first < end && text.charCodeAt(first) === 32) first++
      if (first < end && text.charCodeAt(first) !== 35) {
        this.lineStart = at
        this.indent = first - at
        this.start = first
        this.end = end
        this.next = Math.min(newline + 1, text.length)
        return
      }
      if (first < end && first - at > this.deepComment) this.deepComment = first - at
      at = newline + 1
    }
    this.eof = true
    this.indent = -1
    this.lineStart = this.start = this.end = this.next = text.length
  }

  /**
   * Give up where a collection at `indent` ends after a comment line indented
   * deeper than it: the yaml package counts such comments (and sometimes more)
   * into the collection's place, by rules not worth copying for a rare case.
   */
  closing(indent: number): void {
    if (this.deepComment > indent) giveUp()
  }

  /** Done with the current line: move to the next content line. */
  nextLine(): void {
    this.consumed = this.next
    this.seek(this.next)
  }

  /** Whether a list item's `-` is at `at`. */
  isDash(at: number): boolean {
    return this.text.charCodeAt(at) === 45 && (at + 1 === this.end || this.text.charCodeAt(at + 1) === 32)
  }

  /** A block collection starting on the current line, at its indentation. */
  block(indent: number, stream = false): unknown {
    return this.isDash(this.start) ? this.list(indent, stream) : this.map(indent, this.start)
  }

  /** A block list whose items' `-` are at `indent`; `stream`: hand each item to the entry hook, then forget it. */
  list(indent: number, stream: boolean): unknown[] {
    const start = this.start
    const index = this.open(undefined, start)
    const base = this.openCount
    while (!this.eof && this.indent === indent && this.isDash(this.start)) {
      let at = this.start + 1
      while (at < this.end && this.text.charCodeAt(at) === 32) at++
      // An item on the lines below its `-`, or a list in a list: rare in glossaries, left to js-yaml.
      if (at === this.end || this.text.charCodeAt(at) === 35 || this.isDash(at)) giveUp()
      const collections = this.collectionCount
      const children = this.childCount
      let item: unknown
      if (this.key(at) !== undefined) item = this.map(at - this.lineStart, at)
      else {
        item = this.inline(at)
        this.nextLine()
      }
      if (stream) {
        this.onEntry!(item, this.located)
        this.forget(collections, children)
        item = undefined
      }
      this.child(-1, -1, item, this.from, this.to)
    }
    if (this.indent > indent) giveUp()
    this.closing(indent)
    const items = this.closeList(index, this.consumed, base)
    this.from = start
    this.to = this.consumed
    return items
  }

  /** A block map whose keys are at `indent`, the first at `first` (after a list item's `-`, or the start of a line). */
  map(indent: number, first: number): Record<string, unknown> {
    const text = this.text
    const map: Record<string, unknown> = {}
    const index = this.open(map, first)
    const base = this.openCount
    let at = first
    for (;;) {
      const name = this.key(at) ?? giveUp()
      const keyStart = this.keyStart
      const keyEnd = this.keyEnd
      let valueAt = this.keyAfter
      while (valueAt < this.end && text.charCodeAt(valueAt) === 32) valueAt++
      let value: unknown
      if (valueAt === this.end || text.charCodeAt(valueAt) === 35) {
        // The value is on the lines below: more indented, or a list at the key's indentation.
        this.nextLine()
        // The root's list of entries is streamed to the entry hook.
        const stream = this.onEntry !== undefined && index === 0 && name === 'entries'
        if (this.indent > indent) value = this.block(this.indent, stream)
        else if (this.indent === indent && this.isDash(this.start)) value = this.list(indent, stream)
        else giveUp()
      } else {
        value = this.inline(valueAt)
        this.nextLine()
      }
      this.set(map, name, keyStart, keyEnd, value, this.from, this.to)
      if (this.eof || this.indent < indent) {
        this.closing(indent)
        break
      }
      if (this.indent > indent || this.isDash(this.start)) giveUp()
      at = this.start
    }
    this.close(index, this.consumed, base)
    this.from = first
    this.to = this.consumed
    return map
  }

  /**
   * A block map key at `at` followed by `:` and a space or the line's end (its
   * place in `keyStart`, `keyEnd`, and `keyAfter` just after the `:`); undefined when there is none.
   */
  key(at: number): string | undefined {
    const text = this.text
    const code = text.charCodeAt(at)
    let name: string
    let end: number
    let colon: number
    if (code === 34 || code === 39) {
      name = this.quoted(at, this.end)
      end = this.to
      colon = end
      while (colon < this.end && text.charCodeAt(colon) === 32) colon++
      if (text.charCodeAt(colon) !== 58) return undefined
    } else {
      if (isKeyStopper(code) || code === 45 || code === 63) return undefined
      // `...` at the start of a line ends the document.
      if (at === this.lineStart && text.startsWith('...', at) && (at + 3 === this.end || text.charCodeAt(at + 3) === 32)) return undefined
      colon = at
      while (colon < this.end && !isKeyStopper(text.charCodeAt(colon))) colon++
      if (text.charCodeAt(colon) !== 58) return undefined
      end = colon
      while (text.charCodeAt(end - 1) === 32) end--
      if (end === at) return undefined
      name = this.name(at, end)
    }
    const after = colon + 1
    if (after !== this.end && text.charCodeAt(after) !== 32) return undefined
    this.keyStart = at
    this.keyEnd = end
    this.keyAfter = after
    return name
  }

  /** A value that starts at `at` and ends the current line (a comment may follow). */
  inline(at: number): unknown {
    const text = this.text
    const code = text.charCodeAt(at)
    let value: unknown
    if (code === 34 || code === 39) value = this.quoted(at, this.end)
    else if (code === 91 || code === 123) value = this.flow(at)
    else return this.plain(at)
    let rest = this.to
    while (rest < this.end && text.charCodeAt(rest) === 32) rest++
    // Only a comment may follow, after a space.
    if (rest !== this.end && !(text.charCodeAt(rest) === 35 && rest > this.to)) giveUp()
    return value
  }

  /** A plain scalar in a block, ending at the line's end or at ` #`. */
  plain(at: number): string {
    const text = this.text
    this.plainStart(at)
    let end = at
    for (; end < this.end; end++) {
      const code = text.charCodeAt(end)
      if (code === 35 && text.charCodeAt(end - 1) === 32) break
      // `: ` would make it a key, and a key here a nested map: left to js-yaml.
      if (code === 58 && (end + 1 === this.end || text.charCodeAt(end + 1) === 32)) giveUp()
    }
    while (text.charCodeAt(end - 1) === 32) end--
    this.from = at
    this.to = end
    // Short values repeat (`preferred`, `noun`): one string each; a longer one is a slice of the text anyway.
    return end - at <= 12 ? this.name(at, end) : text.slice(at, end)
  }

  /** Refuse what may not start a plain scalar. */
  plainStart(at: number): void {
    const code = this.text.charCodeAt(at)
    if (code < 128 && plainStarts[code] !== 0) {
      if (plainStarts[code] === 2 || ' \r\n,[]{}'.includes(this.text.charAt(at + 1) || ' ')) giveUp()
    }
  }

  /** A single- or double-quoted scalar at `at`, closed before `limit` (on the same line). */
  quoted(at: number, limit: number): string {
    const text = this.text
    const quote = text.charCodeAt(at)
    let value = ''
    let from = at + 1
    this.from = at
    for (let index = at + 1; index < limit; index++) {
      const code = text.charCodeAt(index)
      if (quote === 39 && code === 39) {
        value += text.slice(from, index)
        // `''` is a quote inside a single-quoted scalar.
        if (text.charCodeAt(index + 1) !== 39) {
          this.to = index + 1
          return value
        }
        value += "'"
        from = ++index + 1
      } else if (quote === 34 && code === 34) {
        this.to = index + 1
        return value + text.slice(from, index)
      } else if (quote === 34 && code === 92) {
        value += text.slice(from, index) + resolveEscape(text, index, limit, escapes)
        index += text.charCodeAt(index + 1) === 117 ? 5 : 1
        from = index + 1
      }
    }
    // Not closed on its line: a multi-line scalar, left to js-yaml.
    return giveUp()
  }

  /** A flow list or map at `at`, closed on the same line. */
  flow(at: number): unknown {
    const text = this.text
    const isMap = text.charCodeAt(at) === 123
    const closer = isMap ? 125 : 93
    const map: Record<string, unknown> | undefined = isMap ? {} : undefined
    const index = this.open(map, at)
    const base = this.openCount
    let cursor = this.skipSpaces(at + 1)
    if (text.charCodeAt(cursor) === closer) cursor++
    else {
      for (;;) {
        let name: string | undefined
        let keyStart = -1
        let keyEnd = -1
        if (map) {
          name = this.flowScalar(cursor)
          keyStart = this.from
          keyEnd = this.to
          cursor = this.skipSpaces(keyEnd)
          if (text.charCodeAt(cursor) !== 58 || text.charCodeAt(cursor + 1) !== 32) giveUp()
          cursor = this.skipSpaces(cursor + 1)
        }
        const code = text.charCodeAt(cursor)
        const item = code === 91 || code === 123 ? this.flow(cursor) : this.flowScalar(cursor)
        if (map && name !== undefined) this.set(map, name, keyStart, keyEnd, item, this.from, this.to)
        else this.child(-1, -1, item, this.from, this.to)
        cursor = this.skipSpaces(this.to)
        const next = text.charCodeAt(cursor)
        if (next === closer) {
          cursor++
          break
        }
        if (next !== 44) giveUp()
        cursor = this.skipSpaces(cursor + 1)
      }
    }
    const value = map ?? this.closeList(index, cursor, base)
    if (map) this.close(index, cursor, base)
    this.from = at
    this.to = cursor
    return value
  }

  /** A quoted or plain scalar inside a flow collection. */
  flowScalar(at: number): string {
    const text = this.text
    const code = text.charCodeAt(at)
    if (code === 34 || code === 39) return this.quoted(at, this.end)
    this.plainStart(at)
    let end = at
    while (end < this.end && !flowStoppers.has(text.charAt(end))) end++
    // `#` and `:` inside a plain scalar of a flow collection: legal only in some places; left to js-yaml.
    if (end === this.end || text.charCodeAt(end) === 35 || (text.charCodeAt(end) === 58 && text.charCodeAt(end + 1) !== 32)) giveUp()
    while (text.charCodeAt(end - 1) === 32) end--
    if (end === at) giveUp()
    this.from = at
    this.to = end
    return text.slice(at, end)
  }

  skipSpaces(at: number): number {
    while (at < this.end && this.text.charCodeAt(at) === 32) at++
    return at
  }
}
