// Annotated Markdown: glossary terms, commentary links, bilingual layouts, and the remark plugin.
export {annotate, defaultReaderLang, readerLangs, type AnnotateOptions, type ReaderLang} from './annotate.js'
export {readFileForAnnotation, readForAnnotation} from './read.js'
export {isAnnotated, strip} from './strip.js'
export {styles, type Style} from './terms.js'
export {layouts, type Layout} from './layout.js'
export {default, default as remarkGlosa, type GlosaData} from './plugin.js'
export type {RemarkGlosaOptions} from './options.js'
