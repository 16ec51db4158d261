export {foldCase, foldCaseAndDiacritics, foldDiacritics, lowerWord, normaliseSeparator, normaliseWord} from './fold.js'
export {compoundWordsOf, findWords, isApostrophe, wordsOf, type Word, type WordOptions, type Words} from './words.js'
export {escapeRegExp, escapeXml} from './escape.js'
export {withoutLiterals} from './literals.js'
