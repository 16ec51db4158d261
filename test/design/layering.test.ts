// The layering of docs/design.md ("What each stage may import"), checked on
// every import of src/: a stage imports the stages before it in the pipeline
// and the foundations, never one after it. Today's exceptions are listed by
// name, and each must still exist: fixing one means deleting its line, and a
// new one cannot slip in.
import {readdirSync, readFileSync} from 'node:fs'
import {dirname, join, relative, resolve, sep} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const src = fileURLToPath(new URL('../../src', import.meta.url))

const foundations = ['util', 'i18n', 'types', 'text']
/** What each folder of src/ may import, besides itself. */
const allowed: Record<string, readonly string[]> = {
  types: [],
  i18n: [],
  // Text primitives (words, folding): the same in every stage.
  text: [],
  util: ['i18n', 'types'],
  segment: [...foundations],
  identify: [...foundations, 'segment'],
  read: [...foundations],
  // A document: read → segment → identify, composed in one place.
  document: [...foundations, 'segment', 'identify', 'read'],
  glossary: [...foundations],
  // Bilingual files (XLIFF, PO, TMX, JSON resources): read like documents, XML through glossary's reader.
  bilingual: [...foundations, 'read', 'glossary'],
  // Tag and annotate also take the units of bilingual files (tag/units.ts, annotate/units.ts).
  tag: [...foundations, 'segment', 'identify', 'read', 'document', 'bilingual', 'glossary'],
  align: [...foundations, 'segment', 'identify', 'read', 'document', 'bilingual', 'glossary', 'tag'],
  annotate: [...foundations, 'segment', 'identify', 'read', 'document', 'bilingual', 'glossary', 'tag', 'align'],
  check: [...foundations, 'segment', 'identify', 'read', 'document', 'bilingual', 'glossary', 'tag', 'align'],
  // The HTML preview renders what annotate writes.
  preview: [
    ...foundations,
    'segment',
    'identify',
    'read',
    'document',
    'bilingual',
    'glossary',
    'tag',
    'align',
    'annotate'
  ],
  report: [...foundations],
  cli: ['*'],
  index: ['*'],
  // The argument checks of the public functions, re-exported by index.ts.
  api: ['*']
}

/** Imports that break the layering today, each with the reason it has to go. */
const exceptions: Record<string, string> = {}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, {withFileTypes: true}).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return entry.name.endsWith('.ts') ? [path] : []
  })
}

/** The folder of src/ a file belongs to (`types` and `index` for the two top-level files). */
function folderOf(file: string): string {
  const [first] = relative(src, file).split(sep)
  return first!.replace(/\.ts$/, '')
}

/** Every import between two folders of src/, as `from -> to`, with the files that make it. */
function folderImports(): Map<string, string[]> {
  const edges = new Map<string, string[]>()
  for (const file of sourceFiles(src)) {
    for (const [, target] of readFileSync(file, 'utf8').matchAll(/^(?:import|export)\b[^'"]*?from\s+'(\.[^']+)'/gm)) {
      const from = folderOf(file)
      const to = folderOf(resolve(dirname(file), target!.replace(/\.js$/, '.ts')))
      if (from === to) continue
      const edge = `${from} -> ${to}`
      edges.set(edge, [...(edges.get(edge) ?? []), relative(src, file)])
    }
  }
  return edges
}

describe('the layering of src/', () => {
  const edges = folderImports()

  it('finds the imports it checks', () => {
    expect(edges.size).toBeGreaterThan(20)
    expect(edges.has('tag -> glossary')).toBe(true)
  })

  it('has every folder import only what docs/design.md allows it, or a listed exception', () => {
    const breaking = [...edges.keys()].filter((edge) => {
      const [from, to] = edge.split(' -> ') as [string, string]
      const may = allowed[from]
      if (may === undefined) return true
      return !may.includes('*') && !may.includes(to) && !(edge in exceptions)
    })
    expect(breaking.map((edge) => `${edge} (${edges.get(edge)!.join(', ')})`)).toEqual([])
  })

  it('lists no exception that the code no longer needs', () => {
    expect(Object.keys(exceptions).filter((edge) => !edges.has(edge))).toEqual([])
  })

  it('has no cycle between folders but the listed exceptions', () => {
    const cycles = [...edges.keys()].filter((edge) => {
      const [from, to] = edge.split(' -> ') as [string, string]
      return edges.has(`${to} -> ${from}`) && !(edge in exceptions) && !(`${to} -> ${from}` in exceptions)
    })
    expect(cycles).toEqual([])
  })
})
