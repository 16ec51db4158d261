import {describe, expect, it} from 'vitest'
import {checkMarkdownPair as findings} from './helpers.js'

const paragraph = 'When `v-if` and `v-for` are both used on the same element, `v-if` will be evaluated first.\n'
const warning = ":::warning Note\nIt's **not** recommended to use `v-if` and `v-for` on the same element.\n:::\n"
const paragraphPt =
  'Quando a `v-if` e a `v-for` forem usadas sobre o mesmo elemento, a `v-if` será avaliada primeiro.\n'
const warningPt = ':::warning AVISO\n**Não** é recomendado usar a `v-if` e a `v-for` sobre o mesmo elemento.\n:::\n'

describe('sentences a translation moved', () => {
  it('are compared with their own source when the translation puts a note before the paragraph', () => {
    expect(findings(`# Lists\n\n${paragraph}\n${warning}`, `# Listas\n\n${warningPt}\n${paragraphPt}`)).toEqual([])
  })

  it('are no omission and addition when moved farther, past other sentences', () => {
    const source = `# Lists\n\n${paragraph}\nEach item of a list has a key of its own.\n\n${warning}`
    const target = `# Listas\n\n${warningPt}\n${paragraphPt}\nCada item de uma lista tem uma chave própria.\n`
    expect(findings(source, target)).toEqual([])
  })

  it('still leave a sentence that is gone as an omission', () => {
    expect(findings(`# Lists\n\n${paragraph}\n${warning}`, `# Listas\n\n${paragraphPt}`)).toEqual([
      'en.md:6 unaligned-segment'
    ])
  })
})
