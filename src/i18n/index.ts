import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {createInstance, type i18n, type TFunction} from 'i18next'
import {locales, type Locale} from './locale.js'

export {locales, matchLocale, resolveLocale, type Locale} from './locale.js'

/** Translate a key (`namespace:key`) with interpolation values. */
export type Translate = TFunction

type Resources = Record<string, Record<string, Record<string, unknown>>>

const localesFolder = fileURLToPath(new URL('../../locales', import.meta.url))
let resources: Resources | undefined
const instances = new Map<Locale, i18n>()

/** Read the bundled message catalogues once: `locales/<locale>/<namespace>.json`. */
function loadResources(): Resources {
  if (!resources) {
    resources = {}
    for (const locale of locales) {
      const namespaces: Record<string, Record<string, unknown>> = {}
      for (const name of readdirSync(join(localesFolder, locale))) {
        if (!name.endsWith('.json')) continue
        const text = readFileSync(join(localesFolder, locale, name), 'utf8')
        namespaces[name.slice(0, -'.json'.length)] = JSON.parse(text) as Record<string, unknown>
      }
      resources[locale] = namespaces
    }
  }
  return resources
}

/**
 * glosa's own i18next instance for `locale` (never the global singleton: glosa
 * runs inside other people's pipelines). Initialised synchronously from the
 * bundled catalogues; cached per locale.
 */
export function getI18n(locale: Locale = 'en'): i18n {
  let instance = instances.get(locale)
  if (!instance) {
    const bundled = loadResources()
    instance = createInstance()
    void instance.init({
      lng: locale,
      fallbackLng: {'pt-BR': ['pt-PT', 'en'], 'pt-PT': ['pt-BR', 'en'], default: ['en']},
      supportedLngs: [...locales],
      resources: bundled,
      ns: Object.keys(bundled.en ?? {}),
      defaultNS: 'common',
      initAsync: false,
      returnNull: false,
      interpolation: {escapeValue: false}
    })
    instances.set(locale, instance)
  }
  return instance
}

/** The translate function for `locale`. */
export function translator(locale: Locale = 'en'): Translate {
  return getI18n(locale).t
}

const listFormats = new Map<string, Intl.ListFormat>()

/**
 * The locale's list format of `type` ("a, b and c", "a, b or c"), made once:
 * making one costs about half a millisecond (ICU, measured), and a check makes
 * messages for every pair it checks.
 */
export function listFormat(locale: Locale, type: 'conjunction' | 'disjunction'): Intl.ListFormat {
  const key = `${locale} ${type}`
  let format = listFormats.get(key)
  if (!format) {
    format = new Intl.ListFormat(locale, {type})
    listFormats.set(key, format)
  }
  return format
}
