import type {Block, Document} from '../types.js'
import {marks} from './markers.js'
import {order, type Insertion} from './splice.js'
import {escapeRegExp} from '../text/index.js'

/**
 * A plain-text post that quotes an article (a forum post quoting the FT)
 * shown as what it is: the quoted blocks as a Markdown block quote, the
 * standfirst, elisions and credit marked, the attribution as a byline.
 * Everything here is an insertion `strip` removes: a wrap around one line
 * (`*…*<!-- glosa:standfirst -->`), and a quote region between
 * `<!-- glosa:quote -->` and `<!-- glosa:quote-end -->` lines whose every
 * line glosa prefixes with `> ` (`>` when empty), after splicing.
 */

/** Block roles of a quoted article. */
const quoted = new Set<Block['role']>(['headline', 'standfirst', 'quote', 'elision', 'credit'])

/** How a one-line block of each role is wrapped, around its text. */
const wraps: Partial<Record<Block['role'], [string, string]>> = {
  attribution: ['**', '**' + marks.role('byline')],
  standfirst: ['*', '*' + marks.role('standfirst')],
  elision: ['*', '*' + marks.role('elision')],
  credit: ['— *', '*' + marks.role('credit')]
}

/** Whether a block's text can be wrapped in emphasis on its line without changing how it parses. */
function wrappable(text: string): boolean {
  return (
    text.length > 0 && !/[\r\n*_\\`<[\]]/.test(text) && !/^\s|\s$/.test(text) && !/^(?:[#>+=|-]|\d+[.)])/.test(text)
  )
}

/** The runs of consecutive quoted blocks, as source ranges. */
function quotedRuns(blocks: readonly Block[]): Array<{start: number; end: number}> {
  const runs: Array<{start: number; end: number}> = []
  let open: {start: number; end: number} | undefined
  for (const block of blocks) {
    if (!quoted.has(block.role)) {
      open = undefined
      continue
    }
    if (open) open.end = block.position.end.offset
    else {
      open = {start: block.position.start.offset, end: block.position.end.offset}
      runs.push(open)
    }
  }
  return runs
}

/** The insertions that show a plain-text post's article structure (see the module comment). */
export function articleInsertions(document: Document, eol: string): Insertion[] {
  if (document.format !== 'text') return []
  const {source} = document
  const insertions: Insertion[] = []
  for (const block of document.blocks) {
    const wrap = wraps[block.role]
    const {offset: start} = block.position.start
    const {offset: end} = block.position.end
    if (!wrap || !wrappable(source.slice(start, end))) continue
    insertions.push(
      {offset: start, text: wrap[0], rank: order.wrapOpen},
      {offset: end, text: wrap[1], rank: order.headingClose}
    )
  }
  for (const run of quotedRuns(document.blocks)) {
    insertions.push(
      {offset: run.start, text: marks.quote + eol, rank: order.quoteOpen},
      {offset: run.end, text: eol + marks.quoteEnd, rank: order.quoteClose}
    )
  }
  return insertions
}

function regionPattern(eol: string, open: string = marks.quote, close: string = marks.quoteEnd): RegExp {
  const n = escapeRegExp(eol)
  return new RegExp(`${escapeRegExp(open)}${n}([\\s\\S]*?)${n}${escapeRegExp(close)}`, 'g')
}

/**
 * Prefix every line between quote marks with `> ` (`>` when empty): run on
 * the spliced text, whose marks are written as `write` writes comments (MDX's
 * expression comments).
 */
export function quoteRegions(text: string, eol: string, write: (mark: string) => string = (mark) => mark): string {
  const open = write(marks.quote)
  const close = write(marks.quoteEnd)
  // A target without invisible marks (a forum's plain text) has no quote regions.
  if (open === '' || !text.includes(open)) return text
  return text.replace(regionPattern(eol, open, close), (_match, body: string) => {
    const lines = body.split(eol).map((line) => (line === '' ? '>' : '> ' + line))
    return open + eol + lines.join(eol) + eol + close
  })
}

/** Undo {@link quoteRegions}: one `>` and the space after it off every line of each quote region. */
export function unquoteRegions(text: string, eol: string): string {
  if (!text.includes(marks.quote)) return text
  return text.replace(regionPattern(eol), (_match, body: string) => {
    const lines = body.split(eol).map((line) => line.replace(/^> ?/, ''))
    return marks.quote + eol + lines.join(eol) + eol + marks.quoteEnd
  })
}
