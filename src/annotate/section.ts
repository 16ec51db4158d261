import type {FootnoteDefinition, Heading, List, ListItem, PhrasingContent, Root, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import remarkGfm from 'remark-gfm'
import remarkMdx from 'remark-mdx'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import {guardText} from './escape.js'
import {definition, entryNote, shownTerms, statusNotes, type Gloss, type Speech} from './gloss.js'

/**
 * How generated text becomes phrasing: as it is in a tree (the remark
 * plugin: a text node is never markup), or guarded for Markdown source, so
 * that it can hold none of glosa's marks and no directive ({@link guardText}).
 */
export type Phrase = (value: string) => PhrasingContent[]

export const plainText: Phrase = (value) => [{type: 'text', value}]
export const guardedText: Phrase = guardText

/** Serialise generated Markdown (escaping every text node: a glossary never injects markup). */
const serialiser = unified()
  .use(remarkStringify, {bullet: '-', emphasis: '*', strong: '*', rule: '-'})
  .use(remarkGfm)
  .freeze()

/** The same for MDX, which also escapes what MDX reads as JSX or an expression (`<`, `{`). */
const mdxSerialiser = serialiser().use(remarkMdx).freeze()

export function stringify(nodes: RootContent[], options: {mdx?: boolean} = {}): string {
  const root: Root = {type: 'root', children: nodes}
  return (options.mdx ? mdxSerialiser : serialiser).stringify(root)
}

/** `**inferência** (português) · *inference* (inglês): definition. Notes.` (the terms only without `withDefinition`). */
function describe(
  gloss: Gloss,
  speech: Speech,
  withNote: boolean,
  phrase: Phrase,
  withDefinition = true
): PhrasingContent[] {
  const nodes: PhrasingContent[] = []
  const shown = shownTerms(gloss.entry, speech)
  shown.forEach(({term, lang}, index) => {
    if (index > 0) nodes.push({type: 'text', value: ' · '})
    const text = phrase(term.text)
    nodes.push(index === 0 ? {type: 'strong', children: text} : {type: 'emphasis', children: text})
    if (shown.length > 1) nodes.push(...phrase(` (${speech.t(`annotate:lang.${lang}`)})`))
  })
  if (!withDefinition) return nodes
  const sentences = [definition(gloss.entry, speech), ...statusNotes(gloss, speech)]
  const note = withNote ? entryNote(gloss.entry, speech) : undefined
  if (note) sentences.push(speech.t('annotate:note', {note}) as string)
  const prose = sentences
    .filter((text): text is string => Boolean(text))
    .map(finish)
    .join(' ')
  if (prose) nodes.push(...phrase(': ' + prose))
  return nodes
}

/** End a sentence with a full stop unless it has its own final punctuation. */
function finish(text: string): string {
  return /[.!?…]$/u.test(text) ? text : text + '.'
}

/**
 * The footnote definitions, one per entry, in the order they are first
 * called: the definition and the reader's note, or (when the glossary section
 * holds the definitions) only the terms.
 */
export function footnotes(
  glosses: Gloss[],
  speech: Speech,
  phrase: Phrase,
  withDefinition = true
): FootnoteDefinition[] {
  return glosses.map((gloss) => ({
    type: 'footnoteDefinition',
    identifier: gloss.id,
    label: gloss.id,
    children: [{type: 'paragraph', children: describe(gloss, speech, withDefinition, phrase, withDefinition)}]
  }))
}

/**
 * For renderers without GFM footnotes: a "Notes" heading and a numbered list,
 * one item per entry in the order the notes are first called, each with the
 * anchor its calls link to.
 */
export function notesList(glosses: Gloss[], speech: Speech, phrase: Phrase): [Heading, List] {
  return [
    {type: 'heading', depth: 2, children: phrase(speech.t('annotate:notes.title') as string)},
    {
      type: 'list',
      ordered: true,
      start: 1,
      spread: false,
      children: glosses.map((gloss) => anchoredItem(gloss, describe(gloss, speech, true, phrase)))
    }
  ]
}

/** Plain-text notes for a forum: `[1] H20: definition.`, one per line, under a title. */
export function forumNotes(glosses: Gloss[], speech: Speech): string {
  const lines = glosses.map(
    (gloss, index) => `[${index + 1}] ${toString(describe(gloss, speech, true, plainText), {includeImageAlt: false})}`
  )
  return [speech.t('annotate:notes.title') as string, ...lines].join('\n')
}

function anchoredItem(gloss: Gloss, content: PhrasingContent[]): ListItem {
  return {
    type: 'listItem',
    spread: false,
    children: [{type: 'paragraph', children: [{type: 'html', value: `<a id="${gloss.id}"></a>`}, ...content]}]
  }
}

/**
 * The glossary section: a heading in the reader's language and one item per
 * entry, sorted by the reader's term (locale-aware), each with an anchor that
 * `link` annotations point to.
 */
export function glossarySection(glosses: Gloss[], speech: Speech, phrase: Phrase): [Heading, List] {
  const collator = new Intl.Collator(speech.lang, {sensitivity: 'base', numeric: true})
  const sorted = [...glosses].sort((a, b) => {
    const left = shownTerms(a.entry, speech)[0]?.term.text ?? a.entry.id
    const right = shownTerms(b.entry, speech)[0]?.term.text ?? b.entry.id
    return collator.compare(left, right) || (a.id < b.id ? -1 : 1)
  })
  return [
    {type: 'heading', depth: 2, children: phrase(speech.t('annotate:glossary.title') as string)},
    {
      type: 'list',
      ordered: false,
      spread: false,
      children: sorted.map((gloss) => anchoredItem(gloss, describe(gloss, speech, true, phrase)))
    }
  ]
}
