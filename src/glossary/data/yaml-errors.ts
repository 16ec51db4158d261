/**
 * The problems glosa names in a YAML or JSON glossary that does not parse,
 * each a message key `glossary:yaml.<problem>`, from the errors of the two
 * readers: the `yaml` package's error codes and js-yaml's reasons (files over
 * 512 KiB). What neither list knows is `other`, with the reader's own words.
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

/** js-yaml's reasons, by their start. */
export const jsYamlReasons: ReadonlyArray<readonly [RegExp, YamlProblem]> = [
  [/^duplicated mapping key/, 'duplicateKey'],
  [/^(bad indentation|deficient indentation|tab characters must not be used in indentation|missing indentation)/, 'indentation'],
  [/^unexpected end of the (stream|document) within a (double|single) quoted scalar/, 'unclosed'],
  [/^(unexpected end of the stream within a flow collection|missed comma between flow collection entries)/, 'flow'],
  [/^expected a single document/, 'multipleDocuments'],
  [/^(can not read a block mapping entry; a multiline key|can not read an implicit mapping pair|incomplete explicit mapping pair)/, 'implicitKey'],
  [/^(end of the stream or a document separator is expected|expected the node content|a line break is expected|a whitespace character is expected)/, 'unexpected'],
  [/^(unknown escape sequence|expected hexadecimal character|expected valid JSON character)/, 'escape'],
  [/^(unidentified alias|name of an alias node|alias node should not)/, 'alias'],
  [/^(unknown tag|undeclared tag handle|tag |duplication of a tag|duplication of an anchor|name of an anchor node|unacceptable node kind)/, 'tag'],
  [/(directive|unsupported YAML version|unacceptable YAML version)/, 'directive']
]
