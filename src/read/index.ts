// The reader: Markdown and forum plain text into blocks with their prose and exact positions
// (src/document composes it with segmentation and language identification).
export {detectFormat, formatName, readWarningText} from './format.js'
export {hasMdxSyntax, parseMdx, type MdxProblem} from './mdx.js'
export type {TreeListener} from './markdown.js'
export {PLACEHOLDER} from './prose.js'
export {joinHardWraps} from './sentences.js'
