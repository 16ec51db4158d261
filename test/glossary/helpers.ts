import {GlosaError} from '../../src/util/errors.js'
import type {Entry, Glossary, Term} from '../../src/glossary/index.js'

export const fixture = (name: string): string => new URL(`../fixtures/glossary/${name}`, import.meta.url).pathname

/** A glossary without positions and file, to compare what two readings mean. */
export function content(glossary: Glossary): unknown {
  const term = ({position: _position, ...rest}: Term) => rest
  const entry = ({position: _position, terms, ...rest}: Entry) => ({...rest, terms: terms.map(term)})
  const {file: _file, entries, ...rest} = glossary
  return {...rest, entries: entries.map(entry)}
}

/** What `position` points at in `source`. */
export function at(source: string, position: {start: {offset: number}; end: {offset: number}} | undefined): string | undefined {
  return position && source.slice(position.start.offset, position.end.offset)
}

/** The {@link GlosaError} that `run` throws (fails the test when it throws none or another error). */
export function failure(run: () => unknown): GlosaError {
  try {
    run()
  } catch (error) {
    if (error instanceof GlosaError) return error
    throw error
  }
  throw new Error('expected a GlosaError')
}
