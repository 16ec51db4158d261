// The round-trip property of annotate and strip, shared by the fixed-seed test
// (test/hostile/roundtrip.test.ts, on src/) and the benchmark that runs it on
// 10,000+ cases (bench/roundtrip.bench.js, on dist/). It takes glosa's API as
// an argument so that both run the same generator and the same checks.
//
// Over generated Markdown and plain text that holds glosa's own namespace
// (calls, definitions, anchors, links, abbr, directives, comments, escaped
// marks), annotated with a glossary whose definitions are hostile, in every
// style and layout:
// - strip(annotate(x)) = x, or annotate refuses the collision (marks:collision);
// - annotate(annotate(x)) = annotate(x);
// - the rendered text of x is kept (inline layout, Markdown): the output's
//   text outside glosa's generated part is x's;
// - strip(x) = x for every x glosa did not annotate.
import fc from 'fast-check'
import {toString} from 'mdast-util-to-string'
import remarkDirective from 'remark-directive'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'

/** Markdown pieces: prose with terms, markup, and text in glosa's namespace. */
export const pieces = [
  'inference',
  'chip',
  'H20',
  'export controls',
  'AI',
  'treino',
  'the',
  'é',
  'modelos',
  '🚀',
  ' ',
  ' ',
  ' ',
  '.',
  ',',
  ':',
  '!',
  '(',
  ')',
  '[',
  ']',
  '*',
  '_',
  '`',
  '\\',
  '\\*',
  '&amp;',
  '<',
  '>',
  '|',
  '^',
  '#',
  '\n',
  '\n',
  '\n\n',
  '\n\n',
  '\n- ',
  '\n> ',
  '\n# ',
  '\n1. ',
  '[inference](https://example.com)',
  '`inference`',
  '<!-- note -->',
  '[^1]',
  '\n\n[^1]: A user note.\n\n',
  '**export** controls',
  '\n\n```\ninference code\n```\n\n',
  '\n\n| inference | b |\n| --- | --- |\n| H20 | chip |\n\n',
  '\n\n```\nan unclosed fence with chip',
  // glosa's namespace, as a user may write it
  '[^glosa-1]',
  '\n\n[^glosa-1]: My own footnote.\n\n',
  '[^glosa-h20]',
  '\\[^glosa-h20]',
  '\n\n[^glosa-h20]: Mine.\n\n',
  '[H20](#glosa-x)',
  '[chip](#glosa-chip)',
  '<a id="glosa-nota"></a>',
  '<a id="glosa-chip"></a>',
  '<abbr data-glosa="glosa-h20" title="x">H20</abbr>',
  ':term[H20]{glosa="glosa-h20"}',
  '<sup>[↗1](#glosa-s-x)</sup>',
  '<!-- glosa:break -->',
  '<!-- glosa:end -->',
  '\n\n<!-- glosa:begin -->\n\n',
  '\n\n<!-- glosa:end -->\n',
  '<!-- glosa:split -->',
  '<!-- glosa:translation -->',
  'glosa',
  'Glosa',
  ':img{src=x onerror=alert(1)}',
  '::leaf',
  '\n:::note\n',
  '`[^glosa-h20]`',
  '\n\n```\n<!-- glosa:end -->\n```\n\n'
]

/** Hostile definition text: glosa's marks, directives, escapes. */
const definitionPieces = [
  'A chip.',
  ' ',
  '<!-- glosa:end -->',
  '<!-- glosa:begin -->',
  '[^glosa-chip]',
  '[^glosa-h20]:',
  '<abbr data-glosa="glosa-x" title="t">',
  '</abbr>',
  ':img{src=x onerror=alert(1)}',
  '::leaf[x]',
  ':::',
  'word:name[a]',
  '\\',
  '\\:',
  '\\glosa',
  'glosa',
  'GLOSA',
  '<a id="glosa-chip"></a>',
  '](#glosa-chip)',
  ':term[x]{glosa="glosa-chip"}',
  '*',
  '`',
  '|',
  '&amp;',
  '\n',
  'é',
  '🚀',
  '<script>alert(1)</script>',
  '-->'
]

export const styles = ['footnote', 'link', 'abbr', 'directive']
export const layouts = ['inline', 'interleaved', 'side-by-side']

const text = (from, max) =>
  fc.array(fc.constantFrom(...from), {minLength: 1, maxLength: max}).map((parts) => parts.join(''))

/** One case: a document, its format and line ending, a hostile definition and note, a style and a layout. */
export const cases = fc.record({
  source: text(pieces, 30),
  crlf: fc.boolean(),
  format: fc.constantFrom('md', 'md', 'text'),
  definition: text(definitionPieces, 8),
  note: text(definitionPieces, 4),
  style: fc.constantFrom(...styles),
  layout: fc.constantFrom(...layouts),
  every: fc.boolean()
})

/** The test glossary with a hostile chip entry. */
function hostileGlossary(definition, note) {
  const entry = (id, en, pt, extra = {}) => ({
    id,
    definitions: {en: definition + ' ' + id, 'pt-PT': definition, 'pt-BR': definition},
    notes: {en: note, 'pt-PT': note},
    sources: [],
    terms: [
      {text: en, lang: 'en', status: 'preferred'},
      {text: pt, lang: 'pt', status: 'preferred'}
    ],
    ...extra
  })
  return {
    languages: ['en', 'pt-PT', 'pt-BR'],
    entries: [
      entry('chip', 'chip', 'glosa:chip'),
      entry('inference', 'inference', 'inferência'),
      entry('h20', 'H20', 'H20'),
      entry('export-controls', 'export controls', 'controlos de exportação'),
      entry('ai', 'AI', 'IA'),
      entry('training', 'training', 'treino')
    ]
  }
}

// The rendered text as CommonMark + GFM read it, which glosa's placement follows (remark-directive
// readers are checked apart: a trailing unclosed `:::` container takes in whatever follows it).
const parser = unified().use(remarkParse).use(remarkGfm)
const directiveParser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective)

/** The names of the directives in a Markdown text, as remark-directive reads it. */
function directiveNames(markdown) {
  const names = []
  const visit = (node) => {
    if (node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective')
      names.push(node.name)
    for (const child of node.children ?? []) visit(child)
  }
  visit(directiveParser.runSync(directiveParser.parse(markdown)))
  return names
}

/** What a reader sees of a Markdown text: its rendered text (no HTML), outside `[start, end)`. */
function rendered(markdown, style, start = Infinity, end = Infinity) {
  // Directive marks are read by remark-directive users only.
  const reader = style === 'directive' ? directiveParser : parser
  const tree = reader.runSync(reader.parse(markdown))
  tree.children = tree.children.filter(
    (node) => !(node.position.start.offset >= start && node.position.start.offset < end)
  )
  return toString(tree, {includeHtml: false})
}

const translationSource = 'O modelo de inferência usa o chip H20.\n\nOs controlos de exportação aplicam-se ao treino.\n'

/** What failed in one case (see {@link classifyCase}), or undefined when it holds. */
export function checkCase(api, item) {
  return classifyCase(api, item).failure
}

/**
 * Check one case with `api` ({annotate, strip, isAnnotated, readDocument,
 * compileGlossary, generatedPart}): `kept` (every check held), `refused`
 * (annotate named a collision), `skipped` (the reader refused the input, or
 * it was annotated already), with `failure` saying what failed, if anything.
 */
export function classifyCase(api, item) {
  const fail = (failure) => ({outcome: 'failed', failure})
  let source = item.crlf ? item.source.replace(/\r?\n/g, '\r\n') : item.source
  if (source.trim() === '') source = 'chip\n'
  let document
  try {
    document = api.readDocument(source, {format: item.format})
  } catch {
    return {outcome: 'skipped'} // the reader's to refuse, not annotate's
  }
  if (api.strip(source) !== source && !api.isAnnotated(source))
    return fail('strip changed a text glosa did not annotate')
  if (api.isAnnotated(source)) return {outcome: 'skipped'} // an annotated input is annotated afresh from its original
  const matcher = api.compileGlossary(hostileGlossary(item.definition, item.note))
  const translation = item.layout === 'inline' ? undefined : api.readDocument(translationSource, {format: 'md'})
  const options = {
    glossary: matcher,
    style: item.style,
    layout: item.layout,
    every: item.every,
    ...(translation ? {translation} : {alignment: null})
  }
  let output
  try {
    output = api.annotate(document, options)
  } catch (error) {
    if (error?.key === 'marks:collision') return {outcome: 'refused'}
    return fail('annotate threw ' + (error?.stack ?? error))
  }
  if (api.strip(output) !== source) return fail('strip(annotate(x)) !== x')
  let again
  try {
    again = api.annotate(api.readDocument(output, {format: item.format}), options)
  } catch (error) {
    // A refusal here is a failure too: glosa's own output read back as a collision.
    return fail('annotate of its own output threw ' + (error?.stack ?? error))
  }
  if (again !== output) return fail('annotate is not idempotent')
  // No directive but glosa's own `:term` appears that the original did not hold (a hostile definition's `:img{…}`);
  // side-by-side cells carry the documents' own Markdown, which may read differently in a cell.
  const added = directiveNames(output).filter((name) => name !== 'term')
  const own = directiveNames(source).filter((name) => name !== 'term')
  if (item.layout !== 'side-by-side' && added.length > own.length)
    return fail('a directive was injected: ' + added.join(', '))
  if (item.layout === 'inline' && item.format === 'md') {
    const part = api.generatedPart(output)
    if (part && rendered(output, item.style, part.start, part.end) !== rendered(source, item.style))
      return fail('the rendered text changed')
  }
  return {outcome: 'kept'}
}
