#!/usr/bin/env node
// Run `glosa check` as a new user would (no options, no glossary) on real
// PO and XLIFF files of open-source projects, read from the mirrors of their
// repositories, and score its findings against the labels kept here
// (labels.json: each finding read and judged true or false). Skips, saying
// so, when a mirror is absent.
// Seven sets of files: the first (files.json), on which some fixes were chosen;
// the second (files-second.json), other projects' files labelled before any
// rule was tuned on them, then tuned on; the third (files-third.json),
// labelled before any change, then two fixes made on it; the fourth
// (files-fourth.json), labelled before any change, then three fixes made on
// it; the fifth (files-fifth.json), labelled before any change for it, then
// one fix made on it; the sixth (files-sixth.json), labelled with the
// code after that fix, before any change for it, then fixes made on it; and
// the seventh (files-seventh.json), chosen after the last fix and labelled
// with the final code, held out. Each is scored on its own. A file with a
// `source` (a JSON resource file) is checked against that file of the same
// commit, as `glosa check <source> <file>`.
//   node eval/formats/run.js          precision overall and per rule, per set
//   node eval/formats/run.js --set 7  the same for set 7 alone
//   node eval/formats/run.js --list   every finding with its key, unit and label (for labelling)
//   node eval/formats/run.js --sample 4   the same for the labelling samples of set 4: its
//                                         100 findings whose key has the smallest SHA-1 (hex),
//                                         and the 20 of each rule taken the same way
import {execFileSync, spawnSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {precisionTable} from '../precision.js'

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '../..')
const sets = [
  {name: 'first set (files.json; fixes chosen on it)', list: 'files.json'},
  {name: 'second set (files-second.json; labelled before tuning)', list: 'files-second.json'},
  {name: 'third set (files-third.json; labelled before tuning, two fixes made on it)', list: 'files-third.json'},
  {
    name: 'fourth set (files-fourth.json; labelled before tuning, three fixes made on it)',
    list: 'files-fourth.json',
    perRule: 20
  },
  {
    name: 'fifth set (files-fifth.json; labelled before any change for it, one fix made on it)',
    list: 'files-fifth.json',
    perRule: 20
  },
  {
    name: 'sixth set (files-sixth.json; labelled before any change for it, then fixes made on it)',
    list: 'files-sixth.json',
    perRule: 20
  },
  {
    name: 'seventh set (files-seventh.json; held out: labelled with the final code, no change after)',
    list: 'files-seventh.json',
    perRule: 20
  }
].map((set) => ({...set, files: JSON.parse(readFileSync(join(here, set.list), 'utf8')).files}))
// `--set N` (or `--sample N`) runs only the files of set N.
const flag = ['--set', '--sample'].find((name) => process.argv.includes(name))
const only = flag ? sets[Number(process.argv[process.argv.indexOf(flag) + 1]) - 1] : undefined
if (flag && !only) {
  console.error(`eval/formats: ${flag} takes a set number from 1 to ${sets.length}`)
  process.exit(2)
}
const active = only ? [only] : sets
const files = active.flatMap((set) => set.files)
const labelsFile = join(here, 'labels.json')
const labels = existsSync(labelsFile) ? JSON.parse(readFileSync(labelsFile, 'utf8')) : {}
const mirrorOf = (repository) =>
  join(process.env.GLOSA_MIRRORS ?? '/work/.mirror', repository.replace('/', '+'), 'repo')

const missing = [...new Set(files.map((file) => file.repository))].filter(
  (repository) => !existsSync(mirrorOf(repository))
)
if (missing.length > 0) {
  console.log(`eval/formats: skipped, no mirror of ${missing.join(', ')}`)
  process.exit(0)
}

const folder = mkdtempSync(join(tmpdir(), 'glosa-eval-formats-'))
const findings = []
try {
  for (const spec of files) {
    const set = sets.find((candidate) => candidate.files.includes(spec))
    const copy = (path) => {
      const text = execFileSync('git', ['--git-dir', mirrorOf(spec.repository), 'show', `${spec.commit}:${path}`], {
        encoding: 'utf8',
        maxBuffer: 1 << 26
      })
      const name = join(spec.repository.replace('/', '+'), path)
      mkdirSync(dirname(join(folder, name)), {recursive: true})
      writeFileSync(join(folder, name), text)
      return {path, name, text}
    }
    const copies = [...(spec.source ? [copy(spec.source)] : []), copy(spec.path)]
    const inputs = copies.map((input) => input.name)
    const result = spawnSync(process.execPath, [join(root, 'bin/glosa.js'), 'check', ...inputs, '--report', 'json'], {
      cwd: folder,
      encoding: 'utf8',
      // A large catalogue's report runs past spawnSync's 1 MiB default.
      maxBuffer: 1 << 28,
      env: {...process.env, GLOSA_LOCALE: 'en'}
    })
    if (result.status === 2) throw new Error(`${inputs.join(' ')}: ${result.stderr}`)
    for (const file of JSON.parse(result.stdout)) {
      const {path, text} = copies.find((input) => input.name === file.path)
      const lines = text.split('\n')
      for (const message of file.messages) {
        findings.push({
          key: `${spec.repository}:${path}|${message.ruleId}|${message.line}:${message.column}`,
          set,
          rule: message.ruleId,
          reason: message.reason,
          unit: lines.slice(Math.max(0, message.line - 3), message.line + 1).join('\n')
        })
      }
    }
  }
} finally {
  rmSync(folder, {recursive: true, force: true})
}

const sha1 = (key) => createHash('sha1').update(key).digest('hex')
// The labelling samples of a set, chosen by no judgement of ours: its 100
// findings whose key has the smallest SHA-1 (hex), and, for a set with
// `perRule`, that many findings of each rule taken the same way.
const bySha1 = (list) => list.toSorted((a, b) => sha1(a.key).localeCompare(sha1(b.key)))
const samplesOf = (set) => {
  const ofSet = bySha1(findings.filter((finding) => finding.set === set))
  const rules = [...new Set(ofSet.map((finding) => finding.rule))]
  return {
    hundred: ofSet.slice(0, 100),
    perRule: set.perRule ? rules.flatMap((rule) => ofSet.filter((f) => f.rule === rule).slice(0, set.perRule)) : []
  }
}
const sampleOf = flag === '--sample' ? only : undefined
const listed = sampleOf
  ? (({hundred, perRule}) => [...new Set([...hundred, ...perRule])])(samplesOf(sampleOf))
  : findings
if (process.argv.includes('--list') || sampleOf) {
  for (const finding of listed)
    console.log(
      `${finding.key}\t${labels[finding.key]?.label ?? '?'}\n  ${finding.reason}\n${finding.unit.replace(/^/gm, '    | ')}\n`
    )
} else {
  for (const set of active) {
    const ofSet = findings.filter((finding) => finding.set === set)
    const {table, unlabelled} = precisionTable(ofSet, labels)
    console.log(
      `${set.name}: ${set.files.length} files\n\n${table}\n\n${ofSet.length} findings, ${unlabelled} not labelled\n`
    )
    if (set.perRule) {
      const {hundred, perRule} = samplesOf(set)
      console.log(`its sample of 100 (smallest SHA-1 of key):\n\n${precisionTable(hundred, labels).table}\n`)
      console.log(`its sample of ${set.perRule} per rule:\n\n${precisionTable(perRule, labels).table}\n`)
    }
  }
  if (!only) {
    const stale = Object.keys(labels).filter((key) => !findings.some((finding) => finding.key === key))
    console.log(`${stale.length} labels whose finding is gone`)
  }
}
