import fc from 'fast-check'
import type {Nodes} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {PLACEHOLDER} from '../../src/read/index.js'
import {readDocument} from '../../src/document/index.js'
import type {Document, Format, Point} from '../../src/types.js'
import {LineIndex} from '../../src/util/position.js'

const words = [
  'a',
  'Uma',
  'frase',
  'chip',
  'Nvidia’s',
  'inferência',
  'ação',
  'H20',
  '2,5',
  'e.g.',
  'Dr.',
  'São',
  'über',
  '😀',
  '𝒳',
  'AI',
  'não'
]
const word = fc.constantFrom(...words)
const spaces = fc.constantFrom(' ', ' ', ' ', '  ', '\t')
const breaks = fc.constantFrom('\n', '\r\n', '\n\n', '\r\n\r\n', '\r')
const ends = fc.constantFrom('. ', '? ', '! ', '… ', ', ', ': ', '.')

/** Text made of words, spaces, sentence ends and line breaks, plus `extra` pieces. */
function textOf(...extra: Array<{weight: number; arbitrary: fc.Arbitrary<string>}>): fc.Arbitrary<string> {
  const pieces = [
    {weight: 10, arbitrary: word},
    {weight: 6, arbitrary: spaces},
    {weight: 3, arbitrary: ends},
    {weight: 3, arbitrary: breaks},
    ...extra
  ]
  return fc.array(fc.oneof(...pieces), {maxLength: 60}).map((parts) => parts.join(''))
}

/** Forum-like text: words, sentence ends, line breaks, elisions, credits, attributions, URLs. */
const forumText = textOf({
  weight: 1,
  arbitrary: fc.constantFrom(
    '(...)',
    'FT',
    'Reuters',
    '— Financial Times',
    'Ana escreveu:',
    'Bob wrote:',
    'https://x.pt/a.',
    '“Aspas”',
    '(parênteses)'
  )
})

/** Markdown-like text: the same, plus block and inline syntax. */
const markdownText = textOf(
  {weight: 1, arbitrary: breaks},
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      '**',
      '_',
      '*',
      '`código`',
      '\\*',
      '\\_',
      '&amp;',
      '&#233;',
      '&#x1F600;',
      '&foo;',
      '<b>',
      '</b>',
      '[ligação](https://x.pt "t")',
      '<https://a.b>',
      'www.c.pt',
      '![img](i.png)',
      '[^1]',
      '~~riscado~~',
      '<!-- nota -->',
      '\\&amp;',
      '&',
      '>',
      '\\\n',
      '\u00a0',
      '[texto]',
      '[x]: y',
      '{{< nota >}}',
      '{{% aviso tipo %}}',
      ' {#id-custom}'
    )
  },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '\n# ',
      '\n## ',
      '\n> ',
      '\n> > ',
      '\n- ',
      '\n1. ',
      '\n   ',
      '\n    ',
      '\n```\ncódigo. Não.\n```\n',
      '\n| a | b |\n|---|---|\n| c | **d** |\n',
      '\n<div>\nHTML.\n</div>\n',
      '\n---\n',
      '\n[ref]: https://x.pt\n',
      '\n[^1]: Nota.\n',
      '\n- [ ] ',
      '\n* ',
      '\n\t',
      '\n> - ',
      '\n  > ',
      '\n===\n',
      '\r\n> ',
      '\n> [!NOTE]\n> ',
      '\n:::tip ',
      '\n:::\n',
      '\n::::info[Título]{.x}\n'
    )
  }
)

const withFrontMatter = fc
  .tuple(fc.boolean(), markdownText)
  .map(([front, text]) => (front ? `---\ntitle: Não. Isto.\n---\n${text}` : text))

function expectPoint(lines: LineIndex, point: Point): void {
  expect(lines.point(point.offset)).toEqual(point)
}

/** The invariants every document keeps, whatever its source. */
function checkInvariants(document: Document): void {
  const {source} = document
  const lines = new LineIndex(source)
  let previousEnd = 0
  for (const block of document.blocks) {
    const {text, offsets} = block.prose
    expect(offsets.length).toBe(text.length + 1)
    expect(text, 'prose has no line breaks').not.toMatch(/[\r\n]/)
    for (let index = 1; index < offsets.length; index++)
      expect(offsets[index]!).toBeGreaterThanOrEqual(offsets[index - 1]!)
    expect(offsets[offsets.length - 1]!).toBeLessThanOrEqual(source.length)
    for (let index = 0; index < text.length; index++) {
      const unit = text[index]!
      if (unit === PLACEHOLDER || unit === ' ') continue
      const at = source[offsets[index]!]
      expect([unit, '\\', '&'], `unit ${index} of ${block.id}`).toContain(at)
    }
    expect(block.position.start.offset).toBeLessThanOrEqual(block.position.end.offset)
    let previousRange = 0
    for (const sentence of block.sentences) {
      const {start, end} = sentence.position
      expectPoint(lines, start)
      expectPoint(lines, end)
      expect(start.offset, `${sentence.id} overlaps the sentence before it`).toBeGreaterThanOrEqual(previousEnd)
      expect(end.offset).toBeGreaterThan(start.offset)
      expect(start.offset).toBeGreaterThanOrEqual(block.position.start.offset)
      expect(end.offset).toBeLessThanOrEqual(block.position.end.offset)
      previousEnd = end.offset
      expect(sentence.range[0]).toBeGreaterThanOrEqual(previousRange)
      previousRange = sentence.range[1]
      const slice = source.slice(start.offset, end.offset)
      const bare = (value: string) => value.replace(block.quoted && document.format === 'md' ? /[\s>]+/g : /\s+/g, '')
      const hardBreaks = document.format === 'md' ? slice.replace(/\\(?=\r\n|\n|\r)/g, '') : slice
      expect(bare(sentence.text)).toBe(bare(hardBreaks))
      expect(sentence.text).not.toMatch(/[\r\n]/)
      expect(sentence.text).toBe(sentence.text.trim())
    }
  }
}

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml'])

/** Source ranges of Markdown that holds no prose: code, HTML, front matter, URLs, definitions, references. */
function markupRanges(source: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  const visit = (node: Nodes): void => {
    // GFM literal autolinks come without positions: the URL pattern below covers them.
    if (!node.position) return
    const start = node.position!.start.offset!
    const end = node.position!.end.offset!
    if (
      [
        'code',
        'inlineCode',
        'html',
        'yaml',
        'toml',
        'definition',
        'image',
        'imageReference',
        'footnoteReference'
      ].includes(node.type)
    ) {
      ranges.push([start, end])
      return
    }
    if (node.type === 'link') {
      const last = node.children.at(-1)
      ranges.push([last ? last.position!.end.offset! : start, end])
      if (source[start] === '<' || (last?.type === 'text' && /^(?:https?:|www\.)/.test(last.value)))
        ranges.push([start, end])
    }
    if (node.type === 'footnoteDefinition') ranges.push([start, start + node.identifier.length + 4])
    if ('children' in node) for (const child of node.children) visit(child as Nodes)
  }
  visit(parser.parse(source) as Nodes)
  for (const match of source.matchAll(/(?:https?:\/\/|www\.)[^\s<>]*/g))
    ranges.push([match.index, match.index + match[0].length])
  // Site markup (alert markers, heading ids, container fences and names, shortcodes), broadly: excluding more only loosens the check.
  for (const match of source.matchAll(/\[!NOTE\]|\{[#.][^{}\r\n]*\}|:{3,}[\p{L}\p{N}_-]*|\{\{[<%][\s\S]*?[>%]\}\}/gu))
    ranges.push([match.index, match.index + match[0].length])
  for (const match of source.matchAll(/&(?:#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[A-Za-z][A-Za-z0-9]{0,31});/g))
    ranges.push([match.index, match.index + match[0].length])
  return ranges
}

/** Every letter of the source outside `excluded` lies in some sentence. */
function checkCoverage(document: Document, excluded: Array<[number, number]>): void {
  const sentences = document.blocks.flatMap((block) =>
    block.sentences.map((sentence) => [sentence.position.start.offset, sentence.position.end.offset])
  )
  for (const match of document.source.matchAll(/\p{L}/gu)) {
    const at = match.index
    if (excluded.some(([start, end]) => at >= start && at < end)) continue
    const covered = sentences.some(([start, end]) => at >= start! && at < end!)
    expect(covered, `letter ${JSON.stringify(match[0])} at ${at} of ${JSON.stringify(document.source)}`).toBe(true)
  }
}

const read = (source: string, format: Format) => readDocument(source, {format})

describe('reader invariants (fast-check)', () => {
  it('forum text: sentences never overlap, slice to their text, and cover every letter', () => {
    fc.assert(
      fc.property(forumText, (source) => {
        const document = read(source, 'text')
        checkInvariants(document)
        const urls = [...source.matchAll(/https?:\/\/\S+/g)].map((match): [number, number] => [
          match.index,
          match.index + match[0].length
        ])
        checkCoverage(document, urls)
      }),
      {numRuns: Number(process.env.RUNS ?? 300)}
    )
  })

  it('Markdown: the same, outside code, HTML, URLs, front matter and references', () => {
    fc.assert(
      fc.property(withFrontMatter, (source) => {
        const document = read(source, 'md')
        checkInvariants(document)
        checkCoverage(document, markupRanges(source))
      }),
      {numRuns: Number(process.env.RUNS ?? 300)}
    )
  })
})
