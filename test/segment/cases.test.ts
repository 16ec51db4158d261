import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {splitSentences} from '../../src/segment/index.js'

interface Case {
  note: string
  sentences: string[]
}

/** Cases are separated by blank lines; each line is an expected sentence; `#` lines are notes. */
function readCases(lang: 'pt' | 'en'): Case[] {
  const text = readFileSync(new URL(`../fixtures/segment/${lang}.txt`, import.meta.url), 'utf8')
  return text
    .split(/\n[^\S\n]*\n/u)
    .map((chunk) => chunk.split('\n').filter((line) => line.trim() !== ''))
    .filter((lines) => lines.length > 0)
    .map((lines) => ({
      note: lines.filter((line) => line.startsWith('#')).map((line) => line.slice(1).trim()).join(' '),
      sentences: lines.filter((line) => !line.startsWith('#'))
    }))
}

describe.each(['pt', 'en'] as const)('splitSentences: tricky %s cases', (lang) => {
  const cases = readCases(lang)

  it('has at least 60 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60)
  })

  it('splits at least 95 % of them exactly as expected', () => {
    const failures: string[] = []
    for (const {note, sentences} of cases) {
      const input = sentences.join(' ')
      const actual = splitSentences(input, {lang}).map(([start, end]) => input.slice(start, end))
      if (JSON.stringify(actual) !== JSON.stringify(sentences)) {
        failures.push(`${note}\n  expected ${JSON.stringify(sentences)}\n  actual   ${JSON.stringify(actual)}`)
      }
    }
    const rate = (cases.length - failures.length) / cases.length
    console.log(`${lang}: ${cases.length - failures.length}/${cases.length} (${(rate * 100).toFixed(1)} %)` + (failures.length > 0 ? `\n${failures.join('\n')}` : ''))
    expect(rate, failures.join('\n')).toBeGreaterThanOrEqual(0.95)
  })
})
