import {createRequire} from 'node:module'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import type {Term} from '../../src/glossary/types.js'
import {keptStart} from '../../src/tag/generated.js'
import {inflectTerm, unchangedLength} from '../../src/tag/inflect.js'
import {compileGlossary, type TermMatcher} from '../../src/tag/index.js'
import {foldDiacritics, lowerWord, normaliseWord} from '../../src/text/fold.js'
import {prefixHash} from '../../src/tag/trie.js'
import {splitTerm} from '../../src/tag/words.js'
import {entry, glossary} from './glossaries.js'

const englishWords: string[] = createRequire(import.meta.url)('an-array-of-english-words')

function hits(matcher: TermMatcher, text: string): string[] {
  return matcher.match(text).map((match) => `${text.slice(match.start, match.end)}=${match.entry.id}:${match.kind}`)
}

/** Every way the tagger inflects a word: as an English or Portuguese noun, verb, adjective and name. */
const shapes: Array<Partial<Term> & Pick<Term, 'lang'>> = [
  {lang: 'en'},
  {lang: 'pt'},
  {lang: 'en', partOfSpeech: 'verb'},
  {lang: 'pt', partOfSpeech: 'verb'},
  {lang: 'pt', partOfSpeech: 'adjective'},
  {lang: 'en', partOfSpeech: 'properNoun'}
]

describe('inflections generated when a text first needs them', () => {
  it('keeps the prefix it promises in every generated form of real English and Portuguese words', () => {
    const portuguese = [
      'inferência',
      'processador',
      'controlo',
      'exportação',
      'doméstico',
      'fronteira',
      'deletar',
      'núcleo',
      'português',
      'papel',
      'fóssil',
      'país',
      'canção',
      'álbum',
      'transferir',
      'seguir',
      'conseguir',
      'descobrir',
      'dirigir',
      'conhecer',
      'clicar',
      'começar',
      'pedir',
      'medir',
      'ouvir',
      'perder',
      'impedir',
      'despedir'
    ]
    const words = [...englishWords.filter((_, index) => index % 29 === 0), ...portuguese]
    // The words the check reaches (a word that keeps no prefix promises nothing): most of them, not none.
    let promising = 0
    for (const word of words) {
      for (const shape of shapes) {
        const term: Term = {text: word, status: 'preferred', ...shape}
        const kept = keptStart(word, unchangedLength(term, word))
        if (kept === 0) continue
        promising++
        for (const [form] of inflectTerm(term, splitTerm(word)!, false)) {
          // The form's key, in every trie's keying, starts with the word's first `kept` characters.
          for (const key of [
            normaliseWord,
            (text: string) => lowerWord(normaliseWord(text)),
            (text: string) => foldDiacritics(lowerWord(normaliseWord(text)))
          ]) {
            expect(key(form!).slice(0, kept), `${word} → ${form}`).toBe(key(word).slice(0, kept))
          }
        }
      }
    }
    expect(promising).toBeGreaterThan(words.length)
  })

  it('promises nothing for short words, irregular plurals and words that start with an accent', () => {
    expect([
      keptStart('chip'),
      keptStart('person'),
      keptStart('mouse'),
      keptStart('área'),
      keptStart('inferência'),
      keptStart('processador')
    ]).toEqual([0, 0, 0, 0, 4, 8])
  })

  it('finds the same forms whichever text reaches them first', () => {
    const terms = glossary(
      entry('model', {en: ['frontier model'], pt: ['modelo de fronteira']}),
      entry('processor', {en: ['processor'], pt: ['processador']}),
      entry('export', {en: ['export control'], pt: ['controlo de exportação']}),
      entry('chip', {en: ['chip'], pt: ['chip']})
    )
    const texts = [
      'frontier models and modelos de fronteira',
      'processors, processadores',
      'export controls; controlos de exportação',
      'chips'
    ]
    const expected = texts.map((text) => hits(compileGlossary(terms), text))
    fc.assert(
      fc.property(fc.shuffledSubarray([0, 1, 2, 3], {minLength: 4}), (order) => {
        const matcher = compileGlossary(terms)
        for (const index of order) expect(hits(matcher, texts[index]!)).toEqual(expected[index])
      })
    )
    expect(expected.flat()).toContain('processadores=processor:inflection')
  })

  it('finds the same forms when a word a text looks up shares its prefix hash with another word’s forms', () => {
    // `cbelg` and `eobs` (the plural of the short word `eob`) have the same prefixHash: looking up
    // `cbelg` runs `eob`'s task early, and that run must add `eobs`, the form left under that hash.
    expect(prefixHash('cbelg', 5)).toBe(prefixHash('eobs', 4))
    expect(keptStart('eob')).toBe(0)
    const terms = glossary(entry('eob', {en: ['eob']}), entry('cbelg', {en: ['cbelg']}))
    const colliding = compileGlossary(terms)
    expect(hits(colliding, 'cbelg')).toEqual(['cbelg=cbelg:exact'])
    expect(hits(colliding, 'eobs')).toEqual(['eobs=eob:inflection'])
    expect(hits(compileGlossary(terms), 'eobs, cbelg')).toEqual(['eobs=eob:inflection', 'cbelg=cbelg:exact'])
  })

  it('still drops a generated form that two entries share', () => {
    // English `tensor` and Portuguese `tensor` (of two entries here) both generate `tensors`.
    const matcher = compileGlossary(
      glossary(entry('tensor-en', {en: ['tensor']}), entry('tensor-pt', {pt: ['tensor']}))
    )
    expect(hits(matcher, 'tensores, tensors')).toEqual(['tensores=tensor-pt:inflection'])
  })

  it('keeps the term’s own form where a variant generates the same one', () => {
    const matcher = compileGlossary(glossary(entry('router', {en: [{text: 'router', variants: ['routers']}]})))
    expect(hits(matcher, 'routers')).toEqual(['routers=router:variant'])
    const inflected = compileGlossary(glossary(entry('router', {en: [{text: 'router', variants: ['Router']}]})))
    expect(hits(inflected, 'routers')).toEqual(['routers=router:inflection'])
  })
})
