import {VFile} from 'vfile'
import {translator, type Locale} from '../i18n/index.js'
import {readInput} from '../util/input.js'
import {addMessage} from '../util/messages.js'
import {ruleUrl} from '../util/package.js'
import {lintGlossary} from './lint.js'
import {parseGlossaryWithIssues} from './load.js'

/** What {@link lintGlossaryFile} gives back: the file with its messages, and how many entries it holds. */
export interface LintedGlossary {
  file: VFile
  entries: number
}

/**
 * Lint a glossary file into a vfile whose messages every reporter handles
 * (human, JSON, SARIF, GitHub), as `glosa check`'s are: translated reason,
 * stable rule id, place, entry, severity as `fatal`, and a `url` to the
 * rule's row in the documentation. Unusable input throws a located
 * `GlosaError`.
 */
export function lintGlossaryFile(path: string, options: {locale?: Locale; columns?: Readonly<Record<string, string>>} = {}): LintedGlossary {
  const t = translator(options.locale ?? 'en')
  const input = readInput(path, {utf16: true})
  const {glossary, issues} = parseGlossaryWithIssues(input.text, {file: path, ...(options.columns ? {columns: options.columns} : {})})
  const file = new VFile({path, value: input.text})
  for (const issue of lintGlossary(glossary, issues)) {
    const reason = t(`glossary:lint.${issue.ruleId}`, issue.values) as string
    addMessage(file, reason, issue.position, issue.ruleId, issue.severity, {
      ...(issue.entry === undefined ? {} : {entry: issue.entry}),
      url: ruleUrl(issue.ruleId, 'glossary-lint')
    })
  }
  return {file, entries: glossary.entries.length}
}
