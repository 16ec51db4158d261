// The reader: Markdown and forum plain text into blocks and sentences with exact positions.
export {readDocument, readDocumentFile, type ReadOptions} from './document.js'
export {detectFormat, formatName, readWarningText} from './format.js'
export {hasMdxSyntax, parseMdx, type MdxProblem} from './mdx.js'
export type {TreeListener} from './markdown.js'
export {PLACEHOLDER} from './prose.js'
export {joinHardWraps} from './sentences.js'
