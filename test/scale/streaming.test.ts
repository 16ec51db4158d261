import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {addMessage} from '../../src/util/messages.js'
import {reportChunks, reportJson, reportSarif} from '../../src/report/index.js'
import {chunkSize} from '../../src/util/chunks.js'

/** `count` files, every third with two messages, as a check run leaves them. */
function files(count: number): VFile[] {
  return Array.from({length: count}, (_, index) => {
    const file = new VFile({path: `docs/pt/page-${index}.md`, value: 'Uma frase.\nOutra frase.\n'})
    file.data.format = 'md'
    if (index % 3 === 0) {
      const place = {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 4, offset: 3}}
      addMessage(file, 'Unexpected `Uma`, expected `A`', place, 'missing-target-term', 'error', {
        entry: 'a',
        actual: 'Uma',
        expected: ['A']
      })
      addMessage(
        file,
        'Unexpected source sentence without a counterpart',
        {start: {line: 2, column: 1, offset: 11}, end: {line: 2, column: 13, offset: 23}},
        'unaligned-segment',
        'warning'
      )
    }
    return file
  })
}

describe('JSON and SARIF reports in chunks', () => {
  it('writes the report JSON.stringify would, in chunks of about 64 K units, never one string', () => {
    const many = files(3000)
    for (const reporter of ['json', 'sarif'] as const) {
      const chunks = [...reportChunks(many, reporter, {root: '/site'})]
      expect(chunks.length).toBeGreaterThan(10)
      // Each chunk is a batch of small pieces: at most one piece over the chunk size.
      expect(chunks.every((chunk) => chunk.length < chunkSize + 4096)).toBe(true)
      const text = chunks.join('')
      expect(text).toBe(JSON.stringify(JSON.parse(text), null, 2) + '\n')
    }
    expect([...reportChunks(many, 'json')].join('')).toBe(reportJson(many))
    expect([...reportChunks(many, 'sarif', {root: '/site'})].join('')).toBe(reportSarif(many, {root: '/site'}))
  })

  it('writes an empty report as JSON.stringify does', () => {
    expect([...reportChunks([], 'json')].join('')).toBe('[]\n')
    const sarif = JSON.parse([...reportChunks([], 'sarif', {root: '/site'})].join('')) as {
      runs: Array<{results: unknown[]}>
    }
    expect(sarif.runs[0]!.results).toEqual([])
  })
})
