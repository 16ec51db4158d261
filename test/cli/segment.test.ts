import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

const seed = 'corpus/h20-ft/post.txt'
const folder = mkdtempSync(join(tmpdir(), 'glosa-segment-'))

/** Run the real binary with a clean locale environment. */
function glosa(args: string[], input?: string | Uint8Array) {
  const result = spawnSync(process.execPath, ['bin/glosa.js', 'segment', ...args], {
    cwd: new URL('../..', import.meta.url),
    encoding: 'utf8',
    env: {PATH: process.env.PATH ?? ''},
    ...(input === undefined ? {} : {input})
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

function file(name: string, bytes: string | Uint8Array): string {
  const path = join(folder, name)
  writeFileSync(path, bytes)
  return path
}

interface SegmentJson {
  file: string
  format: string
  languages: {document: string}
  blocks: Array<{
    id: string
    role: string
    lang: string
    author?: string
    position: object
    sentences: Array<Record<string, unknown>>
  }>
}

describe('glosa segment', () => {
  it('prints the seed as a table: one row per sentence, the block’s role on its first, and a summary', () => {
    const {code, stdout, stderr} = glosa([seed, '--width', '100'])
    expect([code, stderr]).toEqual([0, ''])
    const lines = stdout.trimEnd().split('\n')
    expect(lines[0]).toMatch(/^id +role +lang +line:col +sentence$/)
    expect(lines[1]).toMatch(/^b1\.s1 +attribution \(MarcoAntonio\) +pt\S* +1:1 +MarcoAntonio Escreveu:$/)
    expect(lines[2]).toMatch(/^b2\.s1 +paragraph +pt\S* +1:23 +Nota: o H20 é um chip/)
    expect(lines[3]).toMatch(/^b2\.s2 +pt\S* +1:231 +Tem um desempenho/)
    expect(lines.some((line) => /^b4\.s1 +headline +en +6:1 +Beijing turns against/.test(line))).toBe(true)
    expect(lines.filter((line) => / elision /.test(line))).toHaveLength(3)
    expect(lines.find((line) => line.startsWith('b23.s1'))).toMatch(/ credit +en +25:1 +FT$/)
    for (const line of lines) expect(Array.from(line).length).toBeLessThanOrEqual(100)
    expect(lines.some((line) => line.endsWith('…'))).toBe(true)
    expect(lines.at(-1)).toMatch(/^corpus\/h20-ft\/post\.txt \(text\): 23 blocks, 25 sentences; document language \S+/)
  })

  it('says it in Portuguese with --locale', () => {
    const {code, stdout} = glosa([seed, '--locale', 'pt-PT'])
    expect(code).toBe(0)
    expect(stdout.split('\n')[0]).toMatch(/^id +papel +língua +linha:col +frase$/)
    expect(stdout.trimEnd().split('\n').at(-1)).toMatch(/: 23 blocos, 25 frases; língua do documento /)
  })

  it('prints the machine form with --json, with exactly the documented fields', () => {
    const {code, stdout, stderr} = glosa([seed, '--json'])
    expect([code, stderr]).toEqual([0, ''])
    const json = JSON.parse(stdout) as SegmentJson
    expect(Object.keys(json)).toEqual(['file', 'format', 'languages', 'blocks'])
    expect(json).toMatchObject({file: seed, format: 'text'})
    const source = readFileSync(seed, 'utf8')
    for (const block of json.blocks) {
      expect(Object.keys(block)).toEqual([
        'id',
        'role',
        'lang',
        ...(block.author === undefined ? [] : ['author']),
        'position',
        'sentences'
      ])
      for (const sentence of block.sentences) {
        expect(Object.keys(sentence)).toEqual(['id', 'text', 'lang', 'confidence', 'position'])
        const {start, end} = sentence.position as {start: {offset: number}; end: {offset: number}}
        expect(source.slice(start.offset, end.offset).replace(/\n/g, ' ')).toBe(sentence.text)
      }
    }
    expect(json.blocks[0]).toMatchObject({id: 'b1', role: 'attribution', author: 'MarcoAntonio'})
    const portuguese = json.blocks.filter((block) => block.role === 'paragraph').flatMap((block) => block.sentences)
    expect(portuguese.map((sentence) => sentence.lang.slice(0, 2))).toEqual(['pt', 'pt', 'pt', 'pt'])
    expect(json.blocks.map((block) => block.role).filter((role) => role === 'elision')).toHaveLength(3)
  })

  it('reads a Markdown article: heading, paragraph sentences with their markup, a joined block quote, table cells', () => {
    const {code, stdout} = glosa(['test/fixtures/read/article/input.md', '--width', '90'])
    expect(code).toBe(0)
    const rows = stdout
      .split('\n')
      .slice(1, 9)
      .map((line) => line.split(/ {2,}/))
    expect(rows.map((row) => row[0])).toEqual(['b1.s1', 'b2.s1', 'b2.s2', 'b3.s1', 'b4.s1', 'b5.s1', 'b6.s1', 'b7.s1'])
    expect(stdout).toMatch(/^b1\.s1 +heading +\S+ +1:3 +Exportações$/m)
    expect(stdout).toMatch(/^b2\.s1 +paragraph +\S+ +3:1 +Os \*\*export controls\*\* mudaram em 2025\.$/m)
    expect(stdout).toMatch(/^b2\.s2 +\S+ +3:41 +Veja \[o guia\]\(https:\/\/example\.com\/guia "Guia"\)\.$/m)
    expect(stdout).toMatch(/^b3\.s1 +quote +\S+ +5:3 +A regra aplica-se a chips como o `H20`\.$/m)
    expect(stdout).toMatch(/^b7\.s1 +table-cell +\S+ +10:15 +inferência$/m)
  })

  it('reads standard input with -, its format from the content', () => {
    const {code, stdout} = glosa(['-', '--json'], '# Título\n\nUma frase. Outra frase.\n')
    expect(code).toBe(0)
    const json = JSON.parse(stdout) as SegmentJson
    expect(json).toMatchObject({file: '-', format: 'md'})
    expect(json.blocks.map((block) => [block.role, block.sentences.map((sentence) => sentence.text)])).toEqual([
      ['heading', ['Título']],
      ['paragraph', ['Uma frase.', 'Outra frase.']]
    ])
  })

  it('reads as the --format given: the seed as Markdown is one paragraph', () => {
    const json = JSON.parse(glosa([seed, '--json', '--format', 'md']).stdout) as SegmentJson
    expect(json.format).toBe('md')
    expect(json.blocks.map((block) => block.role)).toEqual(['paragraph'])
  })

  it('accepts a byte-order mark and CRLF, with positions exact in the text after the mark', () => {
    const json = JSON.parse(
      glosa([file('bom.txt', '\uFEFFPrimeira linha.\r\nSegunda linha.\r\n'), '--json']).stdout
    ) as SegmentJson
    expect(json.blocks[1]!.sentences[0]!.position).toEqual({
      start: {line: 2, column: 1, offset: 17},
      end: {line: 2, column: 15, offset: 31}
    })
  })

  it('stops quietly when the reader of its output goes away (glosa segment … | head)', () => {
    const long = file('long.md', Array.from({length: 3000}, (_, index) => `Frase número ${index}.`).join(' ') + '\n')
    const result = spawnSync('sh', ['-c', `"${process.execPath}" bin/glosa.js segment --json "${long}" | head -c 10`], {
      cwd: new URL('../..', import.meta.url),
      encoding: 'utf8',
      env: {PATH: process.env.PATH ?? ''}
    })
    expect([result.status, result.stdout, result.stderr]).toEqual([0, '{\n  "file"', ''])
  })

  it('shows its help in three languages', () => {
    expect(glosa(['--help']).stdout).toMatch(/^Usage: glosa segment <file\|-> \[options\]/)
    expect(glosa(['--help']).stdout).toContain('--format <md|mdx|text>')
    expect(glosa(['--help', '--locale', 'pt-PT']).stdout).toMatch(/^Utilização: glosa segment <ficheiro\|->/)
    expect(glosa(['--help', '--locale', 'pt-BR']).stdout).toMatch(/^Uso: glosa segment <arquivo\|->/)
  })
})

describe('glosa segment with bad input', () => {
  const cases: Array<[string, () => string[], RegExp, RegExp]> = [
    ['a missing file', () => [join(folder, 'nope.md')], /nope\.md: no such file$/, /nope\.md: o ficheiro não existe$/],
    ['an empty file', () => [file('empty.txt', '')], /empty\.txt: the file is empty/, /empty\.txt: .*vazio/],
    ['a binary file', () => [file('nul.txt', 'abc\0')], /nul\.txt: .*NUL byte at byte 3/, /nul\.txt: .*NUL/],
    [
      'invalid UTF-8',
      () => [file('latin1.txt', Buffer.from('Ola\ncafé', 'latin1'))],
      /latin1\.txt:2:4: invalid UTF-8 at byte 7 \(0xe9\)/,
      /latin1\.txt:2:4: .*UTF-8/
    ],
    ['a folder', () => [folder], /: this is a folder, not a file$/, /: .*pasta/],
    [
      'an unknown format',
      () => ['--format', 'docx', 'corpus/h20-ft/post.txt'],
      /option '--format' takes one of md, mdx, text, not 'docx'/,
      /--format/
    ],
    ['no file', () => [], /missing argument: <file\|->/, /<file\|->/],
    [
      'a too narrow width',
      () => ['--width', '5', 'corpus/h20-ft/post.txt'],
      /option '--width' takes a whole number of columns, at least 40, not '5'/,
      /'--width'.*40/
    ]
  ]

  it.each(cases)(
    'refuses %s with a located message, exit code 2 and nothing on standard output',
    (_, args, english, portuguese) => {
      const inEnglish = glosa(args())
      expect(inEnglish.code).toBe(2)
      expect(inEnglish.stdout).toBe('')
      expect(inEnglish.stderr.trimEnd()).toMatch(/^glosa: /)
      expect(inEnglish.stderr.trimEnd()).toMatch(english)
      const inPortuguese = glosa([...args(), '--locale', 'pt-PT'])
      expect(inPortuguese.code).toBe(2)
      expect(inPortuguese.stdout).toBe('')
      expect(inPortuguese.stderr.trimEnd()).toMatch(portuguese)
    }
  )
})
