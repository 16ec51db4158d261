// What tells Markdown from plain text when a file's name does not.

/** File extensions read as Markdown. */
export const MARKDOWN_EXTENSIONS: readonly string[] = [
  '.md',
  '.markdown',
  '.mdx',
  '.mkd',
  '.mkdn',
  '.mdwn',
  '.mdown',
  '.ronn'
]

/** File extensions read as forum plain text. */
export const TEXT_EXTENSIONS: readonly string[] = ['.txt', '.text']

/** Syntax that only Markdown has: one occurrence is enough. */
export const STRONG_MARKERS: readonly RegExp[] = [
  /^ {0,3}#{1,6}[ \t]+\S/m, // ATX heading
  /^ {0,3}(?:`{3,}|~{3,})/m, // code fence
  /\[[^\]\n]+\]\([^)\s]+(?:\s+"[^"\n]*")?\)/, // inline link or image
  /^ {0,3}\|?[ \t]*:?-{3,}:?[ \t]*\|/m, // table delimiter row
  /^---\r?\n[\s\S]*?\r?\n---\r?\n/, // front matter at the start
  /^\[[^\]\n]+\]:[ \t]*\S+/m, // link reference definition
  /^ {0,3}(?:=+|-+)[ \t]*$/m // setext underline
]

/** Syntax plain text also has now and then: it takes a few to tip the balance. */
export const WEAK_MARKERS: readonly RegExp[] = [
  /^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+\S/gm, // list item
  /^ {0,3}>[ \t]?\S/gm, // block quote
  /(?:\*\*|__)\S[^*\n]*\S(?:\*\*|__)/g, // strong emphasis
  /`[^`\n]+`/g // inline code
]

/** How many weak markers make a document Markdown. */
export const WEAK_MARKERS_NEEDED = 3

/** How much of a source format detection looks at. */
export const DETECTION_WINDOW = 65536

/** File extensions of MDX, whose top-level `import`/`export` paragraphs are JavaScript. */
export const MDX_EXTENSIONS: readonly string[] = ['.mdx']

/**
 * An MDX ESM block as MDX itself finds one: lower-case `import` or `export`
 * at the start of a top-level line, followed by white space (then JavaScript
 * up to the next blank line). `Import` and `Export` are English words.
 */
export const MDX_ESM_START = /^(?:import|export)\s/

/**
 * The stricter test a source without a file name must pass, at its first
 * line after front matter, to be taken for MDX: a real import or export
 * statement, not a lower-case sentence that starts with either word.
 */
export const MDX_ESM_STATEMENT =
  /^(?:import\s+(?:['"]|(?:type\s+)?(?:[\p{L}$_][\p{L}\p{N}$_]*\s*,?\s*)?(?:\{[^}]*\}|\*\s+as\s+[\p{L}$_][\p{L}\p{N}$_]*)?\s*from\s*['"])|export\s+(?:\{|\*|(?:const|let|var|function|class|default|async\s+function)\b))/u

/** Front matter at the very start of a source, skipped before looking for a first ESM statement. */
export const LEADING_FRONT_MATTER = /^(?:---|\+\+\+)[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\+\+\+)[ \t]*(?:\r?\n|$)/
