import {describe, expect, it} from 'vitest'
import {splitSentences} from '../../src/segment/index.js'
// Plain JavaScript (with cases.d.ts) shared with bench/identify.bench.js.
import {intlSentences, readCases, runCases} from './cases.js'

describe.each(['pt', 'en'] as const)('splitSentences: tricky %s cases', (lang) => {
  const cases = readCases(lang)

  it('has at least 60 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60)
  })

  it('splits at least 95 % of them exactly as expected', () => {
    const {passed, total, failures} = runCases(cases, (text) => splitSentences(text, {lang}))
    expect(passed / total, failures.join('\n')).toBeGreaterThanOrEqual(0.95)
  })

  it('include at least 15 cases Intl.Segmenter alone gets wrong (they test something)', () => {
    const {failures} = runCases(cases, (text) => intlSentences(text, lang))
    expect(failures.length).toBeGreaterThanOrEqual(15)
  })
})
