import {resolveLocale, translator} from '../i18n/index.js'
import {GlosaError} from '../util/errors.js'
import {packageVersion} from '../util/package.js'
import type {Command, CommandContext} from './command.js'

/** The commands, in the order `glosa --help` lists them. */
export const commandNames = ['segment', 'tag', 'glossary', 'align', 'annotate', 'strip', 'check'] as const

/** Pull `--locale X` / `--locale=X` out of `argv` wherever it stands. */
function takeLocale(argv: string[]): {locale: string | undefined; rest: string[]} {
  const rest: string[] = []
  let locale: string | undefined
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!
    if (argument === '--locale') locale = argv[++index]
    else if (argument.startsWith('--locale=')) locale = argument.slice('--locale='.length)
    else rest.push(argument)
  }
  return {locale, rest}
}

/**
 * `glosa segment big.md | head`: when the reader of standard output goes away,
 * stop quietly (with the exit code so far) instead of dying of an unhandled EPIPE.
 */
function quitWhenReaderCloses(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
    process.exit()
  })
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
  const {locale: explicit, rest} = takeLocale(argv)
  const locale = resolveLocale(explicit, env)
  const t = translator(locale)
  if (options.stdout === undefined) quitWhenReaderCloses(process.stdout)
  const stdout = options.stdout ?? process.stdout
  const stderr = options.stderr ?? process.stderr
  const color =
    options.color ?? (Boolean(process.stdout.isTTY) && env.NO_COLOR === undefined && env.TERM !== 'dumb')

  if (explicit !== undefined && resolveLocale(explicit, {}) === 'en' && !/^(en|c|posix)\b/i.test(explicit)) {
    stderr.write('glosa: ' + t('cli:error.unknownLocale', {locale: explicit}) + '\n')
  }

  const [name, ...commandArgv] = rest
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    stdout.write(t('cli:help', {commands: commandNames.map((command) => `  ${command.padEnd(10)}${t(`cli:summary.${command}`)}`).join('\n')}) + '\n')
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
  const context: CommandContext = {argv: commandArgv, locale, t, stdout, stderr, color, cwd: options.cwd ?? process.cwd(), env}
  try {
    const module = (await import(`./commands/${name}.js`)) as {command: Command}
    return await module.command.run(context)
  } catch (error) {
    if (error instanceof GlosaError) {
      stderr.write('glosa: ' + error.format(locale) + '\n')
      return error.exitCode
    }
    stderr.write('glosa: ' + t('cli:error.internal') + '\n' + String((error as Error).stack ?? error) + '\n')
    return 2
  }
}
