import {approvedTerms, glossaryLangsFor} from '../../glossary/terms.js'
import type {Term} from '../../glossary/types.js'
import type {Lang} from '../../types.js'
import {isShortForm} from '../consistency.js'
import {targetTextOf, translatedTargets, textAt, type PairContext} from '../context.js'
import {code, type FindingSink} from '../findings.js'
import {glossMarkers} from '../data/glosses.js'
import {isTermHere} from '../homonym.js'
import {byEntry, foundIn, type Found} from '../text.js'
import {foldCase, wordsOf} from '../../text/index.js'
import type {CheckSegment} from '../types.js'

/** The texts of the entry's approved terms for `lang`, preferred first, without repeats. */
export function expectedTerms(found: Found, lang: Lang): string[] {
  return [...new Set(approvedTerms(found.match.entry, lang).map((term) => term.text))]
}

/** Whether a match is a Portuguese term of the other variant than the target's. */
function otherVariant(found: Found, lang: Lang): boolean {
  return lang.startsWith('pt') && found.match.term.lang.startsWith('pt')
}

const shortTypes = new Set(['acronym', 'abbreviation'])

/**
 * Whether a match is a source-language acronym the target may keep (CAC in a
 * Portuguese text): only when the entry has no acronym of the target's own
 * (`AI` where Portuguese has `IA` is a missing term).
 */
function keptAsIs(found: Found, lang: Lang): boolean {
  if (!shortTypes.has(found.match.term.type ?? '')) return false
  return !approvedTerms(found.match.entry, lang).some((term) => shortTypes.has(term.type ?? ''))
}

const markers = new Set(glossMarkers)

/**
 * Whether a match stands inside a parenthesis that names a language or calls
 * it an acronym ("IA (AI, na sigla em inglês)"): a term quoted as the other
 * language's, not used.
 */
function inGloss(found: Found): boolean {
  const {text} = found.segment
  const open = text.lastIndexOf('(', found.match.start)
  if (open === -1 || text.lastIndexOf(')', found.match.start) > open) return false
  const close = text.indexOf(')', found.match.end)
  if (close === -1) return false
  return wordsOf(foldCase(text.slice(open + 1, close))).some((word) => markers.has(word.value))
}

/**
 * Whether an English match of a term that is no verb is used as a verb
 * here: after `to` (an adverb in -ly between may stand: "to programmatically
 * hook into") or before `into`/`onto`. "Hook into the lifecycle" is not the
 * noun `hook` of a glossary, and needs no `gatilho`.
 */
function usedAsVerb(found: Found): boolean {
  const {match, segment} = found
  if (match.term.lang !== 'en' || match.term.partOfSpeech === 'verb' || match.term.text.includes(' ')) return false
  const before = segment.text.slice(Math.max(0, match.start - 40), match.start)
  const after = segment.text.slice(match.end, match.end + 8)
  return /\bto\s+(?:\p{L}+ly\s+)?$/iu.test(before) || /^\s+(?:into|onto)\b/i.test(after)
}

/** Prefixes that make a new word of a term's form and keep its concept: `recriados`, `desmontar`, `pré-visualizar`. */
const prefixed = /^(re|des|pré-?|pre|sub|auto-?|inter|sobre|super)(\p{L}{4,})$/u

/**
 * How many words of the target are a prefix and a form of the entry's
 * approved target terms (`recriados` for `criar`, `reinterpretação`): the
 * concept is there, in a word of its own.
 */
function prefixedRenderings(target: readonly CheckSegment[], id: string, context: PairContext): number {
  const matcher = context.matcher
  if (!matcher) return 0
  let count = 0
  for (const segment of target) {
    for (const word of wordsOf(segment.text)) {
      const parts = prefixed.exec(word.value.toLowerCase())
      if (!parts) continue
      const rest = parts[2]!
      if (
        matcher
          .match(rest, {lang: context.targetLang})
          .some(
            (match) =>
              match.entry.id === id && match.start === 0 && match.end === rest.length && match.term.lang !== 'en'
          )
      )
        count++
    }
  }
  return count
}

/**
 * `deprecated-target-term`: a deprecated or superseded term of `lang` in
 * these segments ("AI" in a Portuguese text whose glossary says "IA").
 */
export function checkDeprecated(segments: readonly CheckSegment[], lang: Lang, sink: FindingSink): Found[] {
  const found = foundIn(segments, glossaryLangsFor(lang))
  for (const item of found) {
    if (item.standing !== 'deprecated' || inGloss(item)) continue
    const expected = expectedTerms(item, lang)
    sink.add({
      rule: 'deprecated-target-term',
      segment: item.segment,
      range: [item.match.start, item.match.end],
      entry: item.match.entry,
      actual: textAt(item.segment, item.match),
      expected,
      reason: expected.length > 0 ? 'deprecated' : 'deprecatedNoAlternative',
      values: {status: item.term?.status}
    })
  }
  return found
}

/**
 * The source form a target rendering translates: the one form the pair's
 * source uses for the concept, or, where it uses several (`Cyberspace
 * Administration of China (CAC)`), the one of the same kind, full or short;
 * `null` when that does not tell.
 */
function sourceFormOf(rendering: Found, mentions: readonly Found[]): string | null {
  const forms = new Map<string, Term>()
  for (const mention of mentions) if (mention.term) forms.set(foldCase(mention.term.text), mention.term)
  if (forms.size === 1) return [...forms.values()][0]!.text
  const short = isShortForm(rendering.term!)
  const alike = [...forms.values()].filter((term) => isShortForm(term) === short)
  return alike.length === 1 ? alike[0]!.text : null
}

/**
 * `missing-target-term` (and the deprecated terms and consistency records of
 * the target side): every source mention of a concept needs an approved
 * target term, in any inflection, in the aligned target segments. A
 * deprecated target term counts as a rendering (it gets its own message); a
 * term of the wrong language in the target (an English term left in a
 * Portuguese sentence) does not, and is where the message goes.
 */
export function checkTerms(context: PairContext): void {
  const target = translatedTargets(context)
  const targetFound = checkDeprecated(target, context.targetLang, context.sink)
  if (target.length === 0) return
  const sourceFound = foundIn(context.pair.source, glossaryLangsFor(context.sourceLang)).filter(
    (item) => item.standing !== 'foreign' && !usedAsVerb(item) && isTermHere(item.segment, item.match)
  )
  const targetByEntry = byEntry(targetFound)
  for (const [id, mentions] of byEntry(sourceFound)) {
    const entry = mentions[0]!.match.entry
    if (entry.doNotTranslate) continue
    const expected = [...new Set(approvedTerms(entry, context.targetLang).map((term) => term.text))]
    if (expected.length === 0) continue
    const renderings = targetByEntry.get(id) ?? []
    // The other variant's term is a rendering too (`locale-variant` reports it), and so is an
    // acronym the target keeps from the source (CAC) when the glossary has no acronym of its own.
    const present = renderings.filter(
      (item) =>
        item.standing !== 'foreign' || otherVariant(item, context.targetLang) || keptAsIs(item, context.targetLang)
    )
    for (const item of present) {
      if (item.standing !== 'approved') continue
      const form = sourceFormOf(item, mentions)
      // With several source forms and no telling which one this renders, it is left out of the count.
      if (form !== null) context.consistency.record(item, form)
    }
    if (mentions.length <= present.length) continue
    let missing = mentions.length - present.length - prefixedRenderings(target, id, context)
    if (missing <= 0) continue
    const source = code(textAt(mentions[0]!.segment, mentions[0]!.match))
    for (const item of renderings.filter((each) => !present.includes(each)).slice(0, missing)) {
      context.sink.add({
        rule: 'missing-target-term',
        segment: item.segment,
        range: [item.match.start, item.match.end],
        entry,
        actual: textAt(item.segment, item.match),
        expected,
        reason: 'missingTermActual',
        values: {source}
      })
      missing--
    }
    if (missing <= 0) continue
    context.sink.add({
      rule: 'missing-target-term',
      segment: target[0]!,
      until: target[target.length - 1]!,
      actual: targetTextOf(target),
      entry,
      expected,
      reason: mentions.length > 1 ? 'missingTermCount' : 'missingTerm',
      values: {source, count: mentions.length, found: present.length}
    })
  }
}
