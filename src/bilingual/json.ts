import {jsonEscapes as escapes, parseLocatedJson} from '../util/json.js'
import {GlosaError} from '../util/errors.js'
import {LineIndex} from '../util/position.js'
import {PieceBuilder, type Piece} from './types.js'

/**
 * JSON resource files, i18next's nested objects (`{"menu": {"open": "Open"}}`
 * → key `menu.open`) and flat key–value files alike: every string value is a
 * message whose key is its path joined by dots. Numbers, booleans and nulls
 * are not messages. Each message keeps the place of every character.
 */
export interface ResourceFile {
  /** Messages by key, in file order. */
  messages: Map<string, {piece: Piece; keyOffset: number}>
}

/** The value of the JSON string literal at `[start, end)` with the offset of each unit. */
function stringPiece(source: string, start: number, end: number): Piece {
  const piece = new PieceBuilder()
  let index = start + 1
  let textStart = index
  while (index < end - 1) {
    if (source[index] !== '\\') {
      index++
      continue
    }
    piece.literal(source.slice(textStart, index), textStart)
    const next = source[index + 1]!
    if (next === 'u') {
      piece.decoded(String.fromCharCode(parseInt(source.slice(index + 2, index + 6), 16)), index)
      index += 6
    } else {
      piece.decoded(escapes[next] ?? next, index)
      index += 2
    }
    textStart = index
  }
  piece.literal(source.slice(textStart, end - 1), textStart)
  return piece.finish(end - 1)
}

function keyOfPointer(pointer: string): string {
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.')
}

/** Read a JSON resource file; a file whose top level is not an object is refused. */
export function readResourceJson(
  source: string,
  file: string | undefined,
  lines = new LineIndex(source)
): ResourceFile {
  const messages: ResourceFile['messages'] = new Map()
  const strings: Array<[string, number, number]> = []
  const located = parseLocatedJson(source, file, {
    onString: (pointer, start, end) => strings.push([pointer, start, end])
  })
  if (typeof located.value !== 'object' || located.value === null || Array.isArray(located.value)) {
    throw new GlosaError(
      'formats:json.notObject',
      {},
      {file, place: lines.point(source.length - source.trimStart().length)}
    )
  }
  for (const [pointer, start, end] of strings) {
    if (pointer === '') continue
    const key = keyOfPointer(pointer)
    messages.set(key, {piece: stringPiece(source, start, end), keyOffset: located.places.get(pointer)?.offset ?? start})
  }
  return {messages}
}
