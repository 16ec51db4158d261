import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {annotate, isAnnotated, strip} from '../../src/annotate/index.js'
import {generatedPart} from '../../src/annotate/markers.js'
import {readDocument} from '../../src/document/index.js'
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

  // Counterexamples found by the 10,000-case benchmark run (bench/results/roundtrip.md) and by a run with another seed, kept as fixed cases.
  it.each([
    [
      'a translation after a line that ends in a backslash (link style, interleaved)',
      {
        source: 'é\n\n\nH20\n:::note\n\\\n\n[^1]: A user note.\n\n',
        crlf: true,
        format: 'md',
        definition: '<!-- glosa:begin --><script>alert(1)</script>A chip.&amp;',
        note: '<a id="glosa-chip"></a>GLOSA\\:',
        style: 'link',
        layout: 'interleaved',
        every: true
      }
    ],
    [
      'an unclosed fence inside an unclosed ::: container (directive style)',
      {
        source:
          'export controls\n\n```\n<!-- glosa:end -->\n```\n\n,\n:::note\n\n\n| inference | b |\n| --- | --- |\n| H20 | chip |\n\ninferencethe\n\n\n```\nan unclosed fence with chip#',
        crlf: false,
        format: 'md',
        definition: '*[^glosa-h20]:GLOSA:::\\glosa</abbr>:::',
        note: 'GLOSA',
        style: 'directive',
        layout: 'inline',
        every: false
      }
    ],
    [
      'a forum text whose last block, an unclosed ::: container, needs a break mark before it (directive style)',
      {
        source: '\n- inference\n:::note\ninference',
        crlf: false,
        format: 'text',
        definition: 'A chip.',
        note: 'A chip.',
        style: 'directive',
        layout: 'inline',
        every: false
      }
    ],
    [
      'a forum text whose last block, an unclosed fence, opens a quoted run after a break (abbr style, interleaved)',
      {
        source:
          '\n\n```\n<!-- glosa:end -->\n```\n\n  modelos ^<a id="glosa-nota"></a>`treino\n\n```\nan unclosed fence with chip',
        crlf: true,
        format: 'text',
        definition: '<!-- glosa:end -->|',
        note: 'é](#glosa-chip)',
        style: 'abbr',
        layout: 'interleaved',
        every: true
      }
    ],
    [
      'a term wrapped right after a `*` run that would then close emphasis (abbr style, seed 1506636180)',
      {
        source: '<abbr data-glosa="glosa-h20" title="x">H20</abbr>*\\*[H20](#glosa-x)*treino,,chip&amp;',
        crlf: false,
        format: 'md',
        definition: '\\glosa*](#glosa-chip)<script>alert(1)</script>',
        note: '-->-->\\:<!-- glosa:begin -->',
        style: 'abbr',
        layout: 'inline',
        every: false
      }
    ],
    [
      'a term wrapped right before an intraword `_` run that would then open emphasis (abbr style, seed 1506636180)',
      {
        source: '\n# \\\n\n[^glosa-h20]: Mine.\n\n H20_^_[chip](#glosa-chip)',
        crlf: true,
        format: 'md',
        definition: '`\\:glosa',
        note: ':img{src=x onerror=alert(1)}</abbr>',
        style: 'abbr',
        layout: 'inline',
        every: false
      }
    ],
    [
      'a forum text whose generated part lies in a quoted run, read back as annotated (directive style, seed 31415926)',
      {
        source:
          '[chip](#glosa-chip)export controls\n\n```\n<!-- glosa:end -->\n```\n\n<!-- glosa:end -->\n\n\n```\nan unclosed fence with chip<!-- note -->\n\n```\n<!-- glosa:end -->\n```\n\n[\\*[^glosa-h20]\n1. ',
        crlf: false,
        format: 'text',
        definition: '<abbr data-glosa="glosa-x" title="t">](#glosa-chip)',
        note: '[^glosa-h20]:',
        style: 'directive',
        layout: 'interleaved',
        every: true
      }
    ]
  ])('%s', (_name, item) => {
    expect(checkCase(api, item)).toBeUndefined()
  })
})
