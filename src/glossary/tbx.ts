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

const statusTypes = new Set(['administrativeStatus', 'normativeAuthorization'])
/** `descrip` types that hold a note for readers (TBX's `note` is for the term base's keepers). */
const readerNoteTypes = new Set(['usageNote', 'explanation'])

class TbxReader {
  readonly issues = new IssueList()
  readonly lines: LineIndex
  readonly points: SequentialPoints
  /** The languages of the terms read, in the order met. */
  readonly languages: TermLang[] = []
  /** The document's language (root `xml:lang`), for entry-level texts without one. */
  defaultLang: TermLang = 'en'

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
        for (const group of child.children) {
          if (group.name === 'tig' || group.name === 'ntig' || group.name === 'termSec') this.term(group, lang, entry)
        }
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
      const type = child.attributes.type
      if (child.name === 'descrip' && type === 'subjectField') entry.subject = foldSpace(child.text)
      else if (child.name === 'descrip' && type === 'definition') entry.definitions[langOf(child)] = foldSpace(child.text)
      else if (child.name === 'descripGrp') {
        const definition = child.children.find((item) => item.name === 'descrip' && item.attributes.type === 'definition')
        if (definition) entry.definitions[langOf(definition)] = foldSpace(definition.text)
        const subject = child.children.find((item) => item.name === 'descrip' && item.attributes.type === 'subjectField')
        if (subject) entry.subject = foldSpace(subject.text)
        for (const item of child.children) this.source(item, entry)
      } else if (child.name === 'descrip' && readerNoteTypes.has(type ?? '')) entry.notes[langOf(child)] = foldSpace(child.text)
      // TBX's `note` is free text for whoever keeps the term base: never shown to readers.
      else if (child.name === 'note') (entry.maintainerNotes ??= Object.create(null) as Record<string, string>)[langOf(child)] = foldSpace(child.text)
      else this.source(child, entry)
    }
  }

  source(element: XmlElement, entry: Entry): void {
    if (element.name === 'admin' && element.attributes.type === 'source') {
      const source = foldSpace(element.text)
      if (source && !entry.sources.includes(source)) entry.sources.push(source)
    }
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
      const type = part.attributes.type ?? ''
      if (part.name === 'termNote' || part.name === 'descrip' || part.name === 'admin') {
        if (statusTypes.has(type)) raw.status = located(part)
        else if (type === 'partOfSpeech') raw.partOfSpeech = located(part)
        else if (type === 'grammaticalGender') raw.gender = located(part)
        else if (type === 'termType') raw.type = located(part)
        // Weblate's convention for a term that must not be translated.
        else if (type === 'translationNote' && foldSpace(part.text).toLowerCase() === 'no') entry.doNotTranslate = true
        else this.source(part, entry)
      } else if (part.name === 'note') raw.note = foldSpace(part.text)
      else if (part.name === 'descripGrp') for (const item of part.children) this.source(item, entry)
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
