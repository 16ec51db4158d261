import {tbxStatus} from './data/vocabulary.js'
import type {Entry, Glossary, Term, TermLang} from './types.js'
import {termLangs} from './vocabulary.js'
import {escapeXml} from '../text/index.js'
import {yamlPackage} from './yaml-package.js'

/** The languages an entry has terms, a definition or a note in, in glosa's order. */
function langsOf(entry: Entry): TermLang[] {
  return termLangs.filter(
    (lang) => entry.terms.some((term) => term.lang === lang) || entry.definitions[lang] !== undefined || entry.notes[lang] !== undefined || entry.maintainerNotes?.[lang] !== undefined
  )
}

/**
 * Write TBX-Basic v3 (ISO 30042:2019, DCA style). TBX-Basic has no place for
 * glosa's case rule, inflections, variants or rule severities: those are left
 * out (write YAML to keep them). The do-not-translate flag is written as
 * Weblate does, `<termNote type="translationNote">no</termNote>`.
 */
export function writeTbx(glossary: Glossary): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">',
    '  <tbxHeader>',
    '    <fileDesc>',
    ...(glossary.title ? [`      <titleStmt><title>${escapeXml(glossary.title)}</title></titleStmt>`] : []),
    '      <sourceDesc><p>Written by glosa</p></sourceDesc>',
    '    </fileDesc>',
    '  </tbxHeader>',
    '  <text>',
    '    <body>'
  ]
  for (const entry of glossary.entries) {
    out.push(`      <conceptEntry id="${escapeXml(entry.id)}">`)
    if (entry.subject) out.push(`        <descrip type="subjectField">${escapeXml(entry.subject)}</descrip>`)
    for (const source of entry.sources) out.push(`        <admin type="source">${escapeXml(source)}</admin>`)
    for (const lang of langsOf(entry)) {
      const terms = entry.terms.filter((term) => term.lang === lang)
      const definition = entry.definitions[lang]
      const note = entry.notes[lang]
      const maintainerNote = entry.maintainerNotes?.[lang]
      if (terms.length === 0) {
        // TBX wants at least one term in a language section: keep the texts on the entry.
        if (definition !== undefined) out.push(`        <descrip type="definition" xml:lang="${lang}">${escapeXml(definition)}</descrip>`)
        if (note !== undefined) out.push(`        <descrip type="usageNote" xml:lang="${lang}">${escapeXml(note)}</descrip>`)
        if (maintainerNote !== undefined) out.push(`        <note xml:lang="${lang}">${escapeXml(maintainerNote)}</note>`)
        continue
      }
      out.push(`        <langSec xml:lang="${lang}">`)
      if (definition !== undefined) out.push(`          <descrip type="definition">${escapeXml(definition)}</descrip>`)
      if (note !== undefined) out.push(`          <descrip type="usageNote">${escapeXml(note)}</descrip>`)
      if (maintainerNote !== undefined) out.push(`          <note>${escapeXml(maintainerNote)}</note>`)
      for (const term of terms) out.push(...termSec(term, entry.doNotTranslate === true, contextsOn(entry, term)))
      out.push('        </langSec>')
    }
    out.push('      </conceptEntry>')
  }
  out.push('    </body>', '  </text>', '</tbx>', '')
  return out.join('\n')
}

/**
 * The entry's context examples if `term` is the one to carry them: TBX-Basic
 * has `context` at term level only, so they go on the entry's first term
 * written (and are read back onto the entry).
 */
function contextsOn(entry: Entry, term: Term): readonly string[] {
  const first = langsOf(entry)
    .map((lang) => entry.terms.find((each) => each.lang === lang))
    .find((each) => each !== undefined)
  return term === first ? (entry.contexts ?? []) : []
}

const contextLines = (contexts: readonly string[]) =>
  contexts.map((context) => `            <descrip type="context">${escapeXml(context)}</descrip>`)

function termSec(term: Term, doNotTranslate: boolean, contexts: readonly string[]): string[] {
  const lines = ['          <termSec>', `            <term>${escapeXml(term.text)}</term>`]
  const note = (type: string, value: string) => lines.push(`            <termNote type="${type}">${escapeXml(value)}</termNote>`)
  if (term.partOfSpeech) note('partOfSpeech', term.partOfSpeech)
  if (term.type) note('termType', term.type)
  if (term.gender) note('grammaticalGender', term.gender)
  note('administrativeStatus', tbxStatus[term.status])
  // Not a TBX-Basic category, but how Weblate marks terms not to translate.
  if (doNotTranslate) note('translationNote', 'no')
  lines.push(...contextLines(contexts))
  if (term.note) lines.push(`            <note>${escapeXml(term.note)}</note>`)
  lines.push('          </termSec>')
  return lines
}

/** The term types TBX-Basic v2 knows (its XCS); glosa's `productName` is not one of them. */
const tbxBasicV2Types = new Set(['fullForm', 'acronym', 'abbreviation', 'shortForm', 'variant', 'phrase'])

/**
 * Write TBX-Basic v2 (ISO 30042:2008, root `martif`, `termEntry/langSet/tig`),
 * the dialect memoQ and Trados MultiTerm import, valid against the TBX-Basic
 * integrated RELAX NG schema (`schema/tbx-basic-v2/`). TBX-Basic v2 has fewer
 * places than glosa's model: reader notes and maintainer notes are both
 * written as `<note>`; the do-not-translate flag, the `productName` term type
 * and glosa's case rule, inflections, variants and severities are left out.
 */
export function writeTbxV2(glossary: Glossary): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<martif type="TBX-Basic" xml:lang="en">',
    '  <martifHeader>',
    '    <fileDesc>',
    ...(glossary.title ? [`      <titleStmt><title>${escapeXml(glossary.title)}</title></titleStmt>`] : []),
    '      <sourceDesc><p>Written by glosa</p></sourceDesc>',
    '    </fileDesc>',
    '    <encodingDesc><p type="XCSURI">TBXBasicXCSV02.xcs</p></encodingDesc>',
    '  </martifHeader>',
    '  <text>',
    '    <body>'
  ]
  const ids = new Set<string>()
  for (const entry of glossary.entries) {
    out.push(`      <termEntry id="${xmlId(entry.id, ids)}">`)
    if (entry.subject) out.push(`        <descrip type="subjectField">${escapeXml(entry.subject)}</descrip>`)
    for (const source of entry.sources) out.push(`        <admin type="source">${escapeXml(source)}</admin>`)
    const langs = langsOf(entry)
    // A langSet needs a term: texts of a language without terms stay on the entry, with their language.
    for (const lang of langs.filter((lang) => !entry.terms.some((term) => term.lang === lang))) {
      out.push(...langTexts(entry, lang, '        ', ` xml:lang="${lang}"`))
    }
    for (const lang of langs) {
      const terms = entry.terms.filter((term) => term.lang === lang)
      if (terms.length === 0) continue
      out.push(`        <langSet xml:lang="${lang}">`, ...langTexts(entry, lang, '          ', ''))
      for (const term of terms) out.push(...tig(term, contextsOn(entry, term)))
      out.push('        </langSet>')
    }
    out.push('      </termEntry>')
  }
  out.push('    </body>', '  </text>', '</martif>', '')
  return out.join('\n')
}

/**
 * An entry id as an XML ID, which the schema asks for (`r&d` → `r_d`, `3d`
 * → `_3d`), unique in the file.
 */
function xmlId(id: string, taken: Set<string>): string {
  const base = id.replace(/[^\p{L}\p{N}._-]/gu, '_').replace(/^(?![\p{L}_])/u, '_')
  let unique = base
  for (let count = 2; taken.has(unique); count++) unique = `${base}-${count}`
  taken.add(unique)
  return unique
}

/** An entry's definition and notes in `lang`, as TBX-Basic v2 holds them. */
function langTexts(entry: Entry, lang: TermLang, indent: string, langAttribute: string): string[] {
  const lines: string[] = []
  const definition = entry.definitions[lang]
  if (definition !== undefined) lines.push(`${indent}<descrip type="definition"${langAttribute}>${escapeXml(definition)}</descrip>`)
  for (const note of [entry.notes[lang], entry.maintainerNotes?.[lang]]) {
    if (note !== undefined) lines.push(`${indent}<note${langAttribute}>${escapeXml(note)}</note>`)
  }
  return lines
}

function tig(term: Term, contexts: readonly string[]): string[] {
  const lines = ['          <tig>', `            <term>${escapeXml(term.text)}</term>`]
  const note = (type: string, value: string) => lines.push(`            <termNote type="${type}">${escapeXml(value)}</termNote>`)
  note('administrativeStatus', tbxStatus[term.status])
  if (term.partOfSpeech) note('partOfSpeech', term.partOfSpeech)
  if (term.type && tbxBasicV2Types.has(term.type)) note('termType', term.type)
  if (term.gender) note('grammaticalGender', term.gender)
  lines.push(...contextLines(contexts))
  if (term.note) lines.push(`            <note>${escapeXml(term.note)}</note>`)
  lines.push('          </tig>')
  return lines
}

/** A term as glosa YAML writes it: the bare text when it has nothing else. */
function yamlTerm(term: Term): string | Record<string, unknown> {
  const result: Record<string, unknown> = {text: term.text}
  if (term.status !== 'admitted') result.status = term.status
  if (term.type) result.type = term.type
  if (term.partOfSpeech) result.pos = term.partOfSpeech
  if (term.gender) result.gender = term.gender
  if (term.caseSensitive !== undefined) result.case = term.caseSensitive ? 'sensitive' : 'insensitive'
  if (term.inflections) result.inflections = term.inflections
  if (term.variants) result.variants = term.variants
  if (term.note) result.note = term.note
  return Object.keys(result).length === 1 ? term.text : result
}

function perLang(values: Partial<Record<TermLang, string>>): Record<string, string> | undefined {
  const result: Record<string, string> = {}
  for (const lang of termLangs) if (values[lang] !== undefined) result[lang] = values[lang]
  return Object.keys(result).length === 0 ? undefined : result
}

/** Write glosa YAML: one entry per concept, keys in a fixed order, so that diffs stay small. */
export function writeYaml(glossary: Glossary): string {
  const document: Record<string, unknown> = {}
  if (glossary.title) document.title = glossary.title
  document.languages = glossary.languages
  document.entries = glossary.entries.map((entry) => {
    const result: Record<string, unknown> = {id: entry.id}
    if (entry.subject) result.subject = entry.subject
    if (entry.doNotTranslate) result.doNotTranslate = true
    const definition = perLang(entry.definitions)
    if (definition) result.definition = definition
    const note = perLang(entry.notes)
    if (note) result.note = note
    const maintainerNote = perLang(entry.maintainerNotes ?? {})
    if (maintainerNote) result.maintainerNote = maintainerNote
    if (entry.sources.length > 0) result.sources = entry.sources
    if (entry.severities && Object.keys(entry.severities).length > 0) result.severities = entry.severities
    if (entry.contexts && entry.contexts.length > 0) result.context = entry.contexts
    if (entry.pattern !== undefined) result.pattern = entry.pattern
    const terms: Record<string, unknown[]> = {}
    for (const lang of termLangs) {
      const own = entry.terms.filter((term) => term.lang === lang)
      if (own.length > 0) terms[lang] = own.map(yamlTerm)
    }
    result.terms = terms
    return result
  })
  return yamlPackage().stringify(document, {lineWidth: 0})
}
