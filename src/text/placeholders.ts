// Placeholders: what a program substitutes into a string, found in its text.
import {MARKUP_ELEMENTS} from './data/elements.js'
import {codeSpan} from './literals.js'

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

/** Collect the matches of `pattern` in `text` as tokens keyed by `key` (undefined: skip), none overlapping `taken`. */
export function collect(
  pattern: RegExp,
  text: string,
  key: (match: RegExpMatchArray) => string | undefined,
  into: Token[],
  taken?: Uint8Array,
  display = 0
): void {
  for (const match of text.matchAll(pattern)) {
    const start = match.index!
    const end = start + match[0].length
    if (taken && taken.subarray(start, end).includes(1)) continue
    const value = key(match)
    if (value === undefined) continue
    into.push({key: value, text: match[display] ?? match[0], start, end})
    if (taken) taken.fill(1, start, end)
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
export const htmlTag = /<(\/?)([A-Za-z][\w:-]*)(?:\s[^<>]*?)?(\/?)>/g

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
  // Every placeholder holds one of these characters: a sentence of prose, most often, holds none.
  if ((options.codes ?? []).length === 0 && !/[{%$<]/.test(markup)) return tokens
  const taken = new Uint8Array(markup.length)
  // Code spans are markup: `%s` inside one is shown, not substituted.
  if (!options.tags && markup.includes('`'))
    for (const match of markup.matchAll(codeSpan)) taken.fill(1, match.index!, match.index! + match[0].length)
  for (const code of options.codes ?? []) {
    tokens.push({key: code.key, text: code.display, start: code.at, end: code.at + 1})
    taken[code.at] = 1
  }
  // Each pattern only where the characters it needs are (in the same order: each takes its text first).
  if (markup.includes('{{')) collect(i18nextVariable, markup, (match) => `{{${match[1]}}}`, tokens, taken)
  if (markup.includes('$t(')) collect(i18nextNesting, markup, (match) => `$t(${match[1]})`, tokens, taken)
  if (markup.includes('${')) collect(dollar, markup, (match) => `\${${match[1]}}`, tokens, taken)
  if (markup.includes('{'))
    collect(
      braced,
      markup,
      (match) => (pluralBranch.test(markup.slice(0, match.index)) ? undefined : `{${match[1]}}`),
      tokens,
      taken
    )
  if (markup.includes('%')) {
    // A strftime format: translators change its conversions for their locale (24-hour clock, day before month).
    if (strftimeOnly.test(markup))
      for (const match of markup.matchAll(strftimeDirective))
        taken.fill(1, match.index!, match.index! + match[0].length)
    collect(printf, markup, (match) => match[0].replace(/^%(\d+)\$/, '%$1$$'), tokens, taken)
  }
  if (options.tags && markup.includes('<'))
    collect(
      htmlTag,
      markup,
      (match) => (isMarkupTag(match, markup) ? `<${match[1]}${match[2]!.toLowerCase()}${match[3]}>` : undefined),
      tokens,
      taken
    )
  return tokens.sort((a, b) => a.start - b.start)
}

const elements = new Set(MARKUP_ELEMENTS)

/**
 * Whether an `htmlTag` match is markup: a closing or self-closing tag, a tag
 * with attributes, a known element, or one the same string closes. The rest
 * (`JOIN <channel>`, `<unknown>`, `<Tags File>`) are usage metavariables and
 * words shown in angle brackets, which translators translate.
 */
function isMarkupTag(match: RegExpMatchArray, markup: string): boolean {
  const [whole, closing, name, selfClosing] = match as unknown as [string, string, string, string]
  if (closing !== '' || selfClosing !== '' || whole.includes('=')) return true
  return elements.has(name.toLowerCase()) || markup.includes(`</${name}>`)
}
