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

  it('still compares a line break a PO string writes as `\\n` at its ends', () => {
    expect(findings([['Done.\n', 'Concluído.']])).toEqual(['1 whitespace-punctuation'])
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
        ['Open the file', 'Abra o o arquivo'],
        ['It will be ready right away', 'Fica pronto já já'],
        ['It will be ready very soon', 'Logo logo fica pronto'],
        ['Then the file opens and closes', 'Então o arquivo abre e e fecha']
      ])
    ).toEqual(['4 repeated-word', '7 repeated-word'])
  })
})

describe('a unit whose source has nothing to translate', {timeout: 60_000}, () => {
  it('is right with an empty translation: key combinations, code literals, single letters, identifiers, entities; a mnemonic label or a keyword list is not', () => {
    expect(
      findings([
        ['Ctrl + Shift + K', ''],
        ['Alt+F4', ''],
        ['<literal>\\r</literal>', ''],
        ['\u00c6', ''],
        ['namespace-uri', ''],
        ['https://gitlab.gnome.org/', ''],
        ['%s: %d', ''],
        ['Run <command>make</command> now', ''],
        ['Press <keycap>Ctrl</keycap>+<keycap>S</keycap>', ''],
        ['Message', ''],
        ['Do_wnload ({speed_units}):', ''],
        ['PLUMA_CURRENT_DOCUMENT_URI', ''],
        ['scan;scanner;flatbed;', ''],
        ['&amp;', '']
      ])
    ).toEqual(['8 untranslated', '9 untranslated', '10 untranslated', '11 untranslated', '13 untranslated'])
  })

  it('is right with a translation identical to it, and a sentence left as it was is still found', () => {
    expect(
      findings([
        ['Ctrl + Y', 'Ctrl + Y'],
        ['<literal>\\t</literal>', '<literal>\\t</literal>'],
        ['Open the file in a new window', 'Open the file in a new window']
      ])
    ).toEqual(['3 untranslated'])
  })
})

describe('a keyed XLIFF catalogue, whose sources are message keys', {timeout: 60_000}, () => {
  const xliff = (units: ReadonlyArray<readonly [string, string, string]>) =>
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">',
      '  <file source-language="en" target-language="pt-BR" datatype="plaintext" original="messages.en.xlf">',
      '    <body>',
      ...units.map(
        ([resname, source, target], index) =>
          `      <trans-unit id="u${index + 1}" resname="${resname}"><source>${source}</source><target>${target}</target></trans-unit>`
      ),
      '    </body>',
      '  </file>',
      '</xliff>',
      ''
    ].join('\n')
  const check = (text: string) => {
    const folder = mkdtempSync(join(tmpdir(), 'glosa-keyed-'))
    writeFileSync(join(folder, 'messages.pt_BR.xlf'), text)
    const result = spawnSync(process.execPath, [join(root, 'bin/glosa.js'), 'check', 'messages.pt_BR.xlf'], {
      cwd: folder,
      encoding: 'utf8',
      env: {...process.env, GLOSA_LOCALE: 'en', NO_COLOR: '1'}
    })
    return {status: result.status, stdout: result.stdout}
  }

  it('leaves a unit whose source is its key uncompared, and still checks a unit of text', () => {
    const {status, stdout} = check(
      xliff([
        ['error.too_many_entries', 'error.too_many_entries', 'Muitos resultados foram encontrados.'],
        ['send_to', 'send_to', 'Enviar para %name%'],
        ['time_tracking', 'Time Tracking', 'Controle de tempo.']
      ])
    )
    expect(stdout).toMatch(/^ {2}7:\d+-7:\d+ +warning +Unexpected final punctuation/m)
    expect(stdout).not.toMatch(/^ {2}[56]:/m)
    expect(status).toBe(0)
  })

  it('reports a unit with no target only where its source has words to translate', () => {
    const text = xliff([
      ['shortcut', 'Ctrl+Shift+P', ''],
      ['code', '<x id="1"/>', ''],
      ['label', 'Open settings', '']
    ]).replace(/<target><\/target>/g, '')
    const {stdout} = check(text)
    expect(stdout.match(/^ {2}\d+:/gm)).toEqual(['  7:'])
  })

  it('takes the line breaks and indentation of the XML around a unit for layout, not for spaces of the string', () => {
    const {stdout} = check(
      xliff([
        ['links', '\n            Links\n          ', '\n        Ligações\n      '],
        ['aspect', '{{ aspect }} (about)', '\n{{ aspect }} (aproximadamente)'],
        ['title', ' Links', 'Ligações']
      ])
    )
    expect(stdout.match(/^ {2}\d+:\S+ +\w+ +.*$/gm)).toEqual([
      // The third unit stands on line 12: the first's source and target hold line breaks of the file.
      expect.stringMatching(/^ {2}12:\S+ +warning +Unexpected leading space "", expected " " as in the source/)
    ])
  })

  it('reads a short range of years and a decade so written as a translation writes them in full', () => {
    const {stdout} = check(
      xliff([
        ['sae', 'US standard 2005-06', 'Padrão norte-americano de 2005 e 2006'],
        ['us', 'US standard 1971-72', 'Padrão norte-americano de 1972'],
        ['twenties', '1920-29th', 'anos 1920'],
        ['thirties', '1930-39th', 'anos 1940']
      ])
    )
    expect(stdout.match(/^ {2}\d+:\d+/gm)).toEqual(['  6:', '  8:'].map((place) => expect.stringContaining(place)))
    expect(stdout).toMatch(/Expected `1971` as in the source/)
  })

  it('takes a localised example address and a Portuguese `se se` for no slips', () => {
    const {stdout, status} = check(
      xliff([
        ['mail', 'john@example.com', 'joao@exemplo.com'],
        ['toolbar', 'Whether to display the toolbar.', 'Se se deve mostrar a barra de ferramentas.'],
        ['twice', 'Open the file', 'Abrir o o arquivo']
      ])
    )
    expect(stdout.match(/^ {2}\d+:\S+ +\w+ +.*$/gm)).toEqual([expect.stringMatching(/^ {2}7:.*repeated-word$/)])
    expect(status).toBe(0)
  })

  it('checks the translation of a keyed unit on its own, as a document is', () => {
    const {status, stdout} = check(
      xliff([['electronic_invoice', 'electronic_invoice', 'Fatura Eletrônica']]).replace('pt-BR', 'pt-PT')
    )
    expect(stdout).toMatch(/^ {2}5:\d+-5:\d+ +\w+ +Unexpected `Eletrônica` \(pt-BR\)/m)
    expect(status).not.toBe(2)
  })
})

describe('an empty value in a JSON resource file', {timeout: 60_000}, () => {
  it('is reported as untranslated at the value, not as a length or a number missing', () => {
    const folder = mkdtempSync(join(tmpdir(), 'glosa-empty-value-'))
    writeFileSync(
      join(folder, 'en.json'),
      '{\n  "hint": "Type or paste your link here",\n  "hex": "Hex code must be 3, 4, 6, or 8 characters"\n}\n'
    )
    writeFileSync(join(folder, 'pt-PT.json'), '{\n  "hint": "",\n  "hex": ""\n}\n')
    const result = spawnSync(
      process.execPath,
      [join(root, 'bin/glosa.js'), 'check', 'en.json', 'pt-PT.json', '--report', 'json'],
      {cwd: folder, encoding: 'utf8', env: {...process.env, GLOSA_LOCALE: 'en'}}
    )
    const files = JSON.parse(result.stdout) as Array<{path: string; messages: Array<{line: number; ruleId: string}>}>
    expect(
      files.flatMap((file) => file.messages.map((message) => `${file.path} ${message.line} ${message.ruleId}`))
    ).toEqual(['pt-PT.json 2 untranslated', 'pt-PT.json 3 untranslated'])
  })
})

/** The findings of `glosa check en.json <name>`, as `file line rule`. */
function pairFindings(source: Record<string, string>, name: string, target: Record<string, string>): string[] {
  const folder = mkdtempSync(join(tmpdir(), 'glosa-json-pair-'))
  const write = (file: string, values: Record<string, string>) =>
    writeFileSync(join(folder, file), JSON.stringify(values, null, 2) + '\n')
  write('en.json', source)
  write(name, target)
  const result = spawnSync(
    process.execPath,
    [join(root, 'bin/glosa.js'), 'check', 'en.json', name, '--report', 'json'],
    {
      cwd: folder,
      encoding: 'utf8',
      env: {...process.env, GLOSA_LOCALE: 'en'}
    }
  )
  const files = JSON.parse(result.stdout) as Array<{path: string; messages: Array<{line: number; ruleId: string}>}>
  return files.flatMap((file) => file.messages.map((message) => `${file.path} ${message.line} ${message.ruleId}`))
}

describe('an empty value whose source has nothing to translate', {timeout: 60_000}, () => {
  it('is no finding: a key combination, a placeholder alone; a value with words still is', () => {
    expect(
      pairFindings({save: 'Ctrl+S', count: '{{count}}', title: 'Save the file'}, 'pt-PT.json', {
        save: '',
        count: '',
        title: ''
      })
    ).toEqual(['pt-PT.json 4 untranslated'])
  })
})

describe('a translation file named plain `pt`', {timeout: 60_000}, () => {
  const source = {user: 'Enter user name', file: 'Open the file', log: 'Debug log', camera: 'Camera', team: 'Our team'}

  it('is European Portuguese, as localisation names it, when its variants are mixed: the Brazilian words are reported', () => {
    // Two Brazilian words to one European: a slight majority, which alone would make the file Brazilian.
    const mixed = {
      user: 'Nome de usuário',
      file: 'Abrir o ficheiro',
      log: 'Registro de depuração',
      camera: '',
      team: ''
    }
    expect(pairFindings(source, 'pt.json', mixed).filter((finding) => finding.endsWith('locale-variant'))).toEqual([
      'pt.json 2 locale-variant',
      'pt.json 4 locale-variant'
    ])
  })

  it('is Brazilian when its words vote Brazilian more than two to one: the European word is reported', () => {
    const brazilian = {
      user: 'Nome de usuário',
      file: 'Abrir o arquivo',
      log: 'Registro de depuração',
      camera: 'Câmera',
      team: 'A nossa equipa'
    }
    expect(pairFindings(source, 'pt.json', brazilian)).toEqual(['pt.json 6 locale-variant'])
  })
})

describe('the spaces at the ends of a string', {timeout: 60_000}, () => {
  it('takes a no-break space for the space the source has there, and still reports a space the source lacks', () => {
    expect(
      pairFindings({version: 'Version: ', edit: 'Last edit'}, 'pt-PT.json', {
        version: 'Versão:\u00a0',
        edit: 'Última edição '
      })
    ).toEqual(['pt-PT.json 3 whitespace-punctuation'])
  })
})

describe('spaces and final marks a translator rightly changes', {timeout: 60_000}, () => {
  it('takes a space at the ends of a mnemonic label or before whole sentences for the source’s slip, and still reports a joint', () => {
    expect(
      findings([
        ['Copy Call _Address ', 'Copiar _endereço de chamada'],
        [' This authorization will be set for every request.', 'Esta autorização será aplicada a todos os pedidos.'],
        ['Size: ', 'Tamanho:'],
        [' by ', 'por'],
        ['Open _Recent ', ' Abrir _recentes']
      ])
    ).toEqual([
      '3 whitespace-punctuation',
      '4 whitespace-punctuation',
      '4 whitespace-punctuation',
      '5 whitespace-punctuation'
    ])
  })

  it('lets a translation ask with `?` what the source asks without it, and still reports a statement made a question', () => {
    expect(
      findings([
        ['Is the window fullscreen', 'A janela está em tela cheia?'],
        [
          'Would you like to restore your workspace? This will discard your local progress.',
          'Isto descarta o progresso local. Deseja restaurar o espaço de trabalho?'
        ],
        ['The window is fullscreen', 'A janela está em tela cheia?'],
        ['Is the window fullscreen', 'A janela está em tela cheia!']
      ])
    ).toEqual(['3 whitespace-punctuation', '4 whitespace-punctuation'])
  })

  it('takes a mark the source also sets apart for a named character, and still reports French spacing', () => {
    expect(
      findings([
        ['Keys and values are separated by : in each line', 'Chaves e valores são separados por : em cada linha'],
        ['Elapsed time: %d min', 'Tempo decorrido : %d min']
      ])
    ).toEqual(['2 whitespace-punctuation'])
  })

  it('takes a run of spaces padding a column for the joint the source has, and a mark inside a closing tag for the mark after it', () => {
    expect(
      findings([
        ['Name:   ', 'Nome:  '],
        ['Try <b>clearing the canvas</b>.', 'Tente <b>limpar a tela.</b>'],
        ['Try <b>clearing the canvas</b>.', 'Tente <b>limpar a tela</b>']
      ])
    ).toEqual(['3 whitespace-punctuation'])
  })

  it('reads the marks inside a closing bracket both sides end with as the bracket’s', () => {
    expect(
      findings([
        ['Character to insert (e.g. \\n)', 'Caráter a inserir (por ex.: \\n)'],
        ['Insert a character (see below).', 'Inserir um caráter (ver abaixo)']
      ])
    ).toEqual(['2 whitespace-punctuation'])
  })
})

describe('a number one for the singular', {timeout: 60_000}, () => {
  it('takes `1` before a word for the singular the source says without a number, and still reports a changed or lone number', () => {
    expect(
      findings([
        ['hour', '1 hora'],
        ['Delete a file', 'Apagar 1 arquivo'],
        ['Retry in 5 minutes', 'Tentar de novo em 1 minuto'],
        ['Page', 'Página 1'],
        ['Version', '1.0 versão']
      ])
    ).toEqual(['3 number-mismatch', '4 number-mismatch', '5 number-mismatch'])
  })
})

describe('a mnemonic and a name of the interface in a program’s string', {timeout: 60_000}, () => {
  it('reads a word split by its mnemonic whole, and still reports a word doubled', () => {
    expect(
      findings([
        ['Close _All Windows', 'Fechar tod_as as janelas'],
        ['Close the window', 'Fechar a a janela']
      ])
    ).toEqual(['2 repeated-word'])
  })

  it('takes a place of the interface quoted in code and translated as the interface is, and still reports changed code', () => {
    expect(
      findings([
        ['Open the `Recent` folder', 'Abra a pasta `Recentes`'],
        ['Run `make install` now', 'Execute `faça instalar` agora']
      ])
    ).toEqual(['2 markup-mismatch'])
  })
})
