import {decodeNamedCharacterReference} from 'decode-named-character-reference'

const reference = /&(?:#[xX]([0-9a-fA-F]{1,6});|#(\d{1,7});|([A-Za-z][A-Za-z0-9]{0,31});)/y

/**
 * The character reference (`&amp;`, `&#233;`, `&#x1F600;`) at `offset` in
 * `source`: its source length and what it decodes to, or undefined when
 * there is none (an unknown name such as `&foo;` stays literal text).
 */
export function characterReferenceAt(
  source: string,
  offset: number
): {length: number; value: string; numeric: boolean} | undefined {
  reference.lastIndex = offset
  const match = reference.exec(source)
  if (!match) return undefined
  if (match[3] !== undefined) {
    const value = decodeNamedCharacterReference(match[3])
    return value === false ? undefined : {length: match[0].length, value, numeric: false}
  }
  const code = Number.parseInt(match[1] ?? match[2]!, match[1] === undefined ? 10 : 16)
  // CommonMark turns NUL, surrogates and out-of-range numbers into U+FFFD.
  const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
  return {length: match[0].length, value: valid ? String.fromCodePoint(code) : '\uFFFD', numeric: true}
}
