import {resolveLocale, translator} from '../i18n/index.js'
import {formatSize, parseSize, setDefaultMaxSize, setLargeInputNotice} from '../util/input.js'
import {GlosaError} from '../util/errors.js'
import {packageVersion} from '../util/package.js'
import {ReaderGone, writeAll} from '../util/write.js'
import type {Command, CommandContext} from './command.js'
import {boundHeapGrowth} from '../util/heap.js'

/** The commands, in the order `glosa --help` lists them. */
export const commandNames = ['segment', 'tag', 'glossary', 'align', 'annotate', 'strip', 'check', 'report'] as const

/** Each command's module, loaded only when it is run (a command's imports are most of what starting costs). */
const commandModules: Record<(typeof commandNames)[number], () => Promise<{command: Command}>> = {
  segment: () => import('./commands/segment.js'),
  tag: () => import('./commands/tag.js'),
  glossary: () => import('./commands/glossary.js'),
  align: () => import('./commands/align.js'),
  annotate: () => import('./commands/annotate.js'),
  strip: () => import('./commands/strip.js'),
  check: () => import('./commands/check.js'),
  report: () => import('./commands/report.js')
}

/** Pull the options every command takes (`--locale X`, `--max-size N`, or with `=`) out of `argv` wherever they stand. */
function takeGlobalOptions(argv: string[]): {locale: string | undefined; maxSize: string | undefined; rest: string[]} {
  const rest: string[] = []
  const found: {locale?: string | undefined; maxSize?: string | undefined} = {}
  const names = {'--locale': 'locale', '--max-size': 'maxSize'} as const
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!
    const name = Object.keys(names).find((each) => argument === each || argument.startsWith(each + '=')) as
      keyof typeof names | undefined
    if (name === undefined) rest.push(argument)
    else found[names[name]] = argument === name ? argv[++index] : argument.slice(name.length + 1)
  }
  return {locale: found.locale, maxSize: found.maxSize, rest}
}

/** Standard output and error written with every write checked (see {@link writeAll}); errors on stderr have nowhere to go. */
const standardOutput = {write: (text: string) => writeAll(1, text)}
const standardError = {
  write: (text: string) => {
    try {
      writeAll(2, text)
    } catch {
      // Nowhere left to say it.
    }
  }
}

export interface MainOptions {
  stdout?: CommandContext['stdout']
  stderr?: CommandContext['stderr']
  env?: Record<string, string | undefined>
  cwd?: string
  color?: boolean
}

/** Run the CLI with `argv` (without `node` and the script); resolve to the exit code. */
export async function main(argv: string[], options: MainOptions = {}): Promise<number> {
  const env = options.env ?? process.env
  const {locale: explicit, maxSize, rest} = takeGlobalOptions(argv)
  const locale = resolveLocale(explicit, env)
  const t = translator(locale)
  const stdout = options.stdout ?? standardOutput
  const stderr = options.stderr ?? standardError
  const color = options.color ?? (Boolean(process.stdout.isTTY) && env.NO_COLOR === undefined && env.TERM !== 'dumb')

  if (explicit !== undefined && resolveLocale(explicit, {}) === 'en' && !/^(en|c|posix)\b/i.test(explicit)) {
    stderr.write('glosa: ' + t('cli:error.unknownLocale', {locale: explicit}) + '\n')
  }

  const limit = maxSize === undefined ? undefined : parseSize(maxSize)
  if (maxSize !== undefined && limit === undefined) {
    stderr.write('glosa: ' + t('io:option.maxSize', {value: maxSize}) + '\n')
    return 2
  }
  setDefaultMaxSize(limit)
  setLargeInputNotice((file, bytes) =>
    stderr.write(
      'glosa: ' + t('memory:largeInput', {file, size: formatSize(bytes), memory: formatSize(bytes * 40)}) + '\n'
    )
  )

  const [name, ...commandArgv] = rest
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    stdout.write(
      t('cli:help', {
        commands: commandNames.map((command) => `  ${command.padEnd(10)}${t(`cli:summary.${command}`)}`).join('\n')
      }) + '\n'
    )
    return name === undefined ? 2 : 0
  }
  if (name === '--version' || name === '-v') {
    stdout.write(packageVersion() + '\n')
    return 0
  }
  if (!(commandNames as readonly string[]).includes(name)) {
    stderr.write('glosa: ' + t('cli:error.unknownCommand', {command: name}) + '\n')
    return 2
  }
  if (commandArgv.includes('--help') || commandArgv.includes('-h')) {
    stdout.write((t(`${name}:help`) as string) + '\n')
    return 0
  }
  const context: CommandContext = {
    argv: commandArgv,
    locale,
    t,
    stdout,
    stderr,
    color,
    cwd: options.cwd ?? process.cwd(),
    env
  }
  // A run over a large site allocates for minutes: keep V8 from growing the heap to several times what is alive.
  if (name === 'check') boundHeapGrowth()
  try {
    const module = await commandModules[name as (typeof commandNames)[number]]()
    return await module.command.run(context)
  } catch (error) {
    // `glosa … | head`: the reader has what it wanted.
    if (error instanceof ReaderGone) return 0
    if (error instanceof GlosaError) {
      stderr.write('glosa: ' + error.format(locale) + '\n')
      return error.exitCode
    }
    stderr.write('glosa: ' + t('cli:error.internal') + '\n' + String((error as Error).stack ?? error) + '\n')
    return 2
  }
}
