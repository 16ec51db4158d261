import type {Lang} from '../../types.js'
import {translatedTargets, type PairContext} from '../context.js'
import {numberWordsOf, quantitiesOf, type Quantity} from '../numbers.js'
import type {CheckSegment} from '../types.js'

interface Placed extends Quantity {
  segment: CheckSegment
}

function quantities(segments: readonly CheckSegment[], fallback: Lang): Placed[] {
  return segments.flatMap((segment) =>
    quantitiesOf(segment.text, segment.lang === 'und' ? fallback : segment.lang).map((quantity) => ({...quantity, segment}))
  )
}

/** Take from `pool` the quantities written as words in `segments` (`2` ↔ `dois`). */
function spelledOut(pool: Placed[], segments: readonly CheckSegment[], lang: Lang): Placed[] {
  if (pool.length === 0) return pool
  const words = new Map<string, number>()
  for (const segment of segments) {
    for (const [value, count] of numberWordsOf(segment.text, segment.lang === 'und' ? lang : segment.lang)) {
      words.set(value, (words.get(value) ?? 0) + count)
    }
  }
  return pool.filter((quantity) => {
    const left = words.get(quantity.value) ?? 0
    if (left === 0) return true
    words.set(quantity.value, left - 1)
    return false
  })
}

/**
 * `number-mismatch`: the numbers (and months) of the source and target
 * segments of a pair differ, read locale-aware: `1.5` = `1,5`, `2.5%` =
 * `2,5 %`, `July 15` = `15 de julho`, `1,234` = `1.234`; a small number may
 * be written as a word on one side. A changed number is reported where it
 * is, with the source number expected; a number gone on the target.
 */
export function checkNumbers(context: PairContext): void {
  const target = translatedTargets(context)
  if (target.length === 0 || context.pair.source.length === 0) return
  let sourceLeft = quantities(context.pair.source, context.sourceLang)
  let targetLeft: Placed[] = []
  for (const quantity of quantities(target, context.targetLang)) {
    const index = sourceLeft.findIndex((candidate) => candidate.value === quantity.value)
    if (index === -1) targetLeft.push(quantity)
    else sourceLeft.splice(index, 1)
  }
  sourceLeft = spelledOut(sourceLeft.filter((quantity) => !quantity.value.startsWith('month:')), target, context.targetLang)
    .concat(sourceLeft.filter((quantity) => quantity.value.startsWith('month:')))
  targetLeft = spelledOut(targetLeft, context.pair.source, context.sourceLang)
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
