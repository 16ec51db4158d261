#!/usr/bin/env node
// Score how `glosa check` tells a glossary name that is also a common word
// (`state`, `key`, `hook`) from the word: every labelled occurrence in real
// docs (read from the mirrors of their repositories) is decided by
// `isTermHere`, the function the check rules ask, and compared with its
// label. Skips, saying so, when a mirror is absent.
//   node eval/homonyms/run.js               score (with the glossary's context, and without it)
//   node eval/homonyms/run.js --errors      also print each occurrence decided wrong
//   node eval/homonyms/run.js --candidates  print the occurrences to label (up to `perWord` per word)
import {execFileSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {compileGlossary, loadGlossaries} from '../../dist/index.js'
import {readDocument} from '../../dist/document/index.js'
import {checkText, documentSegments} from '../../dist/check/segments.js'
import {isTermHere} from '../../dist/check/homonym.js'
import {needsContext} from '../../dist/glossary/homonyms.js'

const here = dirname(fileURLToPath(import.meta.url))
const config = JSON.parse(readFileSync(join(here, 'sources.json'), 'utf8'))
const mirrorOf = (repository) =>
  join(process.env.GLOSA_MIRRORS ?? '/work/.mirror', repository.replace('/', '+'), 'repo')

/** Every source file of the configured folders, as `{repository, path, text}`; `undefined` when a mirror is missing. */
function readSources() {
  const files = []
  for (const source of config.sources) {
    const mirror = mirrorOf(source.repository)
    if (!existsSync(mirror)) return undefined
    const git = (...args) => execFileSync('git', ['--git-dir', mirror, ...args], {encoding: 'utf8', maxBuffer: 1 << 26})
    const paths = git('ls-tree', '-r', '--name-only', source.commit, source.folder)
      .split('\n')
      .filter((path) => /\.mdx?$/.test(path))
    for (const path of paths)
      files.push({repository: source.repository, path, text: git('show', `${source.commit}:${path}`)})
  }
  return files
}

/** The occurrences of names that need context, keyed `repository:path:line:column`, in reading order. */
function occurrences(files, matcher) {
  const found = []
  for (const file of files) {
    const document = readDocument(file.text, {file: file.path})
    const owner = checkText(file.path, file.text, 'en')
    for (const segment of documentSegments(owner, document, matcher).values()) {
      if (segment.lang !== 'en') continue
      for (const match of segment.matches) {
        if (!match.entry.doNotTranslate || !needsContext(match.entry, match.term)) continue
        const start = segment.offsets[match.start]
        const point = owner.lines.point(start)
        found.push({
          key: `${file.repository}:${file.path}:${point.line}:${point.column}`,
          word: match.entry.id,
          sentence: segment.text,
          at: match.start,
          decide: () => isTermHere(segment, match)
        })
      }
    }
  }
  return found
}

/** Up to `count` items spread evenly over `items` (the same every run). */
function spread(items, count) {
  if (items.length <= count) return items
  return Array.from({length: count}, (_, index) => items[Math.floor((index * items.length) / count)])
}

function score(found, labels) {
  const rows = new Map()
  let missing = 0
  for (const item of found) {
    const label = labels[item.key]
    if (!label) continue
    const row = rows.get(item.word) ?? {word: item.word, labelled: 0, terms: 0, tp: 0, fp: 0, fn: 0}
    const fires = item.decide()
    if (process.argv.includes('--errors') && fires !== label.term)
      console.log(`${fires ? 'counted, not the name' : 'missed'}  ${item.word}  ${label.excerpt}`)
    row.labelled++
    if (label.term) row.terms++
    if (fires && label.term) row.tp++
    else if (fires) row.fp++
    else if (label.term) row.fn++
    rows.set(item.word, row)
  }
  const keys = new Set(found.map((item) => item.key))
  for (const key of Object.keys(labels)) if (!keys.has(key)) missing++
  return {rows: [...rows.values()], missing}
}

const percent = (part, whole) => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)} %`)

function table(title, {rows, missing}) {
  const total = rows.reduce(
    (sum, row) => ({
      word: '**all**',
      labelled: sum.labelled + row.labelled,
      terms: sum.terms + row.terms,
      tp: sum.tp + row.tp,
      fp: sum.fp + row.fp,
      fn: sum.fn + row.fn
    }),
    {labelled: 0, terms: 0, tp: 0, fp: 0, fn: 0}
  )
  console.log(`\n${title}\n`)
  console.log('| word | labelled | the name | counted | right | precision | recall | precision if every one counted |')
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
  for (const row of [...rows.sort((a, b) => a.word.localeCompare(b.word)), total]) {
    console.log(
      `| ${row.word} | ${row.labelled} | ${row.terms} | ${row.tp + row.fp} | ${row.tp} | ${percent(row.tp, row.tp + row.fp)} | ${percent(row.tp, row.tp + row.fn)} | ${percent(row.terms, row.labelled)} |`
    )
  }
  if (missing > 0) console.log(`\n${missing} labelled occurrences were not found (the sources changed?)`)
}

function main() {
  const files = readSources()
  if (!files) {
    console.log(
      `eval/homonyms: skipped, a mirror of ${config.sources.map((source) => source.repository).join(', ')} is not there`
    )
    return
  }
  const glossaries = loadGlossaries([join(here, config.glossary)])
  const found = occurrences(files, compileGlossary(glossaries))
  if (process.argv.includes('--candidates')) {
    const byWord = new Map()
    for (const item of found) byWord.set(item.word, [...(byWord.get(item.word) ?? []), item])
    for (const [word, items] of byWord) {
      console.error(`${word}: ${items.length} occurrences`)
      for (const item of spread(items, config.perWord))
        console.log(JSON.stringify({key: item.key, word, at: item.at, sentence: item.sentence}))
    }
    return
  }
  const labels = JSON.parse(readFileSync(join(here, 'labels.json'), 'utf8'))
  table('With the glossary as written (context examples and patterns):', score(found, labels))
  // The same names with no context or pattern: only code, identifiers and neighbouring terms tell.
  const bare = loadGlossaries([join(here, config.glossary)])
  for (const entry of bare.entries) {
    delete entry.contexts
    delete entry.pattern
  }
  table(
    'Without context or pattern (code, identifiers and neighbouring terms only):',
    score(occurrences(files, compileGlossary(bare)), labels)
  )
}

main()
