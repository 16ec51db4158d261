import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {locales, matchLocale, resolveLocale, translator} from '../../src/i18n/index.js'

const folder = new URL('../../locales/', import.meta.url)

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix]
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key))
}

function catalogue(locale: string, namespace: string): string[] {
  return keys(JSON.parse(readFileSync(new URL(`${locale}/${namespace}.json`, folder), 'utf8')))
}

const namespaces = readdirSync(new URL('en/', folder))
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.slice(0, -5))

describe('message catalogues', () => {
  it('has the same namespaces in every locale', () => {
    for (const locale of locales) {
      const own = readdirSync(new URL(`${locale}/`, folder))
        .filter((name) => name.endsWith('.json'))
        .map((name) => name.slice(0, -5))
      expect(own.sort(), locale).toEqual([...namespaces].sort())
    }
  })

  it.each(namespaces)('translates every key of %s into pt-PT and pt-BR', (namespace) => {
    // English plurals have _one/_other; Portuguese also needs _many (1 000 000).
    const english = catalogue('en', namespace).map((key) => key.replace(/_(one|other)$/, '_plural'))
    for (const locale of ['pt-PT', 'pt-BR']) {
      const own = catalogue(locale, namespace)
      const normalised = new Set(own.map((key) => key.replace(/_(one|many|other)$/, '_plural')))
      expect(
        [...new Set(english)].filter((key) => !normalised.has(key)),
        `${locale}/${namespace}`
      ).toEqual([])
      for (const key of own.filter((key) => key.endsWith('_one'))) {
        expect(own, `${locale}/${namespace}: ${key}`).toContain(key.replace(/_one$/, '_many'))
      }
    }
  })
})

describe('locale resolution', () => {
  it('reads POSIX and BCP 47 names', () => {
    expect(matchLocale('pt_PT.UTF-8')).toBe('pt-PT')
    expect(matchLocale('pt_BR.UTF-8')).toBe('pt-BR')
    expect(matchLocale('pt')).toBe('pt-BR')
    expect(matchLocale('en_GB')).toBe('en')
    expect(matchLocale('C')).toBeUndefined()
    expect(matchLocale('fr_FR')).toBeUndefined()
  })

  it('prefers --locale, then GLOSA_LOCALE, LC_ALL, LC_MESSAGES, LANG', () => {
    const env = {GLOSA_LOCALE: undefined, LC_ALL: 'C', LC_MESSAGES: 'pt_BR.UTF-8', LANG: 'pt_PT.UTF-8'}
    expect(resolveLocale(undefined, env)).toBe('pt-BR')
    expect(resolveLocale('pt-PT', env)).toBe('pt-PT')
    expect(resolveLocale(undefined, {...env, GLOSA_LOCALE: 'en'})).toBe('en')
    expect(resolveLocale(undefined, {})).toBe('en')
  })

  it('translates with its own instance per locale', () => {
    expect(translator('pt-PT')('common:input.missing')).toBe('o ficheiro não existe')
    expect(translator('pt-BR')('common:input.missing')).toBe('o arquivo não existe')
    expect(translator('en')('common:input.missing')).toBe('no such file')
  })
})
