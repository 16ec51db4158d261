// The tricky segmentation cases (test/fixtures/segment/<lang>.txt), shared by
// test/segment/cases.test.ts and bench/identify.bench.js. Cases are separated
// by blank lines; each line is an expected sentence (the input is the lines
// joined by a space); `#` lines are notes.
import {readFileSync} from 'node:fs'

export function readCases(lang) {
  const text = readFileSync(new URL(`../fixtures/segment/${lang}.txt`, import.meta.url), 'utf8')
  return text
    .split(/\n[^\S\n]*\n/u)
    .map((chunk) => chunk.split('\n').filter((line) => line.trim() !== ''))
    .filter((lines) => lines.length > 0)
    .map((lines) => ({
      note: lines
        .filter((line) => line.startsWith('#'))
        .map((line) => line.slice(1).trim())
        .join(' '),
      sentences: lines.filter((line) => !line.startsWith('#'))
    }))
}

/** The cases `split` gets exactly right, and a description of each failure. */
export function runCases(cases, split) {
  const failures = []
  for (const {note, sentences} of cases) {
    const input = sentences.join(' ')
    const actual = split(input).map(([start, end]) => input.slice(start, end))
    if (JSON.stringify(actual) !== JSON.stringify(sentences)) {
      failures.push(`${note}\n  expected ${JSON.stringify(sentences)}\n  actual   ${JSON.stringify(actual)}`)
    }
  }
  return {passed: cases.length - failures.length, total: cases.length, failures}
}

/** Intl.Segmenter's sentence ranges, trimmed: the baseline glosa is compared with. */
export function intlSentences(text, lang) {
  const ranges = []
  for (const {index, segment} of new Intl.Segmenter(lang, {granularity: 'sentence'}).segment(text)) {
    const start = index + (segment.length - segment.trimStart().length)
    const end = index + segment.trimEnd().length
    if (end > start) ranges.push([start, end])
  }
  return ranges
}
