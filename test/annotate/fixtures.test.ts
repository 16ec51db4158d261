import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {annotate, strip, type AnnotateOptions} from '../../src/annotate/index.js'
import {readDocument} from '../../src/document/index.js'
import type {Format} from '../../src/types.js'
import {matcher, nodesOf, parse} from './helpers.js'

/**
 * Fixture folders: `input.md` (or `input.txt`, read as plain text),
 * `options.json` (annotate options, plus `glossary: "bundled"` for the
 * shipped glossary instead of the test one, and `translation` naming a file
 * in the folder), and `output.md`, the expected output byte for byte.
 * `UPDATE_FIXTURES=1` rewrites the outputs: review every change by eye.
 */
const root = new URL('../fixtures/annotate/', import.meta.url)
const cases = readdirSync(root)
  .filter((name) => existsSync(new URL(`${name}/options.json`, root)))
  .sort()

interface FixtureOptions extends Omit<AnnotateOptions, 'glossary' | 'translation'> {
  glossary?: 'bundled'
  translation?: string
  align?: boolean
}

function run(name: string): {input: string; output: string; options: AnnotateOptions; format: Format} {
  const folder = new URL(`${name}/`, root)
  const text = existsSync(new URL('input.txt', folder))
  const input = readFileSync(new URL(text ? 'input.txt' : 'input.md', folder), 'utf8')
  const format: Format = text ? 'text' : 'md'
  const {glossary, translation, align, ...rest} = JSON.parse(
    readFileSync(new URL('options.json', folder), 'utf8')
  ) as FixtureOptions
  const options: AnnotateOptions = {
    ...rest,
    ...(glossary === 'bundled' ? {} : {glossary: matcher}),
    ...(align || translation ? {} : {alignment: null}),
    ...(translation
      ? {translation: readDocument(readFileSync(new URL(translation, folder), 'utf8'), {format: 'md'})}
      : {})
  }
  return {input, output: annotate(readDocument(input, {format}), options), options, format}
}

describe('annotate fixtures', () => {
  it.each(cases)('%s', (name) => {
    const {input, output, options, format} = run(name)
    const expected = new URL(`${name}/output.md`, root)
    if (process.env.UPDATE_FIXTURES === '1') writeFileSync(expected, output)
    expect(output).toBe(readFileSync(expected, 'utf8'))
    expect(strip(output)).toBe(input)
    expect(annotate(readDocument(output, {format: format === 'text' ? 'md' : format}), options)).toBe(output)
    // The generated part parses: a glossary section, or the footnote definitions that hold the definitions.
    const tree = parse(output)
    expect(nodesOf(tree, 'heading').length + nodesOf(tree, 'footnoteDefinition').length).toBeGreaterThan(0)
  })
})
