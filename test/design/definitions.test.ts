// One implementation of each idea: the names issue 16 found defined in
// several stages (a tokeniser, `fold`, `wordsOf`, `endsSentence`,
// `structureOf`, the package version, the MDX comment mapping) are each
// defined once in src/, variants under names that say what differs.
import {readdirSync, readFileSync} from 'node:fs'
import {join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const src = fileURLToPath(new URL('../../src', import.meta.url))

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, {withFileTypes: true}).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return entry.name.endsWith('.ts') ? [path] : []
  })
}

/** Where each top-level function, constant or class is defined, by name (api.ts only wraps the stages' functions). */
function definitions(): Map<string, string[]> {
  const found = new Map<string, string[]>()
  for (const file of sourceFiles(src)) {
    const name = relative(src, file)
    if (name === 'api.ts') continue
    for (const [, defined] of readFileSync(file, 'utf8').matchAll(
      /^(?:export )?(?:async )?(?:function|const|let|class) (\w+)/gm
    )) {
      found.set(defined!, [...(found.get(defined!) ?? []), name])
    }
  }
  return found
}

describe('one definition of each text primitive', () => {
  const found = definitions()

  it.each([
    ['wordsOf', 'text/words.ts'],
    ['compoundWordsOf', 'text/words.ts'],
    ['findWords', 'text/words.ts'],
    ['isApostrophe', 'text/words.ts'],
    ['foldCase', 'text/fold.ts'],
    ['foldCaseAndDiacritics', 'text/fold.ts'],
    ['foldDiacritics', 'text/fold.ts'],
    ['lowerWord', 'text/fold.ts'],
    ['normaliseWord', 'text/fold.ts'],
    ['escapeXml', 'text/escape.ts'],
    ['escapeRegExp', 'text/escape.ts'],
    ['isPortuguese', 'util/lang.ts'],
    ['endsSentence', 'segment/boundary.ts'],
    ['lineEndsSentence', 'read/lines.ts'],
    ['structureOf', 'annotate/read.ts'],
    ['Structure', 'annotate/tree.ts'],
    ['segmentRolesOf', 'align/structure.ts'],
    ['packageVersion', 'util/package.ts'],
    ['fromMdxComments', 'annotate/markers.ts']
  ])('%s is defined once, in %s', (name, file) => {
    expect(found.get(name)).toEqual([file])
  })

  it('has no `fold` or `normalise` that does not say what it folds', () => {
    expect(found.get('fold')).toBeUndefined()
    expect(found.get('normalise')).toBeUndefined()
  })
})
