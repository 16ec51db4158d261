// Markup that documentation sites and README renderers add to Markdown, which is not prose.

/** GitHub's alert marker, alone on the first line of a block quote (`> [!NOTE]`). */
export const ALERT_MARKER = /^\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\][ \t]*(?=\r\n|\n|\r|$)/i

/**
 * A heading's custom id or attributes at its end (`## Título {#custom-id}`,
 * Pandoc's `{#id .class}`, react.dev's MDX comment `{/*custom-id*\/}` in a
 * file read as plain Markdown), with the white space before it and an ATX
 * closing sequence after it.
 */
export const HEADING_ID = /[ \t]+\{(?:[#.][^{}\r\n]*|\/\*[^{}\r\n]*?\*\/)\}[ \t]*(?:#+[ \t]*)?$/gm

/**
 * A container fence at the start of a line (Docusaurus admonitions,
 * remark-directive containers): the colons and the name, then an optional
 * `[label]` (group 2 `[`, group 3 the label, which is prose, group 4 `]`)
 * and `{attributes}` (group 5). A title after white space is prose.
 */
export const CONTAINER_FENCE =
  /^[ \t>]*(:{3,}[ \t]*[\p{L}\p{N}_-]*)(?:(\[)([^\]\r\n]*)(\]))?(\{[^}\r\n]*\})?(?=[ \t]|\r|\n|$)/dgmu

/**
 * An MkDocs (Python-Markdown) admonition or collapsible block opening a
 * paragraph: `!!! note "Title"`, `??? tip`, `???+ warning inline end`.
 * Group 1 the marker and its types, 2 and 4 the title's quotes (the title, 3, is prose).
 */
export const ADMONITION_MARKER =
  /^[ \t]*((?:!!!|\?\?\?\+?)[ \t]+[\w-]+(?:[ \t]+[\w-]+)*)(?:[ \t]+(")([^"\r\n]*)("))?[ \t]*$/dmu

/**
 * An attribute list (Python-Markdown `attr_list`, kramdown) right after a
 * link, image, code span or emphasis: `[Read](ref.md){ .md-button }`.
 */
export const ATTRIBUTE_LIST = /(?<=[)\]*_`])\{:?[ \t]*[#.][^{}\r\n]*\}/g

/** A Hugo shortcode: `{{< name … >}}` or `{{% name … %}}`, closing ones included. */
export const SHORTCODE = /\{\{[<%][\s\S]*?[>%]\}\}/g

/** What may stand before markup on its line for the markup to count as alone there: indentation, quote and list markers. */
export const LINE_PREFIX = /(?:^|[\r\n])[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?$/
