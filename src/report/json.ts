import type {VFile} from 'vfile'
import {JsonStream, jsonChunks} from '../util/chunks.js'
import {entryOf, levelOf, spanOf} from './messages.js'

/**
 * The JSON report: `[{"path", "format", "messages": [{"line", "column", "place":
 * {"start", "end"}, "reason", "ruleId", "source", "entry", "severity",
 * "fatal", "actual", "expected", "url"}]}]`, every key always present (`null` where
 * a message has no such value; `format` is the format the file was read as,
 * `xliff 2.1`, `po`, `md`, or `null` when it was not read).
 */
export function reportJson(files: readonly VFile[]): string {
  return [...reportJsonChunks(files)].join('')
}

/** {@link reportJson} in chunks, each file's part made as it is written: never the whole report as one string. */
export function reportJsonChunks(files: readonly VFile[]): Iterable<string> {
  return jsonChunks(
    new JsonStream(function* () {
      for (const file of files) yield jsonFile(file)
    })
  )
}

function jsonFile(file: VFile) {
  return {
    path: file.path,
    format: typeof file.data.format === 'string' ? file.data.format : null,
    messages: file.messages.map((message) => {
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
    })
  }
}
