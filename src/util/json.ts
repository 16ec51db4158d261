import {GlosaError} from './errors.js'
import {LineIndex} from './position.js'
import type {Point} from '../types.js'

/** The value of each one-character JSON escape (`\n` → newline), as RFC 8259 lists them. */
export const jsonEscapes: Readonly<Record<string, string>> = Object.freeze({
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t'
})

/** How deep objects and arrays may nest in a configuration. */
export const maxJsonDepth = 64

/** A parsed JSON value with where each member is: JSON pointer (`/pairs/0/source`) → point of its key (or item). */
export interface LocatedJson {
  value: unknown
  places: Map<string, Point>
}

/**
 * Parse JSON keeping the place of every object key and array item, so that
 * configuration errors can say where they are. Syntax errors are located
 * GlosaErrors (`file:line:column`); duplicate keys are errors too.
 * `hooks.onString` hears of every string value: its pointer and the offsets
 * of its opening quote and just after its closing one.
 */
export function parseLocatedJson(
  text: string,
  file?: string,
  hooks: {onString?(pointer: string, start: number, end: number): void} = {}
): LocatedJson {
  const lines = new LineIndex(text)
  const places = new Map<string, Point>()
  let index = 0

  const fail = (key: string, values: Record<string, unknown> = {}, at = index): never => {
    throw new GlosaError(`check:json.${key}`, values, {file, place: lines.point(at)})
  }
  const found = (): string => (index >= text.length ? 'end of file' : `'${text[index]}'`)
  const space = (): void => {
    while (index < text.length && ' \t\n\r'.includes(text[index]!)) index++
  }

  const string = (): string => {
    const start = index
    index++ // the opening quote
    let value = ''
    while (index < text.length) {
      const char = text[index]!
      if (char === '"') {
        index++
        return value
      }
      if (char === '\n' || char === '\r') break
      if (char === '\\') {
        const next = text[index + 1]
        if (next !== undefined && next in jsonEscapes) {
          value += jsonEscapes[next]
          index += 2
          continue
        }
        if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(index + 2, index + 6))) {
          value += String.fromCharCode(parseInt(text.slice(index + 2, index + 6), 16))
          index += 6
          continue
        }
        fail('escape', {found: `'\\${next ?? ''}'`})
      }
      value += char
      index++
    }
    return fail('string', {}, start)
  }

  /** After a member: `,` goes on (false), `close` ends the object or array (true), anything else fails. */
  const closes = (close: '}' | ']'): boolean => {
    space()
    if (text[index] === ',') {
      index++
      return false
    }
    if (text[index] === close) {
      index++
      return true
    }
    return fail('commaOrEnd', {found: found(), close})
  }

  const value = (pointer: string, depth: number): unknown => {
    space()
    const char = text[index]
    // Recursion stays bounded: a configuration is a few levels deep, a hostile one 100,000.
    if ((char === '{' || char === '[') && depth >= maxJsonDepth)
      throw new GlosaError('io:json.tooDeep', {limit: maxJsonDepth}, {file, place: lines.point(index)})
    if (char === '{') {
      index++
      const object: Record<string, unknown> = {}
      space()
      if (text[index] === '}') {
        index++
        return object
      }
      for (;;) {
        space()
        if (text[index] !== '"') fail('key', {found: found()})
        const keyStart = index
        const key = string()
        const child = pointer + '/' + key.replace(/~/g, '~0').replace(/\//g, '~1')
        if (Object.hasOwn(object, key)) fail('duplicate', {key}, keyStart)
        places.set(child, lines.point(keyStart))
        space()
        if (text[index] !== ':') fail('colon', {found: found()})
        index++
        // defineProperty: a `__proto__` key is data, as with JSON.parse.
        Object.defineProperty(object, key, {
          value: value(child, depth + 1),
          enumerable: true,
          writable: true,
          configurable: true
        })
        if (closes('}')) return object
      }
    }
    if (char === '[') {
      index++
      const array: unknown[] = []
      space()
      if (text[index] === ']') {
        index++
        return array
      }
      for (;;) {
        space()
        const child = `${pointer}/${array.length}`
        places.set(child, lines.point(index))
        array.push(value(child, depth + 1))
        if (closes(']')) return array
      }
    }
    if (char === '"') {
      const start = index
      const value = string()
      hooks.onString?.(pointer, start, index)
      return value
    }
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
      text.slice(index, index + 64)
    )
    if (!literal) return fail('value', {found: found()})
    index += literal[0].length
    return JSON.parse(literal[0]) as unknown
  }

  const result = value('', 0)
  space()
  if (index < text.length) fail('trailing', {found: found()})
  return {value: result, places}
}
