import {parseXml, type XmlElement} from '../glossary/xml.js'
import {GlosaError} from '../util/errors.js'
import {LineIndex} from '../util/position.js'
import {readInline} from './inline.js'
import type {BilingualFile, BilingualUnit} from './types.js'
import {langOfTag} from './xliff.js'

/**
 * Read a TMX 1.4 memory: each `<tu>` is a unit, its source the `<tuv>` in the
 * header's `srclang` (or the first), its target the first other `<tuv>`; the
 * languages come from `xml:lang`. The place of a unit is its `tuid`, else its
 * number in the file.
 */
export function readTmx(source: string, file: string | undefined, lines = new LineIndex(source)): BilingualFile {
  const units: BilingualUnit[] = []
  const result: BilingualFile = {format: 'tmx', units}
  let sourceTag = ''
  let header = false
  const langOf = (tuv: XmlElement) => tuv.attributes['xml:lang'] ?? tuv.attributes.lang ?? ''
  const root = parseXml(source, file, lines, {
    root(element) {
      if (element.name !== 'tmx')
        throw new GlosaError('formats:tmx.root', {root: element.name}, {file, place: lines.point(element.start)})
      result.version = element.attributes.version ?? ''
    },
    isRecord: (name) => name === 'tu' || name === 'header',
    record(tu) {
      if (tu.name === 'header') {
        header = true
        sourceTag = tu.attributes.srclang ?? ''
        return
      }
      const tuvs = tu.children.filter((each) => each.name === 'tuv')
      const first =
        tuvs.find((tuv) => sourceTag !== '' && sourceTag !== '*all*' && sameTag(langOf(tuv), sourceTag)) ?? tuvs[0]
      const other = tuvs.find((tuv) => tuv !== first)
      const seg = (tuv: XmlElement | undefined) => (tuv ? tuv.children.find((each) => each.name === 'seg') : undefined)
      const sourceSeg = seg(first)
      if (!first || !sourceSeg) throw new GlosaError('formats:tmx.noSource', {}, {file, place: lines.point(tu.start)})
      result.sourceTag ??= langOf(first)
      if (other) result.targetTag ??= langOf(other)
      const unit: BilingualUnit = {
        id: tu.attributes.tuid ?? String(units.length + 1),
        source: readInline(source, sourceSeg.contentStart, sourceSeg.contentEnd)
      }
      const targetSeg = seg(other)
      if (targetSeg && targetSeg.contentEnd > targetSeg.contentStart)
        unit.target = readInline(source, targetSeg.contentStart, targetSeg.contentEnd)
      const notes = tu.children.filter((each) => each.name === 'note').map((note) => note.text.trim())
      if (notes.length > 0) unit.notes = notes
      units.push(unit)
    }
  })
  if (!header) throw new GlosaError('formats:tmx.noHeader', {}, {file, place: lines.point(root.start)})
  const sourceLang = langOfTag(result.sourceTag)
  const targetLang = langOfTag(result.targetTag)
  if (sourceLang) result.sourceLang = sourceLang
  if (targetLang) result.targetLang = targetLang
  return result
}

function sameTag(a: string, b: string): boolean {
  return a.toLowerCase().replace('_', '-') === b.toLowerCase().replace('_', '-')
}
