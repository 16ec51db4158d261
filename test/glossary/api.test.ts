import {describe, expect, it} from 'vitest'
import * as glossary from '../../src/glossary/index.js'

describe('glossary public API', () => {
  it('exports the readers, writers, loader and lint of the contract', () => {
    for (const name of [
      'parseGlossary',
      'readGlossaryFile',
      'loadGlossaries',
      'bundledGlossaryFiles',
      'lintGlossary',
      'writeTbx',
      'writeTsv',
      'writeYaml',
      'termsFor',
      'approvedTerms',
      'preferredTerm',
      'textFor',
      'normaliseLang',
      'detectGlossaryFormat'
    ]) {
      expect(typeof (glossary as Record<string, unknown>)[name], name).toBe('function')
    }
  })

  it('is re-exported from the package entry point', async () => {
    const root = (await import('../../src/index.js')) as Record<string, unknown>
    expect(typeof root.loadGlossaries).toBe('function')
    expect(typeof root.parseGlossary).toBe('function')
  })
})

describe('language tags', () => {
  it.each([
    ['pt', 'pt'],
    ['pt-PT', 'pt-PT'],
    ['pt_PT', 'pt-PT'],
    ['pt-BR', 'pt-BR'],
    ['pt_BR', 'pt-BR'],
    ['PT-br', 'pt-BR'],
    ['pt-AO', 'pt'],
    ['en', 'en'],
    ['en-US', 'en'],
    ['EN-gb', 'en'],
    ['English', 'en'],
    ['Português', 'pt']
  ])('reads %s as %s', (tag, lang) => {
    expect(glossary.normaliseLang(tag)).toBe(lang)
  })

  it('knows no other language', () => {
    expect(glossary.normaliseLang('de')).toBeUndefined()
    expect(glossary.normaliseLang('')).toBeUndefined()
  })
})
