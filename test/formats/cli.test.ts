import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

const root = new URL('../../', import.meta.url).pathname
const bin = join(root, 'bin/glosa.js')
const glossary = join(root, 'test/fixtures/check/glossary.yaml')

function check(args: string[], cwd = root) {
  const result = spawnSync(process.execPath, [bin, 'check', '--glossary', glossary, ...args], {
    cwd,
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1', LANG: 'C', LC_ALL: '', LC_MESSAGES: '', GLOSA_LOCALE: ''}
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** A scratch folder holding `files`, for bad input. */
function folder(files: Record<string, string | Uint8Array>): string {
  const path = mkdtempSync(join(tmpdir(), 'glosa-formats-'))
  for (const [name, content] of Object.entries(files)) writeFileSync(join(path, name), content)
  return path
}

const xliff = (body: string, doctype = '') =>
  `<?xml version="1.0"?>\n${doctype}<xliff version="1.2"><file source-language="en" target-language="pt-PT"><body>${body}</body></file></xliff>\n`

describe('glosa check on bilingual files (the binary)', {timeout: 60_000}, () => {
  it('reads an XLIFF file as XLIFF, never as prose, and names its format', () => {
    const result = check(['test/fixtures/formats/planted.xlf'])
    expect(result.code).toBe(1)
    expect(result.stdout.split('\n')[0]).toBe('test/fixtures/formats/planted.xlf (xliff 2.0)')
    expect(result.stdout).toMatch(
      /^ {2}25:32-25:33 +error +Unexpected placeholder `<ph id="3" disp="\{count\}"\/>`, expected `<ph id="1" disp="\{count\}"\/>` as in the source +placeholder-mismatch$/m
    )
  })

  it('lists clean files with their format', () => {
    const result = check(['test/fixtures/formats/clean.po'])
    expect(result).toEqual({
      code: 0,
      stdout: `test/fixtures/formats/clean.po (po)  ✓\n\nglossary: test/fixtures/check/glossary.yaml; languages: en → pt-PT\n✓ no problems (1 file checked)\n`,
      stderr: ''
    })
  })

  it('refuses a format it does not read, naming those it reads (exit 2)', () => {
    const cwd = folder({
      'page.html': '<html><body><p>The training.</p></body></html>\n',
      'data.xml': '<?xml version="1.0"?>\n<resources><string name="a">Hello</string></resources>\n'
    })
    for (const [name, found] of [
      ['page.html', '.html'],
      ['data.xml', '.xml']
    ] as const) {
      const result = check([name], cwd)
      expect(result.code).toBe(2)
      expect(result.stdout).toContain(
        `not checked: glosa does not read this format (${found}), and will not check it as prose: it reads md, mdx, text, xliff, po, tmx, json`
      )
    }
  })

  it('refuses XML of another kind under an XLIFF name, and a binary file named .xlf', () => {
    const cwd = folder({
      'android.xlf': '<?xml version="1.0"?>\n<resources/>\n',
      'binary.xlf': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x08])
    })
    expect(check(['android.xlf'], cwd).stdout).toContain('glosa does not read this format (<resources>)')
    const binary = check(['binary.xlf'], cwd)
    expect(binary.code).toBe(2)
    expect(binary.stdout).toContain('not checked: this looks like a binary file (a NUL byte at byte 4), not text')
  })

  it('never expands an entity bomb or an external entity in XLIFF or TMX', () => {
    const bomb = '<!DOCTYPE xliff [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n'
    const external = '<!DOCTYPE tmx [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n'
    const cwd = folder({
      'bomb.xlf': xliff('<trans-unit id="1"><source>&b;</source><target>&b;</target></trans-unit>', bomb),
      'external.tmx': `<?xml version="1.0"?>\n${external}<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&secret;</seg></tuv></tu></body></tmx>\n`
    })
    const result = check(['bomb.xlf'], cwd)
    expect(result.code).toBe(2)
    expect(result.stdout).toMatch(
      /^ {2}2:18-2:19 +error +not checked: the DOCTYPE declares entities: glosa never expands them/m
    )
    const tmx = check(['external.tmx'], cwd)
    expect(tmx.code).toBe(2)
    expect(tmx.stdout).toMatch(/^ {2}2:16-2:17 +error +not checked: the DOCTYPE declares entities/m)
    expect(tmx.stdout).not.toContain('root:')
  })

  it('refuses a PO file with a broken header or an unterminated string at its line and column', () => {
    const cwd = folder({
      'header.po':
        'msgid ""\nmsgstr ""\n"Language: pt_PT\\n"\n"Plural-Forms: nplurals=two;\\n"\n\nmsgid "Open"\nmsgstr "Abrir"\n',
      'charset.po':
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=ISO-8859-1\\n"\n\nmsgid "Open"\nmsgstr "Abrir"\n',
      'open.po': 'msgid "Open"\nmsgstr "Abrir\n'
    })
    const header = check(['header.po'], cwd)
    expect(header.code).toBe(2)
    expect(header.stdout).toMatch(
      /^ {2}4:2-4:3 +error +not checked: the header's Plural-Forms 'nplurals=two;' is not 'nplurals=N; plural=EXPRESSION;'/m
    )
    expect(check(['charset.po'], cwd).stdout).toMatch(
      /^ {2}3:2-3:3 +error +not checked: the header declares charset ISO-8859-1/m
    )
    const open = check(['open.po'], cwd)
    expect(open.code).toBe(2)
    expect(open.stdout).toMatch(/^ {2}2:8-2:9 +error +not checked: this string is not closed on its line/m)
  })

  it('reports every key a JSON pair lacks on either side, and checks the rest', () => {
    const cwd = folder({
      'en.json': '{"a": "Open", "b": {"c": "Close"}}\n',
      'pt-PT.json': '{"a": "Abrir", "d": "Extra"}\n'
    })
    const result = check(['en.json', 'pt-PT.json'], cwd)
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(
      /^en\.json \(json\)\n {2}1:21-1:22 +error +Expected key `b\.c` in pt-PT\.json, found none +untranslated$/m
    )
    expect(result.stdout).toMatch(
      /^pt-PT\.json \(json\)\n {2}1:16-1:17 +warning +Unexpected key `d`: en\.json has no such key +unaligned-segment$/m
    )
  })

  it('takes --format for a file whose name says nothing', () => {
    const cwd = folder({strings: 'msgid "The training"\nmsgstr "A formação"\n'})
    expect(check(['strings'], cwd).stdout).toContain('strings (po)')
    expect(check(['--format', 'text', 'strings'], cwd).stdout).not.toContain('(po)')
  })
})

/** `glosa <command> <args>` with `input` on standard input. */
function piped(command: string, args: string[], input: string) {
  const result = spawnSync(process.execPath, [bin, command, '--glossary', glossary, ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1', LANG: 'C', LC_ALL: '', LC_MESSAGES: '', GLOSA_LOCALE: ''}
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

describe('standard input, which has no name: its content says its format', {timeout: 60_000}, () => {
  const po = readFileSync(join(root, 'test/fixtures/formats/planted.po'), 'utf8')

  it('checks and tags a PO file given on standard input as PO, unit by unit, as when it is named', () => {
    const named = check(['test/fixtures/formats/planted.po', '--report', 'json'])
    const fromStdin = piped('check', ['-', '--report', 'json'], po)
    const messages = (stdout: string) =>
      (JSON.parse(stdout) as Array<{format: string; messages: unknown[]}>).map(({format, messages}) => ({
        format,
        messages
      }))
    expect(messages(fromStdin.stdout)).toEqual(messages(named.stdout))
    expect(messages(fromStdin.stdout)[0]!.format).toBe('po')

    const tagged = (stdout: string) => (JSON.parse(stdout) as {hits: Array<{unit?: string}>}).hits
    const hits = tagged(piped('tag', ['-', '--json'], po).stdout)
    expect(hits.length).toBeGreaterThan(0)
    expect(hits).toEqual(tagged(piped('tag', ['test/fixtures/formats/planted.po', '--json'], '').stdout))
    expect(hits.every((hit) => typeof hit.unit === 'string')).toBe(true)
  })

  it('reads Markdown that opens with HTML (a README’s centred logo) as Markdown, and still refuses an XML document', () => {
    const readme =
      '<div align="center">\n<img src="logo.png" alt="">\n</div>\n\n# Training\n\nThe training starts today.\n'
    const markdown = piped('check', ['-', '--report', 'json'], readme)
    expect(markdown.code).toBe(0)
    expect(JSON.parse(markdown.stdout)).toEqual([{path: '-', format: 'md', messages: []}])
    const xml = piped('check', ['-'], '<resources>\n  <string name="a">Hello</string>\n</resources>\n')
    expect(xml.code).toBe(2)
    expect(xml.stdout).toContain('glosa does not read this format (<resources>)')
  })
})

describe('a bilingual file is never written over', {timeout: 60_000}, () => {
  it('refuses strip --in-place and annotate --in-place on an XLIFF, PO or JSON file (exit 2), leaving it as it was', () => {
    const files = {
      'pt.po': readFileSync(join(root, 'test/fixtures/formats/clean.po'), 'utf8'),
      'pt.xlf': readFileSync(join(root, 'test/fixtures/formats/clean.xlf'), 'utf8'),
      'pt.json': '{"a": "Abrir"}\n'
    }
    const cwd = folder(files)
    for (const [args, format] of [
      [['strip', 'pt.po'], 'PO'],
      [['strip', 'pt.xlf'], 'XLIFF'],
      [['strip', 'pt.json'], 'JSON'],
      [['annotate', 'pt.xlf'], 'XLIFF'],
      // Even where the user says to read it as Markdown.
      [['annotate', 'pt.po', '--format', 'md'], 'PO']
    ] as const) {
      const result = spawnSync(process.execPath, [bin, ...args, '--in-place'], {
        cwd,
        encoding: 'utf8',
        env: {...process.env, NO_COLOR: '1', GLOSA_LOCALE: 'en'}
      })
      expect(result.status).toBe(2)
      expect(result.stderr).toContain(`will not write over a ${format} file`)
    }
    for (const [name, text] of Object.entries(files)) expect(readFileSync(join(cwd, name), 'utf8')).toBe(text)
  })
})
