import {spawnSync} from 'node:child_process'
import {copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

// What a team needs to leave glosa check on in CI: suppressions, a baseline, no silent defaults.

const root = new URL('../../', import.meta.url).pathname
const bin = join(root, 'bin/glosa.js')
const article = join(root, 'test/fixtures/check/article')

function glosa(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [bin, 'check', ...args], {
    cwd,
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1', LANG: 'C', LC_ALL: '', LC_MESSAGES: '', GLOSA_LOCALE: ''}
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** A folder with the article, its translation with planted errors edited by `edit`, and the glossary. */
function folder(edit: (text: string) => string = (text) => text): string {
  const dir = mkdtempSync(join(tmpdir(), 'glosa-ci-'))
  copyFileSync(join(article, 'en.md'), join(dir, 'en.md'))
  writeFileSync(join(dir, 'pt.md'), edit(readFileSync(join(article, 'errors.pt-PT.md'), 'utf8')))
  copyFileSync(join(root, 'test/fixtures/check/glossary.yaml'), join(dir, 'terms.yaml'))
  return dir
}

const args = ['en.md', 'pt.md', '--glossary', 'terms.yaml', '--target-lang', 'pt-PT', '--report', 'json']

/** The findings of the translation as `line rule` strings. */
function findings(dir: string, extra: string[] = []): string[] {
  const result = glosa([...args, ...extra], dir)
  const files = JSON.parse(result.stdout) as Array<{path: string; messages: Array<{line: number; ruleId: string}>}>
  return files
    .filter((file) => file.path === 'pt.md')
    .flatMap((file) => file.messages.map((message) => `${message.line} ${message.ruleId}`))
}

const all = [
  '1 do-not-translate',
  '3 missing-target-term',
  '5 inconsistent-translation',
  '7 deprecated-target-term',
  '9 number-mismatch',
  '11 untranslated',
  '13 locale-variant'
]

describe('suppression comments', {timeout: 60_000}, () => {
  it('leaves out the next line with text for the rules named, and only those', () => {
    const dir = folder((text) =>
      text
        .replace('A Nvidia vende', '<!-- glosa-disable-next-line missing-target-term -->\nA Nvidia vende')
        .replace('A AI moderna', '<!-- glosa-disable-next-line number-mismatch -->\n\nA AI moderna')
    )
    expect(findings(dir)).toEqual([
      '1 do-not-translate',
      '6 inconsistent-translation',
      '10 deprecated-target-term',
      '12 number-mismatch',
      '14 untranslated',
      '16 locale-variant'
    ])
  })

  it('leaves out every rule between glosa-disable and glosa-enable', () => {
    const dir = folder((text) =>
      text
        .replace('O H20 tem', '<!-- glosa-disable -->\n\nO H20 tem')
        .replace('Chinese regulators', '<!-- glosa-enable -->\n\nChinese regulators')
    )
    expect(findings(dir)).toEqual([
      '1 do-not-translate',
      '3 missing-target-term',
      '15 untranslated',
      '17 locale-variant'
    ])
  })

  it('leaves out a whole file with glosa-ignore-file, and reads the MDX form', () => {
    expect(findings(folder((text) => '<!-- glosa-ignore-file -->\n\n' + text))).toEqual([])
    const mdx = folder((text) =>
      text.replace('A AI moderna', '{/* glosa-disable-next-line deprecated-target-term */}\nA AI moderna')
    )
    expect(findings(mdx)).not.toContain('8 deprecated-target-term')
    expect(findings(mdx)).toHaveLength(all.length - 1)
  })

  it('never takes a comment shown in a code block for a directive', () => {
    const dir = folder((text) => '```md\n<!-- glosa-ignore-file -->\n```\n\n' + text)
    expect(findings(dir)).toHaveLength(all.length)
    const inline = folder((text) =>
      text.replace('A AI moderna', 'Veja `<!-- glosa-disable-next-line -->`.\nA AI moderna')
    )
    expect(findings(inline)).toContain('8 deprecated-target-term')
  })

  it('warns about an unknown rule at its place, and with --report-unused-disables about comments that suppressed nothing', () => {
    const dir = folder((text) =>
      text.replace('A AI moderna', '<!-- glosa-disable-next-line no-such-rule, untranslated -->\nA AI moderna')
    )
    const result = glosa([...args.slice(0, -2)], dir)
    expect(result.stdout).toMatch(
      /^ {2}7:30-7:42 +warning +Unexpected unknown rule `no-such-rule` in a `glosa-disable-next-line` comment: it suppresses nothing +suppression$/m
    )
    expect(result.stdout).not.toMatch(/suppressed nothing/)
    const unused = glosa([...args.slice(0, -2), '--report-unused-disables'], dir)
    expect(unused.stdout).toMatch(
      /^ {2}7:1-7:60 +warning +Unexpected `glosa-disable-next-line` of `untranslated` that suppressed nothing +suppression$/m
    )
  })

  it('leaves out findings by file, rule and entry with ignore objects in the configuration', () => {
    const dir = folder()
    const config = {
      glossaries: ['terms.yaml'],
      languages: {source: 'en', target: 'pt-PT'},
      pairs: [{source: 'en.md', target: 'pt.md'}]
    }
    const run = (ignore: unknown[]) => {
      writeFileSync(join(dir, 'glosa.config.json'), JSON.stringify({...config, ignore}))
      const result = glosa(['--report', 'json'], dir)
      return (JSON.parse(result.stdout) as Array<{path: string; messages: Array<{ruleId: string}>}>).flatMap((file) =>
        file.messages.map((message) => message.ruleId)
      )
    }
    expect(run([{rules: ['untranslated']}])).not.toContain('untranslated')
    expect(run([{entries: ['h20']}])).not.toContain('do-not-translate')
    expect(run([{files: ['other/**'], rules: ['untranslated']}])).toContain('untranslated')
    expect(run([{files: ['*.md']}])).toEqual([])
    writeFileSync(join(dir, 'glosa.config.json'), JSON.stringify({...config, ignore: [{rules: ['no-such-rule']}]}))
    const bad = glosa([], dir)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/glosa\.config\.json:1:\d+: unknown rule 'no-such-rule'/)
  })
})

describe('a baseline', {timeout: 60_000}, () => {
  it("records today's findings, then fails only on new ones, whatever changes elsewhere in the file", () => {
    const dir = folder()
    const write = glosa([...args.slice(0, -2), '--write-baseline', 'glosa-baseline.json'], dir)
    expect(write.code).toBe(0)
    expect(write.stderr).toBe('glosa: wrote 7 findings to the baseline glosa-baseline.json\n')
    const baseline = JSON.parse(readFileSync(join(dir, 'glosa-baseline.json'), 'utf8'))
    expect(baseline).toMatchObject({tool: 'glosa-baseline', version: 1})
    expect(baseline.findings[0]).toEqual({
      rule: 'deprecated-target-term',
      entry: 'artificial-intelligence-acronym',
      file: 'pt.md',
      fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
      count: 1
    })
    // Lines added above move every finding; a new error is the only one reported.
    const text = readFileSync(join(dir, 'pt.md'), 'utf8')
    writeFileSync(
      join(dir, 'pt.md'),
      '\n\n' + text.replace('por 60 dias', 'por 60 dias').replace('Os usuários', 'Os usuários') + '\n'
    )
    const again = glosa([...args.slice(0, -2), '--baseline', 'glosa-baseline.json'], dir)
    expect(again.code).toBe(0)
    expect(again.stderr).toBe('glosa: 7 findings in the baseline glosa-baseline.json left out\n')
    writeFileSync(join(dir, 'pt.md'), text.replace('O H20 tem menos', 'O H2O tem menos'))
    const fresh = glosa([...args, '--baseline', 'glosa-baseline.json'], dir)
    expect(fresh.code).toBe(1)
    expect(
      (JSON.parse(fresh.stdout)[1].messages as Array<{line: number; ruleId: string}>).map(
        (message) => `${message.line} ${message.ruleId}`
      )
    ).toEqual([
      // The edited sentence is a new sentence: its old finding comes back beside the new error.
      '5 do-not-translate',
      '5 inconsistent-translation'
    ])
  })

  it('uses the same fingerprints as SARIF', () => {
    const dir = folder()
    glosa([...args.slice(0, -2), '--write-baseline', 'b.json'], dir)
    const sarif = JSON.parse(glosa([...args.slice(0, -2), '--report', 'sarif'], dir).stdout)
    const hashes = sarif.runs[0].results.map(
      (result: {partialFingerprints: Record<string, string>}) =>
        result.partialFingerprints['glosaSentenceHash/v1']!.split(':')[0]
    )
    const recorded = JSON.parse(readFileSync(join(dir, 'b.json'), 'utf8')).findings.map(
      (finding: {fingerprint: string}) => finding.fingerprint
    )
    expect([...hashes].sort()).toEqual([...recorded].sort())
  })

  it("says when a baseline is not glosa's, of another version, or names files that are gone, and goes on", () => {
    const dir = folder()
    writeFileSync(join(dir, 'other.json'), '{"version": 2, "results": []}')
    const other = glosa([...args.slice(0, -2), '--baseline', 'other.json'], dir)
    expect(other.code).toBe(1)
    expect(other.stderr).toBe(
      'glosa: other.json is not a glosa baseline (expected a JSON object with "tool": "glosa-baseline"): every finding is reported\n'
    )
    writeFileSync(join(dir, 'old.json'), '{"tool": "glosa-baseline", "version": 99, "findings": []}')
    expect(glosa([...args.slice(0, -2), '--baseline', 'old.json'], dir).stderr).toMatch(
      /old\.json is a baseline of another version \(99, this glosa reads 1\)/
    )
    glosa([...args.slice(0, -2), '--write-baseline', 'b.json'], dir)
    const moved = JSON.parse(readFileSync(join(dir, 'b.json'), 'utf8'))
    moved.findings.push({...moved.findings[0], file: 'gone.md'})
    writeFileSync(join(dir, 'b.json'), JSON.stringify(moved))
    const gone = glosa([...args.slice(0, -2), '--baseline', 'b.json'], dir)
    expect(gone.code).toBe(0)
    expect(gone.stderr).toMatch(/^glosa: the baseline b\.json lists findings in gone\.md, which no longer exists$/m)
    const missing = glosa([...args.slice(0, -2), '--baseline', 'nowhere.json'], dir)
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/cannot read the baseline .*nowhere\.json/)
    rmSync(dir, {recursive: true})
  })
})

describe('no silent defaults', {timeout: 60_000}, () => {
  it('checks without a glossary only what needs none, and says so', () => {
    const dir = folder()
    const result = glosa(['en.md', 'pt.md', '--target-lang', 'pt-PT'], dir)
    expect(result.stdout).toMatch(
      /^no glossary: the glossary rules are off \(missing-target-term, deprecated-target-term, inconsistent-translation, do-not-translate\); give --glossary FILE or --glossary bundled; languages: en → pt-PT$/m
    )
    expect(result.stdout).not.toMatch(/ (missing-target-term|do-not-translate|deprecated-target-term)$/m)
  })

  it('uses the bundled glossary when asked for by name, and names it', () => {
    const result = glosa(['en.md', 'pt.md', '--glossary', 'bundled', '--target-lang', 'pt-PT'], folder())
    expect(result.stdout).toMatch(/^glossary: bundled; languages: en → pt-PT$/m)
    expect(result.stdout).toMatch(/deprecated-target-term$/m)
  })
})

describe('duplicated and dropped paragraphs', {timeout: 60_000}, () => {
  it('reports a pasted-twice paragraph at the copy with the first place, and a dropped paragraph once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'glosa-ci-'))
    const source = readFileSync(join(article, 'en.md'), 'utf8').replace(
      'Users of the cloud service will see the change soon.',
      'Users of the cloud service will see the change soon. The provider announced it on Monday. Prices stay the same for now.'
    )
    const translation = readFileSync(join(article, 'clean.pt-PT.md'), 'utf8')
      .replace('Os utilizadores do serviço na nuvem vão ver a mudança em breve.\n\n', '')
      .replace('para a inferência.\n', 'para a inferência.\n\nO H20 tem menos largura de banda do que o H200.\n')
    writeFileSync(join(dir, 'en.md'), source)
    writeFileSync(join(dir, 'pt.md'), translation)
    copyFileSync(join(root, 'test/fixtures/check/glossary.yaml'), join(dir, 'terms.yaml'))
    const result = glosa(['en.md', 'pt.md', '--glossary', 'terms.yaml', '--target-lang', 'pt-PT'], dir)
    expect(result.stdout).toContain(
      'en.md\n  13:1-13:120  warning  Expected a translation of the source paragraph at 13:1 (3 sentences), found none  unaligned-segment\n'
    )
    expect(result.stdout).toContain(
      'pt.md\n  9:1-9:48     error    Unexpected repeated sentence: the same as at 5:1, said once in the source         duplicated-segment\n'
    )
    expect(result.stdout).toMatch(/✖ 1 error, 1 warning \(2 files checked\)\n$/)
  })
})
