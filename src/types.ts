/**
 * The document model every stage of glosa shares.
 *
 * Positions follow unist: `line` and `column` are 1-based, `offset` is 0-based,
 * and columns and offsets count UTF-16 code units of the *decoded source*
 * (after a UTF-8 byte-order mark, which is not part of the source, was removed).
 */

/** A place in the source. */
export interface Point {
  /** 1-based line. */
  line: number
  /** 1-based column, in UTF-16 code units. */
  column: number
  /** 0-based offset from the start of the source, in UTF-16 code units. */
  offset: number
}

/** A range in the source: `source.slice(start.offset, end.offset)` is its text. */
export interface Position {
  start: Point
  end: Point
}

/**
 * A language as glosa reports it: European or Brazilian Portuguese,
 * Portuguese of undecided variant, English, or undetermined.
 */
export type Lang = 'pt-PT' | 'pt-BR' | 'pt' | 'en' | 'und'

/** The role a block plays in the document. */
export type BlockRole =
  | 'attribution'
  | 'heading'
  | 'headline'
  | 'standfirst'
  | 'paragraph'
  | 'quote'
  | 'list-item'
  | 'table-cell'
  | 'elision'
  | 'credit'
  /** The value of a JSX attribute people read in MDX (`alt`, `caption`, `title`…). */
  | 'attribute'

/** Input formats the reader knows. */
export type Format = 'md' | 'text'

/** What a reader can be asked to read a source as: Markdown, MDX (Markdown with JSX and JavaScript) or forum plain text. */
export type InputFormat = Format | 'mdx'

/** Something a reader noticed about its input that did not stop it (an MDX file read as plain Markdown). */
export interface ReadWarning {
  /** i18n key, `namespace:key`. */
  key: string
  values: Record<string, unknown>
  /** Where in the source. */
  place?: Point
}

/**
 * The prose of a block as a reader sees it: markup removed, hard wraps joined
 * by a single space, code, HTML and URLs replaced by one U+FFFC (object
 * replacement character) each, so that nothing matches inside them and word
 * boundaries survive.
 */
export interface Prose {
  /** The visible text. */
  text: string
  /**
   * Source offset of each UTF-16 unit of `text`, plus one final entry: the
   * source offset just after the last unit. `offsets.length === text.length + 1`.
   * A U+FFFC placeholder maps to the start of what it replaces.
   */
  offsets: Uint32Array
}

/** A sentence of a block. */
export interface Sentence {
  /** Stable id within the document: `b3.s2` is the second sentence of block 3. */
  id: string
  /** The sentence's source with hard wraps joined by a single space. */
  text: string
  lang: Lang
  /** Confidence of `lang`, 0 to 1. */
  confidence: number
  /** Where the sentence is in the source. */
  position: Position
  /** Start and end (exclusive) of the sentence in its block's `prose.text`. */
  range: [start: number, end: number]
}

/** A block: a paragraph, heading, list item, table cell, attribution, … */
export interface Block {
  /** Stable id within the document: `b1`, `b2`, … in source order. */
  id: string
  role: BlockRole
  lang: Lang
  /** Confidence of `lang`, 0 to 1. */
  confidence: number
  /** Who wrote what follows, for `attribution` blocks (`MarcoAntonio`). */
  author?: string
  /** Heading level (1–6) for headings; block-quote depth for quotes. */
  depth?: number
  /** Whether the block sits inside quoted material (a block quote, or an article a forum post quotes). */
  quoted?: boolean
  position: Position
  prose: Prose
  sentences: Sentence[]
}

/** The language summary of a document. */
export interface DocumentLanguages {
  /** The main language of the document (most prose). */
  document: Lang
  /** Share of prose characters per language, 0 to 1. */
  shares: Partial<Record<Lang, number>>
  /** The Portuguese variant the cues point to for the whole document, if any Portuguese. */
  variant?: 'pt-PT' | 'pt-BR' | 'pt'
}

/** A document read by glosa. */
export interface Document {
  /** The path it came from, or `-` for standard input; absent for strings. */
  file?: string
  format: Format
  /**
   * Whether a Markdown source was read as MDX (with remark-mdx: JSX,
   * expressions and ESM are not prose), as `--format mdx` or detection chose.
   */
  mdx?: boolean
  /** What the reader noticed but read past; absent when nothing. */
  warnings?: ReadWarning[]
  /** The decoded source, without a byte-order mark. */
  source: string
  /** Whether the input started with a UTF-8 byte-order mark (writers put it back). */
  bom: boolean
  languages: DocumentLanguages
  blocks: Block[]
}
