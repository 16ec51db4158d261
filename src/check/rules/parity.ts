import {translatedTargets, type PairContext} from '../context.js'
import {code, type Finding} from '../findings.js'
import {listFormat} from '../../i18n/index.js'
import {placeholdersOf, type Token} from '../../text/placeholders.js'
import {codeSpan} from '../../text/literals.js'
import {markupOf, markupTokensOf, segmentMarkupTokens, unmatched, type Markup} from '../parity.js'
import {splitRules} from '../../segment/abbreviations.js'
import type {CheckSegment, RuleId} from '../types.js'

/**
 * The parity rules: what a translation must keep of its source whatever the
 * language (placeholders, markup), and slips a translator's eye misses
 * (a repeated word, an unclosed bracket, spacing and final punctuation, a
 * length far from the pair's usual ratio). They read each side's markup
 * text; findings go on the target.
 */

interface Side {
  segment: CheckSegment
  markup: Markup
}

function sides(segments: readonly CheckSegment[]): Side[] {
  return segments.map((segment) => ({segment, markup: markupOf(segment)}))
}

/** Whether the segments come from a program's strings (bilingual files), where tags are placeholders. */
function isResource(segments: readonly CheckSegment[]): boolean {
  return segments.some((segment) => segment.raw !== undefined)
}

type Extract = (side: Side, tags: boolean) => Token[]

const placeholders: Extract = (side, tags) => placeholdersOf(side.markup.text, {tags, codes: side.segment.codes ?? []})
const markupTokens: Extract = (side, tags) =>
  tags ? markupTokensOf(side.markup.text, {tags: false}) : [...segmentMarkupTokens(side.segment)]

interface Placed extends Token {
  side: Side
}

function tokensOf(list: readonly Side[], extract: Extract, tags: boolean): Placed[] {
  return list.flatMap((side) => extract(side, tags).map((token) => ({...token, side})))
}

function rangeOf(token: Placed): {range?: readonly [number, number]} {
  return token.side.markup.sameIndices ? {range: [token.start, token.end]} : {}
}

/** Whether `token` is a code span whose text `text` has as words of its own (not inside a longer word or name). */
function codeKeptAsWords(token: Token, text: string): boolean {
  if (!token.key.startsWith('code:')) return false
  const words = token.key.slice('code:'.length)
  if (!/[\p{L}\p{N}]/u.test(words)) return false
  for (let at = text.indexOf(words); at !== -1; at = text.indexOf(words, at + 1)) {
    const before = text[at - 1] ?? ' '
    // An English plural of the word in code (`vnode`, vnodes) is the word.
    const plural = text[at + words.length] === 's' && !/[\p{L}\p{N}]/u.test(text[at + words.length + 1] ?? ' ')
    const after = plural ? ' ' : (text[at + words.length] ?? ' ')
    if (
      !/[\p{L}\p{N}\p{M}_.$-]/u.test(before) &&
      !/[\p{L}\p{N}\p{M}_$-]/u.test(after) &&
      !/\.[\p{L}\p{N}]/u.test(text.slice(at + words.length, at + words.length + 2))
    )
      return true
  }
  return false
}

/** How many spans of emphasis, strong or not, the segments' markup has (code spans left out). */
function emphasisSpans(segments: readonly CheckSegment[]): number {
  const text = segments.map((segment) => markupOf(segment).text.replace(codeSpan, '')).join('\n')
  return (
    text.match(/\*\*[^*\n]+\*\*|__[^_\n]+__|(?<!\*)\*[^*\s][^*\n]*\*(?!\*)|(?<![\w_])_[^_\s][^_\n]*_(?![\w_])/g) ?? []
  ).length
}

/** A code span's name without a call's parentheses, a leading dot or a trailing colon. */
function codeName(token: Token): string | undefined {
  if (!token.key.startsWith('code:')) return undefined
  return token.key.slice('code:'.length).replace(/\(\)$/, '').replace(/^\./, '').replace(/:$/, '')
}

/** Whether two code spans name the same thing: equal names, or one the other's with a receiver (`app.component` for `component`). */
function sameCode(a: Token, b: Token): boolean {
  const [x, y] = [codeName(a), codeName(b)]
  if (x === undefined || y === undefined || x === '' || y === '') return false
  return x === y || x.endsWith('.' + y) || y.endsWith('.' + x)
}

/** Compare the tokens of both sides: a changed token where the target has an unexpected one, else extra or missing ones. */
function compare(
  context: PairContext,
  rule: RuleId,
  extract: Extract,
  reasons: {changed: string; extra: string; missing: string}
): void {
  const target = translatedTargets(context)
  if (target.length === 0 || context.pair.source.length === 0) return
  const tags = isResource(context.pair.source)
  const source = tokensOf(sides(context.pair.source), extract, tags)
  const translation = tokensOf(sides(target), extract, tags)
  if (source.length === 0 && translation.length === 0) return
  let missing = unmatched(source, translation)
  let extra = unmatched(translation, source)
  if (rule === 'placeholder-mismatch' && target.every((segment) => exactForms.has(segment.plural ?? ''))) {
    // A form for one number (`files_one`) may say the number in words ("Um ficheiro") or with `{{count}}`, as
    // i18next's own examples do; a `{{count}}` that another placeholder stands in for (`{{cnt}}`) is still renamed.
    const counted = (token: Placed) => token.key === '{{count}}'
    if (missing.length > extra.length) missing = missing.filter((token) => !counted(token))
    else if (extra.length > missing.length) extra = extra.filter((token) => !counted(token))
  }
  if (rule === 'markup-mismatch' && !tags) {
    // A document's translator may set a word of the source in code, or drop the code around one they keep: formatting, not a lost token.
    const sourceText = context.pair.source.map((segment) => segment.text).join('\n')
    const targetText = target.map((segment) => segment.text).join('\n')
    // A link the translator points at the page in the reader's language (`…-pt.netlify.app`, `/pt/…`) stands for the source's link it replaces.
    const localised = extra.filter((token) => token.key.startsWith('link:') && token.key.includes('{lang}'))
    for (const token of localised) {
      const replaced = missing.findIndex((other) => other.key.startsWith('link:') && !other.key.includes('{lang}'))
      if (replaced === -1) break
      missing = missing.filter((_, index) => index !== replaced)
      extra = extra.filter((other) => other !== token)
    }
    // The same name written with or without its call, its receiver or a directive's colon (`mount()`, `.mount()`, `app.mount()`).
    const renamed = extra.filter((token) => missing.some((other) => sameCode(token, other)))
    missing = missing.filter((token) => !renamed.some((other) => sameCode(token, other)))
    extra = extra.filter((token) => !renamed.includes(token))
    extra = extra.filter((token) => !codeKeptAsWords(token, sourceText))
    missing = missing.filter((token) => !codeKeptAsWords(token, targetText))
  }
  if (rule === 'markup-mismatch' && tags) {
    // An address a source offers as an example (`for example joe@institution.edu`, `Use the format
    // example@email.com`) is localised by translators (`joao@instituicao.edu`), as one at an RFC 2606 domain is.
    const said = context.pair.source.map((segment) => markupOf(segment).text.replace(/\S+@\S+/g, ' ')).join('\n')
    if (/\b(?:e\.g\.|for (?:example|instance)|such as|format|example)\b/i.test(said)) {
      const offered = missing.filter((token) => token.key.startsWith('email:'))
      for (const token of offered) {
        const localised = extra.find((other) => other.key.startsWith('email:'))
        if (!localised) break
        missing = missing.filter((other) => other !== token)
        extra = extra.filter((other) => other !== localised)
      }
    }
    // A program's string may quote a place of its own interface in code (`Recent`): the translation names it as
    // the translated interface does (`Recentes`). Only a capitalised name of plain words, for one of plain words.
    for (const token of missing.filter((each) => /^code:\p{Lu}\p{Ll}+(?: \p{L}\p{Ll}*)*$/u.test(each.key))) {
      const named = extra.find((other) => /^code:[\p{L}\p{M}]+(?: [\p{L}\p{M}]+)*$/u.test(other.key))
      if (!named) break
      missing = missing.filter((other) => other !== token)
      extra = extra.filter((other) => other !== named)
    }
  }
  // Emphasis is counted, not placed: report the difference once. A document may set in italics what its source sets in bold.
  // (Counted only where the strong markers differ: most pairs have none.)
  if (
    (missing.some((token) => token.key === 'strong') || extra.some((token) => token.key === 'strong')) &&
    (tags || emphasisSpans(context.pair.source) !== emphasisSpans(target))
  ) {
    const count = (list: readonly Placed[]) => list.filter((token) => token.key === 'strong').length
    context.sink.add({
      rule,
      segment: target[0]!,
      until: target[target.length - 1]!,
      reason: 'parity:reason.emphasis',
      values: {expected: count(source), actual: count(translation)}
    })
  }
  const placedExtra = extra.filter((token) => token.key !== 'strong')
  const placedMissing = missing.filter((token) => token.key !== 'strong')
  placedExtra.forEach((token, index) => {
    const counterpart = placedMissing[index]
    const finding: Finding = {
      rule,
      segment: token.side.segment,
      ...rangeOf(token),
      actual: token.text,
      ...(counterpart ? {expected: [counterpart.text]} : {}),
      reason: counterpart ? reasons.changed : reasons.extra
    }
    context.sink.add(finding)
  })
  const gone = placedMissing.slice(placedExtra.length)
  if (gone.length > 0) {
    // All of them are missing, not one of them: a conjunction, where terms offer alternatives.
    const all = listFormat(context.sink.locale, 'conjunction').format(gone.map((token) => code(token.text)))
    context.sink.add({
      rule,
      segment: target[0]!,
      until: target[target.length - 1]!,
      expected: gone.map((token) => token.text),
      reason: reasons.missing,
      values: {count: gone.length, expected: all}
    })
  }
}

/** i18next plural categories that stand for one number each in English and Portuguese (`_zero` is i18next's own). */
const exactForms = new Set(['zero', 'one', 'two'])

/** `placeholder-mismatch`: the placeholders of the source and the translation differ (order may change). */
export function checkPlaceholders(context: PairContext): void {
  compare(context, 'placeholder-mismatch', placeholders, {
    changed: 'parity:reason.placeholderChanged',
    extra: 'parity:reason.placeholderExtra',
    missing: 'parity:reason.placeholderMissing'
  })
}

/** `markup-mismatch`: code spans, link targets, images, URLs, e-mail addresses, inline HTML or emphasis differ. */
export function checkMarkup(context: PairContext): void {
  compare(context, 'markup-mismatch', markupTokens, {
    changed: 'parity:reason.markupChanged',
    extra: 'parity:reason.markupExtra',
    missing: 'parity:reason.markupMissing'
  })
}

/**
 * Words a language repeats on purpose (`had had`, `that that`; Portuguese
 * `se se`, the conjunction before the pronoun: `Se se deve mostrar`; the
 * Brazilian `já já` and `logo logo`, "right away" and "very soon").
 */
const repeatable = new Set([
  'had',
  'that',
  'bye',
  'blah',
  'ha',
  'no',
  'very',
  'so',
  'tic',
  'tac',
  'tique',
  'muito',
  'pouco',
  'se',
  'já',
  'logo'
])

// A word starts after no letter, nor after a mnemonic's `_` or `&` inside a word (`tod_as as` is `todas as`).
// The second ends before no letter nor hyphen: `e e-mails` is a conjunction before a compound word.
const repeated = /(?<![\p{L}\p{M}\p{N}]|\p{L}[_&])([\p{L}\p{M}]+)[ \t\u00a0]+\1(?![\p{L}\p{M}\p{N}-])/giu

const word = /[\p{L}\p{M}]+/gu

/**
 * Whether two neighbouring words of `text` are the same but for case: a
 * quick look before {@link repeated}, whose back-reference is slow (most
 * sentences repeat no word). Upper and lower case both compared, so that no
 * pair `repeated` matches is passed over.
 */
function mayRepeat(text: string): boolean {
  let previous = ''
  for (const match of text.matchAll(word)) {
    const value = match[0]
    if (
      value.length === previous.length &&
      (value.toLowerCase() === previous.toLowerCase() || value.toUpperCase() === previous.toUpperCase())
    )
      return true
    previous = value
  }
  return false
}

/** `repeated-word`: the same word twice in a row in the translation (`de de`, `the the`), unless the source repeats it too. */
export function checkRepeatedWords(context: PairContext): void {
  const found = translatedTargets(context)
    .filter((segment) => mayRepeat(segment.text))
    .flatMap((segment) => [...segment.text.matchAll(repeated)].map((match) => ({segment, match})))
  // The source is read only where the translation repeats a word (most pairs: nowhere).
  if (found.length === 0) return
  const sourceRepeats = new Set(
    context.pair.source.flatMap((segment) =>
      [...segment.text.matchAll(repeated)].map((match) => match[1]!.toLowerCase())
    )
  )
  // A source that doubles a word (`Beep-Beep`, `bye bye`) is translated by a doubled word of the target's (`Bipe bipe`).
  const reduplicated = context.pair.source.some((segment) =>
    /(?<![\p{L}\p{N}])(\p{L}+)[- ]\1(?![\p{L}\p{N}])/iu.test(segment.text)
  )
  if (reduplicated) return
  for (const {segment, match} of found) {
    const word = match[1]!.toLowerCase()
    // A name may repeat a word (Bora Bora): the second word capitalised is one.
    // A Portuguese clitic pronoun before the same word (`carregando-a a partir`) is no repetition.
    const clitic = segment.text[match.index! - 1] === '-'
    if (clitic || repeatable.has(word) || sourceRepeats.has(word) || /^\p{Lu}/u.test(match[0].slice(-match[1]!.length)))
      continue
    context.sink.add({
      rule: 'repeated-word',
      segment,
      range: [match.index!, match.index! + match[0].length],
      actual: match[0],
      reason: 'parity:reason.repeatedWord'
    })
  }
}

const pairs: ReadonlyArray<readonly [string, string]> = [
  ['(', ')'],
  ['[', ']'],
  ['{', '}'],
  ['«', '»'],
  ['“', '”']
]

/** Each bracket or quote of {@link pairs}: which pair it belongs to, and whether it opens it. */
const bracketOf = new Map<string, {pair: number; opens: boolean}>(
  pairs.flatMap(([open, close], pair) => [
    [open, {pair, opens: true}],
    [close, {pair, opens: false}]
  ])
)

/** How far each pair of brackets or quotes is from balanced in a text, and where the first unmatched one is. */
function balance(text: string): Map<string, {open: number; at: number}> {
  // One pass over the text for all the pairs: most texts have few brackets.
  const stacks = pairs.map(() => [] as number[])
  const depths = pairs.map(() => 0)
  const firstUnopened = pairs.map(() => -1)
  for (let index = 0; index < text.length; index++) {
    const bracket = bracketOf.get(text[index]!)
    if (bracket === undefined) continue
    const stack = stacks[bracket.pair]!
    if (bracket.opens) stack.push(index)
    else if (stack.length > 0) stack.pop()
    else {
      if (firstUnopened[bracket.pair] === -1) firstUnopened[bracket.pair] = index
      depths[bracket.pair]!--
    }
  }
  const result = new Map<string, {open: number; at: number}>()
  pairs.forEach(([open, close], pair) => {
    const stack = stacks[pair]!
    const depth = depths[pair]! + stack.length
    const at = stack.length > 0 ? stack[0]! : firstUnopened[pair]!
    if (depth !== 0 || at !== -1) result.set(open + close, {open: depth, at})
  })
  const straight = (text.match(/"/g) ?? []).length
  if (straight % 2 === 1) result.set('""', {open: 1, at: text.lastIndexOf('"')})
  return result
}

/** `unbalanced-brackets-quotes`: a bracket or quote opened and not closed (or closed and not opened) in the translation, balanced in the source. */
export function checkBalance(context: PairContext): void {
  // The source is weighed only when a target sentence is out of balance (most are not).
  let source: Map<string, unknown> | undefined
  for (const segment of translatedTargets(context)) {
    for (const [kind, state] of balance(segment.text)) {
      source ??= balance(context.pair.source.map((each) => each.text).join('\n'))
      if (source.has(kind)) continue
      const at = Math.max(0, state.at)
      context.sink.add({
        rule: 'unbalanced-brackets-quotes',
        segment,
        range: [at, at + 1],
        actual: segment.text[at] ?? kind,
        reason: 'parity:reason.unbalanced',
        values: {pair: kind}
      })
    }
  }
}

/** Marks that end a sentence, and what may close after them (quotes, brackets, emphasis, code, spaces). */
const terminal = /[.!?:…;]/
const closer = /[\s"'”’»)\]*_`]/

/**
 * The punctuation a text ends with, past closing quotes, brackets,
 * emphasis and closing inline tags; whether a quote or bracket closes after it (the mark is then the
 * quotation's: `diálogos "Abrir..."`); and whether it is the full stop of an
 * abbreviation that never starts a sentence after it (`seg.`, `etc.`, `máx.`).
 * Read from the end: the rest of a long sentence does not matter.
 */
function finalPunctuation(text: string): {mark: string; quoted: boolean; abbreviation: boolean} {
  let end = text.length
  for (;;) {
    if (end > 0 && closer.test(text[end - 1]!)) end--
    // An inline tag that closes after the mark (`tente <button>limpar a tela.</button>`) closes like a bracket.
    else if (text[end - 1] === '>') {
      const tag = /<\/[A-Za-z][\w-]*>$/.exec(text.slice(Math.max(0, end - 40), end))
      if (!tag) break
      end -= tag[0].length
    } else break
  }
  let start = end
  while (start > 0 && terminal.test(text[start - 1]!)) start--
  const mark = text.slice(start, end).replace('...', '…')
  // The word before a full stop: an abbreviation is short, so a window of the text's end shows it whole.
  const word =
    mark === '.'
      ? /(?<![\p{L}.])(\p{L}+)\.$/u.exec(text.slice(Math.max(0, end - 64), end))?.[1]?.toLowerCase()
      : undefined
  const kind = word !== undefined ? abbreviations.kinds.get(word) : undefined
  return {mark, quoted: /["'”’»)\]]/u.test(text.slice(end)), abbreviation: kind === 'either' || kind === 'trailing'}
}

const abbreviations = splitRules(undefined)

/** A space before `:` `;` `!` `?`: what a space before punctuation needs to be there at all. */
const spaceThenPunctuation = /[ \u00a0][:;!?]/

// English questions open with an auxiliary verb or a question word: "Is the window fullscreen", "How many copies".
const questionOpening =
  /^(?:is|are|was|were|am|do|does|did|can|could|would|will|should|shall|has|have|had|may|might|must|what|where|when|why|who|whom|whose|which|how)\s/i

/**
 * Whether an English `text` asks something: a sentence of it ends with `?` or is worded as a question
 * (a translator may put the question last: "Would you like to restore it? This discards your changes.").
 */
function asksSomething(text: string): boolean {
  return text
    .trim()
    .split(/(?<=[.!?])\s+(?=\p{Lu})/u)
    .some((sentence) => sentence.endsWith('?') || questionOpening.test(sentence))
}

// GTK marks the access key with one `_`, Qt and Windows with one `&`, at or inside a word of a short label.
const mnemonic = /^[^_&]*(?:(?<![\p{L}\p{N}])_\p{L}|(?<=\p{Lu}\p{Ll}*)_\p{Ll}|(?<![\p{L}\p{N}])&\p{L})[^_&]*$/u

/**
 * Whether a space at the start or end of a source string joins nothing, so
 * that a translation without it is right: a label with a mnemonic (`Copy
 * Call _Address `, `&Open `) is shown whole, never joined to another string;
 * and a source that is complete sentences (`" This will be set for every
 * request."`) after its leading space, translated by complete sentences, is a
 * message of its own. A space before or after a fragment (`Size: `, `by `)
 * is a joint, and still compared.
 */
function slipOfSource(source: string, target: string): {lead: boolean; trail: boolean} {
  const label = mnemonic.test(source) && source.split(/\s+/).length <= 6
  const sentences = (text: string) => /^\p{Lu}/u.test(text) && /[.!?…]$/.test(text)
  return {lead: label || (sentences(source) && sentences(target)), trail: label}
}

/**
 * `whitespace-punctuation`: spacing and punctuation a translation should
 * keep or follow: leading and trailing spaces as in the source (strings of
 * programs), the same final punctuation (`.` ↔ `.`, `?` ↔ `?`; a
 * translation may end a question with `?` where a label had none: no), no
 * double spaces the source lacks, and the Portuguese conventions: no space
 * before `:` `;` `!` `?`, none inside `« »`, and in pt-BR “ ” rather than « ».
 */
export function checkWhitespacePunctuation(context: PairContext): void {
  const target = translatedTargets(context)
  const {source} = context.pair
  if (target.length === 0 || source.length === 0) return
  const add = (
    segment: CheckSegment,
    start: number,
    end: number,
    reason: string,
    values: Record<string, unknown> = {}
  ) =>
    context.sink.add({
      rule: 'whitespace-punctuation',
      segment,
      range: [start, Math.max(end, start + 1)],
      reason: `parity:reason.${reason}`,
      values
    })
  // A one-to-one pair is a unit or a sentence: its ends are comparable.
  if (source.length === 1 && target.length === 1) {
    const [from, to] = [source[0]!, target[0]!]
    const [sourceText, targetText] = [markupOf(from).text, markupOf(to).text]
    if (from.raw !== undefined) {
      // A line break written as such in an XML file (XLIFF, TMX) at a unit's end is the file's layout, not
      // the string's (its indentation changes with the file's nesting): PO and JSON write one as `\n`.
      const layout = (segment: CheckSegment, start: number, end: number) => {
        for (let index = start; index < end; index++)
          if (/[\r\n]/.test(segment.owner.source[segment.offsets[index]!] ?? '')) return true
        return false
      }
      const lead = (text: string, segment: CheckSegment) => {
        const run = /^\s*/.exec(text)![0]
        return layout(segment, 0, run.length) ? '' : run
      }
      const trail = (text: string, segment: CheckSegment) => {
        const run = /\s*$/.exec(text)![0]
        return layout(segment, text.length - run.length, text.length) ? '' : run
      }
      // A no-break or other width of space where the source has a space is the same space to a reader
      // (`Version:\u00A0`), and a run of spaces padding a column to the translation's own width is the same joint.
      const same = (a: string, b: string) =>
        a.replace(/\p{Zs}/gu, ' ') === b.replace(/\p{Zs}/gu, ' ') || (/^\p{Zs}+$/u.test(a) && /^\p{Zs}+$/u.test(b))
      const [sourceLead, targetLead] = [lead(sourceText, from), lead(targetText, to)]
      const [sourceTrail, targetTrail] = [trail(sourceText, from), trail(targetText, to)]
      // A space the source has and the translation drops is a joint only where something is joined there.
      const whole = slipOfSource(sourceText.trim(), targetText.trim())
      if (!same(sourceLead, targetLead) && !(whole.lead && targetLead === ''))
        add(to, 0, targetLead.length, 'leadingSpace', {
          expected: JSON.stringify(sourceLead),
          actual: JSON.stringify(targetLead)
        })
      if (!same(sourceTrail, targetTrail) && !(whole.trail && targetTrail === ''))
        add(to, to.text.length - targetTrail.length, to.text.length, 'trailingSpace', {
          expected: JSON.stringify(sourceTrail),
          actual: JSON.stringify(targetTrail)
        })
    }
    // A string of a program is read with its tags (its text masks them), a document's sentence as its text.
    const [ending, targetEnding] = [finalPunctuation(from.raw ?? from.text), finalPunctuation(to.raw ?? to.text)]
    const expected = ending.mark
    // Where the source ends with no mark, a mark inside a quotation the translation ends with is the
    // quotation's, and an abbreviation's full stop (`(%s/seg.)` for `(%s/sec)`) ends nothing.
    const actual =
      expected === '' && ((targetEnding.quoted && !ending.quoted) || targetEnding.abbreviation) ? '' : targetEnding.mark
    // Where both sides end inside the same closing bracket or quote (`(e.g. …)`, `(por ex.: …)`), their marks are
    // the bracket's, and the string itself ends with none on either side.
    const bracketed = ending.quoted && targetEnding.quoted && from.text.trimEnd().at(-1) === to.text.trimEnd().at(-1)
    // A source that asks ("Is the window fullscreen", "Restore it? This discards your changes.") may end with `?`.
    const asked = actual === '?' && (expected === '' || expected === '.') && asksSomething(from.text)
    // In a document `.`, `:` and `;` all close a statement: a translator ends the one before a code block or a list item as their language prefers.
    const statement = (mark: string) => (from.raw === undefined && /^[.:;]$/.test(mark) ? '.' : mark)
    // A heading may be put as a question in the translation ("How It Works", "Como Funciona?").
    const headingAsQuestion = to.role === 'heading' && expected === '' && actual === '?'
    // A sentence of a document's paragraph the source leaves open (`… the \`inheritAttrs\` property` before a
    // `:::tip` closes) is a slip of the source: the translation that closes it corrects it. Headings, list
    // items and cells, which rightly end without a mark, still may not gain one.
    const closesProse = from.raw === undefined && to.role === 'paragraph' && expected === '' && actual === '.'
    if (
      !bracketed &&
      !asked &&
      !headingAsQuestion &&
      !closesProse &&
      statement(expected) !== statement(actual) &&
      !(expected === '' && actual === '') &&
      !(expected === ':' && actual === '') &&
      /\p{L}/u.test(to.text)
    ) {
      const end = to.text.trimEnd().length
      add(
        to,
        Math.max(0, end - Math.max(1, actual.length)),
        end,
        expected === '' ? 'finalPunctuationExtra' : 'finalPunctuation',
        {expected: expected || '∅', actual: actual || '∅'}
      )
    }
  }
  const sourceDouble = source.some((segment) => segment.text.includes('  ') && /\S {2,}\S/.test(segment.text))
  for (const segment of target) {
    const text = segment.text
    if (!sourceDouble && text.includes('  '))
      for (const match of text.matchAll(/(?<=\S) {2,}(?=\S)/g))
        add(segment, match.index!, match.index! + match[0].length, 'doubleSpace')
    if (!context.targetLang.startsWith('pt')) continue
    // Each pattern is tried only where its characters stand side by side (the look-behind is slow on prose).
    if (spaceThenPunctuation.test(text))
      for (const match of text.matchAll(/(?<=[\p{L}\p{N}])[ \u00a0]+(?=[:;!?](?:\s|$))/gu)) {
        const mark = text[match.index! + match[0].length]!
        // A mark the source also sets apart is named, not punctuating (`separados por :` for `separated by :`).
        if (!source.some((each) => each.text.includes(` ${mark}`) || each.text.includes(`\u00a0${mark}`)))
          add(segment, match.index!, match.index! + match[0].length + 1, 'spaceBeforePunctuation', {actual: mark})
      }
    if (text.includes('«') || text.includes('»'))
      for (const match of text.matchAll(/«[ \u00a0]+|[ \u00a0]+»/g))
        add(segment, match.index!, match.index! + match[0].length, 'spaceInGuillemets')
    if (context.targetLang === 'pt-BR' && !source.some((segment) => /«/.test(segment.text))) {
      for (const match of text.matchAll(/«/g)) add(segment, match.index!, match.index! + 1, 'guillemetsBrazil')
    }
  }
}

/** Least source length (in characters) for a length ratio to mean anything: short strings vary too much. */
const minimumLength = 25

/** The target/source length ratio outside which a translation is reported (English ↔ Portuguese runs 0.9 to 1.35). */
const ratioBounds: Readonly<Record<string, readonly [number, number]>> = {
  'en>pt': [0.5, 2.2],
  'pt>en': [0.45, 2],
  default: [0.4, 2.5]
}

/**
 * The bounds for the units of bilingual files: program strings (labels,
 * keyword lists, tooltips) vary far more in length than a document's
 * sentences, and a translator may rightly explain a label or drop a synonym.
 * Only a tenfold difference is reported, the bound translate-toolkit's
 * pofilter sets for its `short` and `long` checks "conservatively, to limit
 * the number of false positives". Measured on real PO files, the pair's
 * bounds above reported more false findings than true ones
 * (docs/check-evaluation.md).
 */
const unitBounds: readonly [number, number] = [0.1, 10]

/** Characters an acronym's words take, per letter, when the other side spells it out (`IDE`, `ambiente de desenvolvimento integrado`). */
const lettersSpelledOut = 10

const acronym = /(?<![\p{L}\p{N}])(\p{Lu}{2,6})s?(?![\p{L}\p{N}])/gu

/**
 * How long the acronyms of `text` that `other` does not have would be
 * spelled out: a translator may write an acronym's words (`IDEs` →
 * `ambientes de desenvolvimento integrado`) or shorten words to one, and a
 * short sentence's length then says nothing of what was left out or added.
 * Counted on both sides, an acronym translated by another (`NOT`, `NÃO`) weighs alike on each.
 */
function spelledOutLength(text: string, other: string): number {
  let extra = 0
  const written = new Set([...other.matchAll(acronym)].map((match) => match[1]!))
  for (const match of text.matchAll(acronym)) if (!written.has(match[1]!)) extra += match[1]!.length * lettersSpelledOut
  return extra
}

const textOf = (segments: readonly CheckSegment[]) => segments.map((segment) => segment.text).join('\n')

/** `length-ratio`: a translation far longer or shorter than the language pair's usual ratio (a warning: an error with `--frail`). */
export function checkLengthRatio(context: PairContext): void {
  const target = translatedTargets(context)
  if (target.length === 0 || context.pair.source.length === 0) return
  const length = (segments: readonly CheckSegment[]) =>
    segments.reduce((sum, segment) => sum + segment.text.replace(/\uFFFC/g, '').trim().length, 0)
  const [from, to] = [length(context.pair.source), length(target)]
  if (from < minimumLength) return
  const key = `${context.sourceLang.slice(0, 2)}>${context.targetLang.slice(0, 2)}`
  const [low, high] = isResource(context.pair.source) ? unitBounds : (ratioBounds[key] ?? ratioBounds.default!)
  const ratio = to / from
  if (ratio >= low && ratio <= high) return
  // An acronym one side spells out accounts for part of the difference.
  const [sourceText, targetText] = [textOf(context.pair.source), textOf(target)]
  const spelled = (to + spelledOutLength(targetText, sourceText)) / (from + spelledOutLength(sourceText, targetText))
  if (spelled >= low && spelled <= high) return
  context.sink.add({
    rule: 'length-ratio',
    segment: target[0]!,
    until: target[target.length - 1]!,
    reason: 'parity:reason.lengthRatio',
    values: {ratio: ratio.toFixed(2), low, high}
  })
}

/** Every parity rule, in the order their findings are reported. */
export function checkParity(context: PairContext): void {
  checkPlaceholders(context)
  checkMarkup(context)
  checkRepeatedWords(context)
  checkBalance(context)
  checkWhitespacePunctuation(context)
  checkLengthRatio(context)
}
