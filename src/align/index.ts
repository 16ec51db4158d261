// Alignment: a translation with its source, or commentary with the text it discusses.
export {alignParallel, defaultParallelParameters, type ParallelParameters} from './parallel.js'
export {linkCommentary, defaultCommentaryParameters, type CommentaryParameters} from './commentary.js'
export {segmentsOf, alignDocuments, alignMixed, alignSegments, type DocumentAlignOptions} from './document.js'
export {
  chooseMode,
  looksParallel,
  defaultModeParameters,
  type ModeParameters,
  type ModeChoice,
  type ModeReason
} from './mode.js'
export {parseLexicon, type LexiconOptions} from './lexicon.js'
export {segmentsOfLines} from './lines.js'
export {formatJson, formatVecalign, formatTmx, formatSideBySide} from './format.js'
