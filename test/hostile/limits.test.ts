// Limits: input size, devices, FIFOs, nesting in configurations and globs, patterns that reach out.
import {spawnSync} from 'node:child_process'
import {closeSync, mkdirSync, openSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {expectNoStackTrace, hostile, projectRoot, scratch} from './helpers.js'

const en = '# Hello\n\nThe chip is fast. The memory is small.\n'
const pt = '# Olá\n\nO chip é rápido. A memória é pequena.\n'

describe('input size and kind', () => {
  it('refuses a device named as a file (glosa segment /dev/zero ends at once)', () => {
    for (const command of [['segment'], ['strip'], ['tag'], ['glossary', 'lint'], ['annotate']]) {
      hostile({
        args: [...command, '/dev/zero'],
        code: 2,
        message: /^glosa: \/dev\/zero: this is a device, not a file/m,
        portuguese: /dispositivo/
      })
    }
  })

  it('stops reading an endless standard input at the size limit', () => {
    const zero = openSync('/dev/zero', 'r')
    try {
      const result = spawnSync(
        process.execPath,
        [join(projectRoot, 'bin/glosa.js'), 'segment', '-', '--max-size', '1M'],
        {stdio: [zero, 'pipe', 'pipe'], encoding: 'utf8', timeout: 30_000}
      )
      expectNoStackTrace(result.stderr)
      expect(result.stderr).toBe(
        'glosa: -: the input is larger than 1 MiB, the size limit: nothing was read past it (raise the limit with --max-size)\n'
      )
      expect(result.status).toBe(2)
    } finally {
      closeSync(zero)
    }
  })

  it('applies --max-size to every command that reads, glossaries and configurations too', () => {
    const files = {'en.md': en, 'pt.md': pt, 'g.tsv': 'en\tpt\nchip\tchip\n'}
    for (const args of [
      ['segment', 'en.md'],
      ['strip', 'en.md'],
      ['tag', 'en.md', '--glossary', 'g.tsv'],
      ['annotate', 'en.md'],
      ['align', 'en.md', 'pt.md'],
      ['check', 'en.md', 'pt.md', '--glossary', 'g.tsv'],
      ['glossary', 'lint', 'g.tsv'],
      ['glossary', 'convert', 'g.tsv', '--to', 'yaml']
    ]) {
      hostile({
        files,
        args: [...args, '--max-size', '10'],
        code: 2,
        message: /: the input is larger than 10 bytes, the size limit/
      })
    }
    // Without a glossary to read first, check reports each file as not checked, in its report.
    const check = hostile({files, args: ['check', 'en.md', 'pt.md', '--max-size=10'], code: 2, message: 'any'})
    expect(check.stdout).toMatch(/en\.md\n.*not checked: the input is larger than 10 bytes/)
    hostile({
      files,
      args: ['segment', 'en.md', '--max-size', 'lots'],
      code: 2,
      message: /^glosa: --max-size expects a size such as 256M/m,
      portuguese: /espera um tamanho/
    })
  })

  it('reads a FIFO nobody writes into as empty instead of waiting for ever', () => {
    const run = hostile({
      files: {'pipe.md': {fifo: true}},
      args: ['segment', 'pipe.md'],
      code: 2,
      message: /^glosa: pipe\.md: the file is empty/m
    })
    expect(run.stdout).toBe('')
  })

  it('names UTF-16 without a byte-order mark, not "binary"', () => {
    hostile({
      files: {'u.md': Buffer.from('# Olá\n\nO chip é rápido.\n', 'utf16le')},
      args: ['segment', 'u.md'],
      code: 2,
      message: /u\.md: this looks like UTF-16LE text without a byte-order mark/
    })
  })
})

describe('glossary nesting', () => {
  const deep = {
    'deep.json': '{"entries": ' + '['.repeat(100_000) + ']'.repeat(100_000) + '}',
    'deep.yaml': 'entries: ' + '['.repeat(100_000) + ']'.repeat(100_000) + '\n',
    'sequences.yaml': '- '.repeat(100_000) + 'chip\n',
    'indented.yaml': Array.from({length: 200}, (_, level) => ' '.repeat(level) + `k${level}:`).join('\n') + ' chip\n'
  }
  const places: Record<keyof typeof deep, string> = {
    'deep.json': '1:76',
    'deep.yaml': '1:73',
    'sequences.yaml': '1:129',
    'indented.yaml': '65:68'
  }

  it.each(Object.keys(deep) as Array<keyof typeof deep>)(
    'refuses %s, nested 100,000 (or 200) deep, at the place it passes 64 levels, in lint and in tag',
    (name) => {
      const format = name.endsWith('.json') ? 'JSON' : 'YAML'
      const message = new RegExp(
        `^glosa: ${name.replace('.', '\\.')}:${places[name]}: this is not valid ${format} for glosa: maps and lists nest deeper than 64 levels here`,
        'm'
      )
      hostile({
        files: {[name]: deep[name]},
        args: ['glossary', 'lint', name],
        code: 2,
        message,
        portuguese: /mapas e listas encaixam-se aqui a mais de 64 níveis/
      })
      hostile({files: {[name]: deep[name], 'en.md': en}, args: ['tag', 'en.md', '--glossary', name], code: 2, message})
    }
  )
})

describe('configuration limits', () => {
  const deep = '{"files": ' + '['.repeat(100_000) + ']'.repeat(100_000) + '}'

  it('refuses a configuration nested 100,000 deep with its place', () => {
    hostile({
      files: {'glosa.config.json': deep},
      args: ['check'],
      code: 2,
      message: /glosa\.config\.json:1:74: objects and arrays nest deeper than 64 levels/m,
      portuguese: /encaixam-se/
    })
  })

  it('refuses a glob of 5,000 nested braces and a 20 MB glob without printing them', () => {
    const braces = JSON.stringify({files: ['{'.repeat(5000) + 'a' + '}'.repeat(5000)]})
    hostile({
      files: {'glosa.config.json': braces},
      args: ['check'],
      code: 2,
      message: /glosa\.config\.json:1:11: the pattern '\{+…' is 10001 characters long/
    })
    const nested = JSON.stringify({files: ['{'.repeat(1000) + 'a' + '}'.repeat(1000)]})
    hostile({
      files: {'glosa.config.json': nested},
      args: ['check'],
      code: 2,
      message: /nests braces deeper than 16 levels/
    })
    const huge = JSON.stringify({files: ['x'.repeat(20_000_000)]})
    const run = hostile({
      files: {'glosa.config.json': huge},
      args: ['check'],
      code: 2,
      message: /the pattern 'x+…' is 20000000 characters long; a pattern may have at most 4096/
    })
    expect(run.stderr.length).toBeLessThan(400)
  })

  it('refuses an oversized pattern in an ignore rule at its place', () => {
    const config = JSON.stringify({
      files: ['en.md'],
      ignore: [{files: ['{'.repeat(40) + 'a' + '}'.repeat(40)], rules: ['untranslated']}]
    })
    hostile({
      files: {'glosa.config.json': config, 'en.md': en},
      args: ['check'],
      code: 2,
      message: /glosa\.config\.json:1:\d+: the pattern '\{+a?\}*…?' nests braces deeper than 16 levels/
    })
  })

  it('refuses a pattern reaching outside the project, at its place', () => {
    hostile({
      files: {'glosa.config.json': '{\n  "files": ["docs/*.md", "../../etc/*.conf"]\n}\n', 'docs/a.md': en},
      args: ['check'],
      code: 2,
      message: /glosa\.config\.json:2:26: the pattern '\.\.\/\.\.\/etc\/\*\.conf' reaches outside the project folder/m,
      portuguese: /sai da pasta do projeto/
    })
    hostile({
      files: {'glosa.config.json': '{"pairs": [{"source": "en/*.md", "target": "{pt,../x}/*.md"}]}', 'en/a.md': en},
      args: ['check'],
      code: 2,
      message: /reaches outside/
    })
  })
})

describe('globs', () => {
  it('matches `*a*a*…(25 stars)*b.md` against a 60-letter name, and `**/` twenty times against a 40-deep path', () => {
    const long = 'a'.repeat(60)
    const deep = Array.from({length: 40}, (_, index) => `d${index}`).join('/')
    const patterns = {files: ['redos/' + '*a'.repeat(25) + '*b.md', '**/'.repeat(20) + 'x.md']}
    const checked = hostile({
      files: {
        'glosa.config.json': JSON.stringify(patterns),
        [`redos/${long}.md`]: en,
        [`redos/${long}b.md`]: en,
        [`${deep}/x.md`]: en
      },
      args: ['check', '--report', 'json'],
      code: 0
    })
    const paths = (JSON.parse(checked.stdout) as Array<{path: string}>).map((file) => file.path)
    expect(paths).toEqual(expect.arrayContaining([`redos/${long}b.md`, `${deep}/x.md`]))
    expect(paths).not.toContain(`redos/${long}.md`)
  })

  it('follows symbolic links to translations and folders, once through a loop', () => {
    const dir = scratch({
      'glosa.config.json': JSON.stringify({pairs: [{source: 'en/**/*.md', target: 'pt/**/*.md'}]}),
      'en/a.md': en,
      'shared/a.md': pt,
      'pt/a.md': {link: '../shared/a.md'}
    })
    mkdirSync(join(dir, 'en/loop'))
    spawnSync('ln', ['-s', '..', join(dir, 'en/loop/back')])
    const result = spawnSync(process.execPath, [join(projectRoot, 'bin/glosa.js'), 'check', '--report', 'json'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 30_000
    })
    expectNoStackTrace(result.stderr)
    expect(result.stderr).not.toMatch(/matches no file/)
    const files = JSON.parse(result.stdout) as Array<{path: string}>
    expect(files.map((file) => file.path)).toContain('pt/a.md')
  })
})
