import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseGlossary, readGlossaryFile} from '../../src/glossary/index.js'
import {GlosaError} from '../../src/util/errors.js'

const folder = new URL('../fixtures/glossary/layouts/', import.meta.url).pathname
const terms = (file: string, options: Parameters<typeof readGlossaryFile>[1] = {}) =>
  readGlossaryFile(join(folder, file), options).entries.map((entry) => entry.terms.map((term) => `${term.lang}:${term.text}`))

function failure(run: () => unknown): GlosaError {
  try {
    run()
  } catch (error) {
    if (error instanceof GlosaError) return error
    throw error
  }
  throw new Error('expected a GlosaError')
}

describe('CSV glossaries as tools export them', () => {
  it.each([
    ['google-sheets.csv', 'pt-PT'],
    ['weblate.csv', 'pt'],
    ['crowdin.csv', 'pt-BR'],
    ['deepl.csv', 'pt-PT'],
    ['memoq.csv', 'pt'],
    ['cr-endings.csv', 'pt']
  ])('reads %s by its columns, its header never a term', (file, target) => {
    expect(terms(file)).toEqual([
      ['en:inference', `${target}:inferência`],
      ['en:training', `${target}:${target === 'pt-BR' ? 'treinamento' : target === 'pt' && file === 'weblate.csv' ? 'treinamento' : 'treino'}`]
    ])
  })

  it('keeps notes, definitions and parts of speech from their named columns', () => {
    const sheets = readGlossaryFile(join(folder, 'google-sheets.csv'))
    expect(sheets.entries[1]!.terms[1]!.note).toBe('not formação')
    const weblate = readGlossaryFile(join(folder, 'weblate.csv'))
    expect(weblate.entries[1]!.terms[1]!.note).toBe('checked')
    const crowdin = readGlossaryFile(join(folder, 'crowdin.csv'))
    expect(crowdin.entries[0]!.definitions).toEqual({en: 'Running a trained model'})
    expect(crowdin.entries[0]!.terms.map((term) => term.partOfSpeech)).toEqual(['noun', 'noun'])
    expect(readGlossaryFile(join(folder, 'memoq.csv')).entries[1]!.definitions).toEqual({en: 'Fitting a model'})
  })

  it('names the columns it cannot place, and how to map them', () => {
    const error = failure(() => readGlossaryFile(join(folder, 'unknown-column.csv')))
    expect(error.key).toBe('glossary:error.csvColumns')
    expect(error.values).toEqual({found: 'English, Portuguese, Owner', unknown: 'Owner'})
    expect(error.place).toMatchObject({line: 1, column: 1})
  })

  it('maps columns by header name or number with columns', () => {
    expect(terms('unknown-column.csv', {columns: {source: 'English', target: 'Portuguese', note: 'Owner'}})).toEqual([['en:inference', 'pt:inferência']])
    const numbered = parseGlossary('a;b;c\ninference;x;inferência\n', {format: 'csv', columns: {source: '1', target: '3'}, source: 'en', target: 'pt-PT'})
    expect(numbered.entries.map((entry) => entry.terms.map((term) => term.text))).toEqual([['a', 'c'], ['inference', 'inferência']])
    expect(failure(() => readGlossaryFile(join(folder, 'unknown-column.csv'), {columns: {source: 'Inglês', target: 'Portuguese'}})).key).toBe('glossary:error.csvMapping')
  })

  it('refuses rows too short for the layout, located', () => {
    const error = failure(() => parseGlossary('English,Portuguese (Brazil),Notes\ninference\n', {format: 'csv'}))
    expect(error.key).toBe('glossary:error.columns')
    expect(error.place).toMatchObject({line: 2, column: 1})
  })
})
