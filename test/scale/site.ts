import {copyFileSync, mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'

export const root = new URL('../../', import.meta.url).pathname
const article = join(root, 'test/fixtures/check/article')

/** The translations of the test article, clean and with findings, in both variants. */
export const translations = [
  'clean.pt-PT.md',
  'errors.pt-PT.md',
  'clean.pt-BR.md',
  'errors.pt-BR.md',
  'short.pt-PT.md'
] as const

/**
 * A folder laid out like a documentation site: `docs/en/<name>.md` the test
 * article, `docs/pt/<name>.md` one of its translations (`null`: none), the
 * test glossary and a configuration pairing the two folders. `extra` adds
 * text at the end of a page (`en/<name>` or `pt/<name>`).
 */
export function site(
  pages: Record<string, (typeof translations)[number] | null>,
  extra: Record<string, string> = {}
): string {
  const folder = mkdtempSync(join(tmpdir(), 'glosa-scale-'))
  mkdirSync(join(folder, 'docs/en'), {recursive: true})
  mkdirSync(join(folder, 'docs/pt'), {recursive: true})
  for (const [name, translation] of Object.entries(pages)) {
    mkdirSync(dirname(join(folder, 'docs/en', name)), {recursive: true})
    copyFileSync(join(article, 'en.md'), join(folder, 'docs/en', name + '.md'))
    if (translation !== null) {
      mkdirSync(dirname(join(folder, 'docs/pt', name)), {recursive: true})
      copyFileSync(join(article, translation), join(folder, 'docs/pt', name + '.md'))
    }
  }
  for (const [page, text] of Object.entries(extra)) writeFileSync(join(folder, 'docs', page + '.md'), text, {flag: 'a'})
  copyFileSync(join(root, 'test/fixtures/check/glossary.yaml'), join(folder, 'terms.yaml'))
  writeFileSync(
    join(folder, 'glosa.config.json'),
    JSON.stringify(
      {glossaries: ['terms.yaml'], pairs: [{source: 'docs/en/**/*.md', target: 'docs/pt/**/*.md'}]},
      null,
      2
    )
  )
  return folder
}
