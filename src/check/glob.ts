import {readdirSync, realpathSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {GlosaError} from '../util/errors.js'

/**
 * Globs without regular expressions: a pattern is matched segment by segment
 * with the classic one-star-back matcher (at `**` over folders, at `*` within
 * a name), which never goes back further than the last wildcard, so a match
 * costs at most (pattern length × path length) steps whatever the pattern
 * (`*a*a*a…*b`, `**\/` twenty times). Braces are expanded first, within limits.
 */

/** Longest pattern accepted, in UTF-16 units. */
export const maxPatternLength = 4096
/** Deepest nesting of `{…}` accepted. */
export const maxBraceDepth = 16
/** Most alternatives the braces of one pattern may expand to. */
export const maxAlternatives = 1024

/** One element of a name: a character to equal, or a wildcard (captured when it stands outside braces). */
type NamePart = {char: string} | {wildcard: '*' | '?'; capture: boolean}

/**
 * One folder or file name of a pattern: its parts, with the matcher made of
 * them (see {@link nameMatcher}), or `**` (any number of names).
 */
type PatternSegment =
  {parts: NamePart[]; match: (name: string) => string[] | undefined} | {globstar: true; capture: boolean}

/** A compiled glob pattern. */
export interface Glob {
  pattern: string
  /** The wildcards outside braces, in order (`**`, `*`, `?`): two patterns pair up when these agree. */
  wildcards: string[]
  /** The folder before the first wildcard: where to start walking. */
  base: string
  /** What each wildcard outside braces matched in `path` (relative, `/`-separated), or `undefined` when it does not match. */
  match(path: string): string[] | undefined
}

/** A character of a pattern: `capture` false inside braces. */
interface Token {
  char: string
  special: boolean
  capture: boolean
}

function patternError(key: string, pattern: string, values: Record<string, unknown> = {}): GlosaError {
  // Never the whole pattern: it may be megabytes long.
  const shown = pattern.length > 60 ? pattern.slice(0, 60) + '…' : pattern
  return new GlosaError(`io:glob.${key}`, {pattern: shown, length: pattern.length, ...values})
}

/** Expand `{a,b}` into the token lists of every alternative (a `{` without its `}` is a character). */
function expand(pattern: string): Token[][] {
  const closing = matchBraces(pattern)
  let index = 0
  let depth = 0
  // Parse until `stop` (`,` or `}` inside braces); returns alternatives of the sequence.
  const sequence = (inside: boolean): Token[][] => {
    let results: Token[][] = [[]]
    while (index < pattern.length) {
      const char = pattern[index]!
      if (inside && (char === ',' || char === '}')) return results
      if (char === '{' && closing.has(index)) {
        index++
        if (++depth > maxBraceDepth) throw patternError('tooDeep', pattern, {limit: maxBraceDepth})
        const options: Token[][] = []
        for (;;) {
          options.push(...sequence(true))
          if (pattern[index++] === '}') break
        }
        depth--
        if (results.length * options.length > maxAlternatives)
          throw patternError('tooMany', pattern, {limit: maxAlternatives})
        results = results.flatMap((result) => options.map((option) => [...result, ...option]))
        continue
      }
      const special = char === '*' || char === '?'
      const token = {char, special, capture: !inside}
      for (const result of results) result.push(token)
      index++
    }
    return results
  }
  return sequence(false)
}

/** Every `{` that has a matching `}`, by position: one pass with a stack. */
function matchBraces(pattern: string): Map<number, number> {
  const pairs = new Map<number, number>()
  const stack: number[] = []
  for (let index = 0; index < pattern.length; index++) {
    if (pattern[index] === '{') stack.push(index)
    else if (pattern[index] === '}' && stack.length > 0) pairs.set(stack.pop()!, index)
  }
  return pairs
}

/** Split an expanded alternative into segments, `**` standing alone between slashes as a globstar. */
function segmentsOf(tokens: Token[]): PatternSegment[] {
  const segments: PatternSegment[] = []
  let current: Token[] = []
  const finish = () => {
    if (current.length === 2 && current.every((token) => token.special && token.char === '*')) {
      segments.push({globstar: true, capture: current[0]!.capture})
    } else {
      const parts = current.map((token): NamePart =>
        token.special ? {wildcard: token.char as '*' | '?', capture: token.capture} : {char: token.char}
      )
      segments.push({parts, match: nameMatcher(parts)})
    }
    current = []
  }
  for (const token of tokens) {
    if (token.char === '/') finish()
    else current.push(token)
  }
  finish()
  return segments
}

/**
 * The one-star-back matcher over `units` (characters of a name, or names of
 * a path): `unit(index, at)` says whether pattern element `index` (not a
 * star) takes `units[at]`. Returns where each element's match starts, or
 * undefined. A star goes back only to the last star, so the cost is at most
 * elements × units calls.
 */
function matchUnits(
  count: number,
  star: (index: number) => boolean,
  unit: (index: number, at: number) => boolean,
  length: number
): number[] | undefined {
  const starts: number[] = []
  let index = 0
  let at = 0
  let lastStar = -1
  let lastAt = 0
  while (at < length) {
    if (index < count && star(index)) {
      starts[index] = at
      lastStar = index++
      lastAt = at
    } else if (index < count && unit(index, at)) {
      starts[index++] = at++
    } else if (lastStar !== -1) {
      index = lastStar + 1
      at = ++lastAt
    } else return undefined
  }
  for (; index < count; index++) {
    if (!star(index)) return undefined
    starts[index] = at
  }
  return starts
}

/** Match one name against a segment's parts: the captures of its wildcards outside braces, or undefined. */
function matchName(parts: readonly NamePart[], name: readonly string[]): string[] | undefined {
  const isStar = (index: number) => {
    const part = parts[index]!
    return 'wildcard' in part && part.wildcard === '*'
  }
  const starts = matchUnits(
    parts.length,
    isStar,
    (index, at) => {
      const part = parts[index]!
      return 'char' in part ? part.char === name[at] : true
    },
    name.length
  )
  if (!starts) return undefined
  return parts.flatMap((part, index) =>
    'wildcard' in part && part.capture ? [name.slice(starts[index], starts[index + 1] ?? name.length).join('')] : []
  )
}

/**
 * A name's matcher for a segment's parts. Most segments of real patterns are
 * a name (`docs`) or one `*` between fixed text (`*.md`, `page-*`): these are
 * told by comparing the text before and after the star, with the same
 * captures; any other goes through {@link matchName}.
 */
function nameMatcher(parts: readonly NamePart[]): (name: string) => string[] | undefined {
  const stars = parts.flatMap((part, index) => ('wildcard' in part ? [index] : []))
  const text = (from: number, to: number) =>
    parts
      .slice(from, to)
      .map((part) => (part as {char: string}).char)
      .join('')
  if (stars.length === 0) {
    const whole = text(0, parts.length)
    return (name) => (name === whole ? [] : undefined)
  }
  const star = parts[stars[0]!] as {wildcard: '*' | '?'; capture: boolean}
  if (stars.length === 1 && star.wildcard === '*') {
    const before = text(0, stars[0]!)
    const after = text(stars[0]! + 1, parts.length)
    return (name) => {
      if (name.length < before.length + after.length || !name.startsWith(before) || !name.endsWith(after))
        return undefined
      return star.capture ? [name.slice(before.length, name.length - after.length)] : []
    }
  }
  return (name) => matchName(parts, Array.from(name))
}

/** Match a path's names against an alternative's segments, returning the captures in pattern order. */
function matchSegments(segments: readonly PatternSegment[], names: readonly string[]): string[] | undefined {
  // The captures of the last match of each segment: a later try overwrites them.
  const captures: Array<string[] | undefined> = []
  const starts = matchUnits(
    segments.length,
    (index) => 'globstar' in segments[index]!,
    (index, at) => {
      captures[index] = (segments[index] as {match: (name: string) => string[] | undefined}).match(names[at]!)
      return captures[index] !== undefined
    },
    names.length
  )
  if (!starts) return undefined
  return segments.flatMap((segment, index) => {
    if (!('globstar' in segment)) return captures[index]!
    return segment.capture ? [names.slice(starts[index], starts[index + 1] ?? names.length).join('/')] : []
  })
}

/** The wildcards outside braces, in order. */
function wildcardsOf(segments: readonly PatternSegment[]): string[] {
  return segments.flatMap((segment) =>
    'globstar' in segment
      ? segment.capture
        ? ['**']
        : []
      : segment.parts.flatMap((part) => ('wildcard' in part && part.capture ? [part.wildcard] : []))
  )
}

/**
 * Compile a glob: `**` (any number of folders, as a whole path segment), `*`
 * (any characters but `/`), `?` (one character but `/`), `{a,b}`
 * (alternatives, which may hold wildcards). Paths use `/`; a leading `./` is
 * ignored. Patterns longer than {@link maxPatternLength}, braces nested deeper
 * than {@link maxBraceDepth} or expanding to more than {@link maxAlternatives}
 * are refused.
 */
export function compileGlob(pattern: string): Glob {
  if (pattern.length > maxPatternLength) throw patternError('tooLong', pattern, {limit: maxPatternLength})
  const clean = pattern.replace(/\\/g, '/').replace(/^(\.\/)+/, '')
  const alternatives = expand(clean).map(segmentsOf)
  const names = clean.split('/')
  const fixed: string[] = []
  for (const name of names.slice(0, -1)) {
    if (/[*?{]/.test(name)) break
    fixed.push(name)
  }
  return {
    pattern,
    wildcards: wildcardsOf(alternatives[0]!),
    base: fixed.join('/'),
    match(path) {
      const names = path
        .replace(/\\/g, '/')
        .replace(/^(\.\/)+/, '')
        .split('/')
      for (const segments of alternatives) {
        const captures = matchSegments(segments, names)
        if (captures) return captures
      }
      return undefined
    }
  }
}

/** Whether `path` (relative, `/`-separated) matches `pattern`. */
export function matchGlob(pattern: string | Glob, path: string): boolean {
  const glob = typeof pattern === 'string' ? compileGlob(pattern) : pattern
  return glob.match(path) !== undefined
}

/**
 * Whether `pattern` stays inside the folder it is relative to: not absolute,
 * no `..` name (after brace expansion, any alternative).
 */
export function staysInside(pattern: string): boolean {
  const clean = pattern.replace(/\\/g, '/')
  return !clean.startsWith('/') && !/^[A-Za-z]:/.test(clean) && !/(^|[/{,])\.\.($|[/},])/.test(clean)
}

/** Folders never walked into. */
const skipped = new Set(['node_modules', '.git'])

/**
 * Every file below `cwd/base`, as `/`-separated paths relative to `cwd`,
 * sorted. Symbolic links are followed, to files and to folders; a folder
 * reached again (a link loop, or two links to one folder) is walked once.
 */
export function walkFiles(cwd: string, base = ''): string[] {
  const files: string[] = []
  const seen = new Set<string>()
  const folders = [base]
  while (folders.length > 0) {
    const relative = folders.pop()!
    let entries
    try {
      const real = realpathSync(join(cwd, relative))
      if (seen.has(real)) continue
      seen.add(real)
      entries = readdirSync(join(cwd, relative), {withFileTypes: true})
    } catch {
      continue
    }
    for (const entry of entries) {
      const path = relative ? `${relative}/${entry.name}` : entry.name
      let kind = entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : undefined
      if (entry.isSymbolicLink()) {
        try {
          const stat = statSync(join(cwd, path))
          kind = stat.isDirectory() ? 'folder' : stat.isFile() ? 'file' : undefined
        } catch {
          // A broken link or a loop of links: not a file.
        }
      }
      if (kind === 'folder' && !skipped.has(entry.name)) folders.push(path)
      else if (kind === 'file') files.push(path)
    }
  }
  return files.sort()
}

/** The files below `cwd` that match `pattern` and none of `ignore`, with each one's wildcard captures. */
export function expandGlob(
  pattern: string,
  cwd: string,
  ignore: readonly string[] = []
): Array<{path: string; captures: string[]}> {
  const glob = compileGlob(pattern)
  const ignored = ignore.map((each) => compileGlob(each))
  const found: Array<{path: string; captures: string[]}> = []
  for (const path of walkFiles(cwd, glob.base)) {
    const captures = glob.match(path)
    if (!captures || ignored.some((each) => each.match(path) !== undefined)) continue
    found.push({path, captures})
  }
  return found
}
