import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {addMessage} from '../../src/check/findings.js'
import {reportGithub} from '../../src/report/github.js'
import {reportStepSummary, tableCell} from '../../src/report/summary.js'
import {checkLines} from '../check/helpers.js'
import type {Severity} from '../../src/util/messages.js'

// The GitHub job summary ($GITHUB_STEP_SUMMARY) and annotations held to GitHub's
// ten per level: what the action shows besides the SARIF report.

/** A file with `count` messages of `level`, numbered. */
function file(path: string, level: Severity, count: number, rule = 'untranslated'): VFile {
  const vfile = new VFile({path, value: 'x'})
  for (let index = 0; index < count; index++) {
    addMessage(
      {file: vfile},
      `problem ${index}`,
      {start: {line: index + 1, column: 1, offset: 0}, end: {line: index + 1, column: 2, offset: 1}},
      rule,
      level
    )
  }
  return vfile
}

describe('job summary', () => {
  it('counts findings per rule and level, then lists the first findings of each file', () => {
    const files = checkLines(
      'Modern AI needs memory bandwidth.\nMemory bandwidth matters.\nMemory bandwidth again.\nThe chip is new.',
      'A AI moderna precisa de largura de banda.\nO débito de memória importa.\nA largura de banda outra vez.\nO processador é novo.'
    ).files
    expect(reportStepSummary(files)).toBe(
      [
        '### glosa: 1 error, 1 warning, 1 info (2 files checked)',
        '',
        '| rule | error | warning | info |',
        '| --- | ---: | ---: | ---: |',
        '| deprecated-target-term | 1 | 0 | 0 |',
        '| inconsistent-translation | 0 | 1 | 0 |',
        '| missing-target-term | 0 | 0 | 1 |',
        '',
        '#### The first 5 findings of each file',
        '',
        '| file | line | level | rule | message |',
        '| --- | ---: | --- | --- | --- |',
        '| pt.txt | 1:3 | error | deprecated-target-term | Unexpected deprecated term \\`AI\\`, expected \\`IA\\` |',
        '| pt.txt | 2:3 | warning | inconsistent-translation | Unexpected \\`débito de memória\\`, expected \\`largura de banda\\`, the translation used 2 times in this run (first at pt.txt:1) |',
        '| pt.txt | 4:1 | info | missing-target-term | Expected \\`chip\\` for \\`chip\\`, found none |',
        '',
        ''
      ].join('\n')
    )
  })

  it('lists only the levels asked for, but counts them all', () => {
    const summary = reportStepSummary([file('a.md', 'warning', 2), file('b.md', 'error', 1)], {
      level: 'error',
      locale: 'pt-PT'
    })
    expect(summary).toContain('### glosa: 1 erro, 2 avisos (2 ficheiros verificados)\n')
    expect(summary).toContain('| untranslated | 1 | 2 | 0 |\n')
    expect(summary).toContain('| b.md | 1:1 | erro | untranslated | problem 0 |\n')
    expect(summary).not.toContain('| a.md |')
  })

  it('stays short on a large run, and says what it left out', () => {
    const files = Array.from({length: 60}, (_, index) => file(`docs/pt/${index}.md`, 'error', 8))
    const summary = reportStepSummary(files, {perFile: 3, files: 50})
    expect(summary.split('\n').filter((line) => line.startsWith('| docs/pt/0.md |'))).toHaveLength(4)
    expect(summary).toContain('| docs/pt/0.md | | | | … and 5 more in this file (in the SARIF report) |\n')
    expect(summary).toContain(
      '… and 10 more files with findings: the SARIF report (code scanning) has every finding.\n'
    )
    expect(summary).not.toContain('docs/pt/50.md')
  })

  it('lists files that could not be checked, and says when all is well', () => {
    const missing = new VFile({path: 'docs/pt/gone.md', value: ''})
    addMessage({file: missing}, 'not checked: no such file', undefined, 'not-checked', 'error')
    expect(reportStepSummary([missing])).toContain(
      '| docs/pt/gone.md |  | not checked | not-checked | not checked: no such file |\n'
    )
    expect(reportStepSummary([new VFile({path: 'a.md', value: 'x'})], {locale: 'pt-BR'})).toBe(
      '### glosa: nenhum problema (1 arquivo verificado)\n\n'
    )
  })

  it('keeps what a finding quotes as text: no table, link, HTML or mention can be injected', () => {
    expect(tableCell('a | b <script>alert(1)</script> [x](javascript:y) *b* `c` \\ &amp; ~~d~~ ![i](j) #1')).toBe(
      'a \\| b \\<script\\>alert(1)\\</script\\> \\[x\\](javascript:y) \\*b\\* \\`c\\` \\\\ \\&amp; \\~\\~d\\~\\~ \\!\\[i\\](j) \\#1'
    )
    expect(tableCell('two\nlines\r\nhere')).toBe('two lines here')
    expect(tableCell('x'.repeat(400))).toHaveLength(300)
  })
})

describe('annotations within GitHub’s limit', () => {
  it('prints at most ten per level, a notice first counting the rest', () => {
    const lines = reportGithub([file('a.md', 'error', 12), file('b.md', 'warning', 3), file('c.md', 'info', 15)], {
      limit: 10
    })
      .trimEnd()
      .split('\n')
    expect(lines.filter((line) => line.startsWith('::error '))).toHaveLength(10)
    expect(lines.filter((line) => line.startsWith('::warning '))).toHaveLength(3)
    // The notice is a notice too: nine findings of level info beside it.
    expect(lines.filter((line) => line.startsWith('::notice '))).toHaveLength(10)
    expect(lines[0]).toBe(
      "::notice title=glosa::8 of glosa's 30 annotations are left out here: GitHub shows 10 per level and step; the job summary and the SARIF report (code scanning) have them all"
    )
    expect(lines.at(-1)).toMatch(/^::notice file=c\.md,line=9,.*::problem 8$/)
  })

  it('prints them all, without a notice, when no level passes ten; and only the levels asked for', () => {
    expect(
      reportGithub([file('a.md', 'error', 10), file('c.md', 'info', 10)], {limit: 10})
        .trimEnd()
        .split('\n')
    ).toHaveLength(20)
    expect(
      reportGithub([file('a.md', 'error', 2), file('b.md', 'warning', 3)], {limit: 10, level: 'error'})
        .trimEnd()
        .split('\n')
    ).toHaveLength(2)
    expect(reportGithub([file('b.md', 'warning', 3)], {level: 'error'})).toBe('')
  })
})
