// Alignment: a translation with its source, or commentary with the text it discusses.
export {alignParallel, parallelParameters} from './parallel.js'
export {linkCommentary, commentaryParameters} from './commentary.js'
export {segmentsOf, alignDocuments, alignMixed, alignSegments, looksParallel, type DocumentAlignOptions} from './document.js'
export {parseLexicon, type LexiconOptions} from './lexicon.js'
export {segmentsOfLines} from './lines.js'
export {formatJson, formatVecalign, formatTmx, formatSideBySide} from './format.js'
