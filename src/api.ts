// The library's boundary: every function `src/index.ts` exports, with its
// arguments and options checked before it runs (src/util/expect.ts), so that a
// wrong call fails at once with "Expected … to be …, not …" rather than deep
// inside. glosa's own modules call the unchecked functions.
import * as align from './align/index.js'
import * as annotation from './annotate/index.js'
import * as check from './check/index.js'
import * as documents from './document/index.js'
import * as glossary from './glossary/index.js'
import * as i18n from './i18n/index.js'
import * as identify from './identify/index.js'
import * as read from './read/index.js'
import * as reporting from './report/index.js'
import * as segment from './segment/index.js'
import * as tag from './tag/index.js'
import {
  arrayOf,
  boolean,
  checked,
  either,
  func,
  instanceOf,
  number,
  oneOf,
  optional,
  shape,
  string,
  type Expectation
} from './util/expect.js'

const array = {description: 'an array', test: (value: unknown) => Array.isArray(value)} satisfies Expectation
const object = {
  description: 'an object',
  test: (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value)
} satisfies Expectation
const strings = arrayOf(string)
const formats = ['md', 'text'] as const
/** What a reader can be asked to read a source as (a document's format is `md` or `text`, with `mdx` set for MDX). */
const inputFormats = ['md', 'mdx', 'text'] as const
const langs = ['pt-PT', 'pt-BR', 'pt', 'en', 'und'] as const
const termLangs = ['en', 'pt', 'pt-PT', 'pt-BR'] as const
const glossaryFormats = ['tbx', 'tsv', 'csv', 'yaml', 'json'] as const
const lang = oneOf(langs)
const langOrTermLang = oneOf([...new Set([...langs, ...termLangs])])
const locale = oneOf(i18n.locales)
const document = shape('a glosa document (from `readDocument`)', {
  source: string,
  blocks: array,
  format: oneOf(formats),
  languages: object
})
const segmentShape = shape('a segment (`text`, `index`)', {text: string, index: number})
const segments = arrayOf(segmentShape)
const side = shape('an object with `segments`', {segments})
const alignment = shape('an alignment (from `alignDocuments`)', {
  mode: oneOf(['parallel', 'commentary']),
  source: side,
  target: side,
  pairs: array,
  links: array
})
const glossaryShape = shape('a glossary (an object with an `entries` array)', {entries: array})
const matcher = instanceOf('a compiled glossary (from `compileGlossary`)', tag.TermMatcher)
const glossaryOrMatcher = either(glossaryShape, matcher)
const entry = shape('a glossary entry (`id`, `terms`)', {id: string, terms: array})
const vfiles = arrayOf(shape('a VFile (with `messages`)', {messages: array}))
const run = instanceOf('a CheckRun', check.CheckRun)
const config = shape('a configuration (from `loadConfig`)', {root: string})
const plan = shape('a check plan (from `planChecks`)', {pairs: array, singles: array})
const lexicon = instanceOf('a lexicon (a Map, from `parseLexicon`)', Map)
const alignOptions = {matcher, lexicon}
const documentAlignOptions = {...alignOptions, mode: oneOf(['parallel', 'commentary'])}
const parseGlossaryOptions = {
  file: string,
  format: oneOf(glossaryFormats),
  source: oneOf(termLangs),
  target: oneOf(termLangs)
}
const readGlossaryFileOptions = {
  format: oneOf(glossaryFormats),
  source: oneOf(termLangs),
  target: oneOf(termLangs),
  cache: string
}

// read
export const readDocument = checked('readDocument', documents.readDocument, [
  ['source', string],
  ['options', {format: oneOf(inputFormats), file: string, bom: boolean, onTree: func, mdx: boolean, attributes: array}]
])
export const readDocumentFile = checked('readDocumentFile', documents.readDocumentFile, [
  ['file', string],
  ['options', {format: oneOf(inputFormats), onTree: func, attributes: array}]
])
export const detectFormat = checked('detectFormat', read.detectFormat, [
  ['file', optional(string)],
  ['source', string]
])

// segment, identify
export const splitSentences = checked('splitSentences', segment.splitSentences, [
  ['text', string],
  ['options', {lang: oneOf(['pt', 'en'])}]
])
export const identifyLanguage = checked('identifyLanguage', identify.identifyLanguage, [['text', string]])
export const identifyVariant = checked('identifyVariant', identify.identifyVariant, [['text', string]])
export const assignLanguages = checked('assignLanguages', identify.assignLanguages, [
  ['blocks', arrayOf(shape('a block', {text: string}))]
])

// glossary
export const parseGlossary = checked('parseGlossary', glossary.parseGlossary, [
  ['text', string],
  ['options', parseGlossaryOptions]
])
export const readGlossaryFile = checked('readGlossaryFile', glossary.readGlossaryFile, [
  ['file', string],
  ['options', readGlossaryFileOptions]
])
export const detectGlossaryFormat = checked('detectGlossaryFormat', glossary.detectGlossaryFormat, [
  ['file', optional(string)],
  ['text', string]
])
export const mergeGlossaries = checked('mergeGlossaries', glossary.mergeGlossaries, [
  ['glossaries', arrayOf(glossaryShape)]
])
export const loadGlossaries = checked('loadGlossaries', glossary.loadGlossaries, [
  ['files', strings],
  ['options', {cache: string}]
])
export const lintGlossary = checked('lintGlossary', glossary.lintGlossary, [
  ['glossary', glossaryShape],
  ['readIssues', optional(array)]
])
export const writeTbx = checked('writeTbx', glossary.writeTbx, [['glossary', glossaryShape]])
export const writeYaml = checked('writeYaml', glossary.writeYaml, [['glossary', glossaryShape]])
export const writeTsv = checked('writeTsv', glossary.writeTsv, [
  ['glossary', glossaryShape],
  [
    'options',
    shape('an options object (`source`, `target`: term languages)', {
      source: oneOf(termLangs),
      target: oneOf(termLangs)
    })
  ]
])
export const termsFor = checked('termsFor', glossary.termsFor, [
  ['entry', entry],
  ['lang', langOrTermLang]
])
export const approvedTerms = checked('approvedTerms', glossary.approvedTerms, [
  ['entry', entry],
  ['lang', langOrTermLang]
])
export const preferredTerm = checked('preferredTerm', glossary.preferredTerm, [
  ['entry', entry],
  ['lang', langOrTermLang]
])

// tag
export const compileGlossary = checked('compileGlossary', tag.compileGlossary, [
  ['glossary', glossaryShape],
  ['options', {diacritics: boolean}]
])
export const tagTerms = checked('tagTerms', tag.tagTerms, [
  ['document', document],
  ['glossary', glossaryOrMatcher],
  ['options', {diacritics: boolean}]
])

// align
export const alignDocuments = checked('alignDocuments', align.alignDocuments, [
  ['source', document],
  ['target', document],
  ['options', documentAlignOptions]
])
export const alignMixed = checked('alignMixed', align.alignMixed, [
  ['document', document],
  ['options', documentAlignOptions]
])
export const alignSegments = checked('alignSegments', align.alignSegments, [
  ['source', side],
  ['target', side],
  ['options', documentAlignOptions]
])
export const alignParallel = checked('alignParallel', align.alignParallel, [
  ['source', segments],
  ['target', segments],
  ['options', alignOptions]
])
export const chooseMode = checked('chooseMode', align.chooseMode, [
  ['source', segments],
  ['target', segments],
  ['options', alignOptions]
])
export const linkCommentary = checked('linkCommentary', align.linkCommentary, [
  ['commentary', segments],
  ['text', segments],
  ['options', alignOptions]
])
export const segmentsOf = checked('segmentsOf', align.segmentsOf, [
  ['document', document],
  ['filter', optional(func)]
])
export const segmentsOfLines = checked('segmentsOfLines', align.segmentsOfLines, [
  ['text', string],
  ['lang', lang],
  ['file', optional(string)]
])
export const parseLexicon = checked('parseLexicon', align.parseLexicon, [
  ['text', string],
  ['options', {file: string}]
])
export const formatJson = checked('formatJson', align.formatJson, [['alignment', alignment]])
export const formatVecalign = checked('formatVecalign', align.formatVecalign, [['alignment', alignment]])
export const formatTmx = checked('formatTmx', align.formatTmx, [
  ['alignment', alignment],
  [
    'options',
    shape('an options object (`version`, `date`)', {version: string, date: optional(instanceOf('a Date', Date))})
  ]
])
export const formatSideBySide = checked('formatSideBySide', align.formatSideBySide, [
  ['alignment', alignment],
  ['t', func],
  ['options', {width: number}]
])

// annotate
const annotateOptions = {
  glossary: glossaryOrMatcher,
  translation: document,
  style: oneOf(annotation.styles),
  layout: oneOf(annotation.layouts),
  every: boolean,
  lang: oneOf(annotation.readerLangs),
  mode: oneOf(['parallel', 'commentary']),
  hits: array,
  alignment: either(alignment, {description: 'null', test: (value: unknown) => value === null})
}
export const annotate = checked('annotate', annotation.annotate, [
  ['document', document],
  ['options', annotateOptions]
])
export const strip = checked('strip', annotation.strip, [['text', string]])
export const isAnnotated = checked('isAnnotated', annotation.isAnnotated, [['text', string]])
export const readForAnnotation = checked('readForAnnotation', annotation.readForAnnotation, [
  ['source', string],
  ['options', {format: oneOf(inputFormats), file: string, bom: boolean, mdx: boolean, attributes: array}]
])
export const readFileForAnnotation = checked('readFileForAnnotation', annotation.readFileForAnnotation, [
  ['file', string],
  ['options', {format: oneOf(inputFormats)}]
])

// check
export const checkFiles = checked('checkFiles', check.checkFiles, [
  ['plan', plan],
  ['options', shape('check options (with `matcher`, from `compileGlossary`)', {matcher})]
])
export const checkDocumentPair = checked('checkDocumentPair', check.checkDocumentPair, [
  ['run', run],
  ['source', document],
  ['target', document],
  ['paths', shape('an object with `source` and `target` paths', {source: string, target: string})],
  ['options', shape('check options (with `matcher`, from `compileGlossary`)', {matcher})]
])
export const checkSingleDocument = checked('checkSingleDocument', check.checkSingleDocument, [
  ['run', run],
  ['document', document],
  ['path', string],
  ['options', shape('check options (with `matcher`, from `compileGlossary`)', {matcher})]
])
export const planChecks = checked('planChecks', check.planChecks, [
  ['config', config],
  ['cwd', string],
  ['extraIgnore', optional(strings)]
])
export const loadConfig = checked('loadConfig', check.loadConfig, [
  ['cwd', string],
  ['explicit', optional(string)]
])

// report
const reportOptions = {locale, color: boolean, root: string}
export const report = checked('report', reporting.report, [
  ['files', vfiles],
  ['reporter', optional(oneOf(reporting.reporterNames))],
  ['options', reportOptions]
])
export const reportHuman = checked('reportHuman', reporting.reportHuman, [
  ['files', vfiles],
  ['options', {locale, color: boolean}]
])
export const reportJson = checked('reportJson', reporting.reportJson, [['files', vfiles]])
export const reportSarif = checked('reportSarif', reporting.reportSarif, [
  ['files', vfiles],
  ['options', {locale, root: string}]
])
export const reportGithub = checked('reportGithub', reporting.reportGithub, [
  ['files', vfiles],
  ['options', {locale, root: string}]
])
export const exitCodeOf = checked('exitCodeOf', reporting.exitCodeOf, [
  ['files', vfiles],
  ['options', {frail: boolean}]
])
export const resolveLocale = checked('resolveLocale', i18n.resolveLocale, [
  ['explicit', optional(string)],
  ['env', optional(object)]
])
