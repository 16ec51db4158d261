// Bilingual files: XLIFF, PO, TMX and JSON resources, read into units with exact places.
export type {BilingualFile, BilingualFormat, BilingualUnit, InlineCode, Piece, SkipReason} from './types.js'
export {bilingualFormatName, bilingualFormatOfName, detectFileFormat, fileFormats, type FileFormat} from './detect.js'
export {readXliff} from './xliff.js'
export {readPo} from './po.js'
export {readTmx} from './tmx.js'
export {readResourceJson, type ResourceFile} from './json.js'
export {readBilingual} from './read.js'
export {maskedText} from './mask.js'
