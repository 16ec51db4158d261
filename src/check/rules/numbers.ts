import type {Lang} from '../../types.js'
import {translatedTargets, type PairContext} from '../context.js'
import {gluedNumbersOf, numberWordsOf, quantitiesOf, sameQuantity, type Quantity} from '../numbers.js'
import type {CheckSegment} from '../types.js'

interface Placed extends Quantity {
  segment: CheckSegment
}

function quantities(segments: readonly CheckSegment[], fallback: Lang): Placed[] {
  return segments.flatMap((segment) =>
    quantitiesOf(segment.text, segment.lang === 'und' ? fallback : segment.lang).map((quantity) => ({
      ...quantity,
      segment
    }))
  )
}

/** Take from `pool` the quantities that `values` (value → count) account for, each once. */
function takeFrom(pool: Placed[], values: Map<string, number>): Placed[] {
  if (pool.length === 0) return pool
  return pool.filter((quantity) => {
    const value = [quantity.value, ...(quantity.also ?? [])].find((candidate) => (values.get(candidate) ?? 0) > 0)
    if (value === undefined) return true
    values.set(value, values.get(value)! - 1)
    return false
  })
}

/**
 * The numbers `segments` write otherwise, by value: as words (`dois`), as
 * Roman numerals, or glued to letters (`IC95%`, `5,31vezes`, `45,8x40,9`),
 * which the strict reading leaves out so that names like H20 are never numbers.
 */
function writtenOtherwise(segments: readonly CheckSegment[], lang: Lang): Map<string, number> {
  const values = new Map<string, number>()
  const add = (value: string, count = 1) => values.set(value, (values.get(value) ?? 0) + count)
  for (const segment of segments) {
    const own = segment.lang === 'und' ? lang : segment.lang
    for (const [value, count] of numberWordsOf(segment.text, own)) add(value, count)
    for (const value of gluedNumbersOf(segment.text, own)) add(value)
  }
  return values
}

/** The values of the quantities of `segments` (for neighbouring pairs). */
function valuesOf(segments: readonly CheckSegment[], lang: Lang): Map<string, number> {
  const values = new Map<string, number>()
  for (const quantity of quantities(segments, lang)) values.set(quantity.value, Number.POSITIVE_INFINITY)
  return values
}

/** Whether a quantity is a count of one of the word after it (`1 hora`, `1 item`), not a `1` of its own (`1.0`, `passo 1`). */
function isSingularCount(quantity: Placed): boolean {
  return quantity.text === '1' && /^[ \u00a0]\p{L}/u.test(quantity.segment.text.slice(quantity.end, quantity.end + 2))
}

/**
 * `number-mismatch`: the numbers (and months) of the source and target
 * segments of a pair differ, read locale-aware: `1.5` = `1,5`, `2.5%` =
 * `2,5 %`, `July 15` = `15 de julho`, `1,234` = `1.234`; a number may be
 * written as a word or a Roman numeral on one side, or glued to letters, and
 * may sit in the neighbouring pair when the two sides split sentences apart. A changed number is reported where it
 * is, with the source number expected; a number gone on the target.
 */
export function checkNumbers(context: PairContext): void {
  const target = translatedTargets(context)
  if (target.length === 0 || context.pair.source.length === 0) return
  let sourceLeft = quantities(context.pair.source, context.sourceLang)
  let targetLeft: Placed[] = []
  for (const quantity of quantities(target, context.targetLang)) {
    // The same digits are the same number, whatever each language's reading (`1,000` in a Portuguese text).
    const index = sourceLeft.findIndex((candidate) => sameQuantity(candidate, quantity))
    if (index === -1) targetLeft.push(quantity)
    else sourceLeft.splice(index, 1)
  }
  // Numbers written otherwise are looked for only where a number is left to account for (most pairs have none).
  if (sourceLeft.length > 0) sourceLeft = takeFrom(sourceLeft, writtenOtherwise(target, context.targetLang))
  if (targetLeft.length > 0)
    targetLeft = takeFrom(targetLeft, writtenOtherwise(context.pair.source, context.sourceLang))
  // Where the aligner may have cut a sentence differently on each side, a
  // number of the neighbouring pair's other side is no mismatch.
  const near = context.neighbours ?? []
  if (near.length > 0 && (sourceLeft.length > 0 || targetLeft.length > 0)) {
    sourceLeft = takeFrom(
      sourceLeft,
      valuesOf(
        near.flatMap((pair) => pair.target),
        context.targetLang
      )
    )
    targetLeft = takeFrom(
      targetLeft,
      valuesOf(
        near.flatMap((pair) => pair.source),
        context.sourceLang
      )
    )
  }
  // One of a thing is the singular, which a language may say without a number: `1 hora` for "hour",
  // `1 ficheiro` for "a file" (the singular form of a plural message). Only where nothing else is left over.
  if (sourceLeft.length === 0) targetLeft = targetLeft.filter((quantity) => !isSingularCount(quantity))
  sourceLeft.sort((a, b) => a.segment.position.start.offset + a.start - (b.segment.position.start.offset + b.start))
  targetLeft.forEach((quantity, index) => {
    const counterpart = sourceLeft[index]
    context.sink.add({
      rule: 'number-mismatch',
      segment: quantity.segment,
      range: [quantity.start, quantity.end],
      actual: quantity.text,
      ...(counterpart ? {expected: [counterpart.text]} : {}),
      reason: counterpart ? 'numberChanged' : 'numberExtra'
    })
  })
  const missing = sourceLeft.slice(targetLeft.length)
  if (missing.length === 0) return
  context.sink.add({
    rule: 'number-mismatch',
    segment: target[0]!,
    until: target[target.length - 1]!,
    expected: missing.map((quantity) => quantity.text),
    reason: 'numberMissing',
    values: {count: missing.length}
  })
}
