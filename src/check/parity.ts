// The markup a reader sees, which the parity rules compare between a source and its
// translation; the placeholders a program fills in are found by src/text/placeholders.ts.
import {collect, htmlTag, type Token} from '../text/placeholders.js'
import {oncePer} from '../util/once.js'
import type {CheckSegment} from './types.js'

/** A segment's text with its markup, and whether its indices are those of `segment.text`. */
export interface Markup {
  text: string
  /** `text[i]` is `segment.text[i]` unmasked (bilingual files); otherwise it is a slice of the source. */
  sameIndices: boolean
}

/** Markup that may close a sentence after its last prose character (a link target, emphasis, code). */
const trailingMarkup =
  /^(?:\]\([^()\s]*(?:\([^()\s]*\))?[^()\s]*(?:\s+"[^"]*")?\)|\]\[[^\]]*\]|\*\*|\*|__|_|`+|<\/[A-Za-z][\w-]*>)+/

/** The text of a segment with its markup and placeholders: the unit's text, or the source it was read from (made once per segment). */
export const markupOf = oncePer(readMarkup)

function readMarkup(segment: CheckSegment): Markup {
  if (segment.raw !== undefined) return {text: segment.raw, sameIndices: true}
  const source = segment.owner.source
  let start = segment.position.start.offset
  let end = segment.position.end.offset
  // A sentence's prose starts inside `[`, `**` or `` ` `` and ends before `](url)`: take the markup around it.
  while (start > 0 && /[[*_`!]/.test(source[start - 1]!)) start--
  end += trailingMarkup.exec(source.slice(end, end + 2000))?.[0].length ?? 0
  // Without markup around or inside it (a line of plain text), the text is its own markup, index for index.
  const plain =
    start === segment.position.start.offset &&
    end === segment.position.end.offset &&
    end - start === segment.text.length
  if (plain && source.startsWith(segment.text, start)) return {text: segment.text, sameIndices: true}
  return {text: source.slice(start, end), sameIndices: false}
}

const codeSpan = /(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g
const image = /!\[[^\]]*\]\(\s*<?([^()\s>]+)>?(?:\s+"[^"]*")?\s*\)/g
const link = /\]\(\s*<?([^()\s>]*(?:\([^()\s]*\))?[^()\s>]*)>?(?:\s+"[^"]*")?\s*\)/g
const url = /\b(?:https?|ftp):\/\/[^\s<>"'`)\]]*[^\s<>"'`)\].,;:!?]/g
// RFC 2606's example domains, and the Portuguese translators give them (`joao@exemplo.com`, `exemplo.com.br`).
const exampleDomain = /[@.](?:example|exemplo)(?:\.(?:com|net|org)(?:\.br)?|\.pt)?$|\.(?:test|invalid|localhost)$/i
const email = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g
const strong = /\*\*|__(?=\S)|(?<=\S)__/g
const locales = /(^|[/=._-])(?:en[-_]us|en[-_]gb|en|pt[-_]br|pt[-_]pt|pt|br)(?=$|[/?#._-])/gi

/**
 * A link target or URL as the page it leads to: its language code taken out
 * (`/en/guide` and `/pt-BR/guide` are the same link translated), and the
 * forms a docs site serves one page under made one (`guide.html`, `guide`,
 * `guide/`). A relative link's fragment is a heading id, which a translation
 * translates with the heading (`#dynamic-components`, `#componentes-dinâmicos`):
 * only its page counts. Where the language names the host
 * (`en.wikipedia.org`), the link goes to another language's edition of the
 * site, whose page has its own name there: only the site is compared.
 */
function address(value: string): string {
  const edition = /^((?:https?:)?\/\/)(en|pt|pt-br|pt-pt)\.([^/?#]+)/i.exec(value)
  if (edition) return `${edition[1]}{lang}.${edition[3]!.toLowerCase()}`
  const relative = !/^[a-z][a-z\d+.-]*:/i.test(value)
  const hash = value.indexOf('#')
  let page = hash === -1 ? value : value.slice(0, hash)
  const fragment = hash === -1 || relative ? '' : value.slice(hash)
  page = page.replace(/\.html?(?=$|\?)/i, '').replace(/(?<=.)\/$/, '')
  // A site's home in the reader's language (`/pt`) is its home.
  return (page + fragment).replace(locales, '$1{lang}').replace(/\/\{lang\}$/, '')
}

/**
 * The markup of a markup text, as keys that must be on both sides: code
 * spans (`code:…`), image sources and link targets (language codes in them
 * may change), bare URLs and e-mail addresses, inline HTML tags (in
 * documents), and the number of strong-emphasis markers.
 */
export function markupTokensOf(markup: string, options: {tags: boolean}): Token[] {
  const tokens: Token[] = []
  const taken = new Uint8Array(markup.length)
  // Each pattern is tried only where the characters it needs are (most sentences have no markup).
  // GNU and TeX programs quote `like this' (a backtick closed by an apostrophe): no code spans there.
  const backticks = markup.includes('`') ? (markup.match(/`/g) ?? []).length : 0
  const quoted = backticks > 0 && (markup.match(/`[^`'\n]*'/g) ?? []).length === backticks
  if (backticks > 0 && !quoted) collect(codeSpan, markup, (match) => `code:${match[2]!.trim()}`, tokens, taken)
  if (markup.includes('](')) {
    collect(image, markup, (match) => `image:${address(match[1]!)}`, tokens, taken, 1)
    collect(link, markup, (match) => `link:${address(match[1]!)}`, tokens, taken, 1)
  }
  // Bare URLs and e-mail addresses are looked for only where their `://` or `@` is (the patterns are slow on prose).
  if (markup.includes('://')) collect(url, markup, (match) => `link:${address(match[0])}`, tokens, taken)
  // An address at a domain reserved for examples (RFC 2606: `janedoe.example.com`) illustrates a form: translators localise it.
  if (markup.includes('@'))
    collect(
      email,
      markup,
      (match) => (exampleDomain.test(match[0]) ? undefined : `email:${match[0].toLowerCase()}`),
      tokens,
      taken
    )
  if (options.tags && markup.includes('<'))
    collect(htmlTag, markup, (match) => `<${match[1]}${match[2]!.toLowerCase()}${match[3]}>`, tokens, taken)
  if (markup.includes('**') || markup.includes('__')) collect(strong, markup, () => 'strong', tokens, taken)
  return tokens.sort((a, b) => a.start - b.start)
}

/**
 * The markup tokens of a document segment's markup text, tags included
 * ({@link markupTokensOf}), made once per segment: the parity rules and the
 * search for moved sentences (`moved.ts`) both read them.
 */
export const segmentMarkupTokens = oncePer((segment: CheckSegment): readonly Token[] =>
  markupTokensOf(markupOf(segment).text, {tags: true})
)

/** The tokens of `a` not matched by one of the same key in `b`, each matched once. */
export function unmatched<T extends Token>(a: readonly T[], b: readonly Token[]): T[] {
  const left = new Map<string, number>()
  for (const token of b) left.set(token.key, (left.get(token.key) ?? 0) + 1)
  return a.filter((token) => {
    const count = left.get(token.key) ?? 0
    if (count === 0) return true
    left.set(token.key, count - 1)
    return false
  })
}
