import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {
  compileGlossary,
  englishPlurals,
  englishSingulars,
  portuguesePlurals,
  portugueseSingulars,
  type TermMatcher
} from '../../src/tag/index.js'
import {entry, glossary} from './glossaries.js'

function hits(matcher: TermMatcher, text: string): string[] {
  return matcher.match(text).map((match) => `${text.slice(match.start, match.end)}=${match.entry.id}:${match.kind}`)
}

describe('English inflection', () => {
  it.each([
    ['chip', ['chips']],
    ['process', ['processes']],
    ['technology', ['technologies']],
    ['day', ['days']],
    ['analysis', ['analyses']],
    ['child', ['children']],
    ['index', ['indices', 'indexes']],
    ['hardware', []],
    ['bandwidth', []],
    ['constructor', ['constructors']],
    ['quiz', ['quizzes']],
    ['whiz', ['whizzes']],
    ['topaz', ['topazes']],
    ['waltz', ['waltzes']],
    ['buzz', ['buzzes']],
    ['diagnosis', ['diagnoses']],
    ['chassis', []],
    ['schema', ['schemata', 'schemas']],
    ['spectrum', ['spectra']],
    ['formula', ['formulae', 'formulas']],
    ['bacterium', ['bacteria']]
  ])('pluralises %s', (word, plurals) => {
    expect(englishPlurals(word)).toEqual(plurals)
  })

  it.each([
    ['chips', ['chip']],
    ['technologies', ['technology']],
    ['processes', ['process']],
    ['controls', ['control']],
    ['process', []],
    ['analysis', []],
    ['children', ['child']],
    ['status', []],
    ['quizzes', ['quizz', 'quiz']],
    ['diagnoses', ['diagnose', 'diagnosis']],
    ['hypotheses', ['hypothesis']],
    ['syntheses', ['synthesis']],
    ['spectra', ['spectrum']]
  ])('singularises %s', (word, singulars) => {
    expect(englishSingulars(word)).toEqual(singulars)
  })

  it('inflects the head of a phrase: the last word, or the word before of', () => {
    const matcher = compileGlossary(
      glossary(
        entry('domestic-chips', {en: ['domestic chips']}),
        entry('tech-stack', {en: ['technology stack']}),
        entry('ministry', {en: ['ministry of industry']})
      )
    )
    expect(hits(matcher, 'a domestic chip, two technology stacks, the ministries of industry')).toEqual([
      'domestic chip=domestic-chips:inflection',
      'technology stacks=tech-stack:inflection',
      'ministries of industry=ministry:inflection'
    ])
  })

  it('conjugates verb terms: log → logs, logged, logging; delete → deleted', () => {
    const matcher = compileGlossary(
      glossary(
        entry('log-in', {en: [{text: 'log in', partOfSpeech: 'verb'}]}),
        entry('delete', {en: [{text: 'delete', partOfSpeech: 'verb'}]})
      )
    )
    expect(hits(matcher, 'she logged in, logs in, deleted it, deleting')).toEqual([
      'logged in=log-in:inflection',
      'logs in=log-in:inflection',
      'deleted=delete:inflection',
      'deleting=delete:inflection'
    ])
  })

  it('doubles the z of quiz as a noun and as a verb, never writing quizes', () => {
    const noun = compileGlossary(glossary(entry('quiz', {en: ['quiz']})))
    expect(hits(noun, 'two quizzes, not quizes')).toEqual(['quizzes=quiz:inflection'])
    const verb = compileGlossary(glossary(entry('quiz', {en: [{text: 'quiz', partOfSpeech: 'verb'}]})))
    expect(hits(verb, 'she quizzes, quizzed, quizzing, quizes')).toEqual([
      'quizzes=quiz:inflection',
      'quizzed=quiz:inflection',
      'quizzing=quiz:inflection'
    ])
  })
})

describe('Portuguese inflection', () => {
  it.each([
    ['chip', ['chips']],
    ['inferência', ['inferências']],
    ['processador', ['processadores', 'processadors']],
    ['doméstico', ['domésticos']],
    ['exportação', ['exportações', 'exportaçães', 'exportaçãos']],
    ['canal', ['canais']],
    ['papel', ['papéis']],
    ['nível', ['níveis']],
    ['barril', ['barris']],
    ['fóssil', ['fósseis']],
    ['farol', ['faróis']],
    ['armazém', ['armazéns']],
    ['luz', ['luzes']],
    ['português', ['portugueses']],
    ['mês', ['meses']],
    ['país', ['países']],
    ['lápis', []],
    ['tórax', []]
  ])('pluralises %s', (word, plurals) => {
    expect(portuguesePlurals(word)).toEqual(plurals)
  })

  it.each([
    ['chips', ['chip']],
    ['domésticos', ['doméstico']],
    ['exportações', ['exportação']],
    ['canais', ['canal']],
    ['armazéns', ['armazém']],
    ['países', ['país']],
    ['processadores', ['processador', 'processadore']],
    ['modelo', []]
  ])('singularises %s', (word, singulars) => {
    expect(portugueseSingulars(word)).toEqual(singulars)
  })

  it('makes the head and its adjectives agree in number, not the complement', () => {
    const matcher = compileGlossary(
      glossary(
        entry('frontier-model', {pt: ['modelo de fronteira']}),
        entry('export-control', {pt: ['controlo de exportação']}),
        entry('ai', {pt: ['inteligência artificial']}),
        entry('domestic-chips', {pt: ['chips domésticos']})
      )
    )
    expect(
      hits(
        matcher,
        'modelos de fronteira, controlos de exportação, inteligências artificiais, chip doméstico, modelos de fronteiras'
      )
    ).toEqual([
      'modelos de fronteira=frontier-model:inflection',
      'controlos de exportação=export-control:inflection',
      'inteligências artificiais=ai:inflection',
      'chip doméstico=domestic-chips:inflection'
    ])
  })

  it('inflects an adjective term in gender and number', () => {
    const matcher = compileGlossary(glossary(entry('domestic', {pt: [{text: 'doméstico', partOfSpeech: 'adjective'}]})))
    expect(hits(matcher, 'doméstico domésticos doméstica domésticas domesticamente')).toEqual([
      'doméstico=domestic:exact',
      'domésticos=domestic:inflection',
      'doméstica=domestic:inflection',
      'domésticas=domestic:inflection'
    ])
  })

  it('does not give a noun a feminine: treino never matches the verb treina', () => {
    const matcher = compileGlossary(glossary(entry('training', {pt: ['treino']})))
    expect(hits(matcher, 'ele treina o treino e os treinos')).toEqual([
      'treino=training:exact',
      'treinos=training:inflection'
    ])
  })

  it('conjugates verb terms: deletar → deletado, deletou; logar → logado', () => {
    const matcher = compileGlossary(
      glossary(
        entry('delete', {pt: [{text: 'deletar', partOfSpeech: 'verb'}]}),
        entry('log-in', {pt: [{text: 'logar', partOfSpeech: 'verb'}]})
      )
    )
    expect(hits(matcher, 'ficheiro deletado, deletou, logado, logando')).toEqual([
      'deletado=delete:inflection',
      'deletou=delete:inflection',
      'logado=log-in:inflection',
      'logando=log-in:inflection'
    ])
  })

  it('raises the stem vowel of -ir verbs in the present and its subjunctive: transfira, insira, siga, durma', () => {
    const verbs = glossary(
      entry('download', {pt: [{text: 'transferir', partOfSpeech: 'verb'}]}),
      entry('insert', {pt: [{text: 'inserir', partOfSpeech: 'verb'}]}),
      entry('follow', {pt: [{text: 'seguir', partOfSpeech: 'verb'}]}),
      entry('sleep', {pt: [{text: 'dormir', partOfSpeech: 'verb'}]})
    )
    const text =
      readFileSync(new URL('../fixtures/qa/tag/stem-change.pt.txt', import.meta.url), 'utf8') +
      ' Durma bem; transfiramos.'
    expect(hits(compileGlossary(verbs), text)).toEqual([
      'Transfira=download:inflection',
      'transfiro=download:inflection',
      'Insira=insert:inflection',
      'Siga=follow:inflection',
      'Transferimos=download:inflection',
      'Durma=sleep:inflection',
      'transfiramos=download:inflection'
    ])
  })

  it('keeps the sound of the stem’s last consonant: clique, logue, comece, conheço, dirijo', () => {
    const verbs = glossary(
      ...['clicar', 'logar', 'começar', 'conhecer', 'dirigir'].map((text) =>
        entry(text, {pt: [{text, partOfSpeech: 'verb'}]})
      )
    )
    expect(hits(compileGlossary(verbs), 'Clique, loguei, comece, conheço, dirijo; clice, logei, conheco')).toEqual([
      'Clique=clicar:inflection',
      'loguei=logar:inflection',
      'comece=começar:inflection',
      'conheço=conhecer:inflection',
      'dirijo=dirigir:inflection'
    ])
  })

  it('gives pedir, medir, ouvir and perder their own present stems, compounds too: peço, meça, ouço, perco, impeça', () => {
    const verbs = glossary(
      ...['pedir', 'medir', 'ouvir', 'perder', 'impedir'].map((text) =>
        entry(text, {pt: [{text, partOfSpeech: 'verb'}]})
      )
    )
    expect(hits(compileGlossary(verbs), 'Peço, meça, ouço, perco, impeça; pedimos, perdeu; pido, mido, perço')).toEqual(
      [
        'Peço=pedir:inflection',
        'meça=medir:inflection',
        'ouço=ouvir:inflection',
        'perco=perder:inflection',
        'impeça=impedir:inflection',
        'pedimos=pedir:inflection',
        'perdeu=perder:inflection'
      ]
    )
  })

  it('inflects either part of a hyphenated compound: palavras-passe, carros-fortes, guarda-chuvas', () => {
    const compounds = glossary(
      entry('password', {'pt-PT': ['palavra-passe']}),
      entry('armoured-car', {pt: ['carro-forte']}),
      entry('umbrella', {pt: ['guarda-chuva']})
    )
    expect(hits(compileGlossary(compounds), 'As palavras-passe, os carros-fortes e os guarda-chuvas.')).toEqual([
      'palavras-passe=password:inflection',
      'carros-fortes=armoured-car:inflection',
      'guarda-chuvas=umbrella:inflection'
    ])
  })
})

describe('the guard against conflating concepts', () => {
  it('keeps processador and processamento apart', () => {
    const matcher = compileGlossary(
      glossary(entry('processor', {pt: ['processador']}), entry('processing', {pt: ['processamento']}))
    )
    expect(hits(matcher, 'processador processadores processamento processamentos')).toEqual([
      'processador=processor:exact',
      'processadores=processor:inflection',
      'processamento=processing:exact',
      'processamentos=processing:inflection'
    ])
  })

  it('drops a generated form that is another entry’s term', () => {
    const matcher = compileGlossary(glossary(entry('model', {en: ['model']}), entry('models-dept', {en: ['Models']})))
    expect(hits(matcher, 'a model, the models')).toEqual(['model=model:exact', 'models=models-dept:case'])
  })

  it('drops generated forms two entries share, whatever the order', () => {
    // Portuguese `cor` (colour) and English `core` both generate `cores`.
    const colour = entry('colour', {pt: ['cor']})
    const core = entry('core', {en: ['core']})
    for (const matcher of [compileGlossary(glossary(colour, core)), compileGlossary(glossary(core, colour))]) {
      expect(hits(matcher, 'cor core cores')).toEqual(['cor=colour:exact', 'core=core:exact'])
    }
  })

  it('keeps a form both an entry’s term and another entry’s listed form for both, by language', () => {
    const matcher = compileGlossary(glossary(entry('chip-en', {en: ['chip']}), entry('chip-pt', {pt: ['chip']})))
    expect(matcher.match('chip', {lang: 'pt-PT'})[0]?.entry.id).toBe('chip-pt')
    expect(matcher.match('chip', {lang: 'en'})[0]?.entry.id).toBe('chip-en')
  })
})

describe('what counts as a name', () => {
  it('inflects a capitalised noun phrase by its part of speech: CUDA core → cuda cores, AI chip → AI chips', () => {
    const matcher = compileGlossary(
      glossary(
        entry('cuda-core', {
          en: [{text: 'CUDA core', partOfSpeech: 'noun', caseSensitive: false}],
          pt: [{text: 'núcleo CUDA', partOfSpeech: 'noun'}]
        }),
        entry('ai-chip', {en: [{text: 'AI chip', partOfSpeech: 'noun'}]}),
        entry('gpu', {pt: [{text: 'GPU', partOfSpeech: 'noun', type: 'acronym'}]})
      )
    )
    expect(hits(matcher, 'menos cuda cores, AI chips, núcleos CUDA, as GPUs, núcleos CUDAs')).toEqual([
      'cuda cores=cuda-core:inflection',
      'AI chips=ai-chip:inflection',
      'núcleos CUDA=cuda-core:inflection',
      'GPUs=gpu:inflection'
    ])
  })

  it('gives a name only a plural s: Blackwells, not Blackwelles', () => {
    const matcher = compileGlossary(
      glossary(
        entry('blackwell', {en: ['Blackwell'], pt: ['Blackwell']}),
        entry('cac', {en: ['Cyberspace Administration of China']})
      )
    )
    expect(hits(matcher, 'os Blackwells e a Cyberspace Administrations of China')).toEqual([
      'Blackwells=blackwell:inflection'
    ])
  })
})
