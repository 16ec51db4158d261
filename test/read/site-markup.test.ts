import {describe, expect, it} from 'vitest'
import {readDocument, readDocumentFile} from '../../src/document/index.js'
import {family, outline, sourceAt} from './helpers.js'

const fixture = (name: string): string => new URL(`../fixtures/read/${name}`, import.meta.url).pathname

describe('MDX pages: import and export statements are code, not prose', () => {
  it('leaves the top-level import and export statements of an .mdx file out, as MDX itself does', () => {
    const document = readDocumentFile(fixture('mdx/page.pt-BR.mdx'))
    expect(outline(document)).toEqual([
      'heading: Instalar o pacote',
      'paragraph: Execute o instalador e aguarde até o fim do download.',
      'paragraph: Import e export de dados são descritos no próximo capítulo.'
    ])
  })

  it('so a translated page reads as the language of its prose, not as English', () => {
    const page =
      "import Tabs from '@theme/Tabs';\nimport TabItem from '@theme/TabItem';\n\n# Instalar\n\nExecute o instalador.\n\nexport const meta = {title: 'x'};\n"
    const document = readDocument(page, {format: 'md', file: 'tabs.pt-BR.mdx'})
    expect(family(document.languages.document)).toBe('pt')
    expect(document.blocks.map((block) => family(block.lang))).toEqual(['pt', 'pt'])
  })

  it('takes only lower-case import/export followed by white space, at the top level, for ESM', () => {
    const source =
      'Import the data first.\n\nexportar os dados.\n\n> import this from a quote\n\n- export is a list item here\n'
    expect(outline(readDocument(source, {format: 'md', file: 'page.mdx'}))).toEqual([
      'paragraph: Import the data first.',
      'paragraph: exportar os dados.',
      'quote: import this from a quote',
      'list-item: export is a list item here'
    ])
  })

  it('reads the same lines as prose in a .md file, which is not MDX', () => {
    const source = "import Tabs from '@theme/Tabs';\n\nTexto.\n"
    expect(outline(readDocument(source, {format: 'md', file: 'page.md'}))).toEqual([
      "paragraph: import Tabs from '@theme/Tabs';",
      'paragraph: Texto.'
    ])
  })

  it('takes a source with no file name (standard input) for MDX when it starts with an ESM statement', () => {
    const page = "import Tabs from '@theme/Tabs';\n\nTexto.\n\nexport const meta = {};\n"
    expect(outline(readDocument(page, {format: 'md'}))).toEqual(['paragraph: Texto.'])
    expect(outline(readDocument(page, {format: 'md', file: '-'}))).toEqual(['paragraph: Texto.'])
    const plain = 'Texto.\n\nexport the file as CSV.\n'
    expect(outline(readDocument(plain, {format: 'md'}))).toEqual([
      'paragraph: Texto.',
      'paragraph: export the file as CSV.'
    ])
  })

  it('lets the caller say whether a source is MDX', () => {
    const source = "Texto.\n\nimport A from 'a'\n"
    expect(outline(readDocument(source, {format: 'md', mdx: true}))).toEqual(['paragraph: Texto.'])
    expect(outline(readDocument(source, {format: 'md', file: 'x.mdx', mdx: false}))).toHaveLength(2)
  })
})

describe('GitHub alerts: the [!NOTE] marker is markup, not prose', () => {
  const alerts =
    '# Instalação\n\n> [!NOTE]\n> Se o `valorInicial` não for passado, começa no 1. Caso contrário, no 0.\n\n> [!warning]  \n> Não apague o ficheiro.\n'

  it('leaves the marker on the first line of a block quote out, and starts the first sentence after it', () => {
    const document = readDocument(alerts, {format: 'md'})
    expect(outline(document)).toEqual([
      'heading: Instalação',
      'quote: Se o `valorInicial` não for passado, começa no 1. | Caso contrário, no 0.',
      'quote: Não apague o ficheiro.'
    ])
    const note = document.blocks[1]!
    expect(note.prose.text.startsWith('Se o \uFFFC')).toBe(true)
    expect(note.sentences[0]!.position.start).toEqual({line: 4, column: 3, offset: alerts.indexOf('Se o')})
    expect(sourceAt(document, note.position)).toBe(alerts.slice(alerts.indexOf('[!NOTE]'), alerts.indexOf('\n\n> [!w')))
  })

  it('knows only the five alert types, and only alone on the first line of a quote', () => {
    const source =
      '> [!TODO]\n> Fazer.\n\n> Texto [!NOTE]\n> mais.\n\n> [!NOTE] Título na mesma linha.\n\n[!NOTE]\nFora de citação.\n'
    expect(outline(readDocument(source, {format: 'md'}))).toEqual([
      'quote: [!TODO] Fazer.',
      'quote: Texto [!NOTE] mais.',
      'quote: [!NOTE] Título na mesma linha.',
      'paragraph: [!NOTE] Fora de citação.'
    ])
  })
})

describe('site-generator markup: heading ids, container fences and shortcodes are not prose', () => {
  const md = (source: string) => readDocument(source, {format: 'md'})

  it('leaves a custom heading id {#…} (Docusaurus, Hugo, Pandoc attributes) out of the heading', () => {
    const source =
      '## Primeiros passos {#getting-started}\n\n# Introdução {#intro .unnumbered}\n\nTítulo longo {#setext}\n============\n'
    const document = md(source)
    expect(outline(document)).toEqual(['heading: Primeiros passos', 'heading: Introdução', 'heading: Título longo'])
    expect(document.blocks.map((block) => block.prose.text)).toEqual(['Primeiros passos', 'Introdução', 'Título longo'])
    expect(sourceAt(document, document.blocks[0]!.position)).toBe('## Primeiros passos {#getting-started}')
  })

  it('keeps braces that are not a trailing heading id', () => {
    expect(outline(md('## Objetos {a: 1} e mais\n\n## O {#x} no meio\n'))).toEqual([
      'heading: Objetos {a: 1} e mais',
      'heading: O {#x} no meio'
    ])
  })

  it('leaves :::name and ::: container fences out, keeping an admonition title as prose of its own', () => {
    const spaced = ':::tip Dica\n\nA cache é limpa ao reiniciar.\n\n:::\n'
    expect(outline(md(spaced))).toEqual(['paragraph: Dica', 'paragraph: A cache é limpa ao reiniciar.'])
    const tight = ':::note\nA cache é limpa ao reiniciar.\n:::\n\n::::info[Atenção]{.wide}\nTexto.\n::::\n'
    const document = md(tight)
    // The title is the box's heading for the site: a block of its own, never one sentence with the text under it.
    expect(outline(document)).toEqual([
      'paragraph: A cache é limpa ao reiniciar.',
      'paragraph: Atenção',
      'paragraph: Texto.'
    ])
    expect(document.blocks.map((block) => block.prose.text.trim())).toEqual([
      'A cache é limpa ao reiniciar.',
      'Atenção',
      'Texto.'
    ])
    expect(document.blocks[0]!.sentences[0]!.position.start.line).toBe(2)
  })

  it('keeps colons that are not a fence on their own line', () => {
    expect(outline(md('Nota::: isto fica.\n'))).toEqual(['paragraph: Nota::: isto fica.'])
  })

  it('leaves Hugo shortcodes out: nothing where they stand alone, a placeholder between prose', () => {
    const source =
      '{{< note >}}\nA cache é limpa.\n{{< /note >}}\n\nVeja {{< ref "docs/x.md" >}} para mais e {{% notice tip %}}.\n'
    const document = md(source)
    expect(outline(document)).toEqual([
      'paragraph: A cache é limpa.',
      'paragraph: Veja {{< ref "docs/x.md" >}} para mais e {{% notice tip %}}.'
    ])
    expect(document.blocks[0]!.prose.text.trim()).toBe('A cache é limpa.')
    expect(document.blocks[1]!.prose.text).toBe('Veja \uFFFC para mais e \uFFFC.')
  })
})
