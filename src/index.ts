// glosa's public API. This file only re-exports; each stage lives in its own folder.
export type * from './types.js'
export type {Input, InputOptions} from './read/input.js'
export {LineIndex} from './util/position.js'
export {GlosaError} from './util/errors.js'
export {locales, type Locale, type Translate} from './i18n/index.js'
export * from './read/index.js'
export * from './segment/index.js'
export * from './identify/index.js'
export type * from './glossary/types.js'
export * from './glossary/terms.js'
export * from './glossary/index.js'
export type * from './tag/types.js'
export * from './tag/index.js'
export type * from './align/types.js'
export * from './align/index.js'
export * from './annotate/index.js'
export * from './check/index.js'
export * from './report/index.js'

// Every function above, with its arguments checked at the boundary ("Expected … to be …, not …"):
// these named re-exports take precedence over the same names from `export *`.
export {readDocument, readDocumentFile, detectFormat, joinHardWraps, decodeInput, readInput, splitSentences, identifyLanguage, identifyVariant, assignLanguages, parseGlossary, parseGlossaryWithIssues, readGlossaryFile, readGlossaryFileWithIssues, detectGlossaryFormat, mergeGlossaries, loadGlossaries, lintGlossary, writeTbx, writeYaml, writeTsv, normaliseLang, normaliseStatus, normaliseTermType, glossaryLangsFor, termsFor, approvedTerms, preferredTerm, textFor, compileGlossary, tagTerms, isCaseSensitive, englishPlurals, englishSingulars, portuguesePlurals, portugueseSingulars, alignDocuments, alignMixed, alignSegments, alignParallel, looksParallel, chooseMode, linkCommentary, segmentsOf, segmentsOfLines, parseLexicon, formatJson, formatVecalign, formatTmx, formatSideBySide, annotate, strip, isAnnotated, defaultReaderLang, readForAnnotation, readFileForAnnotation, checkFiles, checkDocumentPair, checkSingleDocument, documentLang, planChecks, loadConfig, readConfigFile, compileGlob, matchGlob, expandGlob, walkFiles, isRuleId, severityOf, parseRuleOptions, severityOfMessage, editDistance, parseNumber, quantitiesOf, parseLocatedJson, report, reportHuman, reportJson, reportSarif, reportGithub, summaryLine, tally, exitCodeOf, escapeData, escapeProperty, relativeUri, fingerprint, getI18n, translator, resolveLocale, matchLocale} from './api.js'

// `import remarkGlosa from 'glosa'`: the remark plugin is the package's default export.
export {default} from './annotate/index.js'
