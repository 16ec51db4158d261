import {describe, expect, it} from 'vitest'
import * as align from '../../src/align/index.js'

describe('the align stage', () => {
  it('exports the aligners, the document helpers and the output formats', () => {
    expect(Object.keys(align).sort()).toEqual(
      [
        'alignDocuments',
        'alignMixed',
        'alignParallel',
        'alignSegments',
        'chooseMode',
        'commentaryParameters',
        'formatJson',
        'formatSideBySide',
        'formatTmx',
        'formatVecalign',
        'linkCommentary',
        'looksParallel',
        'modeParameters',
        'parallelParameters',
        'parseLexicon',
        'segmentsOf',
        'segmentsOfLines'
      ].sort()
    )
  })
})
