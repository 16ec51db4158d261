// A document: read → segment → identify, composed in one visible place.
export {readDocument, readDocumentFile, type ReadOptions} from './document.js'
