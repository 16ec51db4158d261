import type {Position} from '../types.js'

/** Languages a glossary term can be in. `pt` serves both variants unless they have their own terms. */
export type TermLang = 'en' | 'pt' | 'pt-PT' | 'pt-BR'

/** TBX administrative status of a term. */
export type TermStatus = 'preferred' | 'admitted' | 'deprecated' | 'superseded'

/** TBX term type, in glosa's short form. */
export type TermType = 'fullForm' | 'abbreviation' | 'acronym' | 'productName' | 'variant' | 'shortForm' | 'phrase'

/** Grammatical gender of a Portuguese term. */
export type Gender = 'masculine' | 'feminine' | 'neuter' | 'other'

/** Part of speech of a term. */
export type PartOfSpeech = 'noun' | 'verb' | 'adjective' | 'adverb' | 'properNoun' | 'other'

/** One term of a concept entry, in one language. */
export interface Term {
  /** The term as written (`inferência`, `H20`, `export controls`). */
  text: string
  lang: TermLang
  /** Default: `admitted`. */
  status: TermStatus
  partOfSpeech?: PartOfSpeech
  gender?: Gender
  type?: TermType
  /**
   * Whether the term matches only with its own letter case. Default: true for
   * acronyms, abbreviations and terms with an upper-case letter after the first
   * (`H20`, `CAC`, `ByteDance`), false otherwise. A brand written in lower case
   * (`nvidia`) still matches a non-acronym proper noun (kind `case`).
   */
  caseSensitive?: boolean
  /** Extra forms the tagger should accept as inflections (`fabs`, `GPUs`). */
  inflections?: string[]
  /** Other spellings of the same term (kind `variant`: `e-mail` for `email`). */
  variants?: string[]
  /**
   * Free note on the term, for glossary maintainers (why it is deprecated,
   * how it should match). Never shown to readers: a term's note has no
   * language of its own.
   */
  note?: string
  /** Where the term is defined in the glossary file, for messages. */
  position?: Position
}

/** A concept entry: one concept, its terms in each language, its definitions. */
export interface Entry {
  /** Stable id (`inference`, `h20`). */
  id: string
  /** Subject field (`AI hardware`, `trade policy`). */
  subject?: string
  /** Definition per language: what readers see. */
  definitions: Partial<Record<TermLang, string>>
  /** Usage note per language: readers see it beside the definition (YAML `note`, TBX `descrip type="usageNote"`). */
  notes: Partial<Record<TermLang, string>>
  /**
   * Notes for glossary maintainers only, per language: matching rules, review
   * remarks (YAML `maintainerNote`, TBX `note`). `annotate` never prints them.
   * Default: none.
   */
  maintainerNotes?: Partial<Record<TermLang, string>>
  /** Sources of the definitions and terms. */
  sources: string[]
  /** Product and company names: keep them as they are in a translation. */
  doNotTranslate?: boolean
  /**
   * Examples of the term in use (YAML `context`, TBX `descrip type="context"`):
   * where a term is also a common word (`state`, `key`), `check` counts a
   * mention only near these examples' words or in code. Default: none.
   */
  contexts?: string[]
  /**
   * A regular expression (JavaScript, matched regardless of case) for the
   * term in use (`(?:component|reactive|local) state`): a mention inside a
   * match is the term (YAML `pattern`). Default: none.
   */
  pattern?: string
  /** Per-entry severities for `glosa check` rules, by rule id. */
  severities?: Record<string, 'error' | 'warning' | 'info' | 'off'>
  terms: Term[]
  /** Where the entry is in the glossary file, for messages. */
  position?: Position
}

/** A bilingual term base. */
export interface Glossary {
  /** The file it was read from, if any. */
  file?: string
  /** Title of the term base. */
  title?: string
  /** The languages the glossary declares (every entry should have a term in each). */
  languages: TermLang[]
  entries: Entry[]
}

/** Glossary file formats glosa reads. */
export type GlossaryFormat = 'tbx' | 'tsv' | 'csv' | 'yaml' | 'json'
