import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {annotate, isAnnotated, strip} from '../../src/annotate/index.js'
import {generatedPart} from '../../src/annotate/markers.js'
import {readDocument} from '../../src/read/index.js'
import {compileGlossary} from '../../src/tag/index.js'
// @ts-expect-error: a plain JavaScript module, shared with bench/roundtrip.bench.js
import {cases, checkCase} from './roundtrip-property.js'

const api = {annotate, strip, isAnnotated, readDocument, compileGlossary, generatedPart}

describe('the round trip, over text in glosa’s namespace and hostile definitions, in every style and layout', () => {
  it('strip(annotate(x)) = x (or a named refusal), annotate is idempotent, the rendered text is kept', () => {
    fc.assert(
      fc.property(cases, (item: unknown) => {
        expect(checkCase(api, item)).toBeUndefined()
      }),
      {numRuns: Number(process.env.FC_RUNS ?? 150)}
    )
  })
})
