/**
 * Large results written as they are made, never as one string: V8 refuses a
 * string past about 2^29 units ("Invalid string length"), and `Math.max(...rows)`
 * past about 120,000 arguments. A result is an iterable of pieces, joined into
 * chunks of about {@link chunkSize} units for writing.
 */

/** The size of the pieces written out (UTF-16 units). */
export const chunkSize = 1 << 16

/** Join small pieces into chunks of about `size` units. */
export function* batched(pieces: Iterable<string>, size = chunkSize): Generator<string> {
  let buffer: string[] = []
  let length = 0
  for (const piece of pieces) {
    buffer.push(piece)
    length += piece.length
    if (length >= size) {
      yield buffer.join('')
      buffer = []
      length = 0
    }
  }
  if (length > 0) yield buffer.join('')
}

/**
 * `JSON.stringify(value, null, 2)` in pieces: arrays and plain objects are
 * walked, each leaf written by `JSON.stringify`; `undefined` and function
 * members are left out of objects and written `null` in arrays, as
 * `JSON.stringify` does. A value with a `toJSON` method is written by it.
 */
export function* jsonPieces(value: unknown, indent = '', depth = Infinity): Generator<string> {
  if (value instanceof JsonStream) return yield* streamPieces(value, indent)
  // Deep enough, a value is small: one JSON.stringify, its lines indented to where it stands
  // (a newline in JSON text is always between tokens). Walking it piece by piece costs far more.
  if (depth <= 0) return yield stringifyAt(value, indent)
  if (value !== null && typeof value === 'object' && typeof (value as {toJSON?: unknown}).toJSON === 'function') {
    value = (value as {toJSON: () => unknown}).toJSON()
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return yield '[]'
    const inner = indent + '  '
    yield '['
    for (let index = 0; index < value.length; index++) {
      yield (index === 0 ? '\n' : ',\n') + inner
      const item: unknown = value[index]
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') yield 'null'
      else yield* jsonPieces(item, inner, depth - 1)
    }
    return yield '\n' + indent + ']'
  }
  if (value !== null && typeof value === 'object') {
    const inner = indent + '  '
    let first = true
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue
      yield (first ? '{\n' : ',\n') + inner + JSON.stringify(key) + ': '
      first = false
      yield* jsonPieces(item, inner, depth - 1)
    }
    return yield first ? '{}' : '\n' + indent + '}'
  }
  yield JSON.stringify(value) ?? 'null'
}

/**
 * `JSON.stringify(value, null, 2)` with its lines after the first indented by
 * `indent` (two spaces a level), as the value stands at that depth. Written
 * inside as many arrays as levels and cut out of them: JSON.stringify indents
 * it so itself, where indenting its text afterwards would copy it all again.
 */
function stringifyAt(value: unknown, indent: string): string {
  const levels = indent.length >> 1
  if (levels === 0 || indent.length !== levels * 2 || indent.trim() !== '') {
    return (JSON.stringify(value, null, 2) ?? 'null').replaceAll('\n', '\n' + indent)
  }
  let wrapped: unknown = value
  for (let level = 0; level < levels; level++) wrapped = [wrapped]
  // `[\n` then `  [\n` … before the value, `\n]` … after it: levels (levels + 1) characters each side.
  const cut = levels * (levels + 1)
  const text = JSON.stringify(wrapped, null, 2)
  return text.slice(cut + indent.length, text.length - cut)
}

/**
 * How deep the items of a {@link JsonStream} are walked before the values
 * there are written whole, for items not small enough to be written whole
 * ({@link JsonStream.whole}): a file's report is walked to its messages, each
 * written by one `JSON.stringify`, so that no piece holds a file's messages.
 */
const itemDepth = 2

/**
 * An array whose items are made as it is written ({@link jsonPieces} walks
 * it like an array): a report's results, so that each is made, written and
 * let go in turn rather than held all at once. Its items hold no stream.
 * `whole` says of an item that its JSON is small enough to be one string
 * (one `JSON.stringify`, the fastest way there is); others are walked.
 */
export class JsonStream {
  constructor(
    readonly items: () => Iterable<unknown>,
    readonly whole: (item: unknown) => boolean = () => false
  ) {}
}

function* streamPieces(stream: JsonStream, indent: string): Generator<string> {
  const inner = indent + '  '
  let first = true
  for (const item of stream.items()) {
    yield (first ? '[\n' : ',\n') + inner
    first = false
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') yield 'null'
    else if (stream.whole(item)) yield stringifyAt(item, inner)
    else yield* jsonPieces(item, inner, itemDepth)
  }
  yield first ? '[]' : '\n' + indent + ']'
}

/**
 * A result to write, made as it is written: iterated, chunks of about
 * {@link chunkSize} units (for a stream that takes strings); `pieces` gives
 * the small pieces they are joined from, for a writer that encodes pieces
 * into a buffer of its own (`writeFileAtomic`) and need not join them.
 */
export class Chunks implements Iterable<string> {
  constructor(readonly pieces: () => Iterable<string>) {}

  [Symbol.iterator](): Iterator<string> {
    return batched(this.pieces())[Symbol.iterator]()
  }
}

/** `JSON.stringify(value, null, 2) + '\n'` as chunks to write. */
export function jsonChunks(value: unknown): Chunks {
  return new Chunks(function* () {
    yield* jsonPieces(value)
    yield '\n'
  })
}

/** The largest of `values` (`floor` when there are none), without spreading them into one call. */
export function maxOf(values: Iterable<number>, floor = -Infinity): number {
  let max = floor
  for (const value of values) if (value > max) max = value
  return max
}
