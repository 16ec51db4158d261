import {readdirSync} from 'node:fs'
import {join} from 'node:path'

/** A compiled glob pattern. */
export interface Glob {
  pattern: string
  /** Matches a `/`-separated path relative to the working folder; one capture per wildcard. */
  regex: RegExp
  /** The wildcards in order (`**`, `*`, `?`): two patterns pair up when these agree. */
  wildcards: string[]
  /** The folder before the first wildcard: where to start walking. */
  base: string
}

const special = /[*?{]/

function escape(char: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(char) ? '\\' + char : char
}

/** Compile `{a,b}` alternatives and wildcards; captures only at the top level. */
function compile(pattern: string, capture: boolean, wildcards: string[]): string {
  let regex = ''
  let index = 0
  while (index < pattern.length) {
    const char = pattern[index]!
    if (char === '*' && pattern[index + 1] === '*') {
      const atStart = index === 0 || pattern[index - 1] === '/'
      const atEnd = index + 2 === pattern.length || pattern[index + 2] === '/'
      if (atStart && atEnd) {
        wildcards.push('**')
        if (index + 2 === pattern.length) {
          regex += capture ? '(.*)' : '.*'
          index += 2
        } else {
          // `**/` is zero or more folders.
          regex += capture ? '(?:(.+)/)?' : '(?:.+/)?'
          index += 3
        }
        continue
      }
    }
    if (char === '*') {
      wildcards.push('*')
      regex += capture ? '([^/]*)' : '[^/]*'
    } else if (char === '?') {
      wildcards.push('?')
      regex += capture ? '([^/])' : '[^/]'
    } else if (char === '{') {
      const close = matchingBrace(pattern, index)
      if (close === -1) regex += escape(char)
      else {
        const alternatives = splitAlternatives(pattern.slice(index + 1, close))
        regex += '(?:' + alternatives.map((part) => compile(part, false, [])).join('|') + ')'
        index = close
      }
    } else regex += escape(char)
    index++
  }
  return regex
}

function matchingBrace(pattern: string, open: number): number {
  let depth = 0
  for (let index = open; index < pattern.length; index++) {
    if (pattern[index] === '{') depth++
    else if (pattern[index] === '}' && --depth === 0) return index
  }
  return -1
}

function splitAlternatives(body: string): string[] {
  const parts: string[] = []
  let depth = 0
  let current = ''
  for (const char of body) {
    if (char === ',' && depth === 0) {
      parts.push(current)
      current = ''
      continue
    }
    if (char === '{') depth++
    if (char === '}') depth--
    current += char
  }
  parts.push(current)
  return parts
}

/**
 * Compile a glob: `**` (any number of folders, as a whole path segment), `*`
 * (any characters but `/`), `?` (one character but `/`), `{a,b}`
 * (alternatives, which may hold wildcards). Paths use `/`; a leading `./` is
 * ignored.
 */
export function compileGlob(pattern: string): Glob {
  const clean = pattern.replace(/\\/g, '/').replace(/^(\.\/)+/, '')
  const wildcards: string[] = []
  const regex = new RegExp('^' + compile(clean, true, wildcards) + '$', 'u')
  const segments = clean.split('/')
  const fixed: string[] = []
  for (const segment of segments.slice(0, -1)) {
    if (special.test(segment)) break
    fixed.push(segment)
  }
  return {pattern, regex, wildcards, base: fixed.join('/')}
}

/** Whether `path` (relative, `/`-separated) matches `pattern`. */
export function matchGlob(pattern: string | Glob, path: string): boolean {
  const glob = typeof pattern === 'string' ? compileGlob(pattern) : pattern
  return glob.regex.test(path.replace(/\\/g, '/').replace(/^(\.\/)+/, ''))
}

/** Folders never walked into. */
const skipped = new Set(['node_modules', '.git'])

/** Every file below `cwd/base`, as `/`-separated paths relative to `cwd`, sorted. */
export function walkFiles(cwd: string, base = ''): string[] {
  const files: string[] = []
  const visit = (relative: string): void => {
    let entries
    try {
      entries = readdirSync(join(cwd, relative), {withFileTypes: true})
    } catch {
      return
    }
    for (const entry of entries) {
      const path = relative ? `${relative}/${entry.name}` : entry.name
      if (entry.isDirectory()) {
        if (!skipped.has(entry.name)) visit(path)
      } else if (entry.isFile()) files.push(path)
    }
  }
  visit(base)
  return files.sort()
}

/** The files below `cwd` that match `pattern` and none of `ignore`, with each one's wildcard captures. */
export function expandGlob(pattern: string, cwd: string, ignore: readonly string[] = []): Array<{path: string; captures: string[]}> {
  const glob = compileGlob(pattern)
  const ignored = ignore.map((each) => compileGlob(each))
  const found: Array<{path: string; captures: string[]}> = []
  for (const path of walkFiles(cwd, glob.base)) {
    const match = glob.regex.exec(path)
    if (!match || ignored.some((each) => each.regex.test(path))) continue
    found.push({path, captures: match.slice(1).map((capture) => capture ?? '')})
  }
  return found
}
