/**
 * The problems glosa names in a YAML or JSON glossary that does not parse,
 * each a message key `glossary:yaml.<problem>`, from the `yaml` package's
 * error codes. What the list does not know is `other`, with the reader's own
 * words.
 */

/** A problem with a message of its own. */
export type YamlProblem =
  | 'duplicateKey'
  | 'indentation'
  | 'unclosed'
  | 'flow'
  | 'implicitKey'
  | 'unexpected'
  | 'escape'
  | 'multipleDocuments'
  | 'alias'
  | 'tag'
  | 'directive'
  | 'other'

/** The `yaml` package's error codes. */
export const yamlErrorCodes: Readonly<Record<string, YamlProblem>> = {
  DUPLICATE_KEY: 'duplicateKey',
  BAD_INDENT: 'indentation',
  TAB_AS_INDENT: 'indentation',
  MISSING_CHAR: 'unclosed',
  BLOCK_IN_FLOW: 'flow',
  MULTILINE_IMPLICIT_KEY: 'implicitKey',
  BLOCK_AS_IMPLICIT_KEY: 'implicitKey',
  KEY_OVER_1024_CHARS: 'implicitKey',
  UNEXPECTED_TOKEN: 'unexpected',
  BAD_SCALAR_START: 'unexpected',
  BAD_DQ_ESCAPE: 'escape',
  MULTIPLE_DOCS: 'multipleDocuments',
  BAD_ALIAS: 'alias',
  ALIAS_PROPS: 'alias',
  TAG_RESOLVE_FAILED: 'tag',
  MULTIPLE_TAGS: 'tag',
  MULTIPLE_ANCHORS: 'tag',
  BAD_PROP_ORDER: 'tag',
  BAD_DIRECTIVE: 'directive'
}

/** Messages of the `yaml` package that say more than their code (a flow collection never closed is reported as BAD_INDENT). */
export const yamlMessages: ReadonlyArray<readonly [RegExp, YamlProblem]> = [
  [/end with an? [}\]]/, 'flow'],
  // Two items with no comma between them: `[{id: a} {id: b}]`.
  [/^Unexpected flow-(map|seq)-start/, 'flow']
]
