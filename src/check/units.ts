import {maskedText, type BilingualFile, type Piece, type ResourceFile} from '../bilingual/index.js'
import {identifyLanguage, langOfPath, sideLanguage} from '../identify/index.js'
import type {Lang} from '../types.js'
import {code} from './findings.js'
import type {CheckRun} from './run.js'
import {hasWordsToTranslate} from './rules/untranslated.js'
import {declaredPtVariant, variantVote} from './rules/variant.js'
import type {CheckPair, CheckSegment, CheckText, TermMatcher} from './types.js'

/**
 * Bilingual files under check: every unit (an XLIFF segment, a PO entry or
 * plural form, a TMX `<tu>`, a JSON key) is a pair of its own, checked with
 * the same rules as a document's sentences. Units the file marks as not to
 * be checked (fuzzy, `translate="no"`, not started) are left out; a unit
 * with no translation is reported as untranslated.
 */

/** Options of the checks of bilingual files. */
export interface UnitOptions {
  matcher: TermMatcher
  sourceLang?: Lang
  targetLang?: Lang
  /** Check fuzzy PO entries and XLIFF targets whose state says they are not started. Default: false. */
  fuzzy?: boolean
}

/** Least words before a unit's own language is trusted over the file's. */
const minimumWords = 3

function unitSegment(
  owner: CheckText,
  piece: Piece,
  lang: Lang,
  matcher: TermMatcher,
  identify: boolean
): CheckSegment {
  const text = maskedText(piece)
  let own = lang
  let confidence: number | undefined
  if (identify && (text.match(/\p{L}+/gu)?.length ?? 0) >= minimumWords) {
    const guess = identifyLanguage(text)
    if (guess.lang !== 'und' && guess.lang.slice(0, 2) !== lang.slice(0, 2)) {
      own = guess.lang
      confidence = guess.confidence
    }
  }
  const segment: CheckSegment = {
    owner,
    text,
    offsets: piece.offsets,
    position: owner.lines.position(piece.offsets[0]!, piece.offsets[piece.text.length]!),
    lang: own,
    matches: matcher.match(text, {lang: own}),
    raw: piece.text
  }
  if (confidence !== undefined) segment.confidence = confidence
  if (piece.codes.length > 0) segment.codes = piece.codes
  return segment
}

/** A finding's segment and range for a message reported at its key (a key missing from, or extra in, one file). */
function atKey(segment: CheckSegment, keyOffset: number): {segment: CheckSegment; range: [number, number]} {
  const place = segment.owner.lines.position(keyOffset, keyOffset + 1)
  return {segment: {...segment, position: place, offsets: [keyOffset, keyOffset + 1]}, range: [0, 1]}
}

/** The variant of a Portuguese translation: by its declared plain `pt` (European unless clearly Brazilian), else by vote. */
function variantOf(segments: readonly CheckSegment[], declared: Lang | undefined): 'pt-PT' | 'pt-BR' | undefined {
  return declared === 'pt' ? declaredPtVariant(segments) : variantVote(segments)
}

function base(lang: Lang): string {
  return lang.startsWith('pt') ? 'pt' : lang
}

/** Check the units of an XLIFF, PO or TMX file within `run`. */
export function checkBilingualFile(
  run: CheckRun,
  file: BilingualFile,
  path: string,
  source: string,
  options: UnitOptions
): void {
  const checked = file.units.filter(
    (unit) => !unit.skip || (options.fuzzy === true && (unit.skip === 'fuzzy' || unit.skip === 'not-translated-yet'))
  )
  // A unit whose source is its key has no source text to compare with: its
  // translation is checked on its own, as a JSON resource file alone is.
  const keyed = file.units.flatMap((unit) => (unit.skip === 'keyed-source' && unit.target ? [unit.target] : []))
  if (file.targetLang === 'und' && !options.targetLang) {
    run.notChecked(path, 'formats:notChecked.otherLanguage', {lang: file.targetTag ?? ''})
    return
  }
  const sourceLang = sideLanguage(
    options.sourceLang,
    file.sourceLang,
    checked.map((unit) => unit.source.text),
    'en'
  )
  let targetLang = sideLanguage(
    options.targetLang,
    file.targetLang,
    [...checked.flatMap((unit) => (unit.target ? [unit.target] : [])), ...keyed].map((piece) => piece.text),
    sourceLang === 'en' ? 'pt' : 'en'
  )
  if (base(sourceLang) === base(targetLang)) {
    run.notChecked(path, 'check:notChecked.sameLanguage', {lang: targetLang})
    return
  }
  const owner = run.text(path, source, targetLang)
  const pairs: CheckPair[] = []
  for (const unit of checked) {
    const from = unitSegment(owner, unit.source, sourceLang, options.matcher, false)
    if (!unit.target) {
      const reason = unit.plural && unit.plural.index > 0 ? 'parity:reason.pluralMissing' : 'parity:reason.noTarget'
      // A source with nothing to translate (`Ctrl + Y`, `Æ`, `for-each`) is right untranslated: gettext shows it.
      if (hasWordsToTranslate(from))
        run.sink.add({
          rule: 'untranslated',
          segment: from,
          reason,
          values: {id: code(unit.id.replace(/\[\d+\]$/, '')), index: unit.plural?.index ?? 0}
        })
      continue
    }
    pairs.push({source: [from], target: [unitSegment(owner, unit.target, targetLang, options.matcher, true)]})
  }
  const alone = keyed.map((piece) => unitSegment(owner, piece, targetLang, options.matcher, true))
  if (!options.targetLang && targetLang === 'pt') {
    targetLang =
      variantOf([...pairs.flatMap((pair) => pair.target), ...alone], file.targetLang ?? langOfPath(path)) ?? targetLang
    owner.lang = targetLang
  }
  run.checkPairs(pairs, sourceLang, targetLang, {units: true})
  if (alone.length > 0) run.checkAlone(alone, targetLang.startsWith('pt') ? targetLang : undefined)
}

const pluralSuffix = /^(.*)_(zero|one|two|few|many|other)$/

/** The plural categories a language's i18next resources need (`Intl.PluralRules`, as i18next resolves them). */
function categoriesOf(lang: Lang): Set<string> {
  return new Set(new Intl.PluralRules(lang === 'und' ? 'en' : lang).resolvedOptions().pluralCategories)
}

/**
 * Check a JSON resource file against its source, key by key: keys of the
 * source missing from the translation and keys the source lacks are
 * reported; a plural key pairs with the form the target language uses
 * (`_many` in Portuguese with the source's `_other`).
 */
export function checkResourcePair(
  run: CheckRun,
  files: {source: ResourceFile; target: ResourceFile},
  paths: {source: string; target: string},
  texts: {source: string; target: string},
  options: UnitOptions
): void {
  const sourceLang = sideLanguage(
    options.sourceLang,
    langOfPath(paths.source),
    [...files.source.messages.values()].map((message) => message.piece.text),
    'en'
  )
  let targetLang = sideLanguage(
    options.targetLang,
    langOfPath(paths.target),
    [...files.target.messages.values()].map((message) => message.piece.text),
    sourceLang === 'en' ? 'pt' : 'en'
  )
  if (base(sourceLang) === base(targetLang)) {
    run.notChecked(paths.target, 'check:notChecked.sameLanguage', {lang: targetLang})
    return
  }
  const sourceOwner = run.text(paths.source, texts.source, sourceLang)
  const targetOwner = run.text(paths.target, texts.target, targetLang)
  const sourceCategories = categoriesOf(sourceLang)
  const targetCategories = categoriesOf(targetLang)
  const pairs: CheckPair[] = []
  const paired = new Set<string>()
  for (const [key, message] of files.source.messages) {
    const from = unitSegment(sourceOwner, message.piece, sourceLang, options.matcher, false)
    const plural = pluralSuffix.exec(key)
    const found = files.target.messages.get(key)
    if (found) {
      paired.add(key)
      const to = unitSegment(targetOwner, found.piece, targetLang, options.matcher, true)
      if (plural) to.plural = plural[2]!
      // An empty value is a message not translated yet (what Crowdin and
      // Weblate export for one), not a translation of another length; it is
      // right where the source has nothing to translate.
      if (to.text.trim() !== '') pairs.push({source: [from], target: [to]})
      else if (hasWordsToTranslate(from))
        run.sink.add({rule: 'untranslated', segment: to, reason: 'parity:reason.noTarget', values: {id: code(key)}})
      continue
    }
    // A form the target language does not use needs no translation.
    if (plural && !targetCategories.has(plural[2]!)) continue
    run.sink.add({
      rule: 'untranslated',
      ...atKey(from, message.keyOffset),
      reason: 'parity:reason.missingKey',
      values: {key: code(key), file: paths.target}
    })
  }
  for (const [key, message] of files.target.messages) {
    if (paired.has(key)) continue
    const plural = pluralSuffix.exec(key)
    const other = plural ? files.source.messages.get(`${plural[1]}_other`) : undefined
    if (plural && other && targetCategories.has(plural[2]!) && !sourceCategories.has(plural[2]!)) {
      // `_many` in Portuguese translates the source's `_other`.
      pairs.push({
        source: [unitSegment(sourceOwner, other.piece, sourceLang, options.matcher, false)],
        target: [unitSegment(targetOwner, message.piece, targetLang, options.matcher, true)]
      })
      continue
    }
    const segment = unitSegment(targetOwner, message.piece, targetLang, options.matcher, false)
    run.sink.add({
      rule: 'unaligned-segment',
      ...atKey(segment, message.keyOffset),
      reason: 'parity:reason.extraKey',
      values: {key: code(key), file: paths.source}
    })
  }
  if (!options.targetLang && targetLang === 'pt') {
    targetLang =
      variantOf(
        pairs.flatMap((pair) => pair.target),
        langOfPath(paths.target)
      ) ?? targetLang
    targetOwner.lang = targetLang
  }
  run.checkPairs(pairs, sourceLang, targetLang, {units: true})
}

/** Check a JSON resource file on its own (no source to pair it with): its terms, as a document's. */
export function checkResourceAlone(
  run: CheckRun,
  file: ResourceFile,
  path: string,
  source: string,
  options: UnitOptions
): void {
  const lang = sideLanguage(
    options.targetLang,
    langOfPath(path),
    [...file.messages.values()].map((message) => message.piece.text),
    'en'
  )
  const owner = run.text(path, source, lang)
  const segments = [...file.messages.values()].map((message) =>
    unitSegment(owner, message.piece, lang, options.matcher, false)
  )
  run.checkAlone(segments, lang.startsWith('pt') ? (options.targetLang ?? variantVote(segments) ?? lang) : undefined)
}
