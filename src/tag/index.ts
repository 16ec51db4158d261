// The tagger: compile a glossary once, find its terms in texts and documents.
export {compileGlossary, type CompileOptions} from './compile.js'
export {isCaseSensitive} from '../glossary/terms.js'
export {TermMatcher, type TermMatch, type MatchOptions} from './matcher.js'
export {tagTerms, type TagOptions} from './tag.js'
export {englishPlurals, englishSingulars, portuguesePlurals, portugueseSingulars} from './inflect.js'
export {
  tagUnits,
  tagResource,
  unitLanguages,
  resourceLanguages,
  type UnitHit,
  type UnitSide,
  type UnitTagOptions
} from './units.js'
