import {describe, expect, it} from 'vitest'
import {compileGlossary} from '../../src/tag/index.js'
import type {Glossary} from '../../src/glossary/types.js'
import {checkLines, entry, term} from './helpers.js'

/** React's names that are also English words, kept as they are in a pt-BR translation. */
const names: Glossary = {
  languages: ['en', 'pt-BR'],
  entries: [
    entry('state', [term('state', 'en'), term('state', 'pt-BR')], {doNotTranslate: true}),
    entry('key', [term('key', 'en'), term('key', 'pt-BR')], {
      doNotTranslate: true,
      contexts: ['Give each list item a key prop.']
    }),
    entry('hook', [term('hook', 'en'), term('hook', 'pt-BR')], {
      doNotTranslate: true,
      pattern: '(?:custom|lifecycle) hooks?'
    }),
    entry('component', [term('component', 'en'), term('componente', 'pt-BR')]),
    entry('slot', [term('slot', 'en'), term('slot', 'pt-BR')], {
      contexts: ['named slot', 'default slot content']
    }),
    entry('intel', [term('Intel', 'en'), term('Intel', 'pt-BR')], {doNotTranslate: true})
  ]
}
const matcher = compileGlossary(names)
const check = (source: string, target: string) => checkLines(source, target, {matcher, targetLang: 'pt-BR'}).summary

describe('names and terms that are also common words', () => {
  it('are not the term in plain prose, whatever their case', () => {
    expect(check('The key points are simple.', 'Os pontos principais são simples.')).toEqual([])
    expect(check('The state of their thirst.', 'O estado da sede deles.')).toEqual([])
    expect(check('State is what changes.', 'O estado é o que muda.')).toEqual([])
  })

  it('are the term where the sentence has them in code or in an identifier', () => {
    expect(check('Call `useState` to add state to it.', 'Chame `useState` para lhe dar estado.')).toEqual([
      'pt.txt:1:1 do-not-translate Chame `useState` para lhe dar estado. → state'
    ])
    expect(check('Read this.state before the state changes.', 'Leia this.state antes que o estado mude.')).toEqual([
      'pt.txt:1:1 do-not-translate Leia this.state antes que o estado mude. → state'
    ])
  })

  it("are the term near a word of the glossary's context examples, or inside its pattern", () => {
    expect(check('Each list item needs a key.', 'Cada item precisa de uma chave.')).toEqual([
      'pt.txt:1:1 do-not-translate Cada item precisa de uma chave. → key'
    ])
    expect(check('Custom hooks share logic.', 'Ganchos personalizados partilham lógica.')).toEqual([
      'pt.txt:1:1 do-not-translate Ganchos personalizados partilham lógica. → hook'
    ])
    expect(check('Hook a fish.', 'Pesque um peixe.')).toEqual([])
  })

  it('are the term with a code span right beside them, naming one of their kind', () => {
    expect(check('The `setup()` hook runs first.', 'O gancho `setup()` corre primeiro.')).toEqual([
      'pt.txt:1:1 do-not-translate O gancho `setup()` corre primeiro. → hook'
    ])
  })

  it('are the term written with a capital inside running prose, not at its start nor in title case', () => {
    expect(check('Then the State changes.', 'Então o estado muda.')).toEqual([
      'pt.txt:1:1 do-not-translate Então o estado muda. → state'
    ])
    expect(check('Note: State is kept.', 'Nota: o estado é mantido.')).toEqual([])
    expect(check('Integration With External State Systems', 'Integração com sistemas de estado externos')).toEqual([])
  })

  it('are the term right beside another glossary term', () => {
    expect(check('The component state is local.', 'O estado do componente é local.')).toEqual([
      'pt.txt:1:1 do-not-translate O estado do componente é local. → state'
    ])
  })

  it('as translated terms, are checked everywhere without context, and only in context with it', () => {
    expect(check('A component is a function.', 'Uma função é uma peça.')).toEqual([
      'pt.txt:1:1 missing-target-term Uma função é uma peça. → componente'
    ])
    expect(check('Pick a time slot.', 'Escolha um horário.')).toEqual([])
    expect(check('Fill the named slot.', 'Preencha o espaço nomeado.')).toEqual([
      'pt.txt:1:1 missing-target-term Preencha o espaço nomeado. → slot'
    ])
  })

  it('never include names written with their capital', () => {
    expect(check('Intel sells chips.', 'A empresa vende chips.')).toEqual([
      'pt.txt:1:1 do-not-translate A empresa vende chips. → Intel'
    ])
  })
})
