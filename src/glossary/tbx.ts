import {LineIndex, SequentialPoints} from '../util/position.js'
import {GlosaError} from '../util/errors.js'
import {buildTerm, finishEntry, foldSpace, newEntry, type RawTerm} from './build.js'
import {IssueList, type GlossaryIssue} from './issues.js'
import type {Entry, Glossary, TermLang} from './types.js'
import {normaliseLang} from './vocabulary.js'
import {parseXml, type XmlElement} from './xml.js'

/**
 * Read TBX-Basic, in both versions found in the wild: TBX v2 (ISO 30042:2008,
 * root `martif`, `termEntry/langSet/tig|ntig/termGrp`) and TBX v3 (ISO
 * 30042:2019, root `tbx`, `conceptEntry/langSec/termSec`). Definitions,
 * notes and sources are read at entry, language and term level.
 */

// Types are compared in lower case without spaces: MultiTerm writes `Definition`, `Subject Field`.
const statusTypes = new Set(['administrativestatus', 'normativeauthorization'])
/** `descrip` types that hold a note for readers (TBX's `note` is for the term base's keepers). */
const readerNoteTypes = new Set(['usagenote', 'explanation'])
/** What an entry or language section holds besides its texts: language sections, term groups, or a term with its notes directly. */
const sectionParts = new Set(['langSet', 'langSec', 'tig', 'ntig', 'termSec', 'term', 'termNote', 'termNoteGrp', 'termGrp'])

/** An element's `type`, compared in lower case without spaces. */
function typeOf(element: XmlElement): string {
  return (element.attributes.type ?? '').toLowerCase().replace(/\s+/g, '')
}

/**
 * The term groups of a language section: its `tig`, `ntig` and `termSec`,
 * and, where a `<term>` stands directly in the section (no `tig` or
 * `termSec`), that term with the `termNote`s that follow it, up to the next
 * term, as one group of its own.
 */
function termGroups(section: XmlElement): XmlElement[] {
  const groups: XmlElement[] = []
  let loose: XmlElement | undefined
  for (const child of section.children) {
    if (child.name === 'tig' || child.name === 'ntig' || child.name === 'termSec') {
      groups.push(child)
      loose = undefined
    } else if (child.name === 'term') {
      loose = {...section, name: 'termGrp', start: child.start, end: child.end, children: [child]}
      groups.push(loose)
    } else if (loose && (child.name === 'termNote' || child.name === 'termNoteGrp')) {
      loose.children.push(child)
      loose.end = child.end
    }
  }
  return groups
}

class TbxReader {
  readonly issues = new IssueList()
  readonly lines: LineIndex
  readonly points: SequentialPoints
  /** The languages of the terms read, in the order met. */
  readonly languages: TermLang[] = []
  /** The document's language (root `xml:lang`), for entry-level texts without one. */
  defaultLang: TermLang = 'en'
  /** Fields already reported as dropped (`descrip type="Customer"`). */
  readonly droppedFields = new Set<string>()

  constructor(
    readonly text: string,
    readonly file: string | undefined,
    lines: LineIndex
  ) {
    this.lines = lines
    this.points = new SequentialPoints(lines)
  }

  position(element: XmlElement, content = false) {
    return content ? this.points.position(element.contentStart, element.contentEnd) : this.points.position(element.start, element.end)
  }

  lang(element: XmlElement, entry: string): TermLang | undefined {
    const tag = element.attributes['xml:lang'] ?? element.attributes.lang
    if (tag === undefined) {
      this.issues.add('unknown-language', 'error', {value: ''}, this.position(element), entry)
      return undefined
    }
    const lang = normaliseLang(tag)
    if (!lang) this.issues.add('unsupported-language', 'warning', {value: tag}, this.position(element), entry)
    return lang
  }

  /** The root, checked as soon as it opens: `martif` (v2) or `tbx` (v3). */
  root(root: XmlElement): void {
    if (root.name !== 'martif' && root.name !== 'tbx') {
      throw new GlosaError('glossary:error.tbxRoot', {root: root.name}, {file: this.file, place: this.lines.point(root.start)})
    }
    const rootLang = root.attributes['xml:lang']
    this.defaultLang = (rootLang && normaliseLang(rootLang)) || 'en'
  }

  /** The glossary, once the whole file is read and its entries handed over. */
  glossary(root: XmlElement, entries: Entry[]): Glossary {
    const glossary: Glossary = {languages: this.languages, entries}
    if (this.file !== undefined) glossary.file = this.file
    const title = find(root, 'title')
    if (title) glossary.title = foldSpace(title.text)
    if (entries.length === 0) throw new GlosaError('glossary:error.empty', {}, {file: this.file, place: this.lines.point(root.start)})
    return glossary
  }

  entry(element: XmlElement, index: number): Entry {
    const entry = newEntry(element.attributes.id ?? `entry-${index + 1}`, this.position(element))
    this.texts(element, entry, undefined)
    for (const child of element.children) {
      if (child.name === 'langSet' || child.name === 'langSec') {
        const lang = this.lang(child, entry.id)
        if (!lang) continue
        this.texts(child, entry, lang)
        for (const group of termGroups(child)) this.term(group, lang, entry)
      }
    }
    return finishEntry(entry)
  }

  /** Subject, definitions, notes and sources directly inside an entry or language section. */
  texts(element: XmlElement, entry: Entry, lang: TermLang | undefined): void {
    const langOf = (child: XmlElement) => {
      const own = child.attributes['xml:lang']
      return (own && normaliseLang(own)) || lang || this.defaultLang
    }
    for (const child of element.children) {
      const type = typeOf(child)
      if (child.name === 'descrip' && type === 'subjectfield') entry.subject = foldSpace(child.text)
      else if (child.name === 'descrip' && type === 'definition') entry.definitions[langOf(child)] = foldSpace(child.text)
      else if (child.name === 'descripGrp') {
        for (const item of child.children) {
          const itemType = typeOf(item)
          if (item.name === 'descrip' && itemType === 'definition') entry.definitions[langOf(item)] = foldSpace(item.text)
          else if (item.name === 'descrip' && itemType === 'subjectfield') entry.subject = foldSpace(item.text)
          else if (!this.source(item, entry)) this.dropped(item, entry)
        }
      } else if (child.name === 'descrip' && type === 'context') (entry.contexts ??= []).push(foldSpace(child.text))
      else if (child.name === 'descrip' && readerNoteTypes.has(type)) entry.notes[langOf(child)] = foldSpace(child.text)
      // TBX's `note` is free text for whoever keeps the term base: never shown to readers.
      else if (child.name === 'note') (entry.maintainerNotes ??= Object.create(null) as Record<string, string>)[langOf(child)] = foldSpace(child.text)
      else if (!sectionParts.has(child.name) && !this.source(child, entry)) this.dropped(child, entry)
    }
  }

  /**
   * A field glosa has no place for (MultiTerm's custom fields, `transacGrp`,
   * `xref`): reported once per kind and file, at its first place,
   * so that nothing is dropped without a word.
   */
  dropped(element: XmlElement, entry: Entry): void {
    const type = element.attributes.type
    const field = type === undefined ? element.name : `${element.name} type="${type}"`
    if (this.droppedFields.has(field)) return
    this.droppedFields.add(field)
    this.issues.add('unknown-field', 'warning', {field}, this.position(element), entry.id)
  }

  /** Keep an `admin type="source"` on the entry; whether `element` was one. */
  source(element: XmlElement, entry: Entry): boolean {
    if (element.name !== 'admin' || typeOf(element) !== 'source') return false
    const source = foldSpace(element.text)
    if (source && !entry.sources.includes(source)) entry.sources.push(source)
    return true
  }

  /** A `tig`, `ntig` (with its `termGrp`) or `termSec`. */
  term(group: XmlElement, lang: TermLang, entry: Entry): void {
    const parts = ungroup(group.children)
    const termElement = parts.find((child) => child.name === 'term')
    if (!termElement) {
      this.issues.add('empty-term', 'error', {lang}, this.position(group), entry.id)
      return
    }
    const raw: RawTerm = {text: foldSpace(termElement.text), lang, position: this.position(termElement, true)}
    const located = (part: XmlElement) => ({value: foldSpace(part.text), where: () => this.position(part, true)})
    for (const part of parts) {
      const type = typeOf(part)
      if (part === termElement) continue
      if (part.name === 'termNote' || part.name === 'descrip' || part.name === 'admin') {
        if (statusTypes.has(type)) raw.status = located(part)
        else if (type === 'partofspeech') raw.partOfSpeech = located(part)
        else if (type === 'grammaticalgender') raw.gender = located(part)
        else if (type === 'termtype') raw.type = located(part)
        // Weblate's convention for a term that must not be translated.
        else if (type === 'translationnote' && foldSpace(part.text).toLowerCase() === 'no') entry.doNotTranslate = true
        else if (type === 'context') (entry.contexts ??= []).push(foldSpace(part.text))
        else if (!this.source(part, entry)) this.dropped(part, entry)
      } else if (part.name === 'note') raw.note = foldSpace(part.text)
      else if (part.name === 'descripGrp') {
        for (const item of part.children) {
          if (item.name === 'descrip' && typeOf(item) === 'context') (entry.contexts ??= []).push(foldSpace(item.text))
          else if (!this.source(item, entry)) this.dropped(item, entry)
        }
      } else if (part.name !== 'term') this.dropped(part, entry)
    }
    entry.terms.push(buildTerm(raw, this.issues, entry.id))
    if (!this.languages.includes(lang)) this.languages.push(lang)
  }
}

/** Children with `termGrp` (v2 `ntig`) and `termNoteGrp` (a note with its admin data) opened up. */
function ungroup(children: XmlElement[]): XmlElement[] {
  // Most groups have none: hand their children back as they are, without copying.
  if (!children.some(isGroup)) return children
  const parts: XmlElement[] = []
  // An explicit stack, children in document order: groups nested 100,000 deep overflowed a recursion.
  const stack = [children[Symbol.iterator]()]
  while (stack.length > 0) {
    const next = stack[stack.length - 1]!.next()
    if (next.done) stack.pop()
    else if (isGroup(next.value)) stack.push(next.value.children[Symbol.iterator]())
    else parts.push(next.value)
  }
  return parts
}

function isGroup(element: XmlElement): boolean {
  return element.name === 'termGrp' || element.name === 'termNoteGrp'
}

/**
 * The first element named `name` below `element` in document order, not
 * looking into `text` or `body`. With an explicit stack: a file nested
 * 100,000 deep overflowed the call stack when this recursed.
 */
function find(element: XmlElement, name: string): XmlElement | undefined {
  const stack = [element.children[Symbol.iterator]()]
  while (stack.length > 0) {
    const next = stack[stack.length - 1]!.next()
    if (next.done) {
      stack.pop()
      continue
    }
    const child = next.value
    if (child.name === name) return child
    if (child.name !== 'text' && child.name !== 'body') stack.push(child.children[Symbol.iterator]())
  }
  return undefined
}

/**
 * Read TBX v2 or v3 with saxes; unusable input throws a located
 * {@link GlosaError}. Entries are read as they close, so no tree of the whole
 * file is kept.
 */
export function readTbx(text: string, file?: string): {glossary: Glossary; issues: GlossaryIssue[]} {
  const lines = new LineIndex(text)
  const reader = new TbxReader(text, file, lines)
  const entries: Entry[] = []
  const root = parseXml(text, file, lines, {
    root: (element) => reader.root(element),
    isRecord: (name) => name === 'termEntry' || name === 'conceptEntry',
    record: (element) => entries.push(reader.entry(element, entries.length))
  })
  return {glossary: reader.glossary(root, entries), issues: reader.issues.issues}
}
