import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {annotate, readForAnnotation} from '../../src/annotate/index.js'
import {previewHtml} from '../../src/preview/html.js'

/**
 * A post that is not a Portuguese commentary on an English article is still
 * a page: the post with its glossary terms, and a note saying what was found.
 */

const root = new URL('../..', import.meta.url).pathname
const locale = (lang: string) => JSON.parse(readFileSync(join(root, `locales/${lang}/preview.json`), 'utf8')).found

const portugueseOnly =
  'MarcoAntonio Escreveu:\nO H20 é um chip da Nvidia para centros de dados. A China quer chips chineses para o treino de modelos.\n'
const englishOnly =
  'Beijing turns against Nvidia’s AI chip\n\nA group of Chinese regulators have mobilised to dissuade tech companies from buying the H20 processor.\n'
// Both languages, but the Portuguese says nothing about the English text.
const noCommentary =
  'Hoje choveu muito em Lisboa e fiquei em casa a ler um livro antigo.\n\nThe H20 processor is widely used for artificial intelligence in China, according to regulators.\n'

const note = (html: string) => /<p class="glosa-note" role="note">([^<]*)<\/p>/.exec(html)?.[1]

/** The post's text as the page shows it (its content, popovers left out, tags removed). */
const shown = (html: string) =>
  html
    .slice(html.indexOf('<div class="glosa-content">'), html.indexOf('<script>'))
    .replace(/<span id="glosa-tip-[^"]*"[^>]*>[^<]*<\/span>/g, '')
    .replace(/<[^>]+>/g, '')

describe('the preview of a post that is not a commented bilingual one', () => {
  it('says that no English text was found, and still shows the post with its terms', () => {
    const html = previewHtml(readForAnnotation(portugueseOnly, {format: 'text'}), {lang: 'pt-PT'})
    expect(note(html)).toBe(locale('pt-PT').noEnglish)
    expect(html).toContain('O <span class="glosa-term"><dfn')
    expect(shown(html)).toContain('O H20 é um chip da Nvidia para centros de dados.')
  })

  it('says that no Portuguese commentary was found', () => {
    const html = previewHtml(readForAnnotation(englishOnly, {format: 'text'}), {lang: 'en'})
    expect(note(html)).toBe(locale('en').noPortuguese)
    expect(shown(html)).toContain('A group of Chinese regulators have mobilised')
  })

  it('says that no commentary discusses the English text when nothing links the two', () => {
    const html = previewHtml(readForAnnotation(noCommentary, {format: 'text'}), {lang: 'pt-BR'})
    expect(note(html)).toBe(locale('pt-BR').noCommentary)
    expect(html).not.toContain('class="glosa-ref"')
    expect(shown(html)).toContain('Hoje choveu muito em Lisboa')
    expect(shown(html)).toContain('The H20 processor is widely used')
  })

  it('has no note for the seed, a Portuguese commentary on an English article', () => {
    const seed = readFileSync(join(root, 'corpus/h20-ft/post.txt'), 'utf8')
    expect(note(previewHtml(readForAnnotation(seed, {format: 'text'})))).toBeUndefined()
  })

  it('writes the page from the command line, exit 0, and annotates the same post as Markdown without a note', () => {
    const folder = mkdtempSync(join(tmpdir(), 'glosa-found-'))
    const file = join(folder, 'post.txt')
    writeFileSync(file, portugueseOnly)
    const env = {...process.env, NO_COLOR: '1', GLOSA_LOCALE: '', LANG: 'C', LC_ALL: ''}
    const page = spawnSync(
      process.execPath,
      [join(root, 'bin/glosa.js'), 'annotate', file, '--to', 'html', '--lang', 'en'],
      {encoding: 'utf8', env}
    )
    expect(page.status).toBe(0)
    expect(page.stderr).toBe('')
    expect(page.stdout.startsWith('<!doctype html>')).toBe(true)
    expect(note(page.stdout)).toBe(locale('en').noEnglish)
    const markdown = spawnSync(process.execPath, [join(root, 'bin/glosa.js'), 'annotate', file], {
      encoding: 'utf8',
      env
    })
    expect(markdown.status).toBe(0)
    expect(markdown.stdout).toBe(annotate(readForAnnotation(portugueseOnly, {format: 'text', file}), {}) + '')
  })

  it('makes the same page of an annotated file as of its original: it strips it first', () => {
    const folder = mkdtempSync(join(tmpdir(), 'glosa-found-'))
    const original = join(folder, 'post.txt')
    const annotated = join(folder, 'post.md')
    const seed = readFileSync(join(root, 'corpus/h20-ft/post.txt'), 'utf8')
    writeFileSync(original, seed)
    writeFileSync(annotated, annotate(readForAnnotation(seed, {format: 'text', file: original})))
    const env = {...process.env, NO_COLOR: '1', GLOSA_LOCALE: '', LANG: 'C', LC_ALL: ''}
    const page = (file: string) =>
      spawnSync(process.execPath, [join(root, 'bin/glosa.js'), 'annotate', file, '--to', 'html'], {
        encoding: 'utf8',
        env
      })
    const fromOriginal = page(original)
    const fromAnnotated = page(annotated)
    expect(fromAnnotated.status).toBe(0)
    expect(fromAnnotated.stderr).toBe('')
    // The title names the file; everything else is the same page.
    expect(fromAnnotated.stdout.replace(/post\.md/g, 'post.txt')).toBe(fromOriginal.stdout)
    expect(shown(fromAnnotated.stdout)).not.toMatch(/glosa:|\[\^glosa|<!--/)
  })
})
