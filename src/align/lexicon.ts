import {GlosaError} from '../util/errors.js'
import {englishCues, portugueseCues} from './data/lexicon.js'
import {foldCaseAndDiacritics} from '../text/index.js'

/** Options of {@link parseLexicon}. */
export interface LexiconOptions {
  /** The file, for messages. */
  file?: string
  /** Column order; default: a `pt<TAB>en` or `en<TAB>pt` header line, else guessed from spelling. */
  order?: 'pt-en' | 'en-pt'
}

function cueScore(words: readonly string[], cues: readonly RegExp[]): number {
  let score = 0
  for (const word of words) for (const cue of cues) if (cue.test(word.toLowerCase())) score++
  return score
}

/**
 * Read a bilingual lexicon: one pair per line, `pt<TAB>en` or `en<TAB>pt`.
 * A first line `pt<TAB>en` or `en<TAB>pt` states the order; without it the
 * order is guessed from the spelling of each column (ção, ã, -mente against
 * -tion, w, th). Blank lines and lines starting with `#` are skipped. Returns
 * folded Portuguese words mapped to their English translations.
 */
export function parseLexicon(text: string, options: LexiconOptions = {}): Map<string, string[]> {
  const rows: Array<{line: number; left: string; right: string}> = []
  let order = options.order
  const lines = text.split(/\r\n|\r|\n/)
  lines.forEach((raw, index) => {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) return
    const columns = raw.split('\t').map((column) => column.trim())
    if (columns.length < 2 || columns[0] === '' || columns[1] === '') {
      throw new GlosaError(
        'align:error.lexiconLine',
        {line: index + 1},
        {
          ...(options.file === undefined ? {} : {file: options.file}),
          place: {line: index + 1, column: 1, offset: 0}
        }
      )
    }
    const [left, right] = columns as [string, string]
    if (
      rows.length === 0 &&
      order === undefined &&
      /^(pt|pt-PT|pt-BR|en)$/i.test(left) &&
      /^(pt|pt-PT|pt-BR|en)$/i.test(right)
    ) {
      order = left.toLowerCase().startsWith('pt') ? 'pt-en' : 'en-pt'
      return
    }
    rows.push({line: index + 1, left, right})
  })
  if (order === undefined) {
    const lefts = rows.map((row) => row.left)
    const rights = rows.map((row) => row.right)
    const leftPortuguese = cueScore(lefts, portugueseCues) - cueScore(lefts, englishCues)
    const rightPortuguese = cueScore(rights, portugueseCues) - cueScore(rights, englishCues)
    order = leftPortuguese >= rightPortuguese ? 'pt-en' : 'en-pt'
  }
  const lexicon = new Map<string, string[]>()
  for (const {left, right} of rows) {
    const [portuguese, english] = order === 'pt-en' ? [left, right] : [right, left]
    const key = foldCaseAndDiacritics(portuguese)
    const translations = lexicon.get(key) ?? []
    if (!translations.includes(english)) translations.push(english)
    lexicon.set(key, translations)
  }
  return lexicon
}
