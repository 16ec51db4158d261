#!/usr/bin/env node
// Re-run glosa check on the evaluation pages (real translations, read from
// the mirrors of their repositories) and score it against the labels kept
// here: precision overall and per rule, and recall of the errors planted
// into ten of the pages. Skips, saying so, when a mirror is absent.
//   node eval/check/run.js            score
//   node eval/check/run.js --list     print every finding with its key and label (for labelling)
import {execFileSync} from 'node:child_process'
import {existsSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {checkFiles, compileGlossary, loadGlossaries} from '../../dist/index.js'
import {precisionTable} from '../precision.js'
import {plants} from './plants.js'

const here = dirname(fileURLToPath(import.meta.url))
const config = JSON.parse(readFileSync(join(here, 'pages.json'), 'utf8'))
const mirrorOf = (repository) =>
  process.env.GLOSA_MIRRORS
    ? join(process.env.GLOSA_MIRRORS, repository.replace('/', '+'), 'repo')
    : join('/work/.mirror', repository.replace('/', '+'), 'repo')

/** The pages as files in a scratch folder: `en/<page>` and `pt/<page>`; `undefined` when a mirror is missing. */
export function extractPages() {
  const folder = mkdtempSync(join(tmpdir(), 'glosa-eval-'))
  for (const [side, spec] of [
    ['en', config.source],
    ['pt', config.target]
  ]) {
    const mirror = mirrorOf(spec.repository)
    if (!existsSync(mirror)) return undefined
    for (const page of config.pages) {
      const text = execFileSync('git', ['--git-dir', mirror, 'show', `${spec.commit}:${page}`], {
        encoding: 'utf8',
        maxBuffer: 1 << 26
      })
      mkdirSync(dirname(join(folder, side, page)), {recursive: true})
      writeFileSync(join(folder, side, page), text)
    }
  }
  return folder
}

/** The check of every page pair in one run, its findings keyed as the labels are. */
export function runCheck(folder, matcher) {
  const plan = {
    pairs: config.pages.map((page) => ({source: join('en', page), target: join('pt', page)})),
    singles: [],
    unchecked: []
  }
  const result = checkFiles(plan, {matcher, cwd: folder, sourceLang: 'en', targetLang: 'pt'})
  return result.files.flatMap((file) =>
    file.messages.map((message) => ({
      key: [file.path, message.ruleId, message.entry ?? '', message.fingerprint ?? ''].join('|'),
      file: file.path,
      line: message.line,
      column: message.column,
      rule: message.ruleId,
      reason: message.reason,
      actual: message.actual ?? null
    }))
  )
}

export const glossaryFile = join(here, config.glossary)

function main() {
  const folder = extractPages()
  if (!folder) {
    console.log(
      `eval/check: skipped, the mirrors of ${config.source.repository} and ${config.target.repository} are not there`
    )
    return
  }
  const matcher = compileGlossary(loadGlossaries([glossaryFile]))
  const plantMatcher = compileGlossary(loadGlossaries([join(here, 'plant-glossary.yaml')]))
  const findings = runCheck(folder, matcher)
  const labelsFile = join(here, 'labels.json')
  const labels = existsSync(labelsFile) ? JSON.parse(readFileSync(labelsFile, 'utf8')) : {}
  if (process.argv.includes('--list')) {
    for (const finding of findings) console.log(JSON.stringify({...finding, label: labels[finding.key]?.label ?? null}))
    return
  }
  const {table, unlabelled} = precisionTable(findings, labels)
  console.log(`${config.pages.length} page pairs, ${findings.length} findings, ${unlabelled} without a label`)
  console.log(table)
  const recall = plantedRecall(folder, plantMatcher)
  console.log(
    `\nplanted errors: ${recall.found}/${recall.total} found (${((100 * recall.found) / recall.total).toFixed(1)} %)`
  )
  console.log('| kind | planted | found |\n| --- | ---: | ---: |')
  for (const [kind, counts] of recall.byKind) console.log(`| ${kind} | ${counts.total} | ${counts.found} |`)
  for (const miss of recall.missed) console.log(`missed: ${miss}`)
}

/**
 * Plant each error of plants.js into its page's translation, check that
 * pair alone, and count the plants a finding of the expected rule covers
 * (on the planted line, or for a dropped paragraph on the source paragraph).
 */
function plantedRecall(folder, matcher) {
  const byKind = new Map()
  const missed = []
  let found = 0
  for (const plant of plants) {
    const target = join(folder, 'pt', plant.page)
    const original = readFileSync(target, 'utf8')
    if (!original.includes(plant.find))
      throw new Error(`plant ${plant.kind} in ${plant.page}: text not found: ${plant.find}`)
    const planted = original.replace(plant.find, plant.replace)
    const line = planted.slice(0, planted.indexOf(plant.replace)).split('\n').length
    const before = new Set(runPair(folder, plant.page, matcher).map((finding) => finding.key))
    writeFileSync(target, planted)
    const after = runPair(folder, plant.page, matcher)
    writeFileSync(target, original)
    const fresh = after.filter((finding) => !before.has(finding.key) && finding.rule === plant.rule)
    const hit = fresh.some((finding) =>
      plant.rule === 'unaligned-segment' && plant.kind === 'dropped paragraph'
        ? finding.file.startsWith('en/')
        : finding.file.startsWith('pt/') && Math.abs(finding.line - line) <= (plant.span ?? 0)
    )
    const counts = byKind.get(plant.kind) ?? {total: 0, found: 0}
    counts.total++
    if (hit) counts.found++
    else
      missed.push(
        `${plant.kind} in ${plant.page} (line ${line}): ${
          after
            .filter((finding) => !before.has(finding.key))
            .map((finding) => `${finding.line} ${finding.rule}`)
            .join(', ') || 'no new finding'
        }`
      )
    byKind.set(plant.kind, counts)
    if (hit) found++
  }
  return {found, total: plants.length, byKind, missed}
}

function runPair(folder, page, matcher) {
  const plan = {pairs: [{source: join('en', page), target: join('pt', page)}], singles: [], unchecked: []}
  const result = checkFiles(plan, {matcher, cwd: folder, sourceLang: 'en', targetLang: 'pt'})
  return result.files.flatMap((file) =>
    file.messages.map((message) => ({
      key: [file.path, message.ruleId, message.entry ?? '', message.fingerprint ?? ''].join('|'),
      file: file.path,
      line: message.line,
      rule: message.ruleId
    }))
  )
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main()
