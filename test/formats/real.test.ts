import {spawnSync} from 'node:child_process'
import {describe, expect, it} from 'vitest'

/**
 * glosa check on excerpts of real PO files (test/fixtures/real/gnome-po/ and
 * mate-po/, sources in their READMEs), as a new user runs it: the findings are the
 * translators' real slips, and nothing else.
 */

const root = new URL('../../', import.meta.url).pathname
const folder = 'test/fixtures/real/gnome-po'

function check(...files: string[]) {
  const result = spawnSync(process.execPath, ['bin/glosa.js', 'check', '--report', 'json', ...files], {
    cwd: root,
    encoding: 'utf8',
    env: {...process.env, GLOSA_LOCALE: 'en'}
  })
  const reports = JSON.parse(result.stdout) as {
    path: string
    format: string
    messages: {line: number; ruleId: string; actual: string | null}[]
  }[]
  return {
    code: result.status,
    findings: reports.flatMap((file) =>
      file.messages.map((message) => `${file.path}:${message.line} ${message.ruleId}`)
    )
  }
}

describe('glosa check on real GNOME PO files', {timeout: 60_000}, () => {
  it("finds the translators' two slips in glib, and not the weekdays Portuguese writes as ordinals (2ª feira)", () => {
    expect(check(`${folder}/glib.pt.po`)).toEqual({
      code: 0,
      findings: [`${folder}/glib.pt.po:30 whitespace-punctuation`, `${folder}/glib.pt.po:35 unbalanced-brackets-quotes`]
    })
  })

  it('never checks translator-credits, whose translation is the list of translators (names and e-mail addresses)', () => {
    expect(check(`${folder}/gnome-clocks.pt.po`)).toEqual({code: 0, findings: []})
  })

  it('never checks itstool\'s translator-credits (msgctxt "_"), whose translation lists URLs and years', () => {
    expect(check('test/fixtures/real/mate-po/eom-help.pt_BR.po')).toEqual({code: 0, findings: []})
  })
})
