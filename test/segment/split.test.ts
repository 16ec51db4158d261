import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import * as segment from '../../src/segment/index.js'
import {splitSentences} from '../../src/segment/index.js'

function sentences(text: string, lang?: 'pt' | 'en'): string[] {
  return splitSentences(text, lang ? {lang} : {}).map(([start, end]) => text.slice(start, end))
}

describe('segment: public API', () => {
  it('exports splitSentences only', () => {
    expect(Object.keys(segment).sort()).toEqual(['splitSentences'])
  })
})

describe('splitSentences: must-pass cases', () => {
  it('splits plain sentences on full stops, question and exclamation marks', () => {
    expect(sentences('It rained. Did it stop? Yes! Good.')).toEqual(['It rained.', 'Did it stop?', 'Yes!', 'Good.'])
  })

  it('keeps titles and reference abbreviations inside the sentence', () => {
    expect(sentences('O Dr. Silva citou o art. 5 da lei. A Sra. Costa concordou.', 'pt')).toEqual([
      'O Dr. Silva citou o art. 5 da lei.',
      'A Sra. Costa concordou.'
    ])
    expect(sentences('Mr. Smith met Prof. Jones. See Fig. 3 for details.', 'en')).toEqual([
      'Mr. Smith met Prof. Jones.',
      'See Fig. 3 for details.'
    ])
  })

  it('keeps American titles and state abbreviations with what follows, and ends a sentence on them before a sentence opener', () => {
    expect(sentences('Rep. Ocasio-Cortez and Sen. Warren spoke. Both were angry.', 'en')).toEqual([
      'Rep. Ocasio-Cortez and Sen. Warren spoke.',
      'Both were angry.'
    ])
    expect(sentences('Atty. Gen. Garland and Det. Brown met. They agreed.', 'en')).toEqual([
      'Atty. Gen. Garland and Det. Brown met.',
      'They agreed.'
    ])
    expect(sentences('Seattle, Wash. officials said no. The plan died.', 'en')).toEqual([
      'Seattle, Wash. officials said no.',
      'The plan died.'
    ])
    expect(sentences('He was born in Phoenix, Ariz. He moved to Tampa, Fla. The rest is history.', 'en')).toEqual([
      'He was born in Phoenix, Ariz.',
      'He moved to Tampa, Fla.',
      'The rest is history.'
    ])
    expect(sentences('Call your sales rep. He will help.', 'en')).toEqual(['Call your sales rep.', 'He will help.'])
    expect(sentences('He fell ill. John called a doctor.', 'en')).toEqual(['He fell ill.', 'John called a doctor.'])
  })

  it('keeps Brazilian and Portuguese titles of office with the name, and a Roman numeral with its reference', () => {
    expect(sentences('A Dep. Tabata Amaral discursou. Houve aplausos.', 'pt')).toEqual([
      'A Dep. Tabata Amaral discursou.',
      'Houve aplausos.'
    ])
    expect(sentences('O Ten. Cel. Silva chegou. A tropa formou.', 'pt')).toEqual([
      'O Ten. Cel. Silva chegou.',
      'A tropa formou.'
    ])
    expect(sentences('O Des. Fulano decidiu. Cabe recurso.', 'pt')).toEqual(['O Des. Fulano decidiu.', 'Cabe recurso.'])
    expect(sentences('Vide cap. IV. Lá está.', 'pt')).toEqual(['Vide cap. IV.', 'Lá está.'])
    expect(sentences('See sec. XII of the act. It applies.', 'en')).toEqual(['See sec. XII of the act.', 'It applies.'])
    expect(sentences('Smith v. Jones, 123 F.3d 456 (9th Cir. 1999). The court held otherwise.', 'en')).toEqual([
      'Smith v. Jones, 123 F.3d 456 (9th Cir. 1999).',
      'The court held otherwise.'
    ])
    // "ten" is also an English number: a sentence still ends on it before an opener.
    expect(sentences('She counted to ten. Then she left.', 'en')).toEqual(['She counted to ten.', 'Then she left.'])
    // A lone "I" after a numeric abbreviation is the pronoun, not one.
    expect(sentences('It was in the 2nd ed. I bought it.', 'en')).toEqual(['It was in the 2nd ed.', 'I bought it.'])
  })

  it('keeps initials with the name they belong to', () => {
    expect(sentences('J. R. R. Tolkien wrote it. Howard W. Lutnick said so.')).toEqual([
      'J. R. R. Tolkien wrote it.',
      'Howard W. Lutnick said so.'
    ])
  })

  it('never splits decimals, thousands or version numbers', () => {
    expect(sentences('Custou 1.234,56 euros, mais 3,5% do que a v1.2.3. Subiu 2.5 pontos.')).toEqual([
      'Custou 1.234,56 euros, mais 3,5% do que a v1.2.3.',
      'Subiu 2.5 pontos.'
    ])
  })

  it('reads "etc." as the end of a sentence only before a capitalised word', () => {
    expect(sentences('Trouxe peras, maçãs, etc. e saiu. Trouxe tudo, etc. Depois saiu.')).toEqual([
      'Trouxe peras, maçãs, etc. e saiu.',
      'Trouxe tudo, etc.',
      'Depois saiu.'
    ])
  })

  it('keeps an elision "(...)" inside its sentence', () => {
    expect(sentences('Ele disse (...) que não. Está bem.')).toEqual(['Ele disse (...) que não.', 'Está bem.'])
  })

  it('keeps the closing quote with the sentence whether the stop is inside or outside it', () => {
    expect(sentences('He said “stop.” Then he left. She said “go”. He went.')).toEqual([
      'He said “stop.”',
      'Then he left.',
      'She said “go”.',
      'He went.'
    ])
  })

  it('does not end a sentence on a question mark followed by a lower-case word', () => {
    expect(sentences('“Is it over?” she asked. It was.')).toEqual(['“Is it over?” she asked.', 'It was.'])
  })

  it('keeps a footnote call after the full stop with its sentence', () => {
    expect(sentences('It was shown.\uFFFC Next one. Ver a nota.¹ Depois, e.g.\uFFFC o resto.')).toEqual([
      'It was shown.\uFFFC',
      'Next one.',
      'Ver a nota.¹',
      'Depois, e.g.\uFFFC o resto.'
    ])
  })

  it('always ends a sentence at a blank line', () => {
    expect(sentences('A heading\n\nThe text follows')).toEqual(['A heading', 'The text follows'])
  })

  it('returns nothing for white space and the trimmed text when there is no end mark', () => {
    expect(splitSentences('  \n\t ')).toEqual([])
    expect(splitSentences('  Beijing turns against Nvidia  ')).toEqual([[2, 30]])
  })
})

describe('splitSentences: invariants', () => {
  const characters = fc.stringMatching(/^[A-Za-zÀ-ÿ0-9 .,;:?!…()[\]“”«»"'\n\uFFFC¹—-]{0,120}$/)
  const tokens = fc
    .array(
      fc.constantFrom(
        'Dr.',
        'etc.',
        'U.S.',
        'J.',
        'W.',
        '2.5',
        '1.º',
        '(...)',
        'Ele',
        'disse',
        'the',
        'The',
        '“Sim.”',
        '?',
        '!',
        '…',
        '. . .',
        'e.g.',
        'iPhone',
        '—',
        'Inc.',
        'art.',
        '5',
        '\n\n',
        '\uFFFC.'
      ),
      {maxLength: 30}
    )
    .map((words) => words.join(' '))
  const prose = fc.oneof(characters, tokens)

  it('returns trimmed, ordered, non-overlapping ranges that cover all non-white-space text', () => {
    fc.assert(
      fc.property(prose, fc.constantFrom(undefined, 'pt' as const, 'en' as const), (text, lang) => {
        const ranges = splitSentences(text, lang ? {lang} : {})
        let previous = 0
        let covered = ''
        for (const [start, end] of ranges) {
          expect(start).toBeGreaterThanOrEqual(previous)
          expect(end).toBeGreaterThan(start)
          expect(text.slice(start, end).trim()).toBe(text.slice(start, end))
          expect(text.slice(previous, start).trim()).toBe('')
          covered += text.slice(start, end)
          previous = end
        }
        expect(text.slice(previous).trim()).toBe('')
        expect(covered.replace(/\s/gu, '')).toBe(text.replace(/\s/gu, ''))
      }),
      {numRuns: 500}
    )
  })
})
