/**
 * Renderer profiles: the same annotations written in marks that one family
 * of renderers displays. Every mark stays one `strip` recognises (see
 * markers.ts), so `strip(annotate(x, {target}))` is `x` for every target.
 *
 * - `gfm`: GitHub-flavoured Markdown (remark + remark-gfm, GitHub, most
 *   static site generators): GFM footnotes, HTML comments as invisible marks.
 * - `commonmark`: CommonMark without extensions (micromark, marked): a note
 *   call is a superscript link to a numbered notes list glosa writes.
 * - `mdx`: MDX (@mdx-js/mdx without remark-gfm): as `commonmark`, with
 *   `{/* glosa:… *\/}` expression comments instead of HTML comments, which
 *   MDX refuses.
 * - `forum`: a forum's plain text: bracketed note numbers, a notes list in
 *   plain text, and no markup; each addition sits between two invisible
 *   separators (U+2063), which is how `strip` finds it.
 */

/** The renderer family annotated output is written for. */
export type Target = 'gfm' | 'commonmark' | 'mdx' | 'forum'

export const targets: readonly Target[] = ['gfm', 'commonmark', 'mdx', 'forum']

/** U+2063 INVISIBLE SEPARATOR: brackets each addition in forum text, where no invisible markup exists. */
export const forumMark = '\u2063'

/** A link to a discussed sentence, as the commentary shows it. */
export interface SentenceReference {
  /** The anchor id of the sentence (`glosa-s-…`). */
  id: string
  /** Its visible label (the sentence's number in the text discussed). */
  label: number
  /** The beginning of the sentence, for the link title. */
  title: string
}

/** How one target writes each kind of mark. */
export interface Profile {
  target: Target
  /** Whether footnote-style terms use GFM footnotes (else a numbered notes list glosa writes). */
  gfmFootnotes: boolean
  /** Whether marks may be HTML (anchors, superscripts). */
  html: boolean
  /** The call after a term: GFM `[^id]`, else note number `n`. */
  noteCall: (id: string, n: number) => string
  /** A visible label at a discussed sentence, linking back to the commentary (`back`) that discusses it. */
  sentenceLabel: (id: string, label: number, back: string, title: string) => string
  /** The anchor a label links back to, at the start of a commentary sentence. */
  commentaryAnchor: (id: string) => string
  /** After a commentary sentence: `→ [3]` links to the sentences it discusses. */
  references: (references: readonly SentenceReference[]) => string
  /** An invisible mark (`glosa:…`), for block marks. */
  comment: (body: string) => string
}

function markdownReferences(references: readonly SentenceReference[]): string {
  return ' → ' + references.map(({id, label, title}) => `[[${label}]](#${id} "${title}")`).join(' ')
}

const markdown = {
  html: true,
  sentenceLabel: (id: string, label: number, back: string, title: string) =>
    `<a id="${id}"></a>[[${label}]](#${back} "${title}") `,
  commentaryAnchor: (id: string) => `<a id="${id}"></a>`,
  references: markdownReferences
}

const profiles: Record<Target, Profile> = {
  gfm: {
    ...markdown,
    target: 'gfm',
    gfmFootnotes: true,
    noteCall: (id) => `[^${id}]`,
    comment: (body) => `<!-- ${body} -->`
  },
  commonmark: {
    ...markdown,
    target: 'commonmark',
    gfmFootnotes: false,
    noteCall: (id, n) => `<sup>[${n}](#${id})</sup>`,
    comment: (body) => `<!-- ${body} -->`
  },
  mdx: {
    ...markdown,
    target: 'mdx',
    gfmFootnotes: false,
    noteCall: (id, n) => `<sup>[${n}](#${id})</sup>`,
    comment: (body) => `{/* ${body} */}`
  },
  forum: {
    target: 'forum',
    gfmFootnotes: false,
    html: false,
    noteCall: (_id, n) => `${forumMark}[${n}]${forumMark}`,
    sentenceLabel: (_id, label) => `${forumMark}[#${label}] ${forumMark}`,
    commentaryAnchor: () => '',
    references: (references) => `${forumMark} → ${references.map(({label}) => `[#${label}]`).join(' ')}${forumMark}`,
    comment: () => ''
  }
}

/** The profile of a target (default `gfm`). */
export function profileOf(target: Target = 'gfm'): Profile {
  return profiles[target]
}

/** Write glosa's HTML comment marks in `text` as the target's invisible marks (MDX: expression comments). */
export function inDialect(text: string, profile: Profile): string {
  if (profile.target === 'gfm' || profile.target === 'commonmark') return text
  return text.replace(/<!-- (glosa:[^>]*?) -->/g, (_match, body: string) => profile.comment(body))
}
