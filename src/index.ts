// glosa's public API: the stage functions, the remark plugin, the reporters
// and the types. This file only re-exports, by name, so that what a library
// user can reach is a decision (test/api.test.ts pins the list); helpers a
// stage uses inside stay in the stage.
export type * from './types.js'
export type * from './glossary/types.js'
export type * from './tag/types.js'
export type * from './align/types.js'

// Reading: text → blocks and sentences with exact positions.
export {readDocument, readDocumentFile, detectFormat, PLACEHOLDER, type ReadOptions} from './read/index.js'
export {splitSentences, type SplitOptions} from './segment/index.js'
export {identifyLanguage, identifyVariant, assignLanguages, type LanguageGuess, type VariantGuess} from './identify/index.js'

// Glossaries: read, merge, lint, write.
export {
  parseGlossary,
  readGlossaryFile,
  loadGlossaries,
  mergeGlossaries,
  bundledGlossaryFiles,
  detectGlossaryFormat,
  lintGlossary,
  writeTbx,
  writeTsv,
  writeYaml,
  termsFor,
  approvedTerms,
  preferredTerm,
  type ParseGlossaryOptions,
  type GlossaryIssue
} from './glossary/index.js'

// Tagging.
export {compileGlossary, tagTerms, type TermMatcher, type TermMatch, type CompileOptions, type MatchOptions, type TagOptions} from './tag/index.js'

// Alignment.
export {
  alignParallel,
  linkCommentary,
  alignDocuments,
  alignMixed,
  alignSegments,
  segmentsOf,
  segmentsOfLines,
  chooseMode,
  parseLexicon,
  formatJson,
  formatVecalign,
  formatTmx,
  formatSideBySide,
  defaultParallelParameters,
  defaultCommentaryParameters,
  defaultModeParameters,
  type ParallelParameters,
  type CommentaryParameters,
  type ModeParameters,
  type DocumentAlignOptions,
  type ModeChoice
} from './align/index.js'

// Annotation and the remark plugin (also the default export).
export {
  annotate,
  readForAnnotation,
  readFileForAnnotation,
  strip,
  isAnnotated,
  remarkGlosa,
  type AnnotateOptions,
  type RemarkGlosaOptions,
  type GlosaData,
  type Style,
  type Layout,
  type ReaderLang
} from './annotate/index.js'
export {default} from './annotate/index.js'

// Checking.
export {
  checkFiles,
  CheckRun,
  checkDocumentPair,
  checkSingleDocument,
  loadConfig,
  planChecks,
  ruleIds,
  defaultSeverities,
  notCheckedId,
  type CheckOptions,
  type CheckResult,
  type CheckConfig,
  type CheckPlan,
  type CheckMessage,
  type RuleId,
  type RuleSettings,
  type Severity
} from './check/index.js'

// Reporters.
export {report, reportHuman, reportJson, reportSarif, reportGithub, exitCodeOf, reporterNames, type ReportOptions, type ReporterName} from './report/index.js'

// Errors and the interface language.
export {GlosaError} from './util/errors.js'
export {resolveLocale, locales, type Locale} from './i18n/index.js'
