import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'

/**
 * What glosa writes for CAT tools is valid against the formats' own schemas,
 * checked by xmllint (Debian's libxml2-utils, which .ci/run installs): XLIFF
 * 2.1 against the OASIS core XSD, TMX 1.4 against its DTD, TBX-Basic v2
 * against the TBX-Basic integrated RELAX NG schema. The schemas are in
 * `schema/`, with their sources in `schema/README.md`.
 */

const root = new URL('../../', import.meta.url).pathname
const folder = mkdtempSync(join(tmpdir(), 'glosa-schemas-'))
afterAll(() => rmSync(folder, {recursive: true, force: true}))

const xmllint = spawnSync('xmllint', ['--version'], {encoding: 'utf8'}).status === 0
// CI installs xmllint: there a missing one is a failure, not a skip.
if (!xmllint && process.env.CI) throw new Error('xmllint is missing: .ci/run installs libxml2-utils')

const schemas = {
  xliff: ['--schema', join(root, 'schema/xliff-2.1/xliff_core_2.0.xsd')],
  tmx: ['--dtdvalid', join(root, 'schema/tmx-1.4/tmx14.dtd')],
  tbxV2: ['--relaxng', join(root, 'schema/tbx-basic-v2/TBXBasicRNGV02.rng')]
}

function glosa(...args: string[]): string {
  const result = spawnSync(process.execPath, ['bin/glosa.js', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: {...process.env, GLOSA_LOCALE: 'en'}
  })
  expect(result.stderr).not.toMatch(/error/i)
  expect(result.status).toBe(0)
  return result.stdout
}

/** xmllint's verdict on `text` against `schema`: its exit code and what it said. */
function validate(text: string, schema: string[], name: string): {status: number | null; stderr: string} {
  const file = join(folder, name)
  writeFileSync(file, text)
  const result = spawnSync('xmllint', ['--noout', '--nonet', ...schema, file], {encoding: 'utf8'})
  return {status: result.status, stderr: result.stderr}
}

describe.skipIf(!xmllint)(
  'what glosa writes is valid against the official schemas (xmllint)',
  {timeout: 60_000},
  () => {
    const pairs = [
      ['test/fixtures/align/markup.pt.md', 'test/fixtures/align/markup.en.md'],
      ['test/fixtures/align/guide.pt-PT.md', 'test/fixtures/align/guide.en.md']
    ]

    it.each(pairs)('align --format xliff of %s is XLIFF 2.1 valid against the OASIS core schema', (source, target) => {
      const xliff = glosa('align', source, target, '--format', 'xliff')
      expect(xliff).toContain('version="2.1"')
      expect(xliff.match(/<unit /g)?.length).toBeGreaterThan(1)
      expect(validate(xliff, schemas.xliff, 'aligned.xlf')).toEqual({
        status: 0,
        stderr: expect.stringContaining('validates')
      })
    })

    it('align --format xliff in line mode, with a sentence left unmatched, is valid too', () => {
      const xliff = glosa(
        'align',
        'test/fixtures/align/report.pt.txt',
        'test/fixtures/align/report.en.txt',
        '--input',
        'lines',
        '--format',
        'xliff'
      )
      expect(validate(xliff, schemas.xliff, 'lines.xlf').status).toBe(0)
    })

    it.each(pairs)('align --format tmx of %s is valid against the TMX 1.4 DTD', (source, target) => {
      const tmx = glosa('align', source, target, '--format', 'tmx')
      // --dtdvalid says nothing when the file is valid.
      expect(validate(tmx, schemas.tmx, 'aligned.tmx')).toEqual({status: 0, stderr: ''})
    })

    it.each([
      'glossary/ai-chips.yaml',
      'test/fixtures/glossary/v2-basic.tbx',
      'test/fixtures/glossary/multiterm-fields.tbx',
      'test/fixtures/glossary/v3-basic.tbx',
      'eval/homonyms/glossary.yaml'
    ])('glossary convert %s --to tbx-v2 is valid against the TBX-Basic v2 schema', (file) => {
      const tbx = glosa('glossary', 'convert', file, '--to', 'tbx-v2')
      expect(tbx).toContain('<martif type="TBX-Basic"')
      expect(validate(tbx, schemas.tbxV2, 'glossary.tbx')).toEqual({
        status: 0,
        stderr: expect.stringContaining('validates')
      })
    })

    it('catches what breaks each schema, so that a pass means something', () => {
      const xliff = glosa('align', ...pairs[0]!, '--format', 'xliff')
      expect(
        validate(
          xliff.replace('<source>', '<source><b>').replace('</source>', '</b></source>'),
          schemas.xliff,
          'bad.xlf'
        ).status
      ).not.toBe(0)
      expect(validate(xliff.replace(' srcLang="pt"', ''), schemas.xliff, 'bad.xlf').status).not.toBe(0)
      const tmx = glosa('align', ...pairs[0]!, '--format', 'tmx')
      expect(
        validate(tmx.replace('<seg>', '<seg><b>').replace('</seg>', '</b></seg>'), schemas.tmx, 'bad.tmx').status
      ).not.toBe(0)
      const tbx = glosa('glossary', 'convert', 'glossary/ai-chips.yaml', '--to', 'tbx-v2')
      expect(
        validate(tbx.replace('<tig>', '<termSec>').replace('</tig>', '</termSec>'), schemas.tbxV2, 'bad.tbx').status
      ).not.toBe(0)
      expect(
        validate(
          tbx.replace('termNote type="partOfSpeech"', 'termNote type="translationNote"'),
          schemas.tbxV2,
          'bad.tbx'
        ).status
      ).not.toBe(0)
    })
  }
)
