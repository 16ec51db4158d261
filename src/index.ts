// glosa's public API: the stage functions, the remark plugin, the reporters
// and the types. This file only re-exports, by name, so that what a library
// user can reach is a decision (test/api.test.ts pins the list); helpers a
// stage uses inside stay in the stage. The functions come from `./api.js`,
// which checks their arguments at the boundary ("Expected … to be …, not …").
export type * from './types.js'
export type * from './glossary/types.js'
export type * from './tag/types.js'
export type * from './align/types.js'
export type {Input, InputOptions} from './util/input.js'

// Reading: text → blocks and sentences with exact positions.
export {
  readDocument,
  readDocumentFile,
  detectFormat,
  splitSentences,
  identifyLanguage,
  identifyVariant,
  assignLanguages
} from './api.js'
export {PLACEHOLDER} from './read/index.js'
export {type ReadOptions} from './document/index.js'
export type {SplitOptions} from './segment/index.js'
export type {LanguageGuess, VariantGuess} from './identify/index.js'

// Glossaries: read, merge, lint, write.
export {
  parseGlossary,
  readGlossaryFile,
  loadGlossaries,
  mergeGlossaries,
  detectGlossaryFormat,
  lintGlossary,
  writeTbx,
  writeTsv,
  writeYaml,
  termsFor,
  approvedTerms,
  preferredTerm
} from './api.js'
export {bundledGlossaryFiles, type ParseGlossaryOptions, type GlossaryIssue} from './glossary/index.js'

// Tagging.
export {compileGlossary, tagTerms} from './api.js'
export type {TermMatcher, TermMatch, CompileOptions, MatchOptions, TagOptions} from './tag/index.js'

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
  formatSideBySide
} from './api.js'
export {
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
export {annotate, readForAnnotation, readFileForAnnotation, strip, isAnnotated} from './api.js'
export {
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
export {checkFiles, checkDocumentPair, checkSingleDocument, loadConfig, planChecks} from './api.js'
export {
  CheckRun,
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
export {report, reportHuman, reportJson, reportSarif, reportGithub, exitCodeOf} from './api.js'
export {reporterNames, type ReportOptions, type ReporterName} from './report/index.js'

// Errors and the interface language.
export {GlosaError} from './util/errors.js'
export {resolveLocale} from './api.js'
export {locales, type Locale, type Translate} from './i18n/index.js'
