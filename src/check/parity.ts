import type {CheckSegment} from './types.js'

/**
 * What the parity rules compare between a source and its translation: the
 * placeholders a program fills in (printf, ICU, i18next, Python/.NET, XLIFF
 * and TMX inline codes) and the markup a reader sees (Markdown code, links,
 * images, emphasis, inline HTML, URLs, e-mail addresses). Each token has a
 * `key` that must be found on the other side, and where it is in the
 * segment's markup text.
 */
export interface Token {
  key: string
  /** The token as written. */
  text: string
  start: number
  end: number
}

/** A segment's text with its markup, and whether its indices are those of `segment.text`. */
export interface Markup {
  text: string
  /** `text[i]` is `segment.text[i]` unmasked (bilingual files); otherwise it is a slice of the source. */
  sameIndices: boolean
}

/** Markup that may close a sentence after its last prose character (a link target, emphasis, code). */
const trailingMarkup =
  /^(?:\]\([^()\s]*(?:\([^()\s]*\))?[^()\s]*(?:\s+"[^"]*")?\)|\]\[[^\]]*\]|\*\*|\*|__|_|`+|<\/[A-Za-z][\w-]*>)+/

/** The text of a segment with its markup and placeholders: the unit's text, or the source it was read from. */
export function markupOf(segment: CheckSegment): Markup {
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

function collect(
  pattern: RegExp,
  text: string,
  key: (match: RegExpMatchArray) => string | undefined,
  into: Token[],
  taken?: boolean[],
  display = 0
): void {
  for (const match of text.matchAll(pattern)) {
    const start = match.index!
    const end = start + match[0].length
    if (taken && taken.slice(start, end).some(Boolean)) continue
    const value = key(match)
    if (value === undefined) continue
    into.push({key: value, text: match[display] ?? match[0], start, end})
    if (taken) taken.fill(true, start, end)
  }
}

// i18next: {{count}}, {{- html}}, {{value, number}}; $t(key) and $t(key, {...}).
const i18nextVariable = /\{\{\s*-?\s*([^{},\s]+)\s*(?:,[^{}]*)?\}\}/g
const i18nextNesting = /\$t\(\s*([^,)\s]+)[^)]*\)/g
// ICU and Python/.NET: {count}, {0}, {count, plural, ...}, {0:N2}; not a plural branch's text (`one {file}`).
const braced = /(?<![{\w$])\{\s*([A-Za-z_][\w.-]*|\d+)\s*(?:[,:][^{}]*)?(?=[,}])(?:\}|,)/g
const pluralBranch = /(?:zero|one|two|few|many|other|=\d+)\s*$/
// printf: %s, %1$d, %-5.2f, %(name)s, and Qt/KDE %1; not `%%`, not `50% de` (no space flag).
const printf =
  /%(?:\(\w+\))?(?:\d+\$)?[-+0#]*(?:\d+|\*)?(?:\.(?:\d+|\*))?(?:hh|h|ll|l|L|z|j|t|q)?[diouxXeEfFgGaAcspn@]|%[1-9]\d?(?![\d.,])/g
// JavaScript template and shell-style variables: ${name}.
const dollar = /\$\{\s*([\w.]+)\s*\}/g
const htmlTag = /<(\/?)([A-Za-z][\w:-]*)(?:\s[^<>]*?)?(\/?)>/g

/**
 * A conversion only strftime has (`%H`, `%M`, `%B`, `%Y`; printf has none of
 * them): the text is a date or time format, such as GNOME's `%a %b %e
 * %H:%M:%S %Y` or `%l∶%M %p`, none of whose conversions is a placeholder.
 */
const strftimeOnly = /%[-_0^#]?[BHIMSTYyZCDRrPUVWk]/
const strftimeDirective = /%[-_0^#]?[A-Za-z+]/g

/**
 * The placeholders of a markup text: what a program substitutes, which must
 * all be in the translation (order may change). `tags` counts HTML/XML tags
 * as placeholders (strings of programs); in documents they are markup.
 */
export function placeholdersOf(
  markup: string,
  options: {tags: boolean; codes?: readonly {key: string; display: string; at: number}[]}
): Token[] {
  const tokens: Token[] = []
  const taken: boolean[] = Array.from({length: markup.length}, () => false)
  // Code spans are markup: `%s` inside one is shown, not substituted.
  if (!options.tags)
    for (const match of markup.matchAll(/(`+)[^`]+?\1/g)) taken.fill(true, match.index!, match.index! + match[0].length)
  for (const code of options.codes ?? []) {
    tokens.push({key: code.key, text: code.display, start: code.at, end: code.at + 1})
    taken[code.at] = true
  }
  collect(i18nextVariable, markup, (match) => `{{${match[1]}}}`, tokens, taken)
  collect(i18nextNesting, markup, (match) => `$t(${match[1]})`, tokens, taken)
  collect(dollar, markup, (match) => `\${${match[1]}}`, tokens, taken)
  collect(
    braced,
    markup,
    (match) => (pluralBranch.test(markup.slice(0, match.index)) ? undefined : `{${match[1]}}`),
    tokens,
    taken
  )
  // A strftime format: translators change its conversions for their locale (24-hour clock, day before month).
  if (strftimeOnly.test(markup))
    for (const match of markup.matchAll(strftimeDirective))
      taken.fill(true, match.index!, match.index! + match[0].length)
  collect(printf, markup, (match) => match[0].replace(/^%(\d+)\$/, '%$1$$'), tokens, taken)
  if (options.tags)
    collect(htmlTag, markup, (match) => `<${match[1]}${match[2]!.toLowerCase()}${match[3]}>`, tokens, taken)
  return tokens.sort((a, b) => a.start - b.start)
}

const codeSpan = /(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g
const image = /!\[[^\]]*\]\(\s*<?([^()\s>]+)>?(?:\s+"[^"]*")?\s*\)/g
const link = /\]\(\s*<?([^()\s>]*(?:\([^()\s]*\))?[^()\s>]*)>?(?:\s+"[^"]*")?\s*\)/g
const url = /\b(?:https?|ftp):\/\/[^\s<>"'`)\]]*[^\s<>"'`)\].,;:!?]/g
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
  const taken: boolean[] = Array.from({length: markup.length}, () => false)
  collect(codeSpan, markup, (match) => `code:${match[2]!.trim()}`, tokens, taken)
  collect(image, markup, (match) => `image:${address(match[1]!)}`, tokens, taken, 1)
  collect(link, markup, (match) => `link:${address(match[1]!)}`, tokens, taken, 1)
  collect(url, markup, (match) => `link:${address(match[0])}`, tokens, taken)
  collect(email, markup, (match) => `email:${match[0].toLowerCase()}`, tokens, taken)
  if (options.tags)
    collect(htmlTag, markup, (match) => `<${match[1]}${match[2]!.toLowerCase()}${match[3]}>`, tokens, taken)
  collect(strong, markup, () => 'strong', tokens, taken)
  return tokens.sort((a, b) => a.start - b.start)
}

const segmentTokens = new WeakMap<CheckSegment, Token[]>()

/**
 * The markup tokens of a document segment's markup text, tags included
 * ({@link markupTokensOf}), made once per segment: the parity rules and the
 * search for moved sentences (`moved.ts`) both read them.
 */
export function segmentMarkupTokens(segment: CheckSegment): readonly Token[] {
  let tokens = segmentTokens.get(segment)
  if (!tokens) {
    tokens = markupTokensOf(markupOf(segment).text, {tags: true})
    segmentTokens.set(segment, tokens)
  }
  return tokens
}

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
