import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {compileGlob, expandGlob, matchGlob} from '../../src/check/glob.js'
import {loadConfig} from '../../src/check/config.js'
import {parseLocatedJson} from '../../src/util/json.js'
import {planChecks} from '../../src/check/plan.js'
import {GlosaError} from '../../src/util/errors.js'

function folder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'glosa-check-'))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), {recursive: true})
    writeFileSync(join(root, path), text)
  }
  return root
}

function error(run: () => unknown): GlosaError {
  try {
    run()
  } catch (caught) {
    if (caught instanceof GlosaError) return caught
    throw caught
  }
  throw new Error('expected a GlosaError')
}

describe('glob matcher', () => {
  it.each([
    ['docs/en/**/*.md', 'docs/en/a.md', true],
    ['docs/en/**/*.md', 'docs/en/guide/deep/a.md', true],
    ['docs/en/**/*.md', 'docs/en/a.txt', false],
    ['docs/en/**/*.md', 'docs/pt/a.md', false],
    ['docs/*.md', 'docs/guide/a.md', false],
    ['docs/?.md', 'docs/a.md', true],
    ['docs/?.md', 'docs/ab.md', false],
    ['docs/*.{md,markdown}', 'docs/a.markdown', true],
    ['docs/*.{md,markdown}', 'docs/a.txt', false],
    ['{docs,guide}/**', 'guide/x/y.md', true],
    ['./docs/a.md', 'docs/a.md', true],
    ['docs/a+b (1).md', 'docs/a+b (1).md', true],
    ['docs/a.md', 'docs/aXmd', false]
  ])('%s against %s: %s', (pattern, path, expected) => {
    expect(matchGlob(pattern, path)).toBe(expected)
  })

  it('captures each wildcard, so that two patterns pair files', () => {
    const glob = compileGlob('docs/en/**/*.md')
    expect(glob.wildcards).toEqual(['**', '*'])
    expect(glob.base).toBe('docs/en')
    expect(glob.match('docs/en/guide/intro.md')).toEqual(['guide', 'intro'])
  })

  it('captures what one star matches between fixed text in a name, characters of any width (property)', () => {
    const piece = fc.string({unit: fc.constantFrom('a', 'b', '.', 'é', '😀'), maxLength: 4})
    fc.assert(
      fc.property(piece, piece, piece, fc.boolean(), (before, after, name, star) => {
        // The definition: the name is `before`, then anything, then `after` (or equals the fixed name).
        const pattern = star ? `${before}*${after}` : before + after
        const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        const spec = new RegExp(`^${escape(before)}${star ? '(.*)' : ''}${escape(after)}$`, 'su').exec(name)
        expect(compileGlob(`docs/${pattern}`).match(`docs/${name}`)).toEqual(spec ? spec.slice(1) : undefined)
      }),
      {numRuns: 500}
    )
  })

  it('never lets * or ? cross a folder (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,5}(\/[a-z]{1,5}){1,3}$/), (path) => {
        expect(matchGlob('*', path)).toBe(false)
        expect(matchGlob('?', path)).toBe(false)
        expect(matchGlob('**', path)).toBe(true)
      })
    )
  })

  it('walks folders, leaving out node_modules and ignored files', () => {
    const root = folder({'docs/a.md': 'a', 'docs/b/c.md': 'c', 'docs/node_modules/x.md': 'x', 'docs/draft/d.md': 'd'})
    expect(expandGlob('docs/**/*.md', root, ['docs/draft/**']).map((item) => item.path)).toEqual([
      'docs/a.md',
      'docs/b/c.md'
    ])
  })
})

describe('located JSON', () => {
  it('parses JSON and knows where each key is', () => {
    const {value, places} = parseLocatedJson('{\n  "a": [1, {"b": true}]\n}')
    expect(value).toEqual({a: [1, {b: true}]})
    expect(places.get('/a')).toEqual({line: 2, column: 3, offset: 4})
    expect(places.get('/a/1/b')).toEqual({line: 2, column: 13, offset: 14})
  })

  it.each([
    ['{\n  "a": 1,\n}', 'json.key', 3, 1],
    ['{"a" 1}', 'json.colon', 1, 6],
    ['{"a": tru}', 'json.value', 1, 7],
    ['[1 2]', 'json.commaOrEnd', 1, 4],
    ['{"a": "x}', 'json.string', 1, 7],
    ['{} x', 'json.trailing', 1, 4],
    ['{"a": 1, "a": 2}', 'json.duplicate', 1, 10]
  ])('locates %j', (text, key, line, column) => {
    const caught = error(() => parseLocatedJson(text, 'glosa.config.json'))
    expect(caught.key).toBe(`check:${key}`)
    expect(caught.place).toMatchObject({line, column})
    expect(caught.format('en')).toMatch(/^glosa\.config\.json:\d+:\d+: /)
  })

  it('agrees with JSON.parse on valid JSON (property)', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(parseLocatedJson(text).value).toEqual(JSON.parse(text))
      })
    )
  })
})

describe('configuration', () => {
  it('reads glosa.config.json, else the glosa key of package.json, else nothing', () => {
    const own = folder({
      'glosa.config.json': '{"rules": {"untranslated": "warning"}, "languages": {"target": "pt-PT"}}'
    })
    expect(loadConfig(own)).toMatchObject({rules: {untranslated: 'warning'}, languages: {target: 'pt-PT'}, root: own})
    const manifest = folder({'package.json': '{"name": "x", "glosa": {"aligned": true}}'})
    expect(loadConfig(manifest)).toMatchObject({aligned: true})
    expect(loadConfig(folder({'package.json': '{"name": "x"}'}))).toBeUndefined()
    expect(loadConfig(folder({}))).toBeUndefined()
  })

  it('says which key is unknown and where', () => {
    const root = folder({'glosa.config.json': '{\n  "pairs": [{"source": "a", "target": "b", "targte": "c"}]\n}'})
    const caught = error(() => loadConfig(root))
    expect(caught.format('en')).toBe(
      `${join(root, 'glosa.config.json')}:2:44: unknown key 'targte' in pairs[0] (expected one of source, target)`
    )
    const top = error(() => loadConfig(folder({'glosa.config.json': '{"rulez": {}}'})))
    expect(top.values.key).toBe('rulez')
    expect(top.place).toMatchObject({line: 1, column: 2})
  })

  it('locates JSON errors, in package.json too, and speaks Portuguese', () => {
    const root = folder({'package.json': '{"glosa": {"rules": {"untranslated": "loud"}}}'})
    expect(error(() => loadConfig(root)).format('pt-PT')).toBe(
      `${join(root, 'package.json')}:1:22: a regra 'untranslated' aceita error, warning, info, off, não 'loud'`
    )
    const broken = folder({'glosa.config.json': '{"rules": {"untranslated": "error",}}'})
    expect(error(() => loadConfig(broken)).format('en')).toMatch(
      /glosa\.config\.json:1:36: not valid JSON: unexpected '}' where a key in double quotes should be$/
    )
  })

  it('refuses unknown rules, languages and wrong types', () => {
    expect(error(() => loadConfig(folder({'glosa.config.json': '{"rules": {"typo-rule": "off"}}'}))).key).toBe(
      'check:error.configUnknownKeyIn'
    )
    expect(error(() => loadConfig(folder({'glosa.config.json': '{"languages": {"target": "fr"}}'}))).key).toBe(
      'check:error.lang'
    )
    expect(error(() => loadConfig(folder({'glosa.config.json': '{"glossaries": "a.tbx"}'}))).key).toBe(
      'check:error.configType'
    )
  })

  it('says the configuration itself should be an object when it is a list or a value, never an empty key name', () => {
    const root = folder({'glosa.config.json': '[]'})
    expect(error(() => loadConfig(root)).format('en')).toBe(
      `${join(root, 'glosa.config.json')}: the configuration should be an object`
    )
    expect(error(() => loadConfig(folder({'glosa.config.json': '"docs"'}))).format('pt-PT')).toMatch(
      /: a configuração devia ser um objeto$/
    )
  })
})

describe('planning a run from the configuration', () => {
  const files = {
    'docs/en/intro.md': 'x',
    'docs/en/guide/setup.md': 'x',
    'docs/en/guide/extra.md': 'x',
    'docs/pt/intro.md': 'x',
    'docs/pt/guide/setup.md': 'x',
    'docs/pt/guide/orphan.md': 'x',
    'notes/pt.md': 'x'
  }

  it('pairs translations with sources by what their wildcards matched, and lists the rest as not checked', () => {
    const root = folder(files)
    const plan = planChecks(
      {root, pairs: [{source: 'docs/en/**/*.md', target: 'docs/pt/**/*.md'}], files: ['notes/*.md']},
      root
    )
    expect(plan.pairs).toEqual([
      {source: 'docs/en/guide/setup.md', target: 'docs/pt/guide/setup.md'},
      {source: 'docs/en/intro.md', target: 'docs/pt/intro.md'}
    ])
    expect(plan.singles).toEqual(['notes/pt.md'])
    expect(plan.unchecked).toEqual([
      {
        path: 'docs/en/guide/extra.md',
        key: 'check:notChecked.noCounterpart',
        values: {expected: 'docs/pt/guide/extra.md'}
      },
      {path: 'docs/pt/guide/orphan.md', key: 'check:notChecked.noSource', values: {}}
    ])
  })

  it('applies ignore patterns', () => {
    const root = folder(files)
    const plan = planChecks(
      {root, pairs: [{source: 'docs/en/**/*.md', target: 'docs/pt/**/*.md'}], ignore: ['**/guide/**']},
      root
    )
    expect(plan.pairs).toEqual([{source: 'docs/en/intro.md', target: 'docs/pt/intro.md'}])
    expect(plan.unchecked).toEqual([])
  })

  it('says where in the configuration a pattern that matches nothing is', () => {
    const root = folder({...files, 'glosa.config.json': '{\n  "files": ["notes/*.md", "docs/fr/*.md"]\n}'})
    const config = loadConfig(root)!
    expect(error(() => planChecks(config, root)).format('en')).toBe(
      `${join(root, 'glosa.config.json')}:2:27: the pattern 'docs/fr/*.md' matches no file`
    )
  })

  it('refuses a pattern that matches nothing, and patterns whose wildcards differ', () => {
    const root = folder(files)
    const caught = error(() => planChecks({root, file: join(root, 'glosa.config.json'), files: ['docs/fr/*.md']}, root))
    expect(caught.format('pt-BR')).toBe(
      `${join(root, 'glosa.config.json')}: o padrão 'docs/fr/*.md' não corresponde a nenhum arquivo`
    )
    expect(
      error(() => planChecks({root, pairs: [{source: 'docs/en/**/*.md', target: 'docs/pt/*.md'}]}, root)).key
    ).toBe('check:error.globPair')
  })
})
