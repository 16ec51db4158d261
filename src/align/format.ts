import type {Translate} from '../i18n/index.js'
import type {Alignment, Segment} from './types.js'
import {escapeXml} from '../text/index.js'

/** A segment's id in output: its sentence id (`b3.s2`) or, in line mode, `L` and its line number. */
function segmentId(segment: Segment): string {
  return segment.sentence ?? (segment.position ? `L${segment.position.start.line}` : String(segment.index))
}

function side(part: Alignment['source']) {
  return {
    file: part.file ?? null,
    lang: part.lang,
    segments: part.segments.map((segment) => ({
      id: segmentId(segment),
      text: segment.text,
      position: segment.position ?? null
    }))
  }
}

/** The machine form: `{mode, source, target, pairs, links}` with 0-based segment indices. */
export function formatJson(alignment: Alignment): string {
  const value = {
    mode: alignment.mode,
    source: side(alignment.source),
    target: side(alignment.target),
    pairs: alignment.pairs.map((pair) => ({source: pair.source, target: pair.target, score: pair.score})),
    links: alignment.links.map((link) => ({
      source: link.source,
      target: link.target,
      score: link.score,
      evidence: link.evidence
    }))
  }
  return JSON.stringify(value, null, 2) + '\n'
}

/** vecalign's format: `[i,...]:[j,...]:score` per bead, in source order. */
export function formatVecalign(alignment: Alignment): string {
  return (
    alignment.pairs.map((pair) => `[${pair.source.join(',')}]:[${pair.target.join(',')}]:${pair.score}`).join('\n') +
    '\n'
  )
}

/** A segment as plain text: its prose when it came from a read document, else its text. */
function plainText(segment: Segment): string {
  return segment.prose ?? segment.text
}

/**
 * A TMX 1.4b translation memory of the parallel pairs (unmatched segments left
 * out). Its datatype is plaintext, so each segment is written as prose, the
 * Markdown markup removed; line-mode segments are written as they are.
 */
export function formatTmx(alignment: Alignment, options: {version: string; date?: Date}): string {
  const date = (options.date ?? new Date())
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')
  const sourceLang = alignment.source.lang
  const targetLang = alignment.target.lang
  const text = (segments: Segment[], indices: number[]) => indices.map((index) => plainText(segments[index]!)).join(' ')
  const units = alignment.pairs
    .filter((pair) => pair.source.length > 0 && pair.target.length > 0)
    .map(
      (pair, index) =>
        `    <tu tuid="${index + 1}">\n` +
        `      <prop type="x-glosa-score">${pair.score}</prop>\n` +
        `      <tuv xml:lang="${sourceLang}"><seg>${escapeXml(text(alignment.source.segments, pair.source))}</seg></tuv>\n` +
        `      <tuv xml:lang="${targetLang}"><seg>${escapeXml(text(alignment.target.segments, pair.target))}</seg></tuv>\n` +
        `    </tu>\n`
    )
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<tmx version="1.4">\n' +
    `  <header creationtool="glosa" creationtoolversion="${escapeXml(options.version)}" datatype="plaintext" segtype="sentence" adminlang="en" srclang="${sourceLang}" o-tmf="glosa" creationdate="${date}"/>\n` +
    '  <body>\n' +
    units.join('') +
    '  </body>\n' +
    '</tmx>\n'
  )
}

/**
 * A bilingual XLIFF 2.1 file of the parallel pairs, one `<unit>` per bead, for
 * a CAT tool to open (valid against the OASIS core schema, `schema/xliff-2.1/`).
 * Like TMX it holds plain text, the Markdown markup removed. A source bead
 * with no target is a unit without a target (state `initial`), so it shows as
 * untranslated; a target bead with no source has no place in XLIFF and is left
 * out. The bead's score is a note, `category="x-glosa-score"`.
 */
export function formatXliff(alignment: Alignment): string {
  const text = (segments: Segment[], indices: number[]) =>
    escapeXml(indices.map((index) => plainText(segments[index]!)).join(' '))
  const units = alignment.pairs
    .filter((pair) => pair.source.length > 0)
    .map((pair, index) => {
      const target =
        pair.target.length > 0 ? `        <target>${text(alignment.target.segments, pair.target)}</target>\n` : ''
      return (
        `    <unit id="u${index + 1}">\n` +
        `      <notes><note category="x-glosa-score">${pair.score}</note></notes>\n` +
        `      <segment state="${target ? 'translated' : 'initial'}">\n` +
        `        <source>${text(alignment.source.segments, pair.source)}</source>\n` +
        target +
        '      </segment>\n' +
        '    </unit>\n'
      )
    })
  const original = alignment.source.file === undefined ? '' : ` original="${escapeXml(alignment.source.file)}"`
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="${alignment.source.lang}" trgLang="${alignment.target.lang}">\n` +
    `  <file id="f1"${original}>\n` +
    units.join('') +
    '  </file>\n' +
    '</xliff>\n'
  )
}

/** Break `text` into lines of at most `width` characters, at spaces where possible. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let rest = word
    while (rest.length > width) {
      if (line) lines.push(line)
      lines.push(rest.slice(0, width))
      rest = rest.slice(width)
      line = ''
    }
    if (line === '') line = rest
    else if (line.length + 1 + rest.length <= width) line += ' ' + rest
    else {
      lines.push(line)
      line = rest
    }
  }
  if (line) lines.push(line)
  return lines.length > 0 ? lines : ['']
}

/** The readable view: parallel pairs side by side, or each commentary sentence with its ranked links. */
export function formatSideBySide(alignment: Alignment, t: Translate, options: {width?: number} = {}): string {
  const width = Math.max(60, options.width ?? 100)
  const out: string[] = []
  const sourceName = alignment.source.file ?? t('align:view.source')
  const targetName = alignment.target.file ?? t('align:view.target')
  out.push(
    t('align:view.header', {
      mode: t(`align:mode.${alignment.mode}`),
      source: sourceName,
      sourceLang: alignment.source.lang,
      target: targetName,
      targetLang: alignment.target.lang
    })
  )
  out.push('')
  if (alignment.mode === 'parallel') {
    const column = Math.floor((width - 9) / 2)
    for (const pair of alignment.pairs) {
      const left =
        pair.source.length > 0
          ? wrap(pair.source.map((index) => alignment.source.segments[index]!.text).join(' '), column)
          : ['—']
      const right =
        pair.target.length > 0
          ? wrap(pair.target.map((index) => alignment.target.segments[index]!.text).join(' '), column)
          : ['—']
      const rows = Math.max(left.length, right.length)
      for (let row = 0; row < rows; row++) {
        const score = row === 0 ? pair.score.toFixed(2) : ''
        out.push(`${score.padEnd(5)}  ${(left[row] ?? '').padEnd(column)} │ ${right[row] ?? ''}`.trimEnd())
      }
      out.push('')
    }
    const matched = alignment.pairs.filter((pair) => pair.source.length > 0 && pair.target.length > 0).length
    out.push(t('align:view.pairs', {count: alignment.pairs.length, matched}))
  } else {
    const bySource = new Map<number, typeof alignment.links>()
    for (const link of alignment.links) bySource.set(link.source, [...(bySource.get(link.source) ?? []), link])
    for (const segment of alignment.source.segments) {
      for (const line of wrap(`[${segmentId(segment)}] ${segment.text}`, width)) out.push(line)
      const links = bySource.get(segment.index) ?? []
      if (links.length === 0) out.push('   ' + t('align:view.noLink'))
      for (const link of links) {
        const target = alignment.target.segments[link.target]!
        const lines = wrap(`[${segmentId(target)}] ${target.text}`, width - 11)
        out.push(`   → ${link.score.toFixed(2)}  ${lines[0]}`)
        for (const line of lines.slice(1)) out.push(`           ${line}`)
        const evidence = link.evidence.map((item) => `${item.value} (${t(`align:evidence.${item.kind}`)})`).join(', ')
        for (const line of wrap(t('align:view.evidence', {evidence}), width - 11)) out.push(`           ${line}`)
      }
      out.push('')
    }
    const linked = new Set(alignment.links.map((link) => link.source)).size
    out.push(t('align:view.links', {count: alignment.links.length, linked, total: alignment.source.segments.length}))
  }
  return out.join('\n') + '\n'
}
