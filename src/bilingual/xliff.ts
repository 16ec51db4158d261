import {normaliseLang} from '../glossary/vocabulary.js'
import {parseXml, type XmlElement} from '../glossary/xml.js'
import type {Lang} from '../types.js'
import {GlosaError} from '../util/errors.js'
import {LineIndex} from '../util/position.js'
import {readInline} from './inline.js'
import type {BilingualFile, BilingualUnit, SkipReason} from './types.js'

/**
 * Read XLIFF 1.2 (`<trans-unit>`, as OmegaT, memoQ, Trados and Crowdin
 * export it) and XLIFF 2.0/2.1 (`<unit>/<segment>`). Each segment is a unit
 * whose place is the unit id (`id#segment` when a 2.x unit has several);
 * inline codes are placeholders; `translate="no"` units are skipped, and so
 * are units whose state says the translation is not started.
 */

/** States that say a target is not a translation yet (1.2 `new`, `needs-translation`; 2.x `initial`). */
const notStarted = new Set(['new', 'needs-translation', 'initial'])

/**
 * Whether a unit's source is its key, not text: a keyed catalogue (Symfony's
 * `resname` translation files, as Kimai keeps them) names each message by a
 * key and writes the key as the source (`<source>error.too_many_entries`),
 * the source-language text living in another file. One token of parts joined
 * by `.` or `_`, the same as the unit's `resname`, `name` or `id`.
 */
function keyedSource(element: XmlElement, text: string): boolean {
  const {resname, name, id} = element.attributes
  return /^[\p{L}\p{N}-]+(?:[._][\p{L}\p{N}-]+)+$/u.test(text) && [resname, name, id].includes(text)
}

/** The language glosa checks for a tag, `und` for any other language. */
export function langOfTag(tag: string | undefined): Lang | undefined {
  if (tag === undefined || tag === '') return undefined
  return normaliseLang(tag) ?? 'und'
}

function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((each) => each.name === name)
}

function notesOf(element: XmlElement): string[] {
  const holder = child(element, 'notes') ?? element
  return holder.children
    .filter((each) => each.name === 'note')
    .map((note) => note.text.trim())
    .filter(Boolean)
}

export function readXliff(source: string, file: string | undefined, lines = new LineIndex(source)): BilingualFile {
  const units: BilingualUnit[] = []
  let version = ''
  // Where translate="no" is inherited from (groups and files), innermost last.
  const result: BilingualFile = {format: 'xliff', units}
  const unit = (element: XmlElement, inherited: boolean) => {
    const noTranslate = inherited || element.attributes.translate === 'no'
    if (element.name === 'trans-unit') {
      const segSource = child(element, 'seg-source')
      const sourceElement = segSource ?? child(element, 'source')
      if (!sourceElement)
        throw new GlosaError(
          'formats:xliff.noSource',
          {id: element.attributes.id ?? ''},
          {file, place: lines.point(element.start)}
        )
      const target = child(element, 'target')
      const state = target?.attributes.state
      const read: BilingualUnit = {
        id: element.attributes.id ?? String(units.length + 1),
        source: readInline(source, sourceElement.contentStart, sourceElement.contentEnd)
      }
      if (target && target.contentEnd > target.contentStart)
        read.target = readInline(source, target.contentStart, target.contentEnd)
      if (state !== undefined) read.state = state
      else if (element.attributes.approved === 'yes') read.state = 'approved'
      const skip: SkipReason | undefined = noTranslate
        ? 'translate-no'
        : state !== undefined && notStarted.has(state)
          ? 'not-translated-yet'
          : keyedSource(element, read.source.text)
            ? 'keyed-source'
            : undefined
      if (skip) read.skip = skip
      const notes = notesOf(element)
      if (notes.length > 0) read.notes = notes
      units.push(read)
      return
    }
    // XLIFF 2: a unit of segments (and ignorables, which are whitespace between them).
    const segments = element.children.filter((each) => each.name === 'segment')
    const notes = notesOf(element)
    for (const [index, segment] of segments.entries()) {
      const sourceElement = child(segment, 'source')
      if (!sourceElement)
        throw new GlosaError(
          'formats:xliff.noSource',
          {id: element.attributes.id ?? ''},
          {file, place: lines.point(segment.start)}
        )
      const target = child(segment, 'target')
      const state = segment.attributes.state
      const id = element.attributes.id ?? String(units.length + 1)
      const read: BilingualUnit = {
        id: segments.length > 1 ? `${id}#${segment.attributes.id ?? index + 1}` : id,
        source: readInline(source, sourceElement.contentStart, sourceElement.contentEnd)
      }
      if (target && target.contentEnd > target.contentStart)
        read.target = readInline(source, target.contentStart, target.contentEnd)
      if (state !== undefined) read.state = state
      const skip: SkipReason | undefined = noTranslate
        ? 'translate-no'
        : state !== undefined && notStarted.has(state) && !read.target
          ? 'not-translated-yet'
          : keyedSource(element, read.source.text)
            ? 'keyed-source'
            : undefined
      if (skip) read.skip = skip
      if (notes.length > 0) read.notes = notes
      units.push(read)
    }
  }
  const walk = (element: XmlElement, inherited: boolean) => {
    const noTranslate = inherited || element.attributes.translate === 'no'
    for (const each of element.children) {
      if (each.name === 'trans-unit' || each.name === 'unit') unit(each, noTranslate)
      else if (each.name === 'file' || each.name === 'body' || each.name === 'group') {
        if (each.name === 'file') fileLangs(each)
        walk(each, noTranslate)
      }
    }
  }
  const fileLangs = (element: XmlElement) => {
    const sourceTag = element.attributes['source-language']
    const targetTag = element.attributes['target-language']
    if (sourceTag && !result.sourceTag) result.sourceTag = sourceTag
    if (targetTag && !result.targetTag) result.targetTag = targetTag
  }
  const root = parseXml(source, file, lines, {
    root(element) {
      if (element.name !== 'xliff') {
        throw new GlosaError('formats:xliff.root', {root: element.name}, {file, place: lines.point(element.start)})
      }
      version = element.attributes.version ?? ''
      if (element.attributes.srcLang) result.sourceTag = element.attributes.srcLang
      if (element.attributes.trgLang) result.targetTag = element.attributes.trgLang
    }
  })
  if (!/^(?:1\.[0-2]|2\.[0-2])$/.test(version)) {
    throw new GlosaError('formats:xliff.version', {version}, {file, place: lines.point(root.start)})
  }
  result.version = version
  walk(root, false)
  const sourceLang = langOfTag(result.sourceTag)
  const targetLang = langOfTag(result.targetTag)
  if (sourceLang) result.sourceLang = sourceLang
  if (targetLang) result.targetLang = targetLang
  return result
}
