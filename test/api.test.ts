import {describe, expect, it} from 'vitest'
import * as glosa from '../src/index.js'
import remarkGlosa from '../src/index.js'

describe('the public API (src/index.ts)', () => {
  it('is exactly the stage functions, the plugin, the reporters and what they need: a change to the list is a decision', () => {
    expect(Object.keys(glosa).sort()).toEqual(
      [
        // read, segment, identify
        'readDocument',
        'readDocumentFile',
        'detectFormat',
        'PLACEHOLDER',
        'splitSentences',
        'identifyLanguage',
        'identifyVariant',
        'assignLanguages',
        // glossary
        'parseGlossary',
        'readGlossaryFile',
        'loadGlossaries',
        'mergeGlossaries',
        'bundledGlossaryFiles',
        'detectGlossaryFormat',
        'lintGlossary',
        'writeTbx',
        'writeTsv',
        'writeYaml',
        'termsFor',
        'approvedTerms',
        'preferredTerm',
        // tag
        'compileGlossary',
        'tagTerms',
        // align
        'alignParallel',
        'linkCommentary',
        'alignDocuments',
        'alignMixed',
        'alignSegments',
        'segmentsOf',
        'segmentsOfLines',
        'chooseMode',
        'parseLexicon',
        'formatJson',
        'formatVecalign',
        'formatTmx',
        'formatSideBySide',
        'defaultParallelParameters',
        'defaultCommentaryParameters',
        'defaultModeParameters',
        // annotate
        'annotate',
        'readForAnnotation',
        'readFileForAnnotation',
        'strip',
        'isAnnotated',
        'remarkGlosa',
        'default',
        // check
        'checkFiles',
        'CheckRun',
        'checkDocumentPair',
        'checkSingleDocument',
        'loadConfig',
        'planChecks',
        'ruleIds',
        'defaultSeverities',
        'notCheckedId',
        // report
        'report',
        'reportHuman',
        'reportJson',
        'reportSarif',
        'reportGithub',
        'exitCodeOf',
        'reporterNames',
        // errors and locales
        'GlosaError',
        'resolveLocale',
        'locales'
      ].sort()
    )
  })

  it('keeps helpers out of it', () => {
    for (const helper of [
      'editDistance',
      'compileGlob',
      'parseLocatedJson',
      'parallelParameters',
      'commentaryParameters',
      'modeParameters',
      'LineIndex',
      'decodeInput',
      'fingerprint'
    ]) {
      expect(helper in glosa, helper).toBe(false)
    }
  })

  it('exports no table a caller could change for the whole process', () => {
    const tables = Object.entries(glosa).filter(([, value]) => typeof value === 'object' && value !== null)
    expect(tables.map(([name]) => name).sort()).toEqual(
      [
        'defaultCommentaryParameters',
        'defaultModeParameters',
        'defaultParallelParameters',
        'defaultSeverities',
        'locales',
        'reporterNames',
        'ruleIds'
      ].sort()
    )
    expect(tables.filter(([, value]) => !Object.isFrozen(value)).map(([name]) => name)).toEqual([])
  })

  it('has the remark plugin as its default export', () => {
    expect(remarkGlosa).toBe(glosa.remarkGlosa)
  })
})
