import {spawnSync} from 'node:child_process'
import {copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it, vi} from 'vitest'
import {glossaryCacheFolder} from '../../src/glossary/cache.js'
import {readGlossaryFileWithIssues} from '../../src/glossary/index.js'
import {fixture} from './helpers.js'

const scratch = () => mkdtempSync(join(tmpdir(), 'glosa-cache-'))
const entriesOf = (folder: string) => readdirSync(folder).filter((name) => name.endsWith('.json'))

/** Change the title of the one glossary a cache folder holds: a later read that shows it came from the cache. */
function markCached(folder: string, title: string): void {
  const [entry] = entriesOf(folder)
  const path = join(folder, entry!)
  const stored = JSON.parse(readFileSync(path, 'utf8')) as {glossary: {title?: string}}
  stored.glossary.title = title
  writeFileSync(path, JSON.stringify(stored))
}

describe('the glossary cache', () => {
  it.each(['lint.yaml', 'v2-basic.tbx', 'v3-basic.tbx', 'omegat.en-pt_PT.tsv', 'header.csv'])('gives for %s what reading the file gives, issues included', (name) => {
    const cache = scratch()
    const read = readGlossaryFileWithIssues(fixture(name))
    expect(readGlossaryFileWithIssues(fixture(name), {cache})).toEqual(read)
    expect(entriesOf(cache)).toHaveLength(1)
    expect(readGlossaryFileWithIssues(fixture(name), {cache})).toEqual(read)
  })

  it('gives back a glossary with keys named like JavaScript’s own properties as read', () => {
    const cache = scratch()
    const file = join(scratch(), 'keys.yaml')
    writeFileSync(file, 'entries:\n  - id: __proto__\n    definition: {en: A chip., __proto__: hmm}\n    terms: {en: [chip], __proto__: [x]}\n')
    const read = readGlossaryFileWithIssues(file, {cache})
    const cached = readGlossaryFileWithIssues(file, {cache})
    expect(cached).toEqual(read)
    expect(cached.issues.map((issue) => issue.values)).toEqual([{value: '__proto__'}, {value: '__proto__'}])
    expect(Object.getPrototypeOf(cached.glossary.entries[0]!)).toBe(Object.prototype)
  })

  it('reads an unchanged file from the cache, and a changed one from the file', () => {
    const cache = scratch()
    const file = join(scratch(), 'g.yaml')
    copyFileSync(fixture('lint.yaml'), file)
    readGlossaryFileWithIssues(file, {cache})
    markCached(cache, 'from the cache')
    expect(readGlossaryFileWithIssues(file, {cache}).glossary.title).toBe('from the cache')
    writeFileSync(file, readFileSync(file, 'utf8') + '# changed\n')
    expect(readGlossaryFileWithIssues(file, {cache}).glossary.title).not.toBe('from the cache')
    expect(entriesOf(cache)).toHaveLength(2)
  })

  it('keeps other reading options apart', () => {
    const cache = scratch()
    const tab = readGlossaryFileWithIssues(fixture('columns.tsv'), {cache, columns: {source: '1', target: '2'}})
    const swapped = readGlossaryFileWithIssues(fixture('columns.tsv'), {cache, columns: {source: '2', target: '1'}})
    expect(swapped.glossary).not.toEqual(tab.glossary)
    expect(entriesOf(cache)).toHaveLength(2)
  })

  it('does not give another version of glosa what this one cached', async () => {
    const cache = scratch()
    readGlossaryFileWithIssues(fixture('lint.yaml'), {cache})
    markCached(cache, 'from the cache')
    vi.resetModules()
    vi.doMock('../../src/util/package.js', async (original) => ({...(await original<object>()), packageVersion: () => '99.0.0'}))
    const load = (await import('../../src/glossary/load.js')) as typeof import('../../src/glossary/load.js')
    expect(load.readGlossaryFileWithIssues(fixture('lint.yaml'), {cache}).glossary.title).not.toBe('from the cache')
    vi.doUnmock('../../src/util/package.js')
    expect(entriesOf(cache)).toHaveLength(2)
  })

  it('reads past a corrupt entry and rewrites it', () => {
    const cache = scratch()
    const read = readGlossaryFileWithIssues(fixture('lint.yaml'), {cache})
    const [entry] = entriesOf(cache)
    writeFileSync(join(cache, entry!), '{"key": "abc", "glossary": {"entr')
    expect(readGlossaryFileWithIssues(fixture('lint.yaml'), {cache})).toEqual(read)
    expect(JSON.parse(readFileSync(join(cache, entry!), 'utf8'))).toHaveProperty('glossary')
  })

  it('keeps the places of entries and terms apart, and reads past places that do not fit', () => {
    const cache = scratch()
    const read = readGlossaryFileWithIssues(fixture('lint.yaml'), {cache})
    const [entry] = entriesOf(cache)
    const path = join(cache, entry!)
    const stored = JSON.parse(readFileSync(path, 'utf8')) as {glossary: {entries: Array<{position: unknown; terms: Array<{position: unknown}>}>}; places: number[]}
    const packed = stored.glossary.entries.flatMap((each) => [each, ...each.terms])
    expect(packed.map((each) => each.position)).toEqual(packed.map(() => 0))
    expect(stored.places).toHaveLength(packed.length * 6)
    writeFileSync(path, JSON.stringify({...stored, glossary: {...stored.glossary, title: 'from the cache'}, places: stored.places.slice(6)}))
    expect(readGlossaryFileWithIssues(fixture('lint.yaml'), {cache})).toEqual(read)
    writeFileSync(path, JSON.stringify({...stored, glossary: {...stored.glossary, title: 'from the cache'}, places: [...stored.places, 1]}))
    expect(readGlossaryFileWithIssues(fixture('lint.yaml'), {cache})).toEqual(read)
  })

  it('reads the file when the cache cannot be written', () => {
    const blocked = join(scratch(), 'file')
    writeFileSync(blocked, '')
    expect(readGlossaryFileWithIssues(fixture('lint.yaml'), {cache: join(blocked, 'cache')})).toEqual(readGlossaryFileWithIssues(fixture('lint.yaml')))
  })

  it('keeps the 16 most recent glossaries', () => {
    const cache = scratch()
    const folder = scratch()
    for (let index = 0; index < 20; index++) {
      const file = join(folder, `g${index}.yaml`)
      writeFileSync(file, `entries:\n  - id: e${index}\n    terms: {en: [term]}\n`)
      readGlossaryFileWithIssues(file, {cache})
    }
    expect(entriesOf(cache)).toHaveLength(16)
  })

  it('lives where GLOSA_CACHE_DIR says, else in the user’s cache folder; off or empty: none', () => {
    expect(glossaryCacheFolder({GLOSA_CACHE_DIR: '/x'})).toBe('/x')
    expect(glossaryCacheFolder({GLOSA_CACHE_DIR: 'off'})).toBeUndefined()
    expect(glossaryCacheFolder({GLOSA_CACHE_DIR: ''})).toBeUndefined()
    expect(glossaryCacheFolder({XDG_CACHE_HOME: '/c'})).toBe('/c/glosa')
    expect(glossaryCacheFolder({})).toMatch(/[/\\]\.cache[/\\]glosa$/)
  })

  it('is used by the CLI, with the same output from the cache', () => {
    const cache = scratch()
    const root = new URL('../../', import.meta.url).pathname
    const run = () =>
      spawnSync(process.execPath, ['bin/glosa.js', 'tag', '--glossary', 'glossary/ai-chips.yaml', 'corpus/h20-ft/post.txt'], {
        cwd: root,
        encoding: 'utf8',
        env: {...process.env, GLOSA_CACHE_DIR: cache, GLOSA_LOCALE: 'en'}
      })
    const first = run()
    expect(first.status).toBe(0)
    expect(entriesOf(cache)).toHaveLength(1)
    const second = run()
    expect({stdout: second.stdout, stderr: second.stderr, code: second.status}).toEqual({stdout: first.stdout, stderr: first.stderr, code: first.status})
  })
})
