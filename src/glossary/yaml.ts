import type {Position} from '../types.js'
import {GlosaError} from '../util/errors.js'
import {buildTerm, finishEntry, newEntry, type RawTerm} from './build.js'
import {IssueList, type GlossaryIssue} from './issues.js'
import {readTree, type Tree} from './tree.js'
import type {Entry, Glossary, TermLang} from './types.js'
import {normaliseLang} from './vocabulary.js'

/**
 * glosa's own glossary format: YAML (or JSON, which is YAML 1.2), one entry
 * per concept, described by `schema/glossary.schema.json`:
 *
 * ```yaml
 * title: AI chips
 * languages: [en, pt-PT, pt-BR]
 * entries:
 *   - id: inference
 *     subject: artificial intelligence
 *     definition: {en: …, pt: …}
 *     terms:
 *       en: [inference]
 *       pt:
 *         - {text: inferência, status: preferred, gender: feminine}
 * ```
 */

type Map_ = Record<string, unknown>

const severityValues = new Set(['error', 'warning', 'info', 'off'])
const glossaryFields = new Set(['$schema', 'title', 'languages', 'entries'])
const entryFields = new Set(['id', 'subject', 'definition', 'note', 'maintainerNote', 'sources', 'doNotTranslate', 'severities', 'terms', 'context', 'pattern'])
const termFields = new Set(['text', 'status', 'pos', 'gender', 'type', 'case', 'inflections', 'variants', 'note'])

function isMap(value: unknown): value is Map_ {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Builds the model from a {@link Tree}, with located errors and issues. */
class YamlReader {
  readonly issues = new IssueList()

  constructor(
    private readonly tree: Tree,
    private readonly file: string | undefined
  ) {}

  fail(key: string, values: Record<string, unknown>, place: Position | undefined): never {
    throw new GlosaError(key, values, {file: this.file, place: place?.start})
  }

  map(parent: object, key: string | number, field: string): Map_ {
    const value = (parent as Record<string | number, unknown>)[key]
    if (!isMap(value)) this.fail('glossary:error.expectedMap', {field}, this.tree.where(parent, key))
    return value
  }

  text(parent: object, key: string | number, field: string): string {
    const value = (parent as Record<string | number, unknown>)[key]
    if (value === null || value === undefined) return ''
    if (typeof value !== 'string') this.fail('glossary:error.expectedText', {field}, this.tree.where(parent, key))
    return value
  }

  boolean(parent: Map_, key: string): boolean {
    const value = this.text(parent, key, key)
    if (value !== 'true' && value !== 'false') this.fail('glossary:error.expectedBoolean', {field: key}, this.tree.where(parent, key))
    return value === 'true'
  }

  texts(parent: Map_, key: string): string[] {
    const value = parent[key]
    if (typeof value === 'string') return [value]
    if (!Array.isArray(value)) this.fail('glossary:error.expectedList', {field: key}, this.tree.where(parent, key))
    return value.map((_, index) => this.text(value, index, key))
  }

  /** The keys of a map, reporting those not in `known`. */
  keys(map: Map_, known: Set<string>, entry?: string): string[] {
    const names = Object.keys(map)
    for (const name of names) {
      if (!known.has(name)) this.issues.add('unknown-field', 'warning', {field: name}, this.tree.whereKey(map, name), entry)
    }
    return names
  }

  /** A language: the key `key` of `parent`, or its item `key` in a list; where it is is looked up only for a message. */
  lang(value: string, parent: object, key: string | number, entry?: string): TermLang | undefined {
    const lang = normaliseLang(value)
    if (!lang) {
      const place = typeof key === 'string' ? this.tree.whereKey(parent, key) : this.tree.where(parent, key)
      this.issues.add('unknown-language', 'error', {value}, place, entry)
    }
    return lang
  }

  /** `{en: …, pt: …}`: a text per language. */
  perLang(parent: Map_, field: string, entry: string): Partial<Record<TermLang, string>> {
    const map = this.map(parent, field, field)
    const result: Partial<Record<TermLang, string>> = {}
    for (const name of Object.keys(map)) {
      const lang = this.lang(name, map, name, entry)
      if (lang) result[lang] = this.text(map, name, `${field}.${name}`)
    }
    return result
  }

  glossary(): Glossary {
    const root = this.tree.root
    const start = {line: 1, column: 1, offset: 0}
    if (!isMap(root)) this.fail('glossary:error.expectedMap', {field: 'glossary'}, {start, end: start})
    const glossary: Glossary = {languages: [], entries: []}
    if (this.file !== undefined) glossary.file = this.file
    this.keys(root, glossaryFields)
    if (Object.hasOwn(root, 'title')) glossary.title = this.text(root, 'title', 'title')
    if (Object.hasOwn(root, 'languages')) {
      const languages = root.languages
      if (!Array.isArray(languages)) this.fail('glossary:error.expectedList', {field: 'languages'}, this.tree.where(root, 'languages'))
      for (let index = 0; index < languages.length; index++) {
        const lang = this.lang(this.text(languages, index, 'languages'), languages, index)
        if (lang && !glossary.languages.includes(lang)) glossary.languages.push(lang)
      }
    }
    const entries = Object.hasOwn(root, 'entries') ? root.entries : undefined
    if (entries === undefined) this.fail('glossary:error.noEntries', {}, this.tree.where(root))
    if (!Array.isArray(entries)) this.fail('glossary:error.expectedList', {field: 'entries'}, this.tree.where(root, 'entries'))
    if (entries.length === 0) this.fail('glossary:error.empty', {}, this.tree.where(root, 'entries'))
    for (let index = 0; index < entries.length; index++) glossary.entries.push(this.entry(this.map(entries, index, 'entries')))
    return glossary
  }

  entry(map: Map_): Entry {
    if (!Object.hasOwn(map, 'id')) this.fail('glossary:error.missingId', {}, this.tree.where(map))
    const entry = newEntry(this.text(map, 'id', 'id'), this.tree.where(map))
    const id = entry.id
    for (const name of this.keys(map, entryFields, id)) {
      if (name === 'subject') entry.subject = this.text(map, name, name)
      else if (name === 'definition') entry.definitions = this.perLang(map, name, id)
      else if (name === 'note') entry.notes = this.perLang(map, name, id)
      else if (name === 'maintainerNote') entry.maintainerNotes = this.perLang(map, name, id)
      else if (name === 'sources') entry.sources = this.texts(map, name)
      else if (name === 'context') entry.contexts = this.texts(map, name)
      else if (name === 'pattern') this.pattern(map, entry)
      else if (name === 'doNotTranslate') {
        if (this.boolean(map, name)) entry.doNotTranslate = true
      } else if (name === 'severities') entry.severities = this.severities(map, id)
      else if (name === 'terms') this.terms(map, entry)
    }
    return finishEntry(entry)
  }

  /** `pattern`: kept when it compiles as a regular expression, else an issue where it is. */
  pattern(map: Map_, entry: Entry): void {
    const value = this.text(map, 'pattern', 'pattern')
    try {
      new RegExp(value, 'iu')
      entry.pattern = value
    } catch (error) {
      this.issues.add('invalid-pattern', 'error', {value, problem: (error as Error).message}, this.tree.where(map, 'pattern'), entry.id)
    }
  }

  terms(map: Map_, entry: Entry): void {
    const byLang = this.map(map, 'terms', 'terms')
    for (const name of Object.keys(byLang)) {
      const lang = this.lang(name, byLang, name, entry.id)
      if (!lang) continue
      const value = byLang[name]
      if (!Array.isArray(value)) entry.terms.push(buildTerm(this.term(byLang, name, lang, entry.id), this.issues, entry.id))
      else for (let index = 0; index < value.length; index++) entry.terms.push(buildTerm(this.term(value, index, lang, entry.id), this.issues, entry.id))
    }
  }

  severities(map: Map_, id: string): Record<string, 'error' | 'warning' | 'info' | 'off'> {
    const rules = this.map(map, 'severities', 'severities')
    const result: Record<string, 'error' | 'warning' | 'info' | 'off'> = {}
    for (const rule of Object.keys(rules)) {
      const value = this.text(rules, rule, rule)
      if (severityValues.has(value)) result[rule] = value as 'error' | 'warning' | 'info' | 'off'
      else this.issues.add('unknown-severity', 'error', {value}, this.tree.where(rules, rule), id)
    }
    return result
  }

  term(parent: object, key: string | number, lang: TermLang, id: string): RawTerm {
    const value = (parent as Record<string | number, unknown>)[key]
    if (!isMap(value)) return {text: this.text(parent, key, 'terms'), lang, position: this.tree.where(parent, key)}
    if (!Object.hasOwn(value, 'text')) this.fail('glossary:error.missingText', {}, this.tree.where(value))
    const raw: RawTerm = {text: this.text(value, 'text', 'text'), lang, position: this.tree.where(value, 'text')}
    const located = (name: string) => ({value: this.text(value, name, name), where: () => this.tree.where(value, name)})
    for (const name of this.keys(value, termFields, id)) {
      if (name === 'status') raw.status = located(name)
      else if (name === 'pos') raw.partOfSpeech = located(name)
      else if (name === 'gender') raw.gender = located(name)
      else if (name === 'type') raw.type = located(name)
      else if (name === 'case') {
        const rule = this.text(value, name, name)
        if (rule === 'sensitive' || rule === 'insensitive') raw.caseSensitive = rule === 'sensitive'
        else this.issues.add('unknown-case', 'error', {value: rule}, this.tree.where(value, name), id)
      } else if (name === 'inflections') raw.inflections = this.texts(value, name)
      else if (name === 'variants') raw.variants = this.texts(value, name)
      else if (name === 'note') raw.note = this.text(value, name, name)
    }
    return raw
  }
}

type ParsedYaml = {glossary: Glossary; issues: GlossaryIssue[]}

/** Parse glosa YAML or JSON; unusable input throws a located {@link GlosaError}. */
export function readYaml(text: string, file?: string, format: 'YAML' | 'JSON' = 'YAML'): ParsedYaml {
  const reader = new YamlReader(readTree(text, file, format), file)
  const glossary = reader.glossary()
  return {glossary, issues: reader.issues.issues}
}
