import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {checkFiles, type CheckPlan} from '../../src/check/index.js'
import {loadGlossaries} from '../../src/glossary/index.js'
import {compileGlossary} from '../../src/tag/index.js'

const root = new URL('../../', import.meta.url).pathname
const folder = 'test/fixtures/formats'
const matcher = compileGlossary(loadGlossaries([join(root, 'test/fixtures/check/glossary.yaml')]))

/** Every message of a run as `path line rule`, in report order. */
function findings(plan: CheckPlan, options: {fuzzy?: boolean} = {}): string[] {
  const {files} = checkFiles(plan, {matcher, cwd: root, ...options})
  return files.flatMap((file) =>
    file.messages.map(
      (message) =>
        `${file.path} ${message.place && 'start' in message.place ? message.place.start.line : '-'} ${message.ruleId}`
    )
  )
}

const single = (name: string): CheckPlan => ({pairs: [], singles: [`${folder}/${name}`], unchecked: []})

// Each planted error, on the line of the unit it was planted in.
const planted: Record<string, string[]> = {
  'planted.xlf': [
    '13 missing-target-term', // formação for training (pt-PT: treino)
    '19 deprecated-target-term', // AI kept in Portuguese
    '25 placeholder-mismatch', // <ph id="1"/> renumbered 3
    '31 placeholder-mismatch', // <pc id="1"> dropped
    '37 number-mismatch', // 16 → 61
    '43 untranslated', // target copied from the source
    '48 untranslated' // no target at all
  ],
  'planted.xliff': [
    '7 placeholder-mismatch', // %s → %d inside <g>
    '11 missing-target-term', // Formação for training (pt-BR: treinamento)
    '15 placeholder-mismatch', // <x/> codes dropped
    '19 number-mismatch', // 200 → 20
    '23 repeated-word', // o o
    '27 untranslated' // copied
  ],
  'planted.po': [
    '13 placeholder-mismatch', // %s → %d
    '17 missing-target-term', // formação
    '21 deprecated-target-term', // AI
    '26 untranslated', // msgstr[1] empty: plural form missing
    '32 placeholder-mismatch', // <kbd> dropped
    '32 number-mismatch', // 3 → 4
    '36 untranslated' // copied
  ],
  'planted.tmx': [
    '7 number-mismatch', // 8 → 9
    '11 placeholder-mismatch', // <bpt>/<ept> dropped
    '15 locale-variant', // utilizador in pt-BR
    '19 unbalanced-brackets-quotes' // (capítulo 2.
  ]
}

describe('bilingual fixtures: planted errors found on their units, clean twins clean', () => {
  for (const [name, expected] of Object.entries(planted)) {
    it(`finds every planted error of ${name}, and nothing else`, () => {
      expect(findings(single(name))).toEqual(expected.map((line) => `${folder}/${name} ${line}`))
    })
    const clean = name.replace('planted', 'clean')
    it(`finds nothing in ${clean}`, () => {
      expect(findings(single(clean))).toEqual([])
    })
  }

  it('pairs i18next JSON by key: renamed variables, dropped tags, changed links and code, missing and extra keys', () => {
    const plan = {
      pairs: [{source: `${folder}/json/en.json`, target: `${folder}/json/planted.pt-PT.json`}],
      singles: [],
      unchecked: []
    }
    const source = `${folder}/json/en.json`
    const target = `${folder}/json/planted.pt-PT.json`
    expect(findings(plan)).toEqual([
      `${source} 7 untranslated`, // items_other missing (pt-PT needs one and other)
      `${source} 12 untranslated`, // gone
      `${target} 6 placeholder-mismatch`, // {{cnt}}
      `${target} 7 placeholder-mismatch`, // <kbd> dropped
      `${target} 8 missing-target-term`, // formação
      `${target} 9 number-mismatch`, // 64 → 46
      `${target} 10 markup-mismatch`, // link target changed beyond its language code
      `${target} 10 markup-mismatch`, // `npm i` for `npm install`
      `${target} 11 unaligned-segment` // extra key
    ])
  })

  it('finds nothing in the clean JSON pair, whose _many form Portuguese has and English lacks', () => {
    const plan = {
      pairs: [{source: `${folder}/json/en.json`, target: `${folder}/json/clean.pt-PT.json`}],
      singles: [],
      unchecked: []
    }
    expect(findings(plan)).toEqual([])
  })

  it('checks placeholders and markup in Markdown too: code, links, <kbd>, emphasis, repeated words, brackets', () => {
    const source = `${folder}/markdown/en.md`
    const target = `${folder}/markdown/planted.pt-PT.md`
    expect(findings({pairs: [{source, target}], singles: [], unchecked: []})).toEqual([
      `${target} 3 markup-mismatch`, // `npm i` for `npm install`
      `${target} 5 markup-mismatch`, // link target changed beyond its language code
      `${target} 7 markup-mismatch`, // <kbd> dropped
      `${target} 9 repeated-word`, // os os
      `${target} 9 unbalanced-brackets-quotes`, // (em memória durante
      `${target} 11 markup-mismatch` // **…** dropped
    ])
    expect(
      findings({pairs: [{source, target: `${folder}/markdown/clean.pt-PT.md`}], singles: [], unchecked: []})
    ).toEqual([])
  })

  it('skips fuzzy entries unless asked', () => {
    expect(findings(single('clean.po'), {fuzzy: true})).toContain(`${folder}/clean.po 37 number-mismatch`)
  })

  it('records the detected format of every file', () => {
    const {files} = checkFiles(
      {
        pairs: [],
        singles: ['planted.xlf', 'planted.xliff', 'planted.po', 'planted.tmx'].map((name) => `${folder}/${name}`),
        unchecked: []
      },
      {matcher, cwd: root}
    )
    expect(files.map((file) => file.data.format)).toEqual(['xliff 2.0', 'xliff 1.2', 'po', 'tmx 1.4'])
  })
})
