// Markup that documentation sites and README renderers add to Markdown, which is not prose.

/** GitHub's alert marker, alone on the first line of a block quote (`> [!NOTE]`). */
export const ALERT_MARKER = /^\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\][ \t]*(?=\r\n|\n|\r|$)/i
