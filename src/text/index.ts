export {foldCase, foldCaseAndDiacritics, foldDiacritics, lowerWord, normaliseSeparator, normaliseWord} from './fold.js'
export {compoundWordsOf, wordsOf, type Word} from './words.js'
export {escapeRegExp, escapeXml} from './escape.js'
