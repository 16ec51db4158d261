import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {alignParallel} from '../../src/align/index.js'
import {beads, segments} from './helpers.js'

const lines = (name: string) =>
  readFileSync(new URL(`../fixtures/align/${name}`, import.meta.url), 'utf8')
    .trim()
    .split('\n')
const portuguese = lines('report.pt.txt')
const english = lines('report.en.txt')

describe('alignParallel', () => {
  it('pairs a text with its translation one to one', () => {
    const pairs = alignParallel(segments(portuguese, 'pt-PT'), segments(english, 'en'))
    expect(beads(pairs)).toEqual(portuguese.map((_, index) => `[${index}]:[${index}]`))
    for (const pair of pairs) expect(pair.score).toBeGreaterThan(0.8)
  })

  it('leaves sentences the translation omits unmatched instead of gluing them to a neighbour', () => {
    const shortened = lines('report.short.en.txt')
    const pairs = alignParallel(segments(portuguese, 'pt-PT'), segments(shortened, 'en'))
    expect(beads(pairs)).toEqual(['[0]:[0]', '[1]:[1]', '[2]:[]', '[3]:[2]', '[4]:[3]', '[5]:[]', '[6]:[4]', '[7]:[5]'])
  })

  it('measures the length ratio on the sure one-to-one pairs, so that long sentences one side omits do not skew it', () => {
    const omitted = [
      'Em nota de rodapé, o relatório explica com grande pormenor a metodologia usada para calcular as provisões para riscos e encargos, que mudou duas vezes ao longo do exercício por exigência do auditor externo.',
      'Segue-se uma longa descrição dos contratos de fornecimento celebrados com os principais clientes industriais, com prazos, cláusulas de revisão de preços e condições de rescisão antecipada.',
      'O documento inclui ainda uma secção sobre sustentabilidade, onde se detalham as emissões diretas e indiretas, o consumo de água e as metas de redução fixadas para a próxima década.',
      'Por fim, os anexos reproduzem integralmente as atas das assembleias gerais, os relatórios dos órgãos de fiscalização e a certificação legal de contas.'
    ]
    const source = portuguese.flatMap((sentence, index) =>
      index % 2 === 1 && omitted[index >> 1] ? [omitted[index >> 1]!, sentence] : [sentence]
    )
    for (const pairs of [
      alignParallel(segments(source, 'pt-PT'), segments(english, 'en')),
      alignParallel(segments(english, 'en'), segments(source, 'pt-PT'))
    ]) {
      const matched = pairs.filter((pair) => pair.source.length === 1 && pair.target.length === 1)
      expect(matched).toHaveLength(8)
      for (const pair of matched) expect(pair.score).toBeGreaterThan(0.8)
    }
  })

  it('joins two sentences that a translation merged into one', () => {
    const source = [
      'A empresa publicou o relatório anual. Fê-lo em março de 2024.',
      'As receitas cresceram 12 % em relação ao ano anterior.'
    ]
    const target = [
      'The company published its annual report.',
      'It did so in March 2024.',
      'Revenue grew 12% compared with the previous year.'
    ]
    const pairs = alignParallel(segments(source, 'pt-PT'), segments(target, 'en'))
    expect(beads(pairs)).toEqual(['[0]:[0,1]', '[1]:[2]'])
  })

  it('finds cognates, numbers and names across the languages (inferência/inference, domésticos/domestic)', () => {
    const source = ['Os chips domésticos servem para inferência.', 'O H20 custa 12 000 dólares.']
    const target = ['The H20 costs 12,000 dollars.', 'Domestic chips serve for inference.']
    // Out of order on purpose: the best monotone alignment keeps one pair and leaves the other unmatched.
    const pairs = alignParallel(segments(source, 'pt-PT'), segments(target, 'en'))
    expect(pairs.filter((pair) => pair.source.length > 0 && pair.target.length > 0).length).toBe(1)
  })

  it('leaves a title that has no counterpart unmatched rather than gluing it to the first sentence', () => {
    const source = [
      'A doença de Crohn em adultos jovens costuma ser diagnosticada tarde, porque os sintomas intestinais são atribuídos a causas benignas durante meses ou anos.',
      'Revimos os processos clínicos de 86 adultos jovens com doença de Crohn.'
    ]
    // The title shares every word with the first sentence, which is long enough to take it by length.
    const target = [
      'Crohn disease in young adults.',
      'Crohn disease in young adults is often diagnosed late, because intestinal symptoms are put down to benign causes for months or years.',
      'We reviewed the clinical records of 86 young adults with Crohn disease.'
    ]
    expect(beads(alignParallel(segments(source, 'pt-PT'), segments(target, 'en')))).toEqual([
      '[]:[0]',
      '[0]:[1]',
      '[1]:[2]'
    ])
  })

  it('pairs headings with headings, and never glues a heading line to the sentence before it', () => {
    const source = [
      'OBJETIVO',
      'Comparar três métodos de higiene das mãos em hospitais públicos.',
      'Estudo transversal com 120 enfermeiros, entre março e junho de 2019.',
      'RESULTADOS',
      'A adesão foi de 64 % antes e de 81 % depois da intervenção.'
    ]
    const target = [
      'OBJECTIVE',
      'To compare three hand hygiene methods in public hospitals.',
      'METHODS',
      'Cross-sectional study of 120 nurses, between March and June 2019.',
      'RESULTS',
      'Adherence was 64% before and 81% after the intervention.'
    ]
    // METHODS has no line of its own in the Portuguese: it stays unmatched, not glued to the objective it shares a word with.
    expect(beads(alignParallel(segments(source, 'pt-BR'), segments(target, 'en')))).toEqual([
      '[0]:[0]',
      '[1]:[1]',
      '[]:[2]',
      '[2]:[3]',
      '[3]:[4]',
      '[4]:[5]'
    ])
  })

  it('glues a heading line to the sentence it introduces when the other side opens that sentence with it', () => {
    const source = [
      'Comparar três métodos de higiene das mãos.',
      'Métodos: estudo transversal com 120 enfermeiros, entre março e junho de 2019.'
    ]
    const target = [
      'To compare three hand hygiene methods.',
      'METHODS',
      'Cross-sectional study of 120 nurses, between March and June 2019.'
    ]
    expect(beads(alignParallel(segments(source, 'pt-BR'), segments(target, 'en')))).toEqual(['[0]:[0]', '[1]:[1,2]'])
  })

  it('never glues sentences of two structural units when both sides have units', () => {
    const source = ['Artigo primeiro.', 'Todos nascem livres.', 'Artigo segundo.', 'Todos têm direitos.']
    const target = ['Article one.', 'Everyone is born free.', 'Article two.', 'Everyone has rights.']
    const units = ['a1', 'a1', 'a2', 'a2']
    const pairs = alignParallel(
      segments(source, 'pt-PT', units),
      segments(target.slice(0, 1).concat(target.slice(2)), 'en', ['a1', 'a2', 'a2'])
    )
    for (const pair of pairs) {
      expect(new Set(pair.source.map((index) => units[index])).size).toBeLessThanOrEqual(1)
    }
  })

  describe('a paragraph whose translation merges two sentences, one of them without a cognate, name or number', () => {
    const opening = [
      'Our clinic moved to 14 Rua Augusta in Lisbon in May.',
      'A nossa clínica mudou-se para a Rua Augusta, 14, em Lisboa, em maio.'
    ]
    const closing = ['The clinic closes on Sundays.', 'A clínica fecha aos domingos.']
    const supported = 'The Porto office now opens at 8:30 on weekdays.'
    const bare = 'Please come a little early.'
    const units = {en: ['1', '2', '2', '3'], pt: ['1', '2', '3']}
    const paragraph = (english: string[], portuguese: string) => ({
      en: segments([opening[0]!, ...english, closing[0]!], 'en', units.en),
      pt: segments([opening[1]!, portuguese, closing[1]!], 'pt-PT', units.pt)
    })

    it('joins them into one bead when the bare sentence ends the paragraph, as when it opens it', () => {
      const ending = paragraph(
        [supported, bare],
        'O escritório do Porto abre agora às 8:30 nos dias úteis, por isso pedimos que chegue um pouco antes.'
      )
      const opening = paragraph(
        [bare, supported],
        'Pedimos que chegue um pouco antes: o escritório do Porto abre agora às 8:30 nos dias úteis.'
      )
      for (const sides of [ending, opening]) {
        expect(beads(alignParallel(sides.en, sides.pt))).toEqual(['[0]:[0]', '[1,2]:[1]', '[3]:[2]'])
        expect(beads(alignParallel(sides.pt, sides.en))).toEqual(['[0]:[0]', '[1]:[1,2]', '[2]:[3]'])
      }
    })

    it('still leaves the bare sentence unmatched when the translation omits it, at either end of the paragraph (the lengths say so)', () => {
      const ending = paragraph([supported, bare], 'O escritório do Porto abre agora às 8:30 nos dias úteis.')
      const opening = paragraph([bare, supported], 'O escritório do Porto abre agora às 8:30 nos dias úteis.')
      expect(beads(alignParallel(ending.en, ending.pt))).toEqual(['[0]:[0]', '[1]:[1]', '[2]:[]', '[3]:[2]'])
      expect(beads(alignParallel(opening.en, opening.pt))).toEqual(['[0]:[0]', '[1]:[]', '[2]:[1]', '[3]:[2]'])
    })
  })

  it('keeps an empty side unmatched', () => {
    expect(alignParallel(segments(['Olá.'], 'pt'), [])).toEqual([{source: [0], target: [], score: 1}])
    expect(alignParallel([], [])).toEqual([])
  })

  it('aligns long inputs in a band that widens when the path needs it (a side missing its first 40 sentences)', () => {
    const source = Array.from({length: 400}, (_, index) => `${portuguese[index % 8]} (${index})`)
    const target = Array.from({length: 400}, (_, index) => `${english[index % 8]} (${index})`).slice(40)
    const pairs = alignParallel(segments(source, 'pt-PT'), segments(target, 'en'))
    const matched = pairs.filter((pair) => pair.source.length === 1 && pair.target.length === 1)
    expect(matched.length).toBe(360)
    for (const pair of matched) expect(pair.source[0]).toBe(pair.target[0]! + 40)
  })

  it('covers every segment exactly once, in order, whatever the input', () => {
    const sentence = fc.stringMatching(/^[A-Za-zÀ-ú0-9 ,.]{1,60}$/)
    fc.assert(
      fc.property(fc.array(sentence, {maxLength: 30}), fc.array(sentence, {maxLength: 30}), (a, b) => {
        const pairs = alignParallel(segments(a, 'pt'), segments(b, 'en'))
        expect(pairs.flatMap((pair) => pair.source)).toEqual(a.map((_, index) => index))
        expect(pairs.flatMap((pair) => pair.target)).toEqual(b.map((_, index) => index))
        for (const pair of pairs) {
          expect(pair.source.length + pair.target.length).toBeGreaterThan(0)
          expect(pair.score).toBeGreaterThanOrEqual(0)
          expect(pair.score).toBeLessThanOrEqual(1)
        }
      }),
      {numRuns: 60}
    )
  })
})
