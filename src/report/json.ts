import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {ShardData} from './shard.js'
import {JsonStream, jsonChunks} from '../util/chunks.js'
import {entryOf, levelOf, spanOf} from './messages.js'

/**
 * The JSON report: `[{"path", "format", "messages": [{"line", "column", "place":
 * {"start", "end"}, "reason", "ruleId", "source", "entry", "severity",
 * "fatal", "actual", "expected", "url"}]}]`, every key always present (`null` where
 * a message has no such value; `format` is the format the file was read as,
 * `xliff 2.1`, `po`, `md`, or `null` when it was not read). A shard's report
 * (`consistency` given) adds `"consistency": {"locale", "uses", "pending"}` to
 * the files that have uses of approved terms or pending warnings, which
 * `glosa report merge` reads and drops.
 */
export function reportJson(files: readonly VFile[]): string {
  return [...reportJsonChunks(files)].join('')
}

/** {@link reportJson} in chunks, each file's part made as it is written: never the whole report as one string. */
export function reportJsonChunks(files: readonly VFile[], consistency?: ShardData): Iterable<string> {
  // A shard's uses of terms go with the file each is in, for `glosa report merge` (see check/shard-uses.ts).
  const byPath = new Map<
    string,
    {locale: ShardData['locale']; uses: Array<{path: string}>; pending?: Array<{path: string}>}
  >()
  const ownOf = (path: string) => {
    let own = byPath.get(path)
    if (!own) byPath.set(path, (own = {locale: consistency!.locale, uses: []}))
    return own
  }
  for (const use of consistency?.uses ?? []) ownOf(use.path).uses.push(use)
  for (const warning of consistency?.pending ?? []) (ownOf(warning.path).pending ??= []).push(warning)
  return jsonChunks(
    new JsonStream(
      function* () {
        for (const file of files) {
          const own = byPath.get(file.path)
          yield own ? {...jsonFile(file), consistency: own} : jsonFile(file)
        }
      },
      // A shard's file with uses of terms is walked: they are not counted.
      (item) => !('consistency' in (item as object)) && isSmall(item as ReturnType<typeof jsonFile>)
    )
  )
}

/**
 * The most UTF-16 units of text a file's messages may hold for its report to
 * be made as one string: far below V8's longest string, however escaped.
 */
const smallText = 1 << 22

/** Whether a file's report is small enough to be one string (a site's pages are; a 30 MB PO file may not be). */
function isSmall(file: ReturnType<typeof jsonFile>): boolean {
  let size = 0
  for (const message of file.messages) {
    size += 200 + message.reason.length + (message.actual?.length ?? 0)
    for (const value of message.expected ?? []) size += value.length
    if (size > smallText) return false
  }
  return true
}

function jsonFile(file: VFile) {
  return {
    path: file.path,
    format: typeof file.data.format === 'string' ? file.data.format : null,
    messages: file.messages.map(jsonMessage)
  }
}

/** A message as the JSON report has it. */
export function jsonMessage(message: VFileMessage) {
  const span = spanOf(message)
  return {
    line: span?.start.line ?? null,
    column: span?.start.column ?? null,
    place: span ? {start: span.start, end: span.end} : null,
    reason: message.reason,
    ruleId: message.ruleId ?? null,
    source: message.source ?? null,
    entry: entryOf(message) ?? null,
    severity: levelOf(message),
    fatal: message.fatal ?? null,
    actual: message.actual ?? null,
    expected: message.expected ?? null,
    url: message.url ?? null
  }
}
