// Hostile glossaries: keys and language codes named like JavaScript's own properties,
// YAML tags, odd line endings, ids made from odd terms. Through the public commands,
// so the cases hold whichever reader runs.
import {describe, expect, it} from 'vitest'
import {hostile} from './helpers.js'

const en = 'The chip and the constructor and __proto__ and toString and hasOwnProperty.\n'
const pt = 'O chip e o constructor e __proto__ e prototype.\n'

const glossaries: Record<string, string> = {
  'keys.yaml': [
    'languages: [en, pt]',
    'entries:',
    '  - id: __proto__',
    '    definition:',
    '      en: A chip.',
    '      __proto__: hmm',
    '      constructor: x',
    '    terms:',
    '      en: [chip]',
    '      pt: [chip]',
    '      __proto__: [x]',
    '  - id: constructor',
    '    terms:',
    '      en: [constructor]',
    '      constructor: [prototype]',
    '  - id: prototype',
    '    terms:',
    '      en: [__proto__]',
    '      pt: [hasOwnProperty]',
    ''
  ].join('\n'),
  'keys.json': JSON.stringify({
    languages: ['en', 'pt'],
    entries: [
      {id: '__proto__', terms: {en: ['chip'], pt: ['chip'], __proto__: ['x'], constructor: ['y']}},
      {id: 'constructor', definition: {__proto__: 'd', en: 'x'}, terms: {en: ['toString'], prototype: ['z']}}
    ]
  }).replace('"terms":{"en":["chip"],"pt":["chip"]', '"terms":{"en":["chip"],"pt":["chip"],"__proto__":["x"]'),
  'keys.tsv': 'en\tpt\tnote\n__proto__\tconstructor\tx\nchip\tchip\tprototype\n',
  'keys.csv': 'en,pt,note\n__proto__,constructor,x\nchip,chip,constructor\n',
  'keys.tbx': [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tbx type="TBX-Core" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">',
    '<tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>',
    '<text><body>',
    '<conceptEntry id="__proto__"><langSec xml:lang="__proto__"><termSec><term>chip</term></termSec></langSec><langSec xml:lang="en"><termSec><term>constructor</term></termSec></langSec></conceptEntry>',
    '<conceptEntry id="constructor"><langSec xml:lang="constructor"><termSec><term>x</term></termSec></langSec><langSec xml:lang="pt"><termSec><term>__proto__</term></termSec></langSec></conceptEntry>',
    '</body></text></tbx>',
    ''
  ].join('\n')
}

describe('__proto__, constructor and prototype in glossaries', () => {
  it.each(Object.keys(glossaries))(
    '%s: ordinary strings or located messages, never a crash, in every command',
    (name) => {
      const files = {'en.md': en, 'pt.md': pt, [name]: glossaries[name]!}
      // Lint names what it does not know (exit 1 or 0), never an internal error.
      const lint = hostile({files, args: ['glossary', 'lint', name], code: [0, 1]})
      expect(lint.stdout).toMatch(new RegExp(`^(?:${name.replace('.', '\\.')}\\n|✓ no problems)`))
      const tag = hostile({files, args: ['tag', 'en.md', '--glossary', name, '--json'], code: 0, message: 'any'})
      const hits = (JSON.parse(tag.stdout) as {hits: Array<{entry: string; text: string}>}).hits
      expect(hits.length).toBeGreaterThan(0)
      for (const hit of hits) expect(typeof hit.entry).toBe('string')
      hostile({files, args: ['check', 'en.md', 'pt.md', '--glossary', name], code: [0, 1], message: 'any'})
      hostile({files, args: ['annotate', 'en.md', '--glossary', name], code: 0, message: 'any'})
      for (const to of ['yaml', 'tbx', 'tsv'])
        hostile({files, args: ['glossary', 'convert', name, '--to', to], code: 0, message: 'any'})
    }
  )

  it.each([
    ['keys.tsv', 'en\tpt\t__proto__\nchip\tchip\tx\n'],
    ['keys.csv', 'en,pt,constructor\nchip,chip,x\n']
  ])('%s: refuses a column named like a property, at the header, naming the columns', (name, text) => {
    hostile({
      files: {[name]: text},
      args: ['glossary', 'lint', name],
      code: 2,
      message: new RegExp(`^glosa: ${name.replace('.', '\\.')}:1:1: the header names columns glosa does not know`, 'm')
    })
  })

  it('keeps constructor and __proto__ as ordinary entry ids and terms', () => {
    const files = {
      'g.tsv': 'en\tpt\nconstructor\tconstrutor\n__proto__\tprototype\n',
      'en.md': 'The constructor runs.\n'
    }
    const run = hostile({files, args: ['tag', 'en.md', '--glossary', 'g.tsv', '--json'], code: 0})
    const hits = (JSON.parse(run.stdout) as {hits: Array<{entry: string; text: string}>}).hits
    expect(hits.map((hit) => [hit.entry, hit.text])).toEqual([['constructor', 'constructor']])
    const yaml = hostile({files, args: ['glossary', 'convert', 'g.tsv', '--to', 'yaml'], code: 0})
    expect(yaml.stdout).toMatch(/id: proto\n +terms:\n +en:\n +- __proto__\n +pt:\n +- prototype\n/)
  })
})

describe('YAML tags', () => {
  it.each([
    ['!!binary "aGVsbG8="', '!!binary'],
    ['!!js/function "function () {}"', '!!js/function'],
    ['!custom chip', '!custom']
  ])('refuses %s with a located message', (value, tag) => {
    const glossary = `languages: [en, pt]\nentries:\n  - id: chip\n    terms:\n      en: [${value}]\n      pt: [chip]\n`
    hostile({
      files: {'g.yaml': glossary},
      args: ['glossary', 'lint', 'g.yaml'],
      code: 2,
      message: new RegExp(
        `^glosa: g\\.yaml:5:\\d+: the YAML tag '${tag.replace(/[!/]/g, '\\$&')}' is not read by glosa`,
        'm'
      ),
      portuguese: /etiqueta YAML/
    })
  })

  it('refuses a tag in a large glossary too', () => {
    const entries = Array.from(
      {length: 3000},
      (_, index) => `  - id: e${index}\n    terms:\n      en: [term${index}]\n      pt: [termo${index}]\n`
    ).join('')
    const glossary = `languages: [en, pt]\nentries:\n${entries}  - id: last\n    terms:\n      en: [!!binary "aGVsbG8="]\n`
    hostile({
      files: {'g.yaml': glossary},
      args: ['glossary', 'lint', 'g.yaml'],
      code: 2,
      message: /g\.yaml:\d+:\d+: the YAML tag '!!binary'/
    })
  })
})

describe('delimited glossaries and ids', () => {
  it('reads TSV and CSV with lone CR line endings (Excel "Macintosh")', () => {
    for (const [name, text] of [
      ['g.tsv', 'en\tpt\rchip\tchip\rmemory\tmemória\r'],
      ['g.csv', 'en,pt\rchip,chip\rmemory,memória\r']
    ]) {
      hostile({files: {[name]: text}, args: ['glossary', 'lint', name], code: 0})
      const yaml = hostile({files: {[name]: text}, args: ['glossary', 'convert', name, '--to', 'yaml'], code: 0})
      expect(yaml.stdout.match(/^ {2}- id: /gm)).toHaveLength(2)
      expect(yaml.stdout).toContain('memória')
    }
  })

  it('makes ids without lone surrogates, bidi or zero-width characters, in NFC', () => {
    const tsv = 'en\tpt\n🚀 rocket\tfoguetão\n\u202Echip\u200B\tchip\nmu\u0308sli\tmüsli\n🚀\tx\n'
    const run = hostile({files: {'g.tsv': tsv}, args: ['glossary', 'convert', 'g.tsv', '--to', 'tbx'], code: 0})
    const ids = [...run.stdout.matchAll(/conceptEntry id="([^"]*)"/g)].map((match) => match[1])
    expect(ids).toEqual(['rocket', 'chip', 'musli', 'term'])
    expect(run.stdout).not.toContain('\uFFFD')
  })
})

describe('invalid UTF-8 in every command', () => {
  it.each([['segment'], ['tag'], ['annotate'], ['strip'], ['align', 'en.md'], ['glossary', 'lint']])(
    '%s names line and column',
    (...command) => {
      const file = command[0] === 'glossary' ? 'bad.tsv' : 'bad.md'
      const args = command[0] === 'align' ? ['align', 'en.md', file] : [...command, file]
      hostile({
        files: {'en.md': en, [file]: Buffer.from('en\tpt\nol\xe1\tx\n', 'latin1')},
        args,
        code: 2,
        message: new RegExp(`${file.replace('.', '\\.')}:2:3: invalid UTF-8 at byte 8`)
      })
    }
  )

  it('check names line and column in its report', () => {
    const run = hostile({
      files: {'en.md': en, 'bad.md': Buffer.from('O chip\nol\xe1\n', 'latin1')},
      args: ['check', 'en.md', 'bad.md', '--report', 'json'],
      code: 2,
      message: 'any'
    })
    const files = JSON.parse(run.stdout) as Array<{
      path: string
      messages: Array<{line: number; column: number; reason: string}>
    }>
    expect(files.find((file) => file.path === 'bad.md')!.messages[0]).toMatchObject({
      line: 2,
      column: 3,
      reason: expect.stringMatching(/invalid UTF-8/)
    })
  })
})

describe('__proto__ and constructor in the configuration and check options', () => {
  it('refuses them as configuration keys and rule names, with their place', () => {
    hostile({
      files: {'glosa.config.json': '{"__proto__": {"x": 1}, "constructor": 1}', 'en.md': en},
      args: ['check'],
      code: 2,
      message: /glosa\.config\.json:1:2: unknown key '__proto__'/
    })
    hostile({
      files: {'glosa.config.json': '{"rules": {"constructor": "off"}, "files": ["en.md"]}', 'en.md': en},
      args: ['check'],
      code: 2,
      message: /glosa\.config\.json:1:12: unknown key 'constructor' in rules/
    })
    hostile({
      files: {'en.md': en, 'pt.md': pt},
      args: ['check', 'en.md', 'pt.md', '--rule', '__proto__=error'],
      code: 2,
      message: /^glosa: unknown rule '__proto__'/m
    })
  })
})
