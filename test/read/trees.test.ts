import type {Root} from 'mdast'
import {describe, expect, it} from 'vitest'
import {readDocument, readDocumentFile} from '../../src/document/index.js'

/** Every tree the reader hands over, with the chunk it was parsed from and its top-level node types. */
function readWithTrees(source: string, format: 'md' | 'text' = 'md') {
  const trees: Array<{offset: number; length: number; types: string[]; ends: number[]}> = []
  const document = readDocument(source, {
    format,
    onTree(tree: Root, chunk) {
      trees.push({
        ...chunk,
        types: tree.children.map((node) => node.type),
        ends: tree.children.map((node) => node.position!.end.offset!)
      })
    }
  })
  return {document, trees}
}

describe('the syntax trees the reader parses (onTree)', () => {
  const markdown = '# Title\n\nA paragraph with `code` and a [link](https://x.test).\n\n- an item\n\n> a quote\n'

  it('hands over the one tree of a small source, as remark parsed it, and reads the same document as without', () => {
    const {document, trees} = readWithTrees(markdown)
    expect(trees).toEqual([
      {
        offset: 0,
        length: markdown.length,
        types: ['heading', 'paragraph', 'list', 'blockquote'],
        ends: [7, markdown.indexOf('\n\n- '), markdown.indexOf('\n\n> '), markdown.length - 1]
      }
    ])
    expect(JSON.stringify(document)).toBe(JSON.stringify(readDocument(markdown, {format: 'md'})))
  })

  it('hands over no tree for plain text, which is not parsed as Markdown', () => {
    expect(readWithTrees('Uma frase. Outra frase.\n', 'text').trees).toEqual([])
  })

  it('passes the listener on when reading a file', () => {
    const chunks: number[] = []
    readDocumentFile('corpus/h20-ft/post.txt', {format: 'md', onTree: (_tree, chunk) => chunks.push(chunk.length)})
    expect(chunks).toHaveLength(1)
    expect(chunks[0]).toBeGreaterThan(1000)
  })

  it('hands over each chunk of a large source, in order and covering it, with positions counted from the chunk', () => {
    const unit =
      '# Título [ligado][g]\n\nUm parágrafo com **ênfase**, e mais texto.\n\n```\ncódigo\n\nainda código.\n```\n\n- item\n\n'
    const source = unit.repeat(Math.ceil((1 << 20) / unit.length) + 1) + '[g]: https://example.com/guia\n'
    const {document, trees} = readWithTrees(source)
    expect(trees.length).toBeGreaterThan(1)
    let next = 0
    for (const tree of trees.slice(0, -1)) {
      expect(tree.offset).toBe(next)
      // Every chunk but the last, which holds the definition itself, ends in a stand-in for it that the reader appends, past the chunk's own length.
      expect(tree.ends.at(-2)!).toBeLessThanOrEqual(tree.length)
      expect(tree.types.at(-1)).toBe('definition')
      expect(tree.ends.at(-1)!).toBeGreaterThan(tree.length - 1)
      next += tree.length
    }
    expect(trees.at(-1)!.offset).toBe(next)
    expect(trees.at(-1)!.ends.at(-1)).toBe(trees.at(-1)!.length - 1)
    expect(next + trees.at(-1)!.length).toBe(source.length)
    expect(JSON.stringify(document)).toBe(JSON.stringify(readDocument(source, {format: 'md'})))
  }, 240_000)
})
