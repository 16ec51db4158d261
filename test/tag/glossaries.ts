// Hand-built glossaries for the tagger's tests.
import type {Entry, Glossary, Term, TermLang} from '../../src/glossary/types.js'

type TermSpec = string | (Partial<Term> & {text: string})

/** An entry with terms per language: `entry('h20', {en: ['H20'], pt: ['H20']})`. */
export function entry(id: string, terms: Partial<Record<TermLang, TermSpec[]>>, extra: Partial<Entry> = {}): Entry {
  return {
    id,
    definitions: {},
    notes: {},
    sources: [],
    terms: Object.entries(terms).flatMap(([lang, specs]) =>
      (specs ?? []).map((spec): Term => ({
        status: 'preferred',
        ...(typeof spec === 'string' ? {text: spec} : spec),
        lang: lang as TermLang
      }))
    ),
    ...extra
  }
}

/** A glossary of entries. */
export function glossary(...entries: Entry[]): Glossary {
  return {languages: ['en', 'pt-PT'], entries}
}

/** A small glossary of the seed's domain. */
export const domain = glossary(
  entry('h20', {en: ['H20'], pt: ['H20']}, {doNotTranslate: true}),
  entry('h200', {en: ['H200'], pt: ['H200']}),
  entry('nvidia', {en: ['Nvidia'], pt: ['Nvidia']}),
  entry('alibaba', {en: ['Alibaba'], pt: ['Alibaba']}),
  entry('cac', {
    en: ['Cyberspace Administration of China', 'CAC'],
    pt: ['Administração do Ciberespaço da China', 'CAC']
  }),
  entry('china', {en: ['China'], pt: ['China']}),
  entry('ai', {
    en: ['artificial intelligence', 'AI'],
    pt: ['inteligência artificial', 'IA', {text: 'AI', status: 'deprecated'}]
  }),
  entry('inference', {en: ['inference'], pt: ['inferência']}),
  entry('training', {en: ['training'], pt: ['treino']}),
  entry('processor', {en: ['processor'], pt: ['processador']}),
  entry('processing', {en: ['processing'], pt: ['processamento']}),
  entry('frontier-model', {en: ['frontier model'], pt: ['modelo de fronteira']}),
  entry('export-controls', {
    en: ['export controls'],
    pt: ['controlo de exportação'],
    'pt-BR': ['controle de exportação']
  }),
  entry('domestic', {
    en: [{text: 'domestic', partOfSpeech: 'adjective'}],
    pt: [{text: 'doméstico', partOfSpeech: 'adjective'}]
  }),
  entry('chip', {en: ['chip'], pt: ['chip']}),
  entry('clipboard', {en: ['clipboard'], pt: ['área de transferência']}),
  entry('memory-bandwidth', {en: ['memory bandwidth'], pt: ['largura de banda']}),
  entry('cuda-cores', {en: ['CUDA cores'], pt: ['núcleos CUDA']})
)
