import fc from 'fast-check'
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {assignShards} from '../../src/check/shard.js'
import {root, site, translations} from './site.js'

// The CLI as built (worker threads run dist/check/worker.js), in this process.
const {main} = (await import(join(root, 'dist/cli/main.js'))) as {main: typeof import('../../src/cli/main.js').main}

async function glosa(args: string[], cwd: string): Promise<{code: number; stdout: string}> {
  let stdout = ''
  const code = await main(args, {
    cwd,
    env: {LANG: 'C'},
    color: false,
    stdout: {write: (text: string) => (stdout += text)},
    stderr: {write: () => true}
  })
  return {code, stdout}
}

/** Sentences that render one concept two ways, so that consistency spans pages. */
const extras = [
  '\nA largura de banda importa.\n',
  '\nO débito de memória importa.\n',
  '\nThe memory bandwidth matters.\n',
  '',
  // Comments that a finding on either rendering uses, or that suppress nothing.
  '\n<!-- glosa-disable-next-line inconsistent-translation -->\nO débito de memória importa.\n',
  '\n<!-- glosa-disable-next-line -->\nA largura de banda importa.\n'
]

const siteShape = fc.record({
  pages: fc.dictionary(
    fc.constantFrom('a', 'b', 'c', 'guide/d', 'guide/e', 'f'),
    fc.constantFrom(...translations, null),
    {minKeys: 1, maxKeys: 5}
  ),
  extra: fc.dictionary(fc.constantFrom('pt/a', 'pt/b', 'pt/guide/d', 'pt/f', 'en/c'), fc.constantFrom(...extras), {
    maxKeys: 4
  }),
  unused: fc.constantFrom([], ['--report-unused-disables']),
  jobs: fc.integer({min: 2, max: 3}),
  shards: fc.integer({min: 1, max: 4}),
  report: fc.constantFrom('json', 'sarif')
})

describe('--jobs, --cache, --shard with report merge: the report of a plain run', {timeout: 600_000}, () => {
  it('gives the plain report byte for byte with --jobs N, with a cold and a warm cache, and with shards merged', async () => {
    await fc.assert(
      fc.asyncProperty(siteShape, async ({pages, extra, unused, jobs, shards, report}) => {
        const folder = site(
          pages,
          Object.fromEntries(
            Object.entries(extra).filter(
              ([page]) =>
                pages[page.slice(3)] !== undefined && (page.startsWith('en/') || pages[page.slice(3)] !== null)
            )
          )
        )
        const plain = await glosa(['check', '--report', report, ...unused, '--jobs', '1'], folder)
        const check = ['check', '--report', report, ...unused]
        expect(await glosa([...check, '--jobs', String(jobs)], folder)).toEqual(plain)
        expect(await glosa([...check, '--cache'], folder)).toEqual(plain)
        expect(await glosa([...check, '--cache', '--jobs', String(jobs)], folder)).toEqual(plain)
        const names: string[] = []
        for (let index = 1; index <= shards; index++) {
          const name = `shard-${index}.${report}`
          await glosa([...check, '--shard', `${index}/${shards}`, '-o', name], folder)
          names.push(name)
        }
        expect(await glosa(['report', 'merge', ...names], folder)).toEqual(plain)
      }),
      {numRuns: 12}
    )
  })

  it('merges a one-shard run back to the plain report, and a plain report to itself', async () => {
    const folder = site({a: 'clean.pt-PT.md', b: 'errors.pt-PT.md'}, {'pt/a': extras[1]!})
    const plain = await glosa(['check', '--report', 'json'], folder)
    await glosa(['check', '--report', 'json', '--shard', '1/1', '-o', 'all.json'], folder)
    expect((await glosa(['report', 'merge', 'all.json'], folder)).stdout).toBe(plain.stdout)
    writeFileSync(join(folder, 'copy.json'), plain.stdout)
    expect((await glosa(['report', 'merge', 'copy.json'], folder)).stdout).toBe(plain.stdout)
  })
})

describe('assignShards', () => {
  const items = fc.uniqueArray(
    fc.record({path: fc.stringMatching(/^[a-z]{1,6}$/), size: fc.integer({min: 0, max: 5000})}),
    {selector: (item) => item.path, minLength: 1, maxLength: 80}
  )

  it('puts every item in exactly one shard in range, whatever the order given, with items sharing a file together', () => {
    fc.assert(
      fc.property(items, fc.integer({min: 1, max: 8}), (list, count) => {
        const given = list.map((item) => ({paths: [`en/${item.path}`, `pt/${item.path}`], size: item.size}))
        const shards = assignShards(given, count)
        expect(shards.every((shard) => shard >= 0 && shard < count)).toBe(true)
        const reversed = assignShards([...given].reverse(), count).reverse()
        expect(reversed).toEqual(shards)
        const shared = assignShards([...given, {paths: [given[0]!.paths[0]!, 'pt-BR/x'], size: 1}], count)
        expect(shared.at(-1)).toBe(shared[0])
      })
    )
  })

  it('balances shards by size, and moves few pages when one is added', () => {
    const random = fc.sample(fc.integer({min: 500, max: 6000}), {numRuns: 400, seed: 7})
    const given = random.map((size, index) => ({paths: [`en/page-${index}.md`, `pt/page-${index}.md`], size}))
    const total = random.reduce((sum, size) => sum + size, 0)
    const shards = assignShards(given, 5)
    const loads = [0, 1, 2, 3, 4].map((shard) =>
      given.reduce((sum, item, index) => sum + (shards[index] === shard ? item.size : 0), 0)
    )
    expect(Math.max(...loads)).toBeLessThanOrEqual((total / 5) * 1.05 + 6000)
    const added = assignShards([...given, {paths: ['en/new.md', 'pt/new.md'], size: 3000}], 5)
    const moved = shards.filter((shard, index) => added[index] !== shard).length
    expect(moved).toBeLessThanOrEqual(given.length * 0.1)
  })
})
