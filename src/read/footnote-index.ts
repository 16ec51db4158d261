import type {Processor} from 'unified'

/**
 * micromark-extension-gfm-footnote keeps the labels of the footnote
 * definitions it has seen in an array, `parser.gfmFootnotes`, and looks each
 * call and definition up with `includes`: a document with n footnotes costs
 * n²/2 comparisons (100,000 footnotes: minutes of CPU). This extension gives
 * it an array whose `includes` asks a Set, before the first definition: the
 * same labels, in the same order, found in constant time.
 */
class LabelList extends Array<string> {
  private readonly seen = new Set<string>()

  override includes(label: string): boolean {
    return this.seen.has(label)
  }

  override push(...labels: string[]): number {
    for (const label of labels) this.seen.add(label)
    return super.push(...labels)
  }
}

/** Never matches: tried first at each `[` that can open a footnote definition, it installs the label list. */
const installLabelList = {
  name: 'glosaFootnoteIndex',
  add: 'before',
  tokenize<State>(this: {parser: {gfmFootnotes?: string[]}}, _effects: unknown, _ok: State, nok: State): State {
    this.parser.gfmFootnotes ??= new LabelList()
    return nok
  }
}

/** A micromark syntax extension (typed here: its types are a dependency of a dependency). */
const extension = {document: {[91]: installLabelList}}

/** remark plugin: footnote labels looked up in constant time (use with remark-gfm). */
export function remarkFootnoteIndex(this: Processor): void {
  const data = this.data() as {micromarkExtensions?: unknown[]}
  ;(data.micromarkExtensions ??= []).push(extension)
}
