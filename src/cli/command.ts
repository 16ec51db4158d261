import {parseArgs, type ParseArgsConfig} from 'node:util'
import type {Locale, Translate} from '../i18n/index.js'
import {readWarningText} from '../read/format.js'
import type {Document} from '../types.js'
import {GlosaError} from '../util/errors.js'
import {resolve} from 'node:path'
import {refuseOutputOverInput, removeTemporariesOnSignals, writeFileAtomic} from '../util/write.js'

/** What a command gets from the CLI. */
export interface CommandContext {
  /** Arguments after the command name. */
  argv: string[]
  locale: Locale
  t: Translate
  stdout: {write(text: string): unknown}
  stderr: {write(text: string): unknown}
  /** Whether to colour output for people (a terminal, no NO_COLOR). */
  color: boolean
  cwd: string
  env: Record<string, string | undefined>
}

/** A CLI command: `src/cli/commands/<name>.ts` exports one as `command`. */
export interface Command {
  /** Run with the context; resolve to the exit code (0 ok, 1 findings, 2 usage or input error). */
  run(context: CommandContext): Promise<number> | number
}

type Options = NonNullable<ParseArgsConfig['options']>

/** What {@link parseCommandArgs} gives back. */
export interface ParsedArgs<T extends Options> {
  values: ReturnType<typeof parseArgs<{options: T; allowPositionals: true; strict: true}>>['values']
  positionals: string[]
}

/**
 * Parse a command's arguments with `node:util` `parseArgs`, turning its
 * English errors into a localised usage error (exit code 2).
 */
export function parseCommandArgs<const T extends Options>(argv: string[], options: T): ParsedArgs<T> {
  try {
    return parseArgs({args: argv, options, allowPositionals: true, strict: true})
  } catch (error) {
    const code = (error as {code?: string}).code
    const message = (error as Error).message
    const match = /'([^']+)'/.exec(message)
    const option = match ? match[1]! : ''
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new GlosaError('cli:error.unknownOption', {option})
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      // Node writes the option as '-o, --output <value>': name it as the user would type it.
      const name = /--[\w-]+/.exec(option)?.[0] ?? option
      const key = /does not take an argument/.test(message)
        ? 'cli:error.optionTakesNoValue'
        : 'cli:error.invalidOptionValue'
      throw new GlosaError(key, {option: name})
    }
    throw new GlosaError('cli:error.usage', {reason: (error as Error).message})
  }
}

/** Check that an option's value is one of `allowed`. */
export function expectChoice<T extends string>(
  option: string,
  value: string | undefined,
  allowed: readonly T[]
): T | undefined {
  if (value === undefined) return undefined
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new GlosaError('cli:error.choice', {option, value, expected: allowed.join(', ')})
}

/** A probability option (`--min-confidence 0.9`): a number from 0 to 1, or undefined when not given. */
export function expectProbability(option: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const number = /^\s*(?:0|1|0?\.\d+|[01]\.0*)\s*$/.test(value) ? Number(value) : Number.NaN
  if (Number.isNaN(number) || number < 0 || number > 1)
    throw new GlosaError('confidence:error.probability', {option, value})
  return number
}

/**
 * Send a command's output to `output` (written atomically: a temporary file
 * flushed and renamed over it, through a symbolic link) or, without one, to
 * standard output. `inputs` are the files the run read: an output that is one
 * of them is refused (`--in-place` leaves its own file out of them); `known`
 * gives the identities of inputs already looked at (see `refuseOutputOverInput`).
 */
export function emit(
  context: CommandContext,
  text: string | Iterable<string>,
  output?: string,
  inputs: readonly string[] = [],
  known?: ReadonlyMap<string, string>
): void {
  if (output === undefined || output === '-') {
    if (typeof text === 'string') context.stdout.write(text)
    // A large result comes in chunks: never one string (see util/chunks.ts).
    else for (const chunk of text) context.stdout.write(chunk)
    return
  }
  refuseOutputOverInput(output, inputs, context.cwd, known)
  removeTemporariesOnSignals()
  // Messages name the file as the user wrote it when it needs no folder to be found.
  writeFileAtomic(context.cwd === process.cwd() ? output : resolve(context.cwd, output), text)
}

/** What `--format` (or `align --read-as`) can ask a document to be read as. */
export const readFormats = ['md', 'mdx', 'text'] as const

/** Tell the user, on standard error, what the reader read past in `document` (an MDX file read as Markdown). */
export function reportReadWarnings(context: CommandContext, document: Document): void {
  for (const warning of document.warnings ?? []) {
    context.stderr.write('glosa: ' + readWarningText(document.file ?? '-', warning, context.locale) + '\n')
  }
}
