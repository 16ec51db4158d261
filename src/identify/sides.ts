import type {Lang} from '../types.js'
import {identifyLanguage} from './language.js'

// The languages of the two sides of a bilingual file or a pair of resource files, as `check` and `tag` take them.

/** The language a resource file's path names (`locales/pt-BR/app.json`, `pt_PT.json`), if any. */
export function langOfPath(path: string): Lang | undefined {
  const match = /(?:^|[/\\._-])(en|pt)(?:[-_]([a-z]{2}))?(?=$|[/\\._])/i.exec(path.replace(/\.[^./\\]+$/, ''))
  if (!match) return undefined
  const region = match[2]?.toLowerCase()
  return match[1]!.toLowerCase() === 'en' ? 'en' : region === 'br' ? 'pt-BR' : region === 'pt' ? 'pt-PT' : 'pt'
}

/** The language of a file's side: configured, declared (in the file or its path), else identified from a sample of its texts, else `fallback`. */
export function sideLanguage(
  configured: Lang | undefined,
  declared: Lang | undefined,
  texts: readonly string[],
  fallback: Lang
): Lang {
  if (configured) return configured
  if (declared && declared !== 'und') return declared
  const sample = texts.slice(0, 300).join('\n')
  const guess = sample.trim() === '' ? 'und' : identifyLanguage(sample).lang
  return guess === 'und' ? fallback : guess
}
