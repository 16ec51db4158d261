import {parseMdx, type TreeListener} from '../read/index.js'
import {readDocument, readDocumentFile, type ReadOptions} from '../document/index.js'
import type {Document, InputFormat} from '../types.js'
import {openBlockStart, Structure, type Span} from './tree.js'

/** The structure of each document read for annotation, taken from the reader's own syntax trees. */
const structures = new WeakMap<Document, Structure>()

/**
 * Read with `read`, keeping the block and inline spans of the syntax trees
 * the reader parses, so that annotating the document needs no second parse.
 * Kept only when every chunk the reader cut a large source into ends outside
 * code and HTML blocks: a cut inside one would misplace the blocks after it.
 */
function keepingStructure(read: (onTree: TreeListener) => Document): Document {
  const structure = new Structure()
  // The last block before each cut, to check once the source is known.
  const cuts: Array<{end: number; last: Span | undefined}> = []
  const document = read((tree, chunk) => {
    structure.add(tree, chunk.offset, chunk.length)
    cuts.push({end: chunk.offset + chunk.length, last: structure.units.at(-1)})
  })
  const {source} = document
  const sound = cuts.every(({end, last}) => end === source.length || openBlockStart(last, source, end) === undefined)
  if (sound && document.format === 'md') {
    structure.finish(source)
    structures.set(document, structure)
  }
  return document
}

/**
 * Read a source as {@link readDocument} does, for {@link annotate}: the same
 * document, with what annotating needs of the reader's Markdown syntax trees
 * kept alongside it, so that the source is parsed once, not twice.
 */
export function readForAnnotation(source: string, options: Omit<ReadOptions, 'onTree'> = {}): Document {
  return keepingStructure((onTree) => readDocument(source, {...options, onTree}))
}

/** Read a file (`-` for standard input) as {@link readDocumentFile} does, for {@link annotate} (see {@link readForAnnotation}). */
export function readFileForAnnotation(file: string, options: {format?: InputFormat} = {}): Document {
  return keepingStructure((onTree) => readDocumentFile(file, {...options, onTree}))
}

/** The structure of a Markdown document: kept from reading it, or parsed now. */
export function structureOf(document: Document): Structure {
  const kept = structures.get(document)
  if (kept) return kept
  const parsed = document.mdx ? parseMdx(document.source) : undefined
  if (!parsed || !('tree' in parsed)) return Structure.of(document.source)
  const structure = new Structure()
  structure.add(parsed.tree, 0)
  structure.finish(document.source)
  return structure
}
