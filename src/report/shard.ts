import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {Locale} from '../i18n/index.js'

/**
 * What a shard's report carries for `glosa report merge` beside its findings:
 * the data of the rules a shard cannot judge alone (today
 * `inconsistent-translation`, see check/shard-uses.ts). The reporters pass it
 * through without reading it, except for the path each item belongs to, so
 * that a JSON report can keep it with its file.
 */
export interface ShardData {
  locale: Locale
  uses: ReadonlyArray<{path: string}>
  pending?: ReadonlyArray<{path: string}>
}

/**
 * Judge the rules that span shards over the data of every shard of a run, as
 * the plain run would: the files with findings, and the text of the line
 * each restored message starts on (its SARIF fingerprint). Given by the
 * caller (the CLI passes check's), so that reporting never imports checking.
 */
export type ShardJudge = (shards: readonly ShardData[]) => {
  files: Map<string, VFile>
  lines: Map<VFileMessage, string>
}
