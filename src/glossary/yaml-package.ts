import {createRequire} from 'node:module'
import type * as Yaml from 'yaml'

let loaded: typeof Yaml | undefined

/**
 * The `yaml` package, loaded the first time a YAML or JSON text is read or
 * written: a run that finds its glossaries in the cache (see `cache.ts`) never
 * needs it, and loading it took about 50 ms of a 100,000-term glossary's
 * cached load. The package's Node entry is CommonJS, so `require` gives the
 * same module an `import` would.
 */
export function yamlPackage(): typeof Yaml {
  loaded ??= createRequire(import.meta.url)('yaml') as typeof Yaml
  return loaded
}
