import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'

const root = new URL('../../', import.meta.url).pathname
const fixture = (name: string) => `test/fixtures/align/${name}`
const seed = 'corpus/h20-ft/post.txt'
const folder = mkdtempSync(join(tmpdir(), 'glosa-align-'))
afterAll(() => rmSync(folder, {recursive: true, force: true}))

function glosa(...args: string[]) {
  const result = spawnSync(process.execPath, ['bin/glosa.js', 'align', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: {...process.env, GLOSA_LOCALE: 'en', COLUMNS: '100'}
  })
  return {stdout: result.stdout, stderr: result.stderr, status: result.status}
}

describe('glosa align', () => {
  it('links the seed commentary to the article it discusses, side by side', () => {
    const {stdout, stderr, status} = glosa(seed)
    expect(status).toBe(0)
    expect(stderr).toBe('')
    expect(stdout).toMatch(/^commentary: corpus\/h20-ft\/post\.txt \(pt-PT\) → corpus\/h20-ft\/post\.txt \(en\)/)
    expect(stdout).toContain('[b2.s1] Nota: o H20 é um chip')
    expect(stdout).toMatch(/→ \d\.\d\d {2}\[b7\.s1\] A group of Chinese regulators/)
    expect(stdout).toContain('H20 (name)')
    expect(stdout).toMatch(/\d+ links; 4 of 4 commentary sentences linked/)
  })

  it('says the same in Portuguese', () => {
    const {stdout, status} = glosa(seed, '--locale', 'pt-PT')
    expect(status).toBe(0)
    expect(stdout).toMatch(/^comentário: /)
    expect(stdout).toContain('H20 (nome)')
    expect(stdout).toMatch(/ligações; 4 de 4 frases do comentário ligadas/)
  })

  it('prints the machine form with --json', () => {
    const {stdout, status} = glosa(seed, '--json')
    expect(status).toBe(0)
    const value = JSON.parse(stdout)
    expect(Object.keys(value)).toEqual(['mode', 'source', 'target', 'pairs', 'links'])
    expect(value.mode).toBe('commentary')
    expect(value.source.segments[0]).toMatchObject({id: 'b2.s1', position: {start: {line: 1, column: 23, offset: 22}}})
    expect(value.links[0]).toMatchObject({source: 0, target: expect.any(Number), score: expect.any(Number)})
    expect(value.links[0].evidence[0]).toHaveProperty('kind')
  })

  it('aligns two sentence-per-line files and prints vecalign lines, omissions unmatched', () => {
    const {stdout, status} = glosa(
      fixture('report.pt.txt'),
      fixture('report.short.en.txt'),
      '--input',
      'lines',
      '--format',
      'vecalign'
    )
    expect(status).toBe(0)
    expect(stdout.split('\n').map((line) => line.replace(/:[\d.]+$/, ''))).toEqual([
      '[0]:[0]',
      '[1]:[1]',
      '[2]:[]',
      '[3]:[2]',
      '[4]:[3]',
      '[5]:[]',
      '[6]:[4]',
      '[7]:[5]',
      ''
    ])
  })

  it('aligns either order of languages', () => {
    const {stdout, status} = glosa(fixture('report.en.txt'), fixture('report.pt.txt'), '--input', 'lines', '--json')
    expect(status).toBe(0)
    const value = JSON.parse(stdout)
    expect(value.mode).toBe('parallel')
    expect(value.source.lang).toBe('en')
    expect(value.target.lang).toMatch(/^pt/)
    expect(value.pairs).toHaveLength(8)
  })

  it('aligns a translation whose translator merged sentences as parallel, in the order given', () => {
    const {stdout, stderr, status} = glosa(fixture('guide.en.md'), fixture('guide.pt-PT.md'))
    expect(status).toBe(0)
    expect(stderr).toBe('')
    expect(stdout).toMatch(
      /^parallel: test\/fixtures\/align\/guide\.en\.md \(en\) → test\/fixtures\/align\/guide\.pt-PT\.md \(pt-PT\)\n/
    )
  })

  it('aligns each pair of sentences the translator merged as one bead, at the end of a paragraph or list item as elsewhere', () => {
    const {stdout, stderr, status} = glosa(fixture('guide.en.md'), fixture('guide.pt-PT.md'), '--format', 'vecalign')
    expect(status).toBe(0)
    expect(stderr).toBe('')
    expect(stdout.split('\n').map((line) => line.replace(/:[\d.]+$/, ''))).toEqual([
      '[0]:[0]',
      '[1,2]:[1]',
      '[3]:[2]',
      '[4,5]:[3]',
      '[6]:[4]',
      '[7,8]:[5]',
      ''
    ])
  })

  it('links a commentary given after the article it discusses, and says that it takes the Portuguese file as the commentary', () => {
    const {stdout, stderr, status} = glosa(fixture('article.en.md'), fixture('comment.pt-PT.md'))
    expect(status).toBe(0)
    expect(stdout).toMatch(
      /^commentary: test\/fixtures\/align\/comment\.pt-PT\.md \(pt[-A-Z]*\) → test\/fixtures\/align\/article\.en\.md \(en\)\n/
    )
    expect(stderr).toBe(
      `glosa: note: ${fixture('comment.pt-PT.md')} is not a translation of ${fixture('article.en.md')}: it is read as a Portuguese commentary on it, so its sentences are linked to the text they discuss\n`
    )
    const portuguese = glosa(fixture('article.en.md'), fixture('comment.pt-PT.md'), '--locale', 'pt-PT')
    expect(portuguese.stderr).toBe(
      `glosa: nota: ${fixture('comment.pt-PT.md')} não é uma tradução de ${fixture('article.en.md')}: é lido como um comentário em português ao texto, por isso as suas frases são ligadas às frases que comentam\n`
    )
  })

  it('writes a TMX memory atomically with -o', () => {
    const output = join(folder, 'memory.tmx')
    const {stdout, status} = glosa(
      fixture('report.pt.txt'),
      fixture('report.en.txt'),
      '--input',
      'lines',
      '--format',
      'tmx',
      '-o',
      output
    )
    expect(status).toBe(0)
    expect(stdout).toBe('')
    const tmx = readFileSync(output, 'utf8')
    expect(tmx.match(/<tu /g)).toHaveLength(8)
    expect(tmx).toContain('segtype="sentence"')
  })

  it('leaves pairs less likely to be right than --min-confidence out of the memory', () => {
    const count = (value: string) =>
      (
        glosa(
          fixture('report.pt.txt'),
          fixture('report.en.txt'),
          '--input',
          'lines',
          '--format',
          'tmx',
          '--min-confidence',
          value
        ).stdout.match(/<tu /g) ?? []
      ).length
    expect(count('0')).toBe(8)
    expect(count('1')).toBe(0)
    const kept = glosa(
      fixture('report.pt.txt'),
      fixture('report.en.txt'),
      '--input',
      'lines',
      '--format',
      'vecalign',
      '--min-confidence',
      '0.94'
    )
      .stdout.trim()
      .split('\n')
      .filter(Boolean)
    expect(kept.length).toBeGreaterThan(0)
    for (const line of kept) expect(Number(line.split(':').pop())).toBeGreaterThanOrEqual(0.94)
  })

  it('writes Markdown documents into the TMX memory as plain prose, without markup', () => {
    const {stdout, status} = glosa(fixture('markup.pt.md'), fixture('markup.en.md'), '--format', 'tmx')
    expect(status).toBe(0)
    expect(stdout).toContain(
      '<seg>The H20 is a cut-down version of the H200, made for inference with vLLM rather than training.</seg>'
    )
    expect(stdout).not.toMatch(/<seg>[^<]*(?:\*\*|`|\]\(|\[\^|&lt;abbr)/)
  })

  it('refuses a blank line in --input lines, in English and in Portuguese (exit 2)', () => {
    const english = glosa(fixture('blank.pt.txt'), fixture('report.en.txt'), '--input', 'lines')
    expect(english.status).toBe(2)
    expect(english.stdout).toBe('')
    expect(english.stderr).toBe(
      `glosa: ${fixture('blank.pt.txt')}:2:1: line 2 is blank: with --input lines every line is one sentence (remove blank lines, or read the file as a document)\n`
    )
    const portuguese = glosa(fixture('blank.pt.txt'), fixture('report.en.txt'), '--input', 'lines', '--locale', 'pt-PT')
    expect(portuguese.status).toBe(2)
    expect(portuguese.stderr).toContain('a linha 2 está em branco')
  })

  it('refuses a missing file and an empty one (exit 2)', () => {
    const missing = glosa('nowhere.txt', fixture('report.en.txt'), '--input', 'lines')
    expect(missing.status).toBe(2)
    expect(missing.stderr).toBe('glosa: nowhere.txt: no such file\n')
    const empty = join(folder, 'empty.txt')
    writeFileSync(empty, '')
    const result = glosa(empty, fixture('report.en.txt'), '--input', 'lines', '--locale', 'pt-PT')
    expect(result.status).toBe(2)
    expect(result.stderr).toContain(`glosa: ${empty}: `)
  })

  it('refuses identical sides (exit 2)', () => {
    const {stderr, status} = glosa(fixture('report.pt.txt'), fixture('report.pt.txt'), '--input', 'lines')
    expect(status).toBe(2)
    expect(stderr).toContain('hold the same text: there is no translation to align')
  })

  it('warns when one side is ten times longer, and still aligns what it can', () => {
    const long = join(folder, 'long.en.txt')
    writeFileSync(long, readFileSync(join(root, fixture('report.en.txt')), 'utf8').repeat(12))
    const short = join(folder, 'short.pt.txt')
    writeFileSync(short, 'As receitas cresceram 12 % em relação ao ano anterior.\n')
    const {stdout, stderr, status} = glosa(
      short,
      long,
      '--input',
      'lines',
      '--format',
      'vecalign',
      '--mode',
      'parallel'
    )
    expect(status).toBe(0)
    expect(stderr).toMatch(/^glosa: warning: the target is \d+ times longer than the source/)
    expect(stdout).toMatch(/^\[0\]:\[\d+\]:/m)
  })

  it('warns when both sides are in the same language', () => {
    const {stderr, status} = glosa(
      fixture('report.en.txt'),
      fixture('report.short.en.txt'),
      '--input',
      'lines',
      '--locale',
      'pt-BR'
    )
    expect(status).toBe(0)
    expect(stderr).toContain('glosa: aviso: os dois lados estão na mesma língua (en)')
  })

  it('aligns texts that read as commentary as a translation for vecalign, TMX and XLIFF, saying so', () => {
    for (const format of ['vecalign', 'tmx', 'xliff']) {
      const {stdout, stderr, status} = glosa(fixture('article.en.md'), fixture('comment.pt-PT.md'), '--format', format)
      expect(status).toBe(0)
      expect(stdout.length).toBeGreaterThan(0)
      expect(stderr).toContain(
        `glosa: note: --format ${format} pairs a text with its translation, but the texts read as commentary: they are aligned as a translation`
      )
    }
    const portuguese = glosa(
      fixture('article.en.md'),
      fixture('comment.pt-PT.md'),
      '--format',
      'tmx',
      '--locale',
      'pt-PT'
    )
    expect(portuguese.stderr).toContain('glosa: nota: --format tmx emparelha um texto com a sua tradução')
  })

  it('refuses vecalign output for commentary links asked for with --mode commentary (exit 2)', () => {
    const {stderr, status} = glosa(seed, '--format', 'vecalign', '--mode', 'commentary')
    expect(status).toBe(2)
    expect(stderr).toContain('--format vecalign needs parallel pairs')
  })

  it('reads a lexicon file, and refuses one with a line that is not a pair (exit 2)', () => {
    const good = glosa(
      fixture('report.pt.txt'),
      fixture('report.en.txt'),
      '--input',
      'lines',
      '--lexicon',
      fixture('lexicon.tsv'),
      '--format',
      'vecalign'
    )
    expect(good.status).toBe(0)
    expect(good.stdout.split('\n')).toHaveLength(9)
    const bad = join(folder, 'bad.tsv')
    writeFileSync(bad, 'casa\thouse\nsem par\n')
    const result = glosa(
      fixture('report.pt.txt'),
      fixture('report.en.txt'),
      '--input',
      'lines',
      '--lexicon',
      bad,
      '--locale',
      'pt-PT'
    )
    expect(result.status).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe(
      `glosa: ${bad}:2:1: a linha 2 do léxico não é um par: escreva 'pt<TAB>en' ou 'en<TAB>pt'\n`
    )
  })

  it('reads a lexicon saved as UTF-16 with a byte-order mark, as Windows tools save word lists, the same as its UTF-8 original', () => {
    const original = readFileSync(fixture('lexicon.tsv'), 'utf8')
    const utf8 = glosa(
      fixture('report.pt.txt'),
      fixture('report.en.txt'),
      '--input',
      'lines',
      '--lexicon',
      fixture('lexicon.tsv'),
      '--json'
    )
    for (const [name, bytes] of [
      ['little.tsv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(original, 'utf16le')])],
      ['big.tsv', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(original, 'utf16le').swap16()])]
    ] as const) {
      const lexicon = join(folder, name)
      writeFileSync(lexicon, bytes)
      const {stdout, stderr, status} = glosa(
        fixture('report.pt.txt'),
        fixture('report.en.txt'),
        '--input',
        'lines',
        '--lexicon',
        lexicon,
        '--json'
      )
      expect(stderr).toBe('')
      expect(status).toBe(0)
      expect(stdout).toBe(utf8.stdout)
    }
  })

  it('refuses a document without an English part (exit 2)', () => {
    const {stdout, stderr, status} = glosa(fixture('portuguese-only.md'))
    expect(status).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe(
      `glosa: ${fixture('portuguese-only.md')}: this document has no English part to align (give the source and the target as two files)\n`
    )
  })

  it('needs two files for --input lines', () => {
    const {stderr, status} = glosa(fixture('report.pt.txt'), '--input', 'lines')
    expect(status).toBe(2)
    expect(stderr).toContain('--input lines needs two files')
  })

  it('prints its help in every locale', () => {
    const english = spawnSync(process.execPath, ['bin/glosa.js', 'align', '--help'], {cwd: root, encoding: 'utf8'})
    expect(english.stdout).toContain('Usage: glosa align <file> [options]')
    const portuguese = spawnSync(process.execPath, ['bin/glosa.js', 'align', '--help', '--locale', 'pt-BR'], {
      cwd: root,
      encoding: 'utf8'
    })
    expect(portuguese.stdout).toContain('Uso: glosa align <arquivo> [opções]')
  })
})
