import {readFileSync} from 'node:fs'

let version: string | undefined

/** glosa's version, from its own package.json (read on first use). */
export function packageVersion(): string {
  version ??= (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string})
    .version
  return version
}

/**
 * Where glosa's documentation is read from: the `docs/` folder of the
 * published package, at the running version, so a message links to the page
 * that describes the rule as this version applies it. Every link glosa
 * writes (message `url`, SARIF `helpUri`) starts here.
 */
export function docsBase(): string {
  return `https://unpkg.com/glosa@${packageVersion()}/docs/`
}

/** The page of a rule: `docs/rules/<id>.md` for `glosa check`, its row in `docs/cli/glossary.md` for a glossary lint rule. */
export function ruleUrl(ruleId: string, tool: 'check' | 'glossary-lint' = 'check'): string {
  return tool === 'check' ? `${docsBase()}rules/${ruleId}.md` : `${docsBase()}cli/glossary.md#${ruleId}`
}
