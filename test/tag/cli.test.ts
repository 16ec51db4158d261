import {spawnSync} from 'node:child_process'
import {describe, expect, it} from 'vitest'

const fixtures = 'test/fixtures/tag/cli/'

/** Run the real binary (dist/ must be built: `npx tsc -p .`). */
function glosa(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ['bin/glosa.js', 'tag', ...args], {
    encoding: 'utf8',
    input,
    env: {...process.env, GLOSA_LOCALE: 'en', NO_COLOR: '1'}
  })
  return {stdout: result.stdout, stderr: result.stderr, status: result.status}
}

describe('glosa tag', () => {
  it('prints a table of hits and a stats line, with the bundled glossary by default', () => {
    const {stdout, stderr, status} = glosa(['corpus/h20-ft/post.txt'])
    expect(status).toBe(0)
    expect(stderr).toBe('')
    const lines = stdout.trimEnd().split('\n')
    expect(lines[0]).toMatch(/^position\s+text\s+entry\s+term\s+lang\s+status\s+kind$/)
    expect(lines[1]).toMatch(/^1:31\s+H20\s+h20\s+H20\s+pt\s+preferred\s+exact$/)
    expect(lines.at(-1)).toMatch(/^\d+ hits of \d+ entries in \d+ sentences \(exact \d+/)
  })

  it('prints {file, glossaries, hits, stats} with --json, hits with exactly the documented keys', () => {
    const {stdout, status} = glosa([fixtures + 'note.md', '--glossary', fixtures + 'mini.yaml', '--json'])
    expect(status).toBe(0)
    const report = JSON.parse(stdout) as {
      file: string
      glossaries: string[]
      hits: Array<Record<string, unknown>>
      stats: Record<string, unknown>
    }
    expect(Object.keys(report)).toEqual(['file', 'glossaries', 'hits', 'stats'])
    expect(report.file).toBe(fixtures + 'note.md')
    expect(report.glossaries).toEqual([fixtures + 'mini.yaml'])
    expect(report.hits).toEqual([
      {
        entry: 'h20',
        term: 'H20',
        lang: 'pt',
        status: 'preferred',
        text: 'H20',
        kind: 'exact',
        position: {start: {line: 1, column: 35, offset: 34}, end: {line: 1, column: 38, offset: 37}}
      },
      {
        entry: 'h20',
        term: 'H20',
        lang: 'en',
        status: 'preferred',
        text: 'H20s',
        kind: 'inflection',
        position: {start: {line: 3, column: 24, offset: 87}, end: {line: 3, column: 28, offset: 91}}
      }
    ])
    expect(report.stats).toEqual({
      hits: 2,
      entries: 1,
      sentences: 2,
      kinds: {exact: 1, inflection: 1},
      statuses: {preferred: 2}
    })
  })

  it('matches words without their accents with --diacritics', () => {
    const {stdout} = glosa([fixtures + 'note.md', '--glossary', fixtures + 'mini.yaml', '--json', '--diacritics'])
    const hits = (JSON.parse(stdout) as {hits: Array<{text: string; kind: string}>}).hits
    expect(hits.map((hit) => `${hit.text}:${hit.kind}`)).toEqual([
      'inferencia:diacritics',
      'H20:exact',
      'H20s:inflection'
    ])
  })

  it('reads standard input with -, and --format text reads Markdown code as text', () => {
    const input = 'The `H20` here.\n'
    const markdown = JSON.parse(
      glosa(['-', '--glossary', fixtures + 'mini.yaml', '--json', '--format', 'md'], input).stdout
    ) as {file: string; hits: unknown[]}
    const text = JSON.parse(
      glosa(['-', '--glossary', fixtures + 'mini.yaml', '--json', '--format', 'text'], input).stdout
    ) as {hits: unknown[]}
    expect(markdown.file).toBe('-')
    expect(markdown.hits).toHaveLength(0)
    expect(text.hits).toHaveLength(1)
  })

  it('says so in one line when there is no hit', () => {
    const {stdout, status} = glosa(['-', '--glossary', fixtures + 'mini.yaml'], 'Nothing to see.\n')
    expect(status).toBe(0)
    expect(stdout).toBe('0 hits of 0 entries in 0 sentences\n')
  })

  it('speaks European Portuguese with --locale pt-PT', () => {
    const {stdout} = glosa([fixtures + 'note.md', '--glossary', fixtures + 'mini.yaml', '--locale', 'pt-PT'])
    expect(stdout.split('\n')[0]).toMatch(/^posição\s+texto\s+entrada\s+termo\s+língua\s+estado\s+tipo$/)
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('2 ocorrências de 1 entrada em 2 frases (exact 1, inflection 1)')
  })

  it('documents every option in --help, in English and Portuguese', () => {
    for (const [locale, word] of [
      ['en', 'Usage'],
      ['pt-PT', 'Utilização'],
      ['pt-BR', 'Uso']
    ] as const) {
      const {stdout, status} = glosa(['--help', '--locale', locale])
      expect(status).toBe(0)
      expect(stdout).toContain(word)
      for (const option of ['--glossary', '--json', '--diacritics', '--format']) expect(stdout).toContain(option)
    }
  })
})

describe('glosa tag with bad input', () => {
  it.each([
    [
      ['no/such/file.md'],
      /^glosa: no\/such\/file\.md: no such file\n$/,
      /^glosa: no\/such\/file\.md: o ficheiro não existe\n$/
    ],
    [
      [fixtures + 'note.md', '--glossary', 'no/such/glossary.yaml'],
      /^glosa: no\/such\/glossary\.yaml: no such file\n$/,
      /^glosa: no\/such\/glossary\.yaml: o ficheiro não existe\n$/
    ],
    [
      [fixtures + 'note.md', '--format', 'docx'],
      /^glosa: option '--format' takes one of md, mdx, text, not 'docx'\n$/,
      /^glosa: .*'--format'.*'docx'.*\n$/
    ],
    [[], /^glosa: missing argument: <file\|->/, /^glosa: .*<file\|->/],
    [['a.md', 'b.md'], /^glosa: too many arguments: 'b\.md'/, /^glosa: .*'b\.md'/],
    [[fixtures + 'note.md', '--colour'], /^glosa: unknown option '--colour'/, /^glosa: .*'--colour'/]
  ])('glosa tag %j: a localised message and exit code 2, never a stack trace', (args, english, portuguese) => {
    const inEnglish = glosa(args)
    expect(inEnglish.status).toBe(2)
    expect(inEnglish.stdout).toBe('')
    expect(inEnglish.stderr).toMatch(english)
    const inPortuguese = glosa([...args, '--locale', 'pt-PT'])
    expect(inPortuguese.status).toBe(2)
    expect(inPortuguese.stderr).toMatch(portuguese)
    expect(inPortuguese.stderr).not.toMatch(/\bat \S+:\d+:\d+/)
  })

  it('rejects an empty document with a located message', () => {
    const {stderr, status} = glosa(['-'], '  \n')
    expect(status).toBe(2)
    expect(stderr).toBe('glosa: -: the file is empty: there is nothing to read\n')
  })
})
