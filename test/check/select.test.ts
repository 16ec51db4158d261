import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import type {CheckConfig} from '../../src/check/config.js'
import {roleOf} from '../../src/check/pairing.js'
import {planChecks} from '../../src/check/plan.js'
import {selectChanged} from '../../src/check/select.js'

// Cutting a site's plan down to what changed (--changed-since, --pairs-of):
// exactly the pairs with a changed side, never a pair the full run lacks.

/** A site with pages on either side (some without a counterpart) and the configuration pairing them. */
function site(english: readonly string[], portuguese: readonly string[]): {root: string; config: CheckConfig} {
  const root = mkdtempSync(join(tmpdir(), 'glosa-select-'))
  for (const [side, pages] of [
    ['en', english],
    ['pt', portuguese]
  ] as const) {
    for (const page of pages) {
      mkdirSync(join(root, 'docs', side, page, '..'), {recursive: true})
      writeFileSync(join(root, 'docs', side, page), 'x')
    }
  }
  mkdirSync(join(root, 'notes'))
  writeFileSync(join(root, 'notes/n.md'), 'x')
  return {root, config: {root, pairs: [{source: 'docs/en/**/*.md', target: 'docs/pt/**/*.md'}], files: ['notes/*.md']}}
}

const page = fc.constantFrom('a.md', 'b.md', 'c.md', 'guide/d.md', 'guide/e.md', 'x/y/z.md')
const pages = fc.uniqueArray(page, {minLength: 1, maxLength: 6})

describe('selecting the changed part of a plan (property)', () => {
  it('keeps exactly the pairs with a changed side, and everything when everything changed', () => {
    fc.assert(
      fc.property(
        pages,
        pages,
        fc.array(fc.boolean(), {minLength: 12, maxLength: 12}),
        (english, portuguese, picks) => {
          const {root, config} = site(english, portuguese)
          const full = planChecks(config, root)
          const all = [
            ...full.pairs.flatMap((pair) => [pair.source, pair.target]),
            ...full.singles,
            ...full.unchecked.map((item) => item.path)
          ]
          const changed = new Set(all.filter((_, index) => picks[index % picks.length]))
          const selected = selectChanged(full, config, root, {paths: changed})
          expect(selected.pairs).toEqual(
            full.pairs.filter((pair) => changed.has(pair.source) || changed.has(pair.target))
          )
          expect(selected.singles).toEqual(full.singles.filter((path) => changed.has(path)))
          // A file not checked stays reported when it, or the counterpart it lacks, changed.
          for (const item of selected.unchecked) expect(full.unchecked).toContainEqual(item)
          for (const item of full.unchecked.filter((each) => changed.has(each.path)))
            expect(selected.unchecked).toContainEqual(item)
          expect(selected.renamed).toEqual([])
          const everything = selectChanged(full, config, root, {paths: new Set(all)})
          expect({pairs: everything.pairs, singles: everything.singles, unchecked: everything.unchecked}).toEqual(full)
        }
      ),
      {numRuns: 40}
    )
  })

  it('finds each side’s counterpart as the pairing gives it (property)', () => {
    fc.assert(
      fc.property(pages, (english) => {
        const {root, config} = site(english, english)
        for (const name of english) {
          expect(roleOf(config, `docs/en/${name}`, root)).toEqual({
            as: 'source',
            pair: 0,
            counterpart: `docs/pt/${name}`
          })
          expect(roleOf(config, `docs/pt/${name}`, root)).toEqual({
            as: 'target',
            pair: 0,
            counterpart: `docs/en/${name}`
          })
        }
        expect(roleOf(config, 'notes/n.md', root)).toEqual({as: 'single', index: 0})
        expect(roleOf(config, 'README.md', root)).toEqual({as: 'none'})
      }),
      {numRuns: 20}
    )
  })
})
