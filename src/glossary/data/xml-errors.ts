/**
 * The problems glosa names in an XML (TBX) file that does not parse, each a
 * message key `glossary:xml.<problem>`, from saxes' error messages: a pattern
 * and, where the message names something (a tag, an attribute, a prefix), the
 * group that holds it. What no pattern knows is `other`, with saxes' own words.
 */

/** A problem with a message of its own. */
export type XmlProblem =
  | 'unclosedTag'
  | 'unexpectedClose'
  | 'undefinedEntity'
  | 'badEntity'
  | 'outsideRoot'
  | 'twoRoots'
  | 'noRoot'
  | 'unexpectedEnd'
  | 'duplicateAttribute'
  | 'attribute'
  | 'unboundPrefix'
  | 'disallowedCharacter'
  | 'comment'
  | 'declaration'
  | 'doctype'
  | 'other'

/** saxes' messages (without their `file:line:column: ` prefix), in the order they are tried. */
export const xmlMessages: ReadonlyArray<readonly [RegExp, XmlProblem]> = [
  [/^unclosed tag: (.+?)\.?$/, 'unclosedTag'],
  // A closing tag that closes nothing open names itself; one that skips an open element does not.
  [/^unmatched closing tag: (.+?)\.?$/, 'unexpectedClose'],
  [/^unexpected close tag\.?$/, 'unexpectedClose'],
  [/^undefined entity\.?$/, 'undefinedEntity'],
  [/^(?:disallowed character in entity name|empty entity name|malformed character entity)\.?$/, 'badEntity'],
  [/^text data outside of root node\.?$/, 'outsideRoot'],
  [/^documents may contain only one root\.?$/, 'twoRoots'],
  [/^document must contain a root element\.?$/, 'noRoot'],
  [/^unexpected end\.?$/, 'unexpectedEnd'],
  [/^duplicate attribute: (.+?)\.?$/, 'duplicateAttribute'],
  [/^(?:attribute without value|value required|unquoted attribute value|value must be quoted|no whitespace between attributes|forward-slash in opening tag not followed by >)\.?$/, 'attribute'],
  [/^unbound namespace prefix: "(.+?)"\.?$/, 'unboundPrefix'],
  [/^disallowed character/, 'disallowedCharacter'],
  [/^malformed comment\.?$/, 'comment'],
  [/XML declaration|xml declaration|version number|standalone value|did not expect any more name\/value pairs|expected the name|expected one of|\? is disallowed/, 'declaration'],
  [/doctype/i, 'doctype']
]
