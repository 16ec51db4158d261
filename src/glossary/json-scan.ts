import type {Tree} from './tree.js'
import {Recorder, giveUp, resolveEscape} from './yaml-places.js'

/**
 * A quick reader for glosa JSON, which is YAML 1.2 too: the `yaml` package
 * reads it as one flow map, and this reader gives the same tree at the same
 * places (every scalar the text written, as with the failsafe schema: `1.50`,
 * `true` and `null` stay as written), entries streamed as the YAML reader
 * streams them. It gives up at anything but JSON (comments, single quotes,
 * unquoted keys, a line break inside a string) and on a duplicate key, so
 * that js-yaml reads the file and reports any error.
 */

/** The escapes of JSON strings (YAML's double-quoted scalars read them the same). */
const escapes: Record<string, string> = {'"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t'}
const literal = /^(?:true|false|null|-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)$/

export class JsonScanner extends Recorder {
  tree(): Tree {
    const root = this.object(this.space(0))
    if (this.space(this.to) !== this.text.length) giveUp()
    this.located.root = root
    return this.located
  }

  /** Past white space (tabs never reach here: they are left to js-yaml). */
  space(at: number): number {
    const text = this.text
    for (let code = text.charCodeAt(at); code === 32 || code === 10 || code === 13; code = text.charCodeAt(at)) at++
    return at
  }

  /** The value at `at`; `stream`: a list whose items go to the entry hook. */
  value(at: number, stream: boolean): unknown {
    const code = this.text.charCodeAt(at)
    if (code === 123) return this.object(at)
    if (code === 91) return this.array(at, stream)
    if (code === 34) return this.string(at)
    return this.literal(at)
  }

  object(at: number): Record<string, unknown> {
    const text = this.text
    if (text.charCodeAt(at) !== 123) giveUp()
    const map: Record<string, unknown> = {}
    const index = this.open(map, at)
    const base = this.openCount
    let cursor = this.space(at + 1)
    if (text.charCodeAt(cursor) === 125) cursor++
    else {
      for (;;) {
        if (text.charCodeAt(cursor) !== 34) giveUp()
        const name = this.string(cursor)
        const keyStart = this.from
        const keyEnd = this.to
        // The `:` on the key's line: js-yaml refuses a key and its value on different lines.
        cursor = keyEnd
        while (text.charCodeAt(cursor) === 32) cursor++
        if (text.charCodeAt(cursor) !== 58) giveUp()
        // The root's list of entries is streamed to the entry hook.
        const value = this.value(this.space(cursor + 1), this.onEntry !== undefined && index === 0 && name === 'entries')
        this.set(map, name, keyStart, keyEnd, value, this.from, this.to)
        cursor = this.space(this.to)
        const code = text.charCodeAt(cursor++)
        if (code === 125) break
        if (code !== 44) giveUp()
        cursor = this.space(cursor)
      }
    }
    this.close(index, cursor, base)
    this.from = at
    this.to = cursor
    return map
  }

  array(at: number, stream: boolean): unknown[] {
    const text = this.text
    const index = this.open(undefined, at)
    const base = this.openCount
    let cursor = this.space(at + 1)
    if (text.charCodeAt(cursor) === 93) cursor++
    else {
      for (;;) {
        const collections = this.collectionCount
        const children = this.childCount
        let item = this.value(cursor, false)
        if (stream) {
          this.onEntry!(item, this.located)
          this.forget(collections, children)
          item = undefined
        }
        this.child(-1, -1, item, this.from, this.to)
        cursor = this.space(this.to)
        const code = text.charCodeAt(cursor++)
        if (code === 93) break
        if (code !== 44) giveUp()
        cursor = this.space(cursor)
      }
    }
    const items = this.closeList(index, cursor, base)
    this.from = at
    this.to = cursor
    return items
  }

  /** A string at `at`, its escapes resolved. */
  string(at: number): string {
    const text = this.text
    let value = ''
    let from = at + 1
    for (let index = at + 1; index < text.length; index++) {
      const code = text.charCodeAt(index)
      if (code === 34) {
        this.from = at
        this.to = index + 1
        return value + text.slice(from, index)
      }
      // A line break inside a string is not JSON (YAML would fold it).
      if (code === 10 || code === 13) giveUp()
      if (code === 92) {
        value += text.slice(from, index) + resolveEscape(text, index, text.length, escapes)
        index += text.charCodeAt(index + 1) === 117 ? 5 : 1
        from = index + 1
      }
    }
    return giveUp()
  }

  /** `true`, `false`, `null` or a number, as written. */
  literal(at: number): string {
    const text = this.text
    let end = at
    for (let code = text.charCodeAt(end); end < text.length && code !== 44 && code !== 93 && code !== 125 && code !== 32 && code !== 10 && code !== 13; code = text.charCodeAt(end)) end++
    const value = text.slice(at, end)
    if (!literal.test(value)) giveUp()
    this.from = at
    this.to = end
    return value
  }
}
