import {GlosaError} from '../util/errors.js'
import {LineIndex} from '../util/position.js'

/**
 * How deep maps and lists may nest in a YAML or JSON glossary. A glossary is
 * a few levels deep (entries, terms, their fields); the parsers recurse once
 * per level, so a hostile one 100,000 deep overflowed the call stack.
 */
export const MAX_GLOSSARY_DEPTH = 64

/** Where a YAML (or JSON) text nests deepest (or first past the limit asked about), and how deep. */
export interface Nesting {
  depth: number
  offset: number
}

/** Whether the unit at `at` ends a token: white space, a line end, or the end. */
const endsToken = (text: string, at: number) => at >= text.length || /[ \t\r\n]/.test(text[at]!)

/**
 * Measure how deep YAML (JSON is YAML) nests its maps and lists, in one pass
 * and without parsing: open flow collections (`[`, `{`, outside quotes and
 * comments), block indentation levels, chained `- ` and `? ` markers and
 * `key: ` values on a line. Block scalars (`|`, `>`) are skipped. An estimate
 * that errs on the deep side, so that a refusal comes before a parser
 * recurses. Stops at the first place nested past `limit`.
 */
export function measureNesting(text: string, limit = Infinity): Nesting {
  const deepest: Nesting = {depth: 0, offset: 0}
  const indents: number[] = []
  let flow = 0
  let base = 0
  let quote: string | undefined
  let scalarIndent = -1
  // The last unit before this one that is not white space: in a flow collection a quote opens a scalar only after `[`, `{`, `,` or `:`.
  let previous = ''
  const reach = (depth: number, offset: number) => {
    if (depth > deepest.depth) {
      deepest.depth = depth
      deepest.offset = offset
    }
  }
  let lineStart = 0
  while (lineStart < text.length && deepest.depth <= limit) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = text.length
    let at = lineStart
    while (at < lineEnd && (text[at] === ' ' || text[at] === '\t')) at++
    const indent = at - lineStart
    const blank = at >= lineEnd || text[at] === '\r' || (text[at] === '#' && flow === 0 && quote === undefined)
    if (scalarIndent >= 0 && (blank || indent > scalarIndent)) {
      lineStart = lineEnd + 1
      continue
    }
    scalarIndent = -1
    let valueStart = false
    if (flow === 0 && quote === undefined && !blank) {
      while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop()
      indents.push(indent)
      // The root's own level is 0.
      base = indents.length - 1
      // Chained `- ` and `? ` markers each open a level.
      reach(base, at)
      while ((text[at] === '-' || text[at] === '?') && endsToken(text, at + 1) && deepest.depth <= limit) {
        reach(++base, at)
        at++
        while (at < lineEnd && (text[at] === ' ' || text[at] === '\t')) at++
      }
      valueStart = true
    }
    for (; at < lineEnd && deepest.depth <= limit; at++) {
      const char = text[at]!
      if (quote !== undefined) {
        if (char === '\\' && quote === '"') at++
        else if (char === quote) quote = undefined
        continue
      }
      if (char === ' ' || char === '\t' || char === '\r') continue
      if (char === '#' && (at === lineStart || /[ \t]/.test(text[at - 1]!))) break
      const opensScalar = valueStart || '[{,:'.includes(previous)
      previous = char
      if (flow > 0 || valueStart) {
        if ((char === '"' || char === "'") && opensScalar) quote = char
        else if (char === '[' || char === '{') {
          flow++
          reach(base + flow, at)
        } else if (flow > 0 && (char === ']' || char === '}')) flow--
        else if (flow === 0 && (char === '|' || char === '>')) {
          scalarIndent = indent
          break
        }
      }
      if (flow === 0 && char === ':' && endsToken(text, at + 1)) {
        reach(++base, at)
        valueStart = true
      } else if (flow === 0) valueStart = false
    }
    lineStart = lineEnd + 1
  }
  return deepest
}

/** Refuse a YAML or JSON glossary nested past {@link MAX_GLOSSARY_DEPTH}, with the place where it does. */
export function guardNesting(text: string, file: string | undefined, format: string): void {
  const {depth, offset} = measureNesting(text, MAX_GLOSSARY_DEPTH)
  if (depth <= MAX_GLOSSARY_DEPTH) return
  throw new GlosaError('glossary:yaml.tooDeep', {format, limit: MAX_GLOSSARY_DEPTH}, {file, place: new LineIndex(text).point(offset)})
}
