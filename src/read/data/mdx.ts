// What makes a Markdown file MDX, and which JSX attributes people read.

/**
 * JSX attributes whose string values are text a reader sees (image
 * descriptions, captions, titles, labels): each is a segment of its own.
 * Other attributes (`src`, `href`, `className`, `id`…) are code.
 */
export const READABLE_ATTRIBUTES: readonly string[] = Object.freeze(['alt', 'title', 'caption', 'label', 'aria-label'])

/**
 * Syntax only MDX has, one occurrence of which makes a `.md` file worth
 * parsing as MDX: an ESM statement at the start of a line, a `{/* … *\/}`
 * comment, a JSX element with a capitalised or dotted name, a fragment, or
 * an attribute whose value is an expression. HTML (`<div>`, `<br>`) and
 * `{#id}` heading ids are plain Markdown too, so they do not count.
 */
export const MDX_SIGNALS: readonly RegExp[] = Object.freeze([
  /^(?:import|export)[ \t]+(?:[\p{L}$_{*]|['"])/mu,
  /\{\/\*/,
  /<[A-Z][\w.]*(?=[\s/>])/,
  /<>|<\/>/,
  /<[a-zA-Z][\w.:-]*\s[^<>]*?[\w-]=\{/
])
