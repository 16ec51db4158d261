import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {alignParallel, parseLexicon} from '../../src/align/index.js'
import {GlosaError} from '../../src/util/errors.js'
import {beads, segments} from './helpers.js'

const fixture = (name: string) => readFileSync(new URL(`../fixtures/align/${name}`, import.meta.url), 'utf8')

describe('parseLexicon', () => {
  it('reads pt<TAB>en pairs under a header, keyed by the folded Portuguese word', () => {
    const lexicon = parseLexicon(fixture('lexicon.tsv'))
    expect(lexicon.get('fabrica')).toEqual(['factory'])
    expect(lexicon.get('conselho de administracao')).toEqual(['board of directors'])
  })

  it('guesses the column order from the spelling when there is no header', () => {
    const lexicon = parseLexicon(fixture('lexicon-en-pt.tsv'))
    expect(lexicon.get('receitas')).toEqual(['revenue'])
    expect(lexicon.get('trabalhadores')).toEqual(['workers'])
  })

  it('refuses a line that is not a pair, naming the line', () => {
    expect(() => parseLexicon('casa\thouse\nsem par\n', {file: 'l.tsv'})).toThrow(GlosaError)
    try {
      parseLexicon('casa\thouse\nsem par\n', {file: 'l.tsv'})
    } catch (error) {
      expect((error as GlosaError).place?.line).toBe(2)
    }
  })

  it('gives the aligner evidence it could not find by spelling', () => {
    const source = segments(['Dorme.', 'O cão ladra muito alto durante a noite inteira.', 'Come.'], 'pt')
    const target = segments(['Sleeps.', 'Eats.'], 'en')
    const without = alignParallel(source, target)
    const lexicon = parseLexicon('pt\ten\ndorme\tsleeps\ncome\teats\n')
    const withLexicon = alignParallel(source, target, {lexicon})
    expect(beads(withLexicon)).toEqual(['[0]:[0]', '[1]:[]', '[2]:[1]'])
    expect(withLexicon.reduce((sum, pair) => sum + pair.score, 0)).toBeGreaterThanOrEqual(
      without.reduce((sum, pair) => sum + pair.score, 0)
    )
  })
})
