import {spawnSync} from 'node:child_process'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

/**
 * What real PO files taught the checks of program strings (measured in
 * docs/check-evaluation.md): each kind of false finding they gave is gone,
 * and the true finding beside it is still there. Each case is one PO entry,
 * checked as a new user checks a file: `glosa check file.po`.
 */

const root = new URL('../../', import.meta.url).pathname

function findings(entries: ReadonlyArray<readonly [string, string]>): string[] {
  const folder = mkdtempSync(join(tmpdir(), 'glosa-units-precision-'))
  const header = 'msgid ""\nmsgstr ""\n"Language: pt_BR\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
  const po = entries.map(([id, str]) => `\nmsgid ${JSON.stringify(id)}\nmsgstr ${JSON.stringify(str)}\n`).join('')
  writeFileSync(join(folder, 'pt_BR.po'), header + po)
  const result = spawnSync(process.execPath, [join(root, 'bin/glosa.js'), 'check', 'pt_BR.po', '--report', 'json'], {
    cwd: folder,
    encoding: 'utf8',
    env: {...process.env, GLOSA_LOCALE: 'en'}
  })
  const [file] = JSON.parse(result.stdout) as Array<{messages: Array<{line: number; ruleId: string}>}>
  // Entry n (1-based) is a blank line, its msgid on line 3n + 3 and its msgstr on line 3n + 4.
  return file!.messages.map((message) => `${Math.round((message.line - 4) / 3)} ${message.ruleId}`)
}

describe('checks of program strings on what real PO files hold', {timeout: 60_000}, () => {
  it('reads usage metavariables (<channel>) as words, and still compares markup tags', () => {
    expect(
      findings([
        ['JOIN <channel>, joins the channel', 'JOIN <canal>, entra no canal'],
        ['Press the <b>Change</b> button', 'Clique no botão <b>Alterar</ b>']
      ])
    ).toEqual(['2 placeholder-mismatch'])
  })

  it('reports only a tenfold length difference in a unit, as pofilter does', () => {
    expect(
      findings([
        ['Flash Storage Linux Filesystem', 'Sistema de arquivos para Linux para armazenamento em memórias flash'],
        ['Please specify the installation folder for the program', 'Pasta']
      ])
    ).toEqual(['2 length-ratio'])
  })

  it('takes a final mark inside a closing quote, or an abbreviation’s full stop, for no final punctuation', () => {
    expect(
      findings([
        ['Default location for the “Open…” dialogs', 'Local padrão para os diálogos “Abrir…”'],
        ['%s remaining (%s/sec)', 'faltam %s (%s/seg.)'],
        ['No results found.', 'Nada foi encontrado']
      ])
    ).toEqual(['3 whitespace-punctuation'])
  })

  it('never calls an identifier untranslated, nor an example address changed, nor a doubled word the source doubles', () => {
    expect(
      findings([
        ['panel-right-symbolic', 'panel-right-symbolic'],
        [
          'Use the form of an address (clicktofocus@janedoe.example.com)',
          'Use a forma de um endereço (cliqueparafoco@janedoe.example.com)'
        ],
        ['Beep-Beep', 'Bipe bipe'],
        ['Open the file', 'Abra o o arquivo']
      ])
    ).toEqual(['4 repeated-word'])
  })
})
