import type {Block, Document, Position} from '../../src/types.js'

/** The source text at a position. */
export function sourceAt(document: Document, position: Position): string {
  return document.source.slice(position.start.offset, position.end.offset)
}

/** Portuguese of any variant as `pt`, so tests of the reader do not depend on variant decisions. */
export function family(lang: string): string {
  return lang.startsWith('pt') ? 'pt' : lang
}

/** Blocks as `role: sentence | sentence` lines, for compact expectations. */
export function outline(document: Document): string[] {
  return document.blocks.map(
    (block: Block) => `${block.role}: ${block.sentences.map((sentence) => sentence.text).join(' | ')}`
  )
}

/** The source offset of each prose unit, as the text it maps to: `[unit, source char]` pairs. */
export function unitSources(document: Document, block: Block): Array<[string, string]> {
  return Array.from(block.prose.text, (_, index) => [
    block.prose.text[index]!,
    document.source[block.prose.offsets[index]!]!
  ])
}
