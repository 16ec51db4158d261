import type {Lang} from '../../types.js'
import type {PairContext} from '../context.js'
import {withoutAddresses} from '../../identify/words.js'
import {comparable} from '../text.js'
import {isApostrophe, withoutLiterals, wordsOf, type Word} from '../../text/index.js'
import {markupOf} from '../parity.js'
import {oncePer} from '../../util/once.js'
import type {CheckSegment} from '../types.js'

const capitalised = /^\p{Lu}/u
const latin = /^\p{Script=Latin}/u
// The rest of a name written with an apostrophe: "zbek" of O'zbek, "Oréal" of L'Oréal.
const afterApostrophe = /\p{L}['’]$/u

/** A word of a segment with its index among all the segment's words. */
interface IndexedWord extends Word {
  index: number
}

/** All the words of a segment, and those of them a translator translates. */
interface SegmentWords {
  all: readonly Word[]
  kept: readonly IndexedWord[]
}

/**
 * The words of a segment a translator translates: not inside a
 * do-not-translate name or a proper-noun term, not in an address, path or
 * option, not in a literal (a key combination such as `Ctrl + Shift + K`,
 * code such as `<literal>\r</literal>`), not numbers, not single letters,
 * and in the Latin script (Portuguese and English: "العربية" or "日本語" in a
 * list of languages are names).
 */
const wordsToTranslate = oncePer(readWordsToTranslate)

function readWordsToTranslate(segment: CheckSegment): SegmentWords {
  const names = segment.matches.filter(
    (match) =>
      match.entry.doNotTranslate || match.term.type === 'productName' || match.term.partOfSpeech === 'properNoun'
  )
  // Addresses, paths, dotted names, options, emoji codes and literals are kept as they are in a translation.
  const markup = markupOf(segment)
  const plain = withoutLiterals(
    withoutAddresses(withoutMnemonic(segment.text)),
    markup.sameIndices ? markup.text : segment.text
  )
  const text = segment.text
  const all = wordsOf(text)
  const kept: IndexedWord[] = []
  // Every segment of every pair comes here: one pass, nothing built for a word left out.
  all.forEach(({start, end, value}, index) => {
    if (names.some((match) => match.start <= start && end <= match.end)) return
    // Where nothing was blanked, a word (letters, digits, marks) is never white space.
    if (plain !== text && plain.slice(start, end).trim() === '') return
    if (isApostrophe(text.charCodeAt(start - 1)) && afterApostrophe.test(text.slice(Math.max(0, start - 2), start)))
      return
    if (value.normalize('NFC').length > 1 && !/^\p{N}+$/u.test(value) && latin.test(value))
      kept.push({start, end, value, index})
  })
  return {all, kept}
}

/**
 * `text` with the underscore of a GTK mnemonic made a space (`U_pload`,
 * `Do_wnload`: the one underscore of a label, inside a capitalised word), so
 * that the word is not taken for an identifier (`snake_case`,
 * `PLUMA_FILENAME`). Same length.
 */
function withoutMnemonic(text: string): string {
  const at = text.indexOf('_')
  if (at === -1 || text.indexOf('_', at + 1) !== -1) return text
  const word = /[\p{L}_]+$/u.exec(text.slice(0, at + 1))![0] + /^\p{L}*/u.exec(text.slice(at + 1))![0]
  return /^\p{Lu}\p{Ll}*_\p{Ll}+$/u.test(word) ? `${text.slice(0, at)} ${text.slice(at + 1)}` : text
}

/**
 * Whether a source segment has anything to translate: a word of a natural
 * language once placeholders, inline tags, literals, addresses, numbers,
 * punctuation and single letters are taken away, and not an identifier. A
 * list of keywords (`scan;scanner;flatbed;`) has words to translate: the
 * search of a desktop finds what its translation holds. A unit whose
 * source has nothing to translate (`Ctrl + Y`, `<literal>\r</literal>`, `Æ`,
 * `for-each`) is right with an empty translation: gettext, XLIFF tools and
 * i18next then show the source.
 */
export function hasWordsToTranslate(segment: CheckSegment): boolean {
  return !identifier.test(withoutMnemonic(segment.text)) && wordsToTranslate(segment).kept.length > 0
}

/**
 * The words of a segment that carry language: its words to translate
 * ({@link wordsToTranslate}) but those capitalised or upper-case (names,
 * acronyms, credits such as "FT") and lower-case words inside a name ("Stats
 * and R").
 */
export const contentWords = oncePer((segment: CheckSegment): readonly string[] => {
  const {all, kept} = wordsToTranslate(segment)
  return kept.filter((word) => !capitalised.test(word.value) && !inName(all, word.index)).map((word) => word.value)
})

/** Whether the word at `index` is a lower-case word between two capitalised ones ("Stats and R", "Code of Conduct"). */
function inName(words: readonly Word[], index: number): boolean {
  const before = words[index - 1]
  const after = words[index + 1]
  return (
    before !== undefined &&
    after !== undefined &&
    capitalised.test(before.value) &&
    capitalised.test(after.value) &&
    !capitalised.test(words[index]!.value)
  )
}

/**
 * Whether a segment can never be a finding on its own: elisions ("(...)"),
 * credits ("FT"), numbers, URLs, segments made only of names, lists of
 * keywords, identifiers, and the title line of a `:::` container.
 */
export const isInert = oncePer(readInert)

function readInert(segment: CheckSegment): boolean {
  // A container's title line (`:::warning Note`, `:::tip DICA`) is markup of VitePress and Docusaurus sites.
  if (onContainerLine(segment)) return true
  return (
    segment.role === 'elision' ||
    segment.role === 'credit' ||
    wordList.test(segment.text) ||
    identifier.test(segment.text) ||
    contentWords(segment).length === 0
  )
}

/**
 * Words joined by commas or semicolons with no space: the search keywords of a
 * desktop file (`scan;scanner;flatbed;`) or the names a calculator parses for
 * a unit (`kibibit,kibibits,Kib`), which a translation keeps and extends.
 */
const wordList = /^\s*[^\s,;]+(?:[,;][^\s,;]+)+[,;]?\s*$/u

/**
 * One token of parts joined by `-`, `_` or `.` with no space: an identifier a
 * program looks up (the icon name `panel-right-symbolic`, `org.gnome.Shell`),
 * never prose to translate.
 */
const identifier = /^\s*[\p{L}\p{N}]+(?:[-_.][\p{L}\p{N}]+)+\s*$/u

/**
 * Whether a segment stands wholly on the opening line of a `:::` container
 * (its title: "Note", "DICA"). A sentence that runs on past that line (the
 * title and the first paragraph read as one, where the container is not
 * parsed) is prose and is judged as such.
 */
function onContainerLine(segment: CheckSegment): boolean {
  const source = segment.owner.source
  const {start, end} = {start: segment.position.start.offset, end: segment.position.end.offset}
  // From the column, not by searching back for a line break: a source without \r was searched back to
  // its start for one, for every segment (the square of the length: 13 s of a 2 MB check).
  const lineStart = start - (segment.position.start.column - 1)
  return /^[ \t>]*:::/.test(source.slice(lineStart, start + 1)) && !/[\r\n]/.test(source.slice(start, end))
}

function base(lang: Lang): string {
  return lang.startsWith('pt') ? 'pt' : lang
}

/** Least number of content words before a segment's language is trusted. */
const minimumWords = 3

/** Least confidence in a segment's language before it counts as the source language. */
const minimumConfidence = 0.6

/** Whether `segment` was identified, with confidence, in `lang` (Portuguese whatever its variant). */
function inLanguage(segment: CheckSegment, lang: Lang): boolean {
  return base(segment.lang) === base(lang) && (segment.confidence ?? 1) >= minimumConfidence
}

/**
 * `untranslated`: a target segment identical to a source segment of its pair,
 * or in the source language. Returns nothing; marks the segments in
 * `context.untranslated` so the other target rules leave them alone.
 */
export function checkUntranslated(context: PairContext): void {
  const {pair, sourceLang, targetLang} = context
  if (pair.source.length === 0) return
  const sources = new Set(pair.source.map((segment) => comparable(segment.text)))
  for (const segment of pair.target) {
    if (isInert(segment)) continue
    let reason: string | undefined
    // One word the same on both sides is as likely a name (giscus, npm) as a word left untranslated: it
    // counts only when it reads as the source language. A sentence already in the target language (the
    // source quoting Portuguese) is no untranslated one.
    // A single token joined with hyphens, slashes or dots (`vue-virtual-scroll-grid`, `vueuc/VVirtualList`) is a name.
    if (
      sources.has(comparable(segment.text)) &&
      !/^[^\s]+[-/.][^\s]+$/.test(segment.text.trim()) &&
      !inLanguage(segment, targetLang) &&
      (contentWords(segment).length >= 2 || inLanguage(segment, sourceLang))
    ) {
      reason = 'identical'
    } else if (
      base(sourceLang) !== base(targetLang) &&
      inLanguage(segment, sourceLang) &&
      contentWords(segment).length >= minimumWords
    ) {
      reason = 'sourceLanguage'
    }
    if (!reason) continue
    context.untranslated.add(segment)
    context.sink.add({rule: 'untranslated', segment, reason, values: {lang: sourceLang}})
  }
}
