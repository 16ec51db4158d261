// Real aligned data with hand-checked gold (../shared/data: the WMT19 biomedical
// development abstracts, both directions, and the UDHR EN↔pt-PT), each bead of
// glosa's raw alignment marked right or wrong against the gold (strict: the same
// bead). Shared by bench/calibration.bench.js and scripts/calibrate.js.
import {readdirSync, readFileSync} from 'node:fs'
import {sharedData} from './lib.js'

const {alignParallelRaw} = await import('../dist/align/parallel.js')
const {beadKind} = await import('../dist/align/calibration.js')

const readLines = (url) => readFileSync(url, 'utf8').replace(/\n$/, '').split('\n')
const segments = (lines, lang) => lines.map((text, index) => ({index, text, lang}))
const key = (source, target) => `${source.join(',')}:${target.join(',')}`

function goldBeads(url) {
  return new Set(
    readLines(url)
      .filter((line) => line.trim())
      .map((line) => {
        const [, source, target] = /\[([^\]]*)\]\s*:\s*\[([^\]]*)\]/.exec(line)
        return key(source.split(',').filter(Boolean).map(Number), target.split(',').filter(Boolean).map(Number))
      })
  )
}

/** The documents: `{set, id, source, target, gold}`; undefined when ../shared/data is absent. */
export function alignedDocuments() {
  const data = sharedData()
  if (!data) return undefined
  const documents = []
  for (const set of ['wmt19.pt2en', 'wmt19.en2pt']) {
    const dir = new URL(`wmt-biomed-dev/${set}/`, data)
    for (const name of readdirSync(dir)
      .filter((file) => file.endsWith('.ref'))
      .sort()) {
      const base = name.slice(0, -4)
      documents.push({
        set,
        id: `${set}/${base}`,
        source: segments(readLines(new URL(`${base}.pt`, dir)), 'pt'),
        target: segments(readLines(new URL(`${base}.en`, dir)), 'en'),
        gold: goldBeads(new URL(name, dir))
      })
    }
  }
  const udhr = new URL('udhr/', data)
  documents.push({
    set: 'udhr',
    id: 'udhr',
    source: segments(readLines(new URL('udhr.eng.sents', udhr)), 'en'),
    target: segments(readLines(new URL('udhr.por_PT.sents', udhr)), 'pt-PT'),
    gold: goldBeads(new URL('udhr.eng-por_PT.gold', udhr))
  })
  return documents
}

/** Every bead of glosa's raw alignment of `documents`: `{set, kind, raw, correct, pair}`. */
export function scoredBeads(documents) {
  return documents.flatMap((document) =>
    alignParallelRaw(document.source, document.target).map((pair) => ({
      set: document.set,
      kind: beadKind(pair),
      raw: pair.score,
      correct: document.gold.has(key(pair.source, pair.target)),
      pair
    }))
  )
}
