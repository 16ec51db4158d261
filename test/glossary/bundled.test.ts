import {readFileSync} from 'node:fs'
import Ajv2020 from 'ajv/dist/2020.js'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parse as parseYaml, stringify as stringifyYaml} from 'yaml'
import {bundledGlossaryFiles, loadGlossaries, parseGlossary, preferredTerm, termsFor, writeYaml} from '../../src/glossary/index.js'

const schema = JSON.parse(readFileSync(new URL('../../schema/glossary.schema.json', import.meta.url), 'utf8')) as object
const validate = new Ajv2020({allErrors: true, strict: true}).compile(schema)
const bundled = loadGlossaries([])
const entry = (id: string) => {
  const found = bundled.entries.find((candidate) => candidate.id === id)
  if (!found) throw new Error(`no entry ${id}`)
  return found
}
const texts = (id: string, lang: 'en' | 'pt-PT' | 'pt-BR') => termsFor(entry(id), lang).map((term) => term.text)

describe('the bundled glossary', () => {
  it('is what loadGlossaries([]) loads', () => {
    expect(bundledGlossaryFiles().map((file) => file.split('/').pop())).toEqual(['ai-chips.yaml'])
    expect(bundled.languages).toEqual(['en', 'pt-PT', 'pt-BR'])
  })

  it('validates against the published JSON Schema, which refuses what it should', () => {
    expect(validate({entries: [{id: 'x', terms: {en: [{text: 'x', status: 'approved'}]}}]})).toBe(false)
    expect(validate({entries: [{id: 'x', terms: {fr: ['x']}}]})).toBe(false)
    expect(validate({entries: []})).toBe(false)
    for (const file of bundledGlossaryFiles()) {
      const valid = validate(parseYaml(readFileSync(file, 'utf8')) as object)
      expect(valid, JSON.stringify(validate.errors)).toBe(true)
    }
  })

  it('has at least 60 concepts, each defined in English and Portuguese, with a source and a preferred term per language', () => {
    expect(bundled.entries.length).toBeGreaterThanOrEqual(60)
    for (const item of bundled.entries) {
      expect(item.definitions.en, item.id).toBeTruthy()
      expect(item.definitions.pt, item.id).toBeTruthy()
      expect(item.sources.length, item.id).toBeGreaterThan(0)
      for (const lang of ['en', 'pt-PT', 'pt-BR'] as const) expect(preferredTerm(item, lang)?.status, `${item.id} ${lang}`).toBe('preferred')
    }
  })

  it.each([
    ['h20', ['H20'], ['H20']],
    ['h100', ['H100'], ['H100']],
    ['h200', ['H200'], ['H200']],
    ['hopper', ['Hopper', 'Hopper architecture'], ['Hopper', 'arquitetura Hopper']],
    ['blackwell', ['Blackwell'], ['Blackwell']],
    ['b200', ['B200'], ['B200']],
    ['cuda-core', ['CUDA core'], ['núcleo CUDA']],
    ['cuda', ['CUDA'], ['CUDA']],
    ['tensor-core', ['tensor core'], ['núcleo tensorial', 'núcleo Tensor']],
    ['memory-bandwidth', ['memory bandwidth'], ['largura de banda da memória', 'largura de banda de memória', 'largura de banda']],
    ['inference', ['inference'], ['inferência']],
    ['training', ['training', 'model training'], ['treino', 'treinamento']],
    ['frontier-model', ['frontier model', 'frontier AI model'], ['modelo de fronteira']],
    ['domestic-chip', ['domestic chip', 'homegrown chip'], ['chip doméstico', 'chip nacional']],
    ['export-controls', ['export control'], ['controlo de exportação', 'controle de exportação']],
    ['technology-stack', ['technology stack', 'tech stack'], ['pilha tecnológica', 'stack tecnológico']],
    ['artificial-intelligence', ['artificial intelligence'], ['inteligência artificial']],
    ['ai', ['AI'], ['IA', 'AI']],
    ['nvidia', ['Nvidia'], ['Nvidia']],
    ['amd', ['AMD', 'Advanced Micro Devices'], ['AMD', 'Advanced Micro Devices']],
    ['huawei', ['Huawei'], ['Huawei']],
    ['cambricon', ['Cambricon'], ['Cambricon']],
    ['alibaba', ['Alibaba'], ['Alibaba']],
    ['bytedance', ['ByteDance'], ['ByteDance']],
    ['cac', ['Cyberspace Administration of China', 'CAC'], ['Administração do Ciberespaço da China', 'CAC']],
    ['ndrc', ['National Development and Reform Commission', 'NDRC'], ['Comissão Nacional de Desenvolvimento e Reforma', 'NDRC']],
    ['miit', ['Ministry of Industry and Information Technology', 'MIIT'], ['Ministério da Indústria e Tecnologia da Informação', 'MIIT']],
    ['commerce-secretary', ['commerce secretary', 'secretary of commerce'], ['secretário do Comércio']],
    ['gpu', ['GPU', 'graphics processing unit'], ['GPU', 'unidade de processamento gráfico']],
    ['hbm', ['HBM', 'high-bandwidth memory'], ['HBM', 'memória de elevada largura de banda']],
    ['tsmc', ['TSMC', 'Taiwan Semiconductor Manufacturing Company'], ['TSMC', 'Taiwan Semiconductor Manufacturing Company']],
    ['wafer', ['wafer', 'silicon wafer'], ['wafer', 'bolacha de silício']],
    ['lithography', ['lithography', 'photolithography'], ['litografia', 'fotolitografia']],
    ['fab', ['fab', 'semiconductor fabrication plant', 'chip factory'], ['fábrica de semicondutores', 'fábrica de chips', 'fab']],
    ['flops', ['FLOPS', 'floating-point operations per second'], ['FLOPS', 'operações de vírgula flutuante por segundo']],
    ['data-centre', ['data centre'], ['centro de dados', 'data center']],
    ['energy-efficiency', ['energy efficiency', 'power efficiency'], ['eficiência energética']],
    ['regulator', ['regulator', 'regulatory agency'], ['regulador', 'entidade reguladora']],
    ['tech-company', ['tech company', 'technology company', 'tech firm', 'tech group'], ['empresa tecnológica', 'empresa de tecnologia']]
  ])('covers %s: en %j, pt-PT %j', (id, english, portuguese) => {
    expect(texts(id, 'en')).toEqual(english)
    expect(texts(id, 'pt-PT')).toEqual(portuguese)
  })

  it('has Brazilian terms where Brazil differs', () => {
    expect(preferredTerm(entry('export-controls'), 'pt-BR')?.text).toBe('controle de exportação')
    expect(preferredTerm(entry('training'), 'pt-BR')?.text).toBe('treinamento')
    expect(preferredTerm(entry('machine-learning'), 'pt-BR')?.text).toBe('aprendizado de máquina')
    expect(preferredTerm(entry('data-centre'), 'pt-BR')?.text).toBe('data center')
    expect(preferredTerm(entry('us-commerce-department'), 'pt-BR')?.text).toBe('Departamento de Comércio dos EUA')
  })

  it('deprecates AI in Portuguese and keeps acronyms and product names case-sensitive, brands not', () => {
    const ai = entry('ai').terms.filter((term) => term.lang === 'pt')
    expect(ai.map((term) => [term.text, term.status, term.caseSensitive])).toEqual([
      ['IA', 'preferred', true],
      ['AI', 'deprecated', true]
    ])
    expect(entry('nvidia').terms.every((term) => term.caseSensitive === false)).toBe(true)
    expect(entry('nvidia').doNotTranslate).toBe(true)
    for (const id of ['hopper', 'blackwell', 'intel']) expect(entry(id).terms.every((term) => term.caseSensitive === true), id).toBe(true)
  })

  it('round-trips through writeYaml', () => {
    const again = parseGlossary(writeYaml(bundled))
    expect(again.entries.map((item) => ({...item, position: undefined, terms: item.terms.map((term) => ({...term, position: undefined}))}))).toEqual(
      bundled.entries.map((item) => ({...item, position: undefined, terms: item.terms.map((term) => ({...term, position: undefined}))}))
    )
  })
})

describe('the JSON Schema and the loader agree', () => {
  const lang = fc.constantFrom('en', 'pt', 'pt-PT', 'pt-BR')
  const text = fc.string({minLength: 1, maxLength: 12})
  const term = fc.oneof(
    text,
    fc.record(
      {
        text,
        status: fc.constantFrom('preferred', 'admitted', 'deprecated', 'superseded'),
        pos: fc.constantFrom('noun', 'verb', 'adjective', 'adverb', 'properNoun', 'other'),
        gender: fc.constantFrom('masculine', 'feminine', 'neuter', 'other'),
        type: fc.constantFrom('fullForm', 'abbreviation', 'acronym', 'productName', 'variant', 'shortForm', 'phrase'),
        case: fc.constantFrom('sensitive', 'insensitive'),
        inflections: fc.array(text, {maxLength: 2}),
        variants: fc.array(text, {maxLength: 2}),
        note: fc.string()
      },
      {requiredKeys: ['text']}
    )
  )
  const document = fc.record(
    {
      title: fc.string(),
      languages: fc.uniqueArray(lang, {maxLength: 4}),
      entries: fc.array(
        fc.record(
          {
            id: text,
            subject: fc.string(),
            definition: fc.dictionary(lang, fc.string()),
            note: fc.dictionary(lang, fc.string()),
            sources: fc.array(fc.string(), {maxLength: 2}),
            doNotTranslate: fc.boolean(),
            severities: fc.dictionary(fc.stringMatching(/^[a-z-]{1,10}$/), fc.constantFrom('error', 'warning', 'info', 'off')),
            terms: fc.dictionary(lang, fc.oneof(term, fc.array(term, {minLength: 1, maxLength: 3})), {minKeys: 1})
          },
          {requiredKeys: ['id', 'terms']}
        ),
        {minLength: 1, maxLength: 3}
      )
    },
    {requiredKeys: ['entries']}
  )

  it('accepts, as YAML and as JSON, every document the schema accepts (property)', () => {
    fc.assert(
      fc.property(document, (value) => {
        expect(validate(value), JSON.stringify(validate.errors)).toBe(true)
        const fromJson = parseGlossary(JSON.stringify(value, null, 1), {format: 'json'})
        const fromYaml = parseGlossary(stringifyYaml(value), {format: 'yaml'})
        expect(fromJson.entries.length).toBe(value.entries.length)
        expect(fromYaml.entries.map((item) => item.terms)).toEqual(
          fromJson.entries.map((item) => item.terms.map((term) => ({...term, position: expect.anything() as unknown})))
        )
      }),
      {numRuns: 100}
    )
  })
})
