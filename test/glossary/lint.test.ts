import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {lintGlossary, lintRules, parseGlossaryWithIssues, readGlossaryFile, type GlossaryIssue} from '../../src/glossary/index.js'
import {readGlossaryFileWithIssues} from '../../src/glossary/load.js'
import {translator} from '../../src/i18n/index.js'
import {fixture} from './helpers.js'

function lint(yaml: string): GlossaryIssue[] {
  const {glossary, issues} = parseGlossaryWithIssues(yaml, {format: 'yaml'})
  return lintGlossary(glossary, issues)
}

const brief = (issues: GlossaryIssue[]) => issues.map((issue) => `${issue.position?.start.line}:${issue.position?.start.column} ${issue.ruleId}`)

describe('glossary lint, rule by rule', () => {
  it('term-conflict: the same normalised term in two entries of overlapping languages', () => {
    const issues = lint('entries:\n  - id: a\n    terms: {pt: [Chip]}\n  - id: b\n    terms: {pt-PT: ["chip "]}\n  - id: c\n    terms: {en: [chip]}\n')
    expect(brief(issues)).toEqual(['5:21 term-conflict'])
    expect(issues[0]!.values).toEqual({term: 'chip ', lang: 'pt-PT', other: 'a', line: 3})
  })

  it('term-conflict: not between pt-PT and pt-BR, which never meet', () => {
    expect(lint('entries:\n  - id: a\n    terms: {pt-PT: [x]}\n  - id: b\n    terms: {pt-BR: [x]}\n')).toEqual([])
  })

  it('missing-language: an entry without a term in a declared language (pt serves both variants)', () => {
    const yaml = 'languages: [en, pt-PT, pt-BR]\nentries:\n  - id: a\n    terms: {en: [x], pt: [y]}\n  - id: b\n    terms: {en: [z], pt-PT: [w]}\n'
    const issues = lint(yaml)
    expect(brief(issues)).toEqual(['5:5 missing-language'])
    expect(issues[0]!.values).toEqual({lang: 'pt-BR'})
  })

  it('deprecated-without-alternative: a deprecated or superseded term with no approved one', () => {
    const yaml = 'entries:\n  - id: a\n    terms:\n      pt: [{text: AI, status: deprecated}]\n  - id: b\n    terms:\n      pt: [{text: IA, status: preferred}, {text: AI2, status: superseded}]\n'
    expect(brief(lint(yaml))).toEqual(['4:19 deprecated-without-alternative'])
  })

  it('unknown values: status, language, term type, case, severity (errors); part of speech, gender, fields (warnings)', () => {
    const {glossary, issues} = readGlossaryFileWithIssues(fixture('lint.yaml'))
    const found = lintGlossary(glossary, issues)
    expect(brief(found.filter((issue) => issue.ruleId.startsWith('unknown-')))).toEqual([
      '19:5 unknown-field',
      '21:34 unknown-status',
      '21:50 unknown-term-type',
      '21:63 unknown-case',
      '22:7 unknown-language',
      '23:33 unknown-part-of-speech',
      '23:47 unknown-gender'
    ])
    expect(lint('entries:\n  - id: a\n    severities: {term-missing: loud}\n    terms: {en: [x]}\n').map((issue) => issue.ruleId)).toEqual([
      'unknown-severity'
    ])
  })

  it('common-word: a case-insensitive term that is a common short word, in its own language first', () => {
    const issues = lint('entries:\n  - id: a\n    terms:\n      en: [can, {text: US, type: acronym}]\n      pt: [ai, {text: IA, case: sensitive}]\n')
    expect(issues.map((issue) => [issue.ruleId, issue.values.term, issue.values.lang])).toEqual([
      ['common-word', 'can', 'en'],
      ['common-word', 'ai', 'pt']
    ])
  })

  it('reader-note-about-matching: a definition or reader note that explains matching, not the concept', () => {
    const yaml = [
      'entries:',
      '  - id: hopper',
      '    definition: {en: Nvidia GPU microarchitecture.}',
      '    note: {pt: "Sensível a maiúsculas, para que hopper não seja marcado."}',
      '    terms: {en: [Hopper]}',
      '  - id: amd',
      '    definition: {en: "A chip maker; matches in lower case too."}',
      '    terms: {en: [AMD]}',
      '  - id: cuda',
      '    note: {en: Often written in lower case in informal text.}',
      '    maintainerNote: {en: "Case-insensitive, so that cuda is tagged."}',
      '    terms: {en: [CUDA]}'
    ].join('\n')
    const issues = lint(yaml)
    expect(issues.map((issue) => [brief([issue])[0], issue.values])).toEqual([
      ['2:5 reader-note-about-matching', {field: 'note', lang: 'pt', word: 'Sensível a maiúsculas'}],
      ['6:5 reader-note-about-matching', {field: 'definition', lang: 'en', word: 'matches'}]
    ])
  })

  it('duplicate-id: a second entry with an id already used', () => {
    const issues = lint('entries:\n  - id: a\n    terms: {en: [x]}\n  - id: a\n    terms: {en: [y]}\n')
    expect(brief(issues)).toEqual(['4:5 duplicate-id'])
    expect(issues[0]!.values).toEqual({id: 'a', line: 2})
  })

  it('empty-term: a term with no text, in YAML, TBX and TSV', () => {
    expect(brief(lint('entries:\n  - id: a\n    terms: {en: [x, ""]}\n'))).toEqual(['3:21 empty-term'])
    const tbx = parseGlossaryWithIssues('<martif><text><body><termEntry><langSet xml:lang="en"><tig><term> </term></tig></langSet></termEntry></body></text></martif>', {format: 'tbx'})
    expect(tbx.issues.map((issue) => issue.ruleId)).toEqual(['empty-term'])
    const tsv = parseGlossaryWithIssues('chip\t\n', {format: 'tsv'})
    expect(tsv.issues.map((issue) => issue.ruleId)).toEqual(['empty-term'])
  })

  it('finds the same problems in a large file, one line further down', () => {
    const text = readFileSync(fixture('lint.yaml'), 'utf8')
    const rules = (yaml: string) => {
      const {glossary, issues} = parseGlossaryWithIssues(yaml, {format: 'yaml'})
      return lintGlossary(glossary, issues).map((issue) => [issue.ruleId, issue.entry, issue.position?.start.line, issue.position?.start.column])
    }
    const large = rules('#'.repeat(600 * 1024) + '\n' + text)
    expect(large).toEqual(rules(text).map(([rule, entry, line, column]) => [rule, entry, (line as number) + 1, column]))
  })

  it('finds nothing in the bundled glossary', () => {
    const file = new URL('../../glossary/ai-chips.yaml', import.meta.url).pathname
    const {glossary, issues} = readGlossaryFileWithIssues(file)
    expect(lintGlossary(glossary, issues)).toEqual([])
    expect(readGlossaryFile(file).entries.length).toBeGreaterThanOrEqual(60)
  })

  it('has a stable kebab-case id, a severity and a message in every locale for every rule', () => {
    for (const [rule, severity] of Object.entries(lintRules)) {
      expect(rule).toMatch(/^[a-z]+(-[a-z]+)*$/)
      expect(['error', 'warning']).toContain(severity)
      for (const locale of ['en', 'pt-PT', 'pt-BR'] as const) {
        expect(translator(locale)(`glossary:lint.${rule}`), `${locale} ${rule}`).not.toBe(`lint.${rule}`)
      }
    }
  })

  it('gives each reported issue the severity its rule has', () => {
    const {glossary, issues} = readGlossaryFileWithIssues(fixture('lint.yaml'))
    for (const issue of lintGlossary(glossary, issues)) expect(issue.severity, issue.ruleId).toBe(lintRules[issue.ruleId])
  })

  it('homonym: a do-not-translate name that is a common word, with no context or pattern to find it in prose', () => {
    const yaml =
      'entries:\n  - id: state\n    doNotTranslate: true\n    terms: {en: [state]}\n' +
      '  - id: key\n    doNotTranslate: true\n    context: [the key prop of list items]\n    terms: {en: [key]}\n' +
      '  - id: intel\n    doNotTranslate: true\n    terms: {en: [Intel]}\n  - id: vite\n    doNotTranslate: true\n    terms: {en: [vite]}\n'
    const issues = lint(yaml)
    expect(brief(issues)).toEqual(['4:18 homonym'])
    expect(issues[0]!.values).toEqual({term: 'state', lang: 'en'})
  })

  it('invalid-pattern: a pattern that is no regular expression is an error where it is, and is dropped', () => {
    const {glossary, issues} = parseGlossaryWithIssues('entries:\n  - id: hook\n    pattern: "(custom hooks"\n    terms: {en: [hook]}\n', {format: 'yaml'})
    expect(brief(lintGlossary(glossary, issues))).toEqual(['3:14 invalid-pattern'])
    expect(glossary.entries[0]!.pattern).toBeUndefined()
  })

  it('reads context as one example or a list, and a pattern that compiles', () => {
    const {glossary} = parseGlossaryWithIssues('entries:\n  - id: hook\n    context: custom hooks share logic\n    pattern: "lifecycle hooks?"\n    terms: {en: [hook]}\n', {format: 'yaml'})
    expect(glossary.entries[0]).toMatchObject({contexts: ['custom hooks share logic'], pattern: 'lifecycle hooks?'})
  })
})
