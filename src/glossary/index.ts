export type {Entry, Gender, Glossary, GlossaryFormat, PartOfSpeech, Term, TermLang, TermStatus, TermType} from './types.js'
export {approvedTerms, glossaryLangsFor, preferredTerm, termsFor, textFor} from './terms.js'
export {
  bundledGlossaryFiles,
  loadGlossaries,
  mergeGlossaries,
  parseGlossary,
  parseGlossaryWithIssues,
  readGlossaryFile,
  readGlossaryFileWithIssues,
  type ParseGlossaryOptions,
  type ReadGlossaryFileOptions,
  type ParsedGlossary
} from './load.js'
export {detectGlossaryFormat} from './format.js'
export {glossaryCacheFolder} from './cache.js'
export {lintGlossary, lintRules} from './lint.js'
export type {GlossaryIssue, IssueSeverity} from './issues.js'
export {normaliseLang, normaliseStatus, normaliseTermType, termLangs} from './vocabulary.js'
export {writeTbx, writeTbxV2, writeYaml} from './write.js'
export {writeTsv} from './delimited.js'
