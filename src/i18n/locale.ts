/** The interface languages glosa ships. */
export const locales = Object.freeze(['en', 'pt-PT', 'pt-BR'] as const)

export type Locale = (typeof locales)[number]

/**
 * Turn a POSIX or BCP 47 locale name (`pt_PT.UTF-8`, `pt-br`, `en_GB`, `C`)
 * into one of glosa's interface languages, or `undefined` when it names none.
 * A bare `pt` is Brazilian, as in CLDR.
 */
export function matchLocale(value: string | undefined): Locale | undefined {
  if (!value) return undefined
  const name = value.split(/[.@]/)[0]!.replace(/_/g, '-').toLowerCase()
  if (name === '' || name === 'c' || name === 'posix') return undefined
  const [language, region] = name.split('-')
  if (language === 'en') return 'en'
  if (language === 'pt') return region === 'pt' || region === 'ao' || region === 'mz' ? 'pt-PT' : 'pt-BR'
  return undefined
}

/**
 * The interface language: the first of `explicit` (`--locale`), then the
 * environment's `GLOSA_LOCALE`, `LC_ALL`, `LC_MESSAGES` and `LANG`, that names
 * a language glosa speaks; English otherwise.
 */
export function resolveLocale(
  explicit: string | undefined,
  env: Record<string, string | undefined> = process.env
): Locale {
  for (const candidate of [explicit, env.GLOSA_LOCALE, env.LC_ALL, env.LC_MESSAGES, env.LANG]) {
    const locale = matchLocale(candidate)
    if (locale) return locale
  }
  return 'en'
}
