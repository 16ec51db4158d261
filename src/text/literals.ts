// Literals: runs of a string that a reader types or a program reads, kept as they are in a translation.
import {CODE_ELEMENTS} from './data/elements.js'

/**
 * A key combination: key names joined by `+` (`Ctrl+S`, `Ctrl + Shift + K`,
 * `Alt+F4`, `Shift+Tab`), led by a modifier. The names are the keyboard's,
 * not words to translate.
 */
const keyCombination =
  /(?<![\p{L}\p{N}])(?:Ctrl|Control|Shift|Alt|AltGr|Super|Meta|Cmd|Command|Option|Opt|Win|Fn|Hyper|Mod[1-5])(?:\s*\+\s*[\p{L}\p{N}][\p{L}\p{N}-]*|\s*\+\s*[^\s\p{L}\p{N}])+(?![\p{L}\p{N}])/giu

/** An element of code and the text it holds, by its name: `<literal>\r</literal>`, `<code>npm ci</code>`. */
const codeElement = /<([A-Za-z][\w:-]*)(?:\s[^<>]*)?>[^<]*<\/\1>/g

const codeElements = new Set(CODE_ELEMENTS)

/** A Markdown code span, as the parity rules and the literal scanner read one in a segment's markup text. */
export const codeSpan = /(`+)[^`]+?\1/g

/** A character reference written out (`&amp;`, `&#169;`, `&#x2014;`): markup shown as text, as a tag list shows it. */
const characterReference = /&(?:[A-Za-z][A-Za-z\d]{1,31}|#\d{1,7}|#[xX][\dA-Fa-f]{1,6});/g

/** The literal patterns after code elements, each with a character every match of it holds. */
const literalPatterns: ReadonlyArray<readonly [RegExp, string]> = [
  [codeSpan, '`'],
  [keyCombination, '+'],
  [characterReference, '&']
]

/**
 * `text` with its literals blanked out (same length, so offsets hold): key
 * combinations, Markdown code spans, character references written out
 * (`&amp;`), and elements of code with their text
 * (HTML's `<code>`, `<kbd>`, DocBook's `<literal>`, `<command>`, `<keycap>`,
 * Mallard's `<cmd>`, `<key>`). They are found in `markup`, the text with its
 * markup, whose indices are those of `text` (a unit's text has its tags
 * masked, unit for unit). What is left is what a translator translates.
 */
export function withoutLiterals(text: string, markup = text): string {
  if (!/[+`<&]/.test(markup)) return text
  const units = text.split('')
  const blank = (start: number, end: number) => units.fill(' ', start, end)
  // Each pattern only where the character it needs is: the key combination's look-behind is slow, and
  // a pattern never run is never compiled.
  if (markup.includes('<'))
    for (const match of markup.matchAll(codeElement))
      if (codeElements.has(match[1]!.toLowerCase())) blank(match.index!, match.index! + match[0].length)
  for (const [pattern, needs] of literalPatterns)
    if (markup.includes(needs))
      for (const match of markup.matchAll(pattern)) blank(match.index!, match.index! + match[0].length)
  return units.join('')
}
