/**
 * The values glossary files use for statuses, term types, genders and parts
 * of speech, mapped to glosa's own. Keys are compared in lower case with
 * spaces, hyphens and underscores removed, so `preferredTerm-admn-sts`,
 * `preferred` and `Preferred Term` all find `preferred`.
 */
import type {Gender, PartOfSpeech, TermStatus, TermType} from '../types.js'

/** TBX `administrativeStatus` and `normativeAuthorization` values, and glosa's own. */
export const statusValues: Record<string, TermStatus> = {
  preferred: 'preferred',
  preferredterm: 'preferred',
  preferredtermadmnsts: 'preferred',
  standardizedterm: 'preferred',
  legalterm: 'preferred',
  regulatedterm: 'preferred',
  admitted: 'admitted',
  admittedterm: 'admitted',
  admittedtermadmnsts: 'admitted',
  allowed: 'admitted',
  deprecated: 'deprecated',
  deprecatedterm: 'deprecated',
  deprecatedtermadmnsts: 'deprecated',
  forbidden: 'deprecated',
  notrecommended: 'deprecated',
  superseded: 'superseded',
  supersededterm: 'superseded',
  supersededtermadmnsts: 'superseded',
  obsolete: 'superseded'
}

/** How glosa writes each status in TBX. */
export const tbxStatus: Record<TermStatus, string> = {
  preferred: 'preferredTerm-admn-sts',
  admitted: 'admittedTerm-admn-sts',
  deprecated: 'deprecatedTerm-admn-sts',
  superseded: 'supersededTerm-admn-sts'
}

/** TBX `termType` values, and glosa's own. */
export const termTypeValues: Record<string, TermType> = {
  fullform: 'fullForm',
  abbreviation: 'abbreviation',
  abbreviatedform: 'abbreviation',
  acronym: 'acronym',
  initialism: 'acronym',
  productname: 'productName',
  variant: 'variant',
  shortform: 'shortForm',
  phrase: 'phrase',
  commonname: 'fullForm'
}

/** TBX `grammaticalGender` values. */
export const genderValues: Record<string, Gender> = {
  masculine: 'masculine',
  m: 'masculine',
  feminine: 'feminine',
  f: 'feminine',
  neuter: 'neuter',
  n: 'neuter',
  other: 'other',
  othergender: 'other'
}

/** TBX `partOfSpeech` values. */
export const partOfSpeechValues: Record<string, PartOfSpeech> = {
  noun: 'noun',
  n: 'noun',
  verb: 'verb',
  v: 'verb',
  adjective: 'adjective',
  adj: 'adjective',
  adverb: 'adverb',
  adv: 'adverb',
  propernoun: 'properNoun',
  other: 'other'
}

/** Language names that stand for a language in a CSV or TSV header. */
export const languageNames: Record<string, string> = {
  english: 'en',
  inglês: 'en',
  ingles: 'en',
  portuguese: 'pt',
  português: 'pt',
  portugues: 'pt',
  'european portuguese': 'pt-PT',
  'português europeu': 'pt-PT',
  'brazilian portuguese': 'pt-BR',
  'português do brasil': 'pt-BR',
  'português brasileiro': 'pt-BR'
}

/** Header cells of CSV and TSV glossaries that name columns, not languages (the row is skipped). */
export const columnNames: readonly string[] = [
  'source', 'target', 'source term', 'target term', 'term', 'translation', 'comment', 'comments', 'note', 'notes',
  'description', 'definition', 'context', 'termo', 'tradução', 'comentário', 'nota', 'notas'
]
