import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {annotate, readForAnnotation, strip, styles, layouts} from '../../src/annotate/index.js'
import {parseMdx} from '../../src/read/index.js'
import {readDocument} from '../../src/document/index.js'
import {matcher} from './helpers.js'

/** Pieces of MDX documents: components, expressions, comments, heading ids and ESM mixed with prose holding the fixtures' terms. */
const blocks = [
  '# O estado {/*o-estado*/}',
  '## The component and its state {/*the-state*/}',
  'O componente guarda o estado.',
  'The component keeps its state in a cache.',
  'Cada plugin lê a cache {n} vezes.',
  'Texto com <b>o estado</b> e {/* um comentário */} fim.',
  '<Figure caption="O componente e o estado" src={img} />',
  '<img src="/a.png" style={{margin: \'0 auto\'}} alt="A state diagram" />',
  '<Note title="The plugin">\n\nThe plugin reads the state.\n\n</Note>',
  '{/* glosa is not here */}',
  '{n * 2}',
  '```js\nconst state = {a: 1}\n```',
  '| Estado | Componente |\n| --- | --- |\n| o estado | o componente |',
  '- O estado do componente.\n- The cache of the plugin.',
  '> A citação sobre o estado.',
  'Uma frase com `código {x}` e o plugin.'
]

/** ESM declares each name once: at most one of each statement, at the top. */
const esm = fc.subarray(["import {Note} from './note'", 'export const n = 3', 'export const img = "/b.png"'])

const mdx = fc
  .tuple(esm, fc.array(fc.constantFrom(...blocks), {minLength: 1, maxLength: 12}), fc.boolean())
  .map(([statements, parts, crlf]) => {
    const text = [...statements, ...parts].join('\n\n') + '\n'
    return crlf ? text.replace(/\n/g, '\r\n') : text
  })

const options = fc.record({style: fc.constantFrom(...styles), layout: fc.constantFrom(...layouts)})

describe('annotating generated MDX documents', () => {
  it('reads every generated document as MDX', () => {
    fc.assert(fc.property(mdx, (text) => readDocument(text, {file: 'page.mdx'}).mdx === true))
  })

  it('strip(annotate(x)) = x, the output is MDX, and annotating the output again changes nothing', () => {
    fc.assert(
      fc.property(mdx, mdx, options, (text, other, {style, layout}) => {
        const document = readForAnnotation(text, {file: 'page.mdx'})
        const translation = readDocument(other, {file: 'other.mdx'})
        const output = annotate(document, {glossary: matcher, style, layout, translation})
        expect(strip(output)).toBe(text)
        expect(output).not.toContain('<!--')
        const reread = parseMdx(output)
        expect('problem' in reread ? reread.problem : undefined).toBeUndefined()
        const again = annotate(readForAnnotation(output, {file: 'page.mdx'}), {
          glossary: matcher,
          style,
          layout,
          translation
        })
        expect(again).toBe(output)
      }),
      {numRuns: 80}
    )
  }, 300_000)
})
