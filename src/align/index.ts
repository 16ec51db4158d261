// Alignment: a translation with its source, or commentary with the text it discusses.
export {alignParallel, parallelParameters} from './parallel.js'
export {linkCommentary, commentaryParameters} from './commentary.js'
export {segmentsOf, alignDocuments, alignMixed, alignSegments, type DocumentAlignOptions} from './document.js'
export {chooseMode, looksParallel, modeParameters, type ModeChoice, type ModeReason} from './mode.js'
export {parseLexicon, type LexiconOptions} from './lexicon.js'
export {segmentsOfLines} from './lines.js'
export {formatJson, formatVecalign, formatTmx, formatSideBySide} from './format.js'
