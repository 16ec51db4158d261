import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

/**
 * `glosa tag` and `glosa annotate --layout side-by-side` on bilingual files
 * (XLIFF, PO, TMX) and JSON resource pairs, the binary as a user runs it:
 * terms on both sides of each unit at their line and column in the file,
 * and the side-by-side Markdown of the units.
 */

const root = new URL('../../', import.meta.url).pathname
const bin = join(root, 'bin/glosa.js')
const glossary = 'test/fixtures/check/glossary.yaml'
const ui = 'test/fixtures/formats/ui-glossary.yaml'
const real = 'test/fixtures/real/symfony-xliff/validators.pt.xlf'

function glosa(args: string[], cwd = root) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1', GLOSA_LOCALE: 'en'}
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

interface JsonHit {
  entry: string
  text: string
  lang: string
  status: string
  unit: string
  side: string
  position: {start: {line: number; column: number; offset: number}; end: {line: number; column: number}}
}

function jsonHits(args: string[]): JsonHit[] {
  const result = glosa(['tag', '--json', ...args])
  expect(result.stderr).toBe('')
  expect(result.code).toBe(0)
  return (JSON.parse(result.stdout) as {hits: JsonHit[]}).hits
}

const brief = (hit: JsonHit) =>
  `${hit.position.start.line}:${hit.position.start.column}-${hit.position.end.line}:${hit.position.end.column} ${hit.unit} ${hit.side} ${hit.text} (${hit.entry}, ${hit.lang} ${hit.status})`

describe('glosa tag on bilingual files', {timeout: 60_000}, () => {
  it('tags both sides of each XLIFF unit, at the line and column of the text in the file', () => {
    const hits = jsonHits(['--glossary', glossary, 'test/fixtures/formats/planted.xlf'])
    expect(hits.map(brief)).toEqual([
      '6:32-6:41 welcome source inference (inference, en preferred)',
      '7:41-7:51 welcome target inferência (inference, pt preferred)',
      '12:21-12:29 training source training (training, en preferred)',
      '18:17-18:19 ai source AI (artificial-intelligence-acronym, en preferred)',
      '19:31-19:33 ai target AI (artificial-intelligence-acronym, pt deprecated)',
      '58:17-58:23 brand source Nvidia (nvidia, en preferred)',
      '58:24-58:27 brand source H20 (h20, en preferred)',
      '59:17-59:23 brand target Nvidia (nvidia, pt preferred)',
      '59:24-59:27 brand target H20 (h20, pt preferred)'
    ])
  })

  it('places a hit in a PO string (msgid and msgstr) and in a JSON resource file by the characters the file holds', () => {
    expect(jsonHits(['--glossary', glossary, 'test/fixtures/formats/planted.po']).map(brief)).toEqual([
      '12:31-12:40 Welcome, %s! Start the inference. source inference (inference, en preferred)',
      '13:33-13:43 Welcome, %s! Start the inference. target inferência (inference, pt preferred)',
      '16:12-16:20 The training finished. source training (training, en preferred)',
      '20:8-20:10 AI is enabled. source AI (artificial-intelligence-acronym, en preferred)',
      '21:11-21:13 AI is enabled. target AI (artificial-intelligence-acronym, pt deprecated)'
    ])
    expect(jsonHits(['--glossary', glossary, 'test/fixtures/formats/json/clean.pt-PT.json']).map(brief)).toEqual([
      '4:30-4:40 nav.inference text inferência (inference, pt preferred)',
      '10:18-10:24 training text treino (training, pt-PT preferred)'
    ])
  })

  it('on a real XLIFF file, tags each side in its language: pt-PT `ficheiro` in the target, never in the source', () => {
    const result = glosa(['tag', '--glossary', ui, real])
    expect(result.code).toBe(0)
    const lines = result.stdout.split('\n')
    expect(lines[0]).toMatch(/^position +text +entry +term +lang +status +kind +unit +side$/)
    expect(lines[1]).toMatch(/^6:30 +form +form +form +en +preferred +exact +28 +source$/)
    expect(lines[2]).toMatch(/^7:30 +formulário +form +formulário +pt +preferred +exact +28 +target$/)
    expect(lines).toContainEqual(
      expect.stringMatching(/^11:27 +ficheiro +file +ficheiro +pt-PT +preferred +exact +29 +target$/)
    )
    expect(lines.at(-2)).toBe('19 hits of 3 entries in 9 units (exact 17, inflection 2)')
  })

  it('never tags a term inside a placeholder: `{{model}}` names a variable', () => {
    const folder = mkdtempSync(join(tmpdir(), 'glosa-tag-units-'))
    writeFileSync(join(folder, 'en.json'), '{"run": "Run {{inference}} and inference"}\n')
    const hits = jsonHits(['--glossary', join(root, glossary), join(folder, 'en.json')])
    expect(hits.map(brief)).toEqual(['1:32-1:41 run text inference (inference, en preferred)'])
  })

  it('refuses a binary file named .xlf, exit 2, as check does', () => {
    const folder = mkdtempSync(join(tmpdir(), 'glosa-tag-units-'))
    writeFileSync(join(folder, 'strings.xlf'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0xff, 0xfe]))
    const result = glosa(['tag', 'strings.xlf'], folder)
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/^glosa: strings\.xlf/)
  })
})

describe('glosa annotate --layout side-by-side on bilingual files', {timeout: 60_000}, () => {
  it('lays out each translated unit of a real XLIFF file as a row, source terms marked, definitions after', () => {
    const result = glosa(['annotate', '--glossary', ui, real, '--layout', 'side-by-side'])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const lines = result.stdout.split('\n')
    expect(lines.slice(0, 6)).toEqual([
      '<!-- glosa:side-by-side -->',
      '',
      '| Original | Tradução |',
      '| --- | --- |',
      '| This form[^glosa-form] should not contain extra fields. | Este formulário não deveria possuir mais campos. |',
      '| The uploaded file[^glosa-file] was too large. Please try to upload a smaller file. | O ficheiro enviado é muito grande. Por favor, tente enviar um ficheiro menor. |'
    ])
    // One row per unit of the file (each has a target), whatever its sentences; the header and its rule aside.
    const units = readFileSync(join(root, real), 'utf8').match(/<trans-unit /g)!.length
    expect(lines.filter((line) => line.startsWith('| ')).length - 2).toBe(units)
    expect(result.stdout).toMatch(/^\[\^glosa-file\]: \*\*ficheiro\*\* \(português\) · \*file\* \(inglês\)/m)
  })

  it('shows inline codes as code and keeps a unit one row, its sentences in one cell', () => {
    const result = glosa([
      'annotate',
      '--glossary',
      glossary,
      'test/fixtures/formats/planted.xlf',
      '--layout',
      'side-by-side'
    ])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(
      '| Deleted `<ph id="1" disp="{count}"/>` files from `<pc id="2">`the folder`</pc>`. | Foram apagados `<ph id="3" disp="{count}"/>` ficheiros da `<pc id="2">`pasta`</pc>`. |'
    )
    const po = glosa([
      'annotate',
      '--glossary',
      glossary,
      'test/fixtures/formats/planted.po',
      '--layout',
      'side-by-side'
    ])
    expect(po.stdout).toContain(
      '| Welcome, %s! Start the inference[^glosa-inference]. | Bem-vindo, %d! Inicie a inferência. |'
    )
  })

  it('pairs two JSON resource files by key, in the source file order', () => {
    const result = glosa([
      'annotate',
      '--glossary',
      glossary,
      'test/fixtures/formats/json/en.json',
      'test/fixtures/formats/json/planted.pt-PT.json',
      '--layout',
      'side-by-side',
      '--style',
      'link'
    ])
    expect(result.code).toBe(0)
    expect(result.stdout.split('\n').slice(4, 7)).toEqual([
      '| Home | Início |',
      '| Run the [inference](#glosa-inference) | Executar a inferência |',
      '| {{count}} item | {{cnt}} item |'
    ])
  })

  it.each([
    [['annotate', 'test/fixtures/formats/planted.tmx'], 'test/fixtures/formats/planted.tmx', 'TMX'],
    [
      ['annotate', 'test/fixtures/formats/planted.po', '--layout', 'side-by-side', '--to', 'html'],
      'test/fixtures/formats/planted.po',
      'PO'
    ],
    [
      ['annotate', 'test/fixtures/align/markup.pt.md', 'test/fixtures/formats/clean.xliff', '--layout', 'side-by-side'],
      'test/fixtures/formats/clean.xliff',
      'XLIFF'
    ]
  ])('glosa %j: exit 2, saying a %s file is laid out side by side only', (args, file, format) => {
    expect(glosa(args)).toEqual({
      code: 2,
      stdout: '',
      stderr: `glosa: ${file}: glosa annotate lays a ${format} file out only side by side, as Markdown (--layout side-by-side; not with --to html, --in-place or a second file); glosa check reads it unit by unit\n`
    })
  })

  it('refuses a JSON resource file alone: it has no translation to show', () => {
    const result = glosa(['annotate', 'test/fixtures/formats/json/en.json', '--layout', 'side-by-side'])
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'glosa: test/fixtures/formats/json/en.json: glosa annotate lays a JSON resource file out beside its translation: give both (glosa annotate en.json pt.json --layout side-by-side)\n'
    })
  })
})
