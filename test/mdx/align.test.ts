import {describe, expect, it} from 'vitest'
import {alignDocuments, formatTmx} from '../../src/align/index.js'
import {readDocument} from '../../src/document/index.js'
import {matcher, read, site} from './helpers.js'

function tmxSegments(source: string, target: string, format?: 'md' | 'mdx'): string[] {
  const options = format ? {format} : {}
  const alignment = alignDocuments(
    readDocument(source, {file: 'en.md', ...options}),
    readDocument(target, {file: 'pt.md', ...options}),
    {matcher}
  )
  return [...formatTmx(alignment, {version: 'test'}).matchAll(/<seg>(.*?)<\/seg>/g)].map((match) => match[1]!)
}

describe('TMX from MDX pages', () => {
  const en =
    "# Step 1: Trigger a render {/*step-1-trigger-a-render*/}\n\nThe value {n} is `x = 1`, even after you call the setter{' '}function.\n"
  const pt =
    "# Passo 1: Acionar uma renderização {/*step-1-trigger-a-render*/}\n\nO valor {n} é `x = 1`, mesmo depois de chamar a função{' '}de atualização.\n"

  it.each(['mdx', 'md'] as const)(
    'leaves heading ids out and keeps expressions and inline code whole (read as %s)',
    (format) => {
      const segments = tmxSegments(en, pt, format)
      expect(segments.slice(0, 2)).toEqual(['Step 1: Trigger a render', 'Passo 1: Acionar uma renderização'])
      for (const segment of segments) expect(segment).not.toMatch(/step-1|\{\/|\/\}/)
      expect(segments[2]).toContain('{n}')
      expect(segments[2]).toContain('x = 1')
    }
  )

  it('writes a string-literal expression as its text', () => {
    expect(tmxSegments(en, pt)[2]).toBe('The value {n} is x = 1, even after you call the setter function.')
  })

  it('aligns readable attributes with their translations', () => {
    const pages = site('react')
    const segments = tmxSegments(read(pages.source), read(pages.translation))
    const caption = segments.indexOf('Every click asks for a new render of the counter')
    expect(caption).toBeGreaterThan(-1)
    expect(segments[caption + 1]).toBe('Cada clique pede uma nova renderização do contador')
  })
})
