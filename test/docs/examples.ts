// The command-line examples of the documentation, as data: each fenced
// `console`/`sh` block (or a bare fence) whose lines start with `$ ` is a
// list of commands, each followed by the output it shows.
import {existsSync} from 'node:fs'
import {join} from 'node:path'

/** One `$ command` of a block and the lines shown after it. */
export interface ExampleCommand {
  command: string
  output: string[]
}

/** A fenced block of commands in a documentation file. */
export interface Example {
  file: string
  /** 1-based line of the opening fence. */
  line: number
  commands: ExampleCommand[]
}

const shellInfo = new Set(['', 'console', 'sh', 'shell', 'bash'])

/** The blocks of `markdown` that show commands with `$ `. */
export function examplesOf(markdown: string, file: string): Example[] {
  const lines = markdown.split('\n')
  const examples: Example[] = []
  for (let index = 0; index < lines.length; index++) {
    const open = /^(`{3,})\s*(\S*)\s*$/.exec(lines[index]!)
    if (!open) continue
    const fence = open[1]!
    const close = lines.findIndex((line, at) => at > index && line.startsWith(fence) && line.trim() === fence)
    const body = lines.slice(index + 1, close === -1 ? lines.length : close)
    if (shellInfo.has(open[2]!) && body[0]?.startsWith('$ '))
      examples.push({file, line: index + 1, commands: commandsOf(body)})
    index = close === -1 ? lines.length : close
  }
  return examples
}

function commandsOf(body: string[]): ExampleCommand[] {
  const commands: ExampleCommand[] = []
  for (let index = 0; index < body.length; index++) {
    const line = body[index]!
    if (line.startsWith('$ ')) {
      let command = line.slice(2)
      // A command continued on the next line with a backslash.
      while (command.endsWith('\\') && index + 1 < body.length) command = command.slice(0, -1) + body[++index]!.trim()
      commands.push({command: command.replace(/\s+#.*$/, '').trim(), output: []})
    } else commands.at(-1)?.output.push(line)
  }
  return commands
}

/**
 * Why an example cannot run on the repository as it stands, or `undefined`
 * when it can: every command is `glosa …` (possibly piped into `head`,
 * `tail`, `glosa strip` or `cmp`) or `echo $?`, with no elided argument (`…`),
 * and every file it names is in the repository (a name starting with
 * `missing` stands for a file that is meant not to exist).
 */
export function whyNotRunnable(example: Example, root: string): string | undefined {
  for (const {command} of example.commands) {
    if (command === 'echo $?') continue
    if (!command.startsWith('glosa ')) return `not a glosa command: ${command}`
    if (/…|\.\.\./.test(command)) return `elided: ${command}`
    const stages = command.split(/\s*(?:\||&&)\s*/)
    for (const stage of stages) {
      if (!/^(glosa |head |tail |cmp |echo )/.test(stage)) return `unknown stage: ${stage}`
    }
    for (const word of command.split(/\s+/)) {
      if (!/^\/?[\w.-]+(\/[\w.-]+)*\.\w+$/.test(word) || /^\d/.test(word)) continue
      if (word.startsWith('/')) return `names a file outside the repository: ${word}`
      if (/^missing/.test(word.split('/').at(-1)!)) continue
      if (!existsSync(join(root, word))) return `names a file outside the repository: ${word}`
    }
  }
  return undefined
}

/**
 * Whether `actual` lines are what `shown` lines show: equal, except that a
 * line `…` or `...` stands for any number of lines, and a `…` inside a line
 * for any text (a line cut short, or its middle left out).
 */
export function showsOutput(shown: readonly string[], actual: readonly string[]): boolean {
  const expected = trimEnd(shown)
  const real = trimEnd(actual)
  const match = (i: number, j: number): boolean => {
    if (i === expected.length) return j === real.length
    const line = expected[i]!.trimEnd()
    if (line === '…' || line === '...') {
      for (let k = j; k <= real.length; k++) if (match(i + 1, k)) return true
      return false
    }
    if (j === real.length) return false
    return sameLine(line, real[j]!.trimEnd()) && match(i + 1, j + 1)
  }
  return match(0, 0)
}

function sameLine(shown: string, actual: string): boolean {
  if (shown === actual) return true
  if (!shown.includes('…')) return false
  const pattern = shown
    .split('…')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*')
  return new RegExp(`^${pattern}$`, 'su').test(actual)
}

function trimEnd(lines: readonly string[]): string[] {
  const copy = [...lines]
  while (copy.length > 0 && copy.at(-1)!.trim() === '') copy.pop()
  return copy
}
