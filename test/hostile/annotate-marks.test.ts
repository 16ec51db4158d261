// Hostile inputs for annotate and strip: text in glosa's own namespace, and glossaries whose
// definitions hold glosa's marks or directives. Each case asserts the exit code, the message,
// that no input changed, and that no stack trace was printed.
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {toString} from 'mdast-util-to-string'
import {describe, expect, it} from 'vitest'
import {annotate, strip, type Style} from '../../src/annotate/index.js'
import type {Glossary} from '../../src/glossary/types.js'
import {readDocument} from '../../src/document/index.js'
import {compileGlossary} from '../../src/tag/index.js'
import {glossary as testGlossary, nodesOf, parse} from '../annotate/helpers.js'
import {hostile} from './helpers.js'

function glosa(args: string[]): {stdout: string; stderr: string; status: number | null} {
  const result = spawnSync(process.execPath, ['bin/glosa.js', ...args], {
    encoding: 'utf8',
    env: {...process.env, GLOSA_LOCALE: 'en', NO_COLOR: '1'}
  })
  return {stdout: result.stdout, stderr: result.stderr, status: result.status}
}

function scratch(name: string, text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'glosa-hostile-')), name)
  writeFileSync(file, text)
  return file
}

const styles: Style[] = ['footnote', 'link', 'abbr', 'directive']

/** A user's own text in glosa's namespace: a footnote and its definition, an escaped call, a link and an anchor. */
const userNamespace = [
  '# Notes',
  '',
  'The H20 chip[^glosa-1] is discussed. Literal \\[^glosa-h20] here.',
  'See [H20](#glosa-x) and <a id="glosa-nota"></a> the anchor, <abbr data-glosa="glosa-chip" title="t">chip</abbr>.',
  '',
  '[^glosa-1]: My own footnote.',
  ''
].join('\n')

describe('glosa removes only what glosa wrote', () => {
  it('strip --in-place leaves a file glosa never touched as it was', () => {
    // No file may change: hostile() compares every file's hash before and after.
    hostile({files: {'user.md': userNamespace}, args: ['strip', '--in-place', 'user.md'], code: 0})
  })

  it('annotate --in-place keeps every byte of the user’s namespace text, in every style, and strip gives it back', () => {
    for (const style of styles) {
      const file = scratch('user.md', userNamespace)
      const run = glosa(['annotate', '--in-place', '--style', style, file])
      expect(run.stderr).toBe('')
      expect(run.status).toBe(0)
      const annotated = readFileSync(file, 'utf8')
      expect(annotated).toContain('<!-- glosa:begin -->')
      expect(strip(annotated)).toBe(userNamespace)
      // glosa's marks take ids the user's text does not hold.
      expect(annotated).toMatch(/glosa-h20-2/)
      const back = glosa(['strip', '--in-place', file])
      expect(back.status).toBe(0)
      expect(readFileSync(file, 'utf8')).toBe(userNamespace)
    }
  })

  it('leaves a generated-looking part alone when something in it is not what glosa writes there', () => {
    const text =
      'Text[^glosa-a].\n\n<!-- glosa:begin -->\n\n[^glosa-a]: **a**: a user’s note about glosa.\n\n<!-- glosa:end -->\n'
    expect(strip(text)).toBe(text)
  })

  it('refuses, naming the place, to annotate text whose own glosa marks would read as glosa’s', () => {
    // In plain text glosa writes `<!-- glosa:break -->` lines itself: the user's one could not be told apart.
    hostile({
      files: {'post.txt': 'O chip H20 é bom.\n<!-- glosa:break -->\nMais texto sobre o H20.\n'},
      args: ['annotate', '--in-place', '--format', 'text', 'post.txt'],
      code: 2,
      message: /^glosa: post\.txt:2:1: the text “<!-- glosa:break -->” reads as one of glosa’s own marks/,
      portuguese: /post\.txt:2:1: o texto «<!-- glosa:break -->» lê-se como uma das marcas do próprio glosa/
    })
  })
})

/** A glossary whose definitions hold glosa's marks and remark-directive syntax. */
const hostileDefinition =
  'Ends <!-- glosa:end --> early [^glosa-chip] and <abbr data-glosa="glosa-x" title="t">x</abbr>; … :img{src=x onerror=alert(1)} … ' +
  '::leaf[a] :::c a word:name[b] \\:esc \\glosa Glosa GLOSA \\\\glosa.'
const hostileGlossary: Glossary = {
  languages: ['en', 'pt-PT', 'pt-BR'],
  entries: [
    {
      id: 'chip',
      definitions: {en: hostileDefinition, 'pt-PT': hostileDefinition},
      notes: {en: 'A note <!-- glosa:begin --> :note[x]'},
      sources: [],
      terms: [
        {text: 'chip', lang: 'en', status: 'preferred'},
        {text: 'glosa:chip', lang: 'pt', status: 'preferred'}
      ]
    },
    ...testGlossary.entries
  ]
}
const matcher = compileGlossary(hostileGlossary)

describe('generated text can hold neither glosa’s marks nor a directive', () => {
  const source = 'The chip runs inference.\n\nThe H20 chip, again.\n'
  for (const style of styles) {
    it(`${style}: the definition renders as its text, no directive but glosa’s own, strip and idempotence hold`, () => {
      const output = annotate(readDocument(source, {format: 'md'}), {glossary: matcher, alignment: null, style})
      const generated = output.slice(
        output.indexOf('<!-- glosa:begin -->') + 20,
        output.lastIndexOf('<!-- glosa:end -->')
      )
      // Only glosa's own labels and anchors hold the word: no generated text does.
      const own = /^\[\^glosa-[a-z0-9-]+\]: |<a id="glosa-[a-z0-9-]+"><\/a>/gm
      expect(generated).toMatch(own)
      expect(generated.replace(own, '')).not.toMatch(/glosa|:img\{|::leaf/i)
      const tree = parse(output)
      const directives = [
        ...nodesOf(tree, 'textDirective'),
        ...nodesOf(tree, 'leafDirective'),
        ...nodesOf(tree, 'containerDirective')
      ]
      expect(directives.map((node) => (node as {name: string}).name).filter((name) => name !== 'term')).toEqual([])
      // The definition's text is shown as it is, character for character.
      // A definition is written once: in the footnote (footnote style) or the glossary section's item.
      const items = [...nodesOf(tree, 'listItem'), ...nodesOf(tree, 'footnoteDefinition')].map((node) => toString(node))
      expect(items.some((item) => item.includes(hostileDefinition))).toBe(true)
      expect(strip(output)).toBe(source)
      expect(annotate(readDocument(output, {format: 'md'}), {glossary: matcher, alignment: null, style})).toBe(output)
    })
  }
})
