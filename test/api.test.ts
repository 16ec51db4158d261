import {describe, expect, it} from 'vitest'
import * as glosa from '../src/index.js'
import remarkGlosa from '../src/index.js'

describe('the public API (src/index.ts)', () => {
  it('exposes one function per pipeline stage under a stable name', () => {
    const stages = {
      read: ['readDocument', 'readDocumentFile', 'detectFormat', 'readInput', 'decodeInput'],
      segment: ['splitSentences'],
      identify: ['identifyLanguage', 'identifyVariant', 'assignLanguages'],
      glossary: ['parseGlossary', 'readGlossaryFile', 'loadGlossaries', 'bundledGlossaryFiles', 'lintGlossary', 'writeTbx', 'writeTsv', 'writeYaml', 'termsFor', 'approvedTerms', 'preferredTerm'],
      tag: ['compileGlossary', 'tagTerms'],
      align: ['alignParallel', 'linkCommentary', 'segmentsOf', 'alignDocuments', 'alignMixed', 'formatVecalign', 'formatTmx'],
      annotate: ['annotate', 'strip', 'remarkGlosa'],
      check: ['checkFiles', 'checkDocumentPair', 'checkSingleDocument', 'loadConfig'],
      report: ['report', 'reportHuman', 'reportJson', 'reportSarif', 'reportGithub'],
      support: ['GlosaError', 'LineIndex', 'translator', 'resolveLocale']
    }
    for (const [stage, names] of Object.entries(stages)) {
      for (const name of names) expect(typeof (glosa as Record<string, unknown>)[name], `${stage}: ${name}`).toBe('function')
    }
  })

  it('has the remark plugin as its default export', () => {
    expect(remarkGlosa).toBe(glosa.remarkGlosa)
  })
})
