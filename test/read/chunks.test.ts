import {describe, expect, it} from 'vitest'
import {CHUNK_BLOCKS, chunkBoundaries, parseMarkdown, parseMarkdownChunks} from '../../src/read/parse.js'
import {readDocument} from '../../src/document/index.js'
import {PLACEHOLDER} from '../../src/read/index.js'

/** The line of `source` each cut starts. */
const cutLines = (source: string, cuts: number[]) => cuts.map((cut) => source.slice(cut, source.indexOf('\n', cut)))

describe('chunkBoundaries (where the reader may cut a large Markdown source)', () => {
  it('cuts only before a line after a blank line, never inside a fenced code block nor before a fence', () => {
    const source = ['Intro.', '', '```js', 'const a = 1', '', 'const b = 2', '```', '', 'After.', ''].join('\n')
    expect(cutLines(source, chunkBoundaries(source, 1))).toEqual(['After.'])
  })

  it('takes a line of code spans that starts with three backticks for a paragraph, not a fence', () => {
    // "``` a`b" cannot open a fence (a backtick fence's info string holds no backtick), so the
    // real fence below it still protects its blank lines from a cut.
    const source = ['``` a`b ```', '', '```', 'code', '', 'still code', '```', '', 'After.', ''].join('\n')
    expect(cutLines(source, chunkBoundaries(source, 1))).toEqual(['After.'])
  })
})

describe('parsing in chunks (parseMarkdownChunks, used by the reader and by annotate)', () => {
  it('parses many separate block quotes a bounded number of blocks at a time, so the parse stays linear', () => {
    // micromark re-splices its event list at each closing quote: 12,000 in one parse took 27 s.
    const source = '> a\n\n'.repeat(3_000)
    const trees: number[] = []
    const document = readDocument(source, {format: 'md', onTree: (tree) => trees.push(tree.children.length)})
    expect(trees.length).toBe(Math.ceil(3_000 / CHUNK_BLOCKS))
    expect(Math.max(...trees)).toBeLessThanOrEqual(CHUNK_BLOCKS)
    expect(document.blocks).toHaveLength(3_000)
    expect(
      document.blocks.every((block, index) => block.role === 'quote' && block.position.start.offset === index * 5 + 2)
    ).toBe(true)
  }, 120_000)

  it('reads references and footnote calls as the whole source does, wherever their definitions stand', () => {
    const first = 'Uma nota[^n1] e [o texto][Ref  Um], [ref um][] e [REF UM].\n\n'
    const tail = '[^n1]: A nota.\n\n[ref um]: https://example.com/r\n'
    const alone = readDocument(first + tail, {format: 'md'})
    const source = first + 'Um parágrafo de enchimento.\n\n'.repeat(3 * CHUNK_BLOCKS) + tail
    const chunks: number[] = []
    const read = readDocument(source, {format: 'md', onTree: (_tree, chunk) => chunks.push(chunk.offset)})
    expect(chunks.length).toBeGreaterThan(1)
    expect(read.blocks[0]!.prose).toEqual(alone.blocks[0]!.prose)
    expect(read.blocks[0]!.prose.text).toBe(`Uma nota${PLACEHOLDER} e o texto, ref um e REF UM.`)
    // The stand-ins appended to a chunk are no blocks of the source: the footnote's text is read once, in place.
    expect(read.blocks.filter((block) => block.prose.text.includes('nota.'))).toHaveLength(1)
    expect(read.blocks.at(-1)!.position.start.offset).toBe(source.indexOf('A nota.'))
  })

  it('gives the trees the same blocks as one parse of the whole source, chunk by chunk', () => {
    const unit = '# Título\n\n- item [ref]\n\n> citação[^n]\n\n| a | b |\n| - | - |\n| c | d |\n\n'
    const source = unit.repeat(200) + '[ref]: https://example.com\n\n[^n]: Nota.\n'
    const whole = parseMarkdown(source).children.map((node) => [
      node.type,
      node.position!.start.offset,
      node.position!.end.offset
    ])
    const chunked = [...parseMarkdownChunks(source)].flatMap(({tree, offset, length}) =>
      tree.children
        .filter((node) => node.position!.start.offset! < length)
        .map((node) => [node.type, node.position!.start.offset! + offset, node.position!.end.offset! + offset])
    )
    expect(chunked).toEqual(whole)
  })
})
