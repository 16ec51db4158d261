import {spawnSync} from 'node:child_process'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {readDocument} from '../../src/document/index.js'
import {hasMdxSyntax, parseMdx} from '../../src/read/mdx.js'
import {read, site} from './helpers.js'

const root = new URL('../../', import.meta.url).pathname

function glosa(args: string[]) {
  const result = spawnSync(process.execPath, [join(root, 'bin/glosa.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1', LANG: 'C', LC_ALL: '', LC_MESSAGES: '', GLOSA_LOCALE: ''}
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

function temporary(name: string, text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'glosa-mdx-')), name)
  writeFileSync(file, text)
  return file
}

const sentences = (source: string, options = {}) =>
  readDocument(source, {file: 'page.md', ...options}).blocks.flatMap((block) =>
    block.sentences.map((sentence) => [block.role, sentence.text])
  )

describe('reading MDX', () => {
  it('reads a .md file holding MDX syntax as MDX, and says so', () => {
    const document = readDocument(read(site('react').source), {file: 'en.md'})
    expect(document.mdx).toBe(true)
    expect(document.warnings).toBeUndefined()
  })

  it('reads plain Markdown (HTML, {#id} ids) as Markdown, without a warning', () => {
    const document = readDocument(read(site('vitepress').source), {file: 'en.md'})
    expect(document.mdx).toBe(false)
    expect(document.warnings).toBeUndefined()
  })

  it('takes MDX syntax shown in code (fences, code spans, a <script> block) for no sign of MDX', () => {
    // VitePress pages: `import` in a fenced example or in a Vue `<script setup>`, components named in code spans.
    const source =
      '<script setup>\nimport Demo from "./Demo.vue"\n</script>\n\n# Teleport\n\n' +
      'O `<Teleport>` e o `<KeepAlive>` são componentes.\n\n```js\nimport {ref} from "vue"\nexport default {}\n```\n\nFim {{ count }}.\n'
    expect(hasMdxSyntax(source)).toBe(false)
    const document = readDocument(source, {file: 'page.md'})
    expect(document.mdx).toBe(false)
    expect(document.warnings).toBeUndefined()
    // The same syntax in the text is MDX's.
    expect(hasMdxSyntax('import Demo from "./Demo.mdx"\n\n# Título\n')).toBe(true)
    expect(hasMdxSyntax('Um <Teleport to="body">texto</Teleport>.\n')).toBe(true)
    expect(hasMdxSyntax('Texto `a` e <Note />, `b`.\n')).toBe(true)
  })

  it('refuses as MDX a page with an HTML comment opening a line, at the comment, in the parser words', () => {
    // A VitePress page: a Vue component looks like JSX, and a `<!-- TODO -->` says it is no MDX.
    const source = '# Routing\n\n<VueSchoolLink href="/r" title="Routing"/>\n\n<!-- TODO update links -->\n\nText.\n'
    const parsed = parseMdx(source)
    expect('problem' in parsed && parsed.problem).toEqual({
      reason: expect.stringContaining('to create a comment in MDX, use `{/* text */}`'),
      place: {line: 5, column: 2, offset: source.indexOf('<!--') + 1}
    })
    const document = readDocument(source, {file: 'page.md'})
    expect(document.mdx).toBe(false)
    expect(document.warnings?.map((warning) => [warning.key, warning.place?.line])).toEqual([['mdx:readAsMarkdown', 5]])
    // A comment in fenced code is code: the page parses.
    expect('tree' in parseMdx('<Note />\n\n```html\n<!-- a comment -->\n```\n')).toBe(true)
  })

  it('refuses as MDX a page with a {#id} heading id, at the first such heading, in the parser words', () => {
    // A VitePress page: the component looks like JSX; the heading ids (and the unbalanced `{` after them) are no MDX.
    const source =
      '<VueSchoolLink href="/e" title="Events"/>\n\nUse `{#a}` and:\n\n```md\n## Code {#code}\n```\n\n' +
      '## Emitting {#emitting}\n\nText { unclosed.\n\n## Listening {#listening}\n'
    const parsed = parseMdx(source)
    const at = source.indexOf('{#emitting}')
    expect('problem' in parsed && parsed.problem).toEqual({
      reason: 'Could not parse expression with acorn',
      place: {line: 9, column: 14, offset: at + 1}
    })
    const document = readDocument(source, {file: 'page.md'})
    expect(document.mdx).toBe(false)
    expect(document.warnings?.map((warning) => [warning.key, warning.place?.line])).toEqual([['mdx:readAsMarkdown', 9]])
    // An id shown in a code span or fenced code is code: the page parses.
    expect('tree' in parseMdx('<Note />\n\nWrite `## Title {#id}`.\n\n```md\n## Title {#id}\n```\n')).toBe(true)
  })

  it('judges a heading on its text without its {/*id*/}, as MDX and as plain Markdown', () => {
    const heading = '## As Regras do JSX {/*the-rules-of-jsx*/}\n'
    expect(sentences(heading)).toEqual([['heading', 'As Regras do JSX']])
    expect(sentences(heading, {format: 'md'})).toEqual([['heading', 'As Regras do JSX']])
  })

  it('leaves ESM, expressions, comments and JSX-only lines out of prose', () => {
    const source =
      "import X from 'x'\nexport const n = 2\n\n<img src=\"/a.png\" style={{margin: '0 auto'}} />\n\n{/* a comment */}\n\n{n * 2}\n\nUm parágrafo.\n"
    expect(sentences(source)).toEqual([['paragraph', 'Um parágrafo.']])
  })

  it('reads no prose in Docusaurus truncate marks, MkDocs admonition markers, shortcodes or attribute lists', () => {
    const source =
      'Antes.\n\n<!--truncate-->\n\n!!! note "Nota importante"\n\n{{< figure src="a.png" >}}\n\n[Ler](ref.md){ .md-button }\n'
    expect(sentences(source, {format: 'md'})).toEqual([
      ['paragraph', 'Antes.'],
      ['paragraph', 'Nota importante'],
      ['paragraph', '[Ler](ref.md)']
    ])
  })

  it('reads an MkDocs admonition body, which CommonMark takes for indented code, as the prose MkDocs shows, located in the source', () => {
    for (const eol of ['\n', '\r\n']) {
      const source = [
        '# T',
        '',
        '!!! tip "Guarde o estado"',
        '',
        '    Cada página guarda',
        '    o estado.',
        '',
        '    - Um item.',
        '',
        '    ```yaml',
        '    a: 1',
        '    ```',
        '',
        '        código',
        '',
        'Fim.',
        ''
      ].join(eol)
      const document = readDocument(source, {file: 'page.md', format: 'md'})
      const found = document.blocks.flatMap((block) =>
        block.sentences.map((sentence) => [
          block.role,
          sentence.text,
          source.slice(sentence.position.start.offset, sentence.position.end.offset)
        ])
      )
      expect(found.map(([role, text]) => [role, text])).toEqual([
        ['heading', 'T'],
        ['paragraph', 'Guarde o estado'],
        ['paragraph', 'Cada página guarda o estado.'],
        ['list-item', 'Um item.'],
        ['paragraph', 'Fim.']
      ])
      expect(found[2]![2]).toBe(`Cada página guarda${eol}    o estado.`)
      expect(found[3]![2]).toBe('Um item.')
    }
  })

  it('leaves indented code that follows no admonition as code', () => {
    expect(sentences('Um parágrafo.\n\n    const estado = 1\n', {format: 'md'})).toEqual([
      ['paragraph', 'Um parágrafo.']
    ])
  })

  it('reads a container or admonition title as a block of its own, never one sentence with the text after it', () => {
    const source =
      ':::tip[Um título]\nTexto do aviso.\n:::\n\n:::warning Nota\nOutro texto.\n:::\n\n!!! note "Ordem"\n    Sem definição, por nome.\n'
    expect(sentences(source, {format: 'md'})).toEqual([
      ['paragraph', 'Um título'],
      ['paragraph', 'Texto do aviso.'],
      ['paragraph', 'Nota'],
      ['paragraph', 'Outro texto.'],
      ['paragraph', 'Ordem'],
      ['paragraph', 'Sem definição, por nome.']
    ])
  })

  it('reads JSX children as prose and readable attributes as segments of their own, located in their quotes', () => {
    const source = '<Note title="Atenção &amp; cuidado" id="n1">\n\nIsto é *importante*.\n\n</Note>\n'
    const document = readDocument(source, {file: 'page.mdx'})
    const [title, body] = document.blocks
    expect(title!.role).toBe('attribute')
    expect(title!.prose.text).toBe('Atenção & cuidado')
    expect(source.slice(title!.position.start.offset, title!.position.end.offset)).toBe('Atenção &amp; cuidado')
    expect(title!.position.start).toEqual({line: 1, column: 14, offset: 13})
    expect(body!.sentences[0]!.text).toBe('Isto é *importante*.')
    expect(document.blocks).toHaveLength(2)
  })

  it('reads the attributes of JSX inside a paragraph, and a configured list of them', () => {
    const source = 'Veja <Term label="um rótulo visível" data="não é prose">aqui</Term>.\n'
    expect(sentences(source)).toEqual([
      ['paragraph', 'Veja <Term label="um rótulo visível" data="não é prose">aqui</Term>.'],
      ['attribute', 'um rótulo visível']
    ])
    const configured = readDocument(source, {file: 'page.mdx', attributes: ['data']})
    expect(configured.blocks.map((block) => block.prose.text)).toEqual(['Veja aqui.', 'não é prose'])
  })

  it('keeps an expression inside a sentence as a placeholder, a comment as nothing', () => {
    const document = readDocument('O passo {n} é {/* nada */} simples.\n', {file: 'page.mdx'})
    expect(document.blocks[0]!.prose.text).toBe('O passo \uFFFC é  simples.')
  })

  it.each([
    ['unclosed JSX', 'Texto <Foo bar="x"\n\nMais texto.\n'],
    ['a { without }', 'Um {/* comentário sem fim\n\nMais texto.\n'],
    ['a closing tag that does not match', '<Note>\n\nTexto.\n\n</Nota>\n']
  ])('reads invalid MDX (%s) as plain Markdown with a warning naming where MDX stopped', (_name, source) => {
    const document = readDocument(source, {file: 'page.md'})
    expect(document.mdx).toBe(false)
    expect(document.warnings).toHaveLength(1)
    expect(document.warnings![0]!.key).toBe('mdx:readAsMarkdown')
    expect(document.warnings![0]!.place!.line).toBeGreaterThan(0)
    expect(document.blocks.length).toBeGreaterThan(0)
  })

  it('reads a JSX attribute of 1 MB without trouble', () => {
    const long = 'palavra '.repeat(1 << 17)
    const document = readDocument(`<Figure caption="${long}" />\n\nFim do texto.\n`, {file: 'page.mdx'})
    expect(document.blocks[0]!.role).toBe('attribute')
    expect(document.blocks[0]!.prose.text.length).toBe(long.length)
  })
})

describe('glosa segment --format', () => {
  it('says in the JSON which format was used', () => {
    const file = site('react').translation
    expect(JSON.parse(glosa(['segment', '--json', file]).stdout).format).toBe('mdx')
    expect(JSON.parse(glosa(['segment', '--json', '--format', 'md', file]).stdout).format).toBe('md')
    expect(JSON.parse(glosa(['segment', '--json', site('hugo').source]).stdout).format).toBe('md')
  })

  it('warns with file:line:column when an MDX-looking file is not MDX, and reads it as Markdown', () => {
    const file = temporary('page.md', '# Título\n\nTexto <Foo bar={1 + } aqui.\n')
    const result = glosa(['segment', '--json', file])
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout).format).toBe('md')
    expect(result.stderr).toMatch(
      new RegExp(
        `^glosa: ${file}:3:\\d+: this file looks like MDX but is not valid MDX \\(.+\\): read as plain Markdown\\n$`
      )
    )
  })

  it('warns the same way in check and align, which go on with the file read as Markdown', () => {
    const target = temporary('pt.md', 'Texto <Foo bar={1 + } aqui, com uma frase.\n\nOutra frase em português.\n')
    const source = temporary('en.md', 'Text with a sentence here.\n\nAnother sentence in English.\n')
    for (const args of [
      ['check', source, target],
      ['align', source, target, '--format', 'json']
    ]) {
      const result = glosa(args)
      expect(result.stderr).toMatch(
        new RegExp(`glosa: ${target}:1:\\d+: this file looks like MDX but is not valid MDX`)
      )
      expect(result.code).not.toBe(2)
    }
  })

  it('reads a page whose JSX element is never closed as Markdown, with the place where the element opens', () => {
    const file = temporary('page.mdx', '# Título\n\n<Note title="Aviso">\n\nTexto da nota.\n')
    const result = glosa(['segment', '--json', file])
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout).format).toBe('md')
    expect(result.stderr).toBe(
      `glosa: ${file}:3:1: this file looks like MDX but is not valid MDX (Expected a closing tag for \`<Note>\` (3:1-3:21)): read as plain Markdown\n`
    )
    const forced = glosa(['segment', '--format', 'mdx', file])
    expect(forced.code).toBe(2)
    expect(forced.stdout).toBe('')
    expect(forced.stderr).toMatch(new RegExp(`^glosa: ${file}:3:1: this file is not valid MDX: Expected a closing tag`))
  })

  it('refuses a file that is not MDX with --format mdx: exit 2, the MDX error, nothing on standard output', () => {
    const file = temporary('page.md', '# Título\n\nTexto <Foo bar={1 + } aqui.\n')
    const result = glosa(['segment', '--format', 'mdx', file])
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(new RegExp(`^glosa: ${file}:3:\\d+: this file is not valid MDX: .+\\n$`))
    const inPortuguese = glosa(['segment', '--format', 'mdx', '--locale', 'pt-PT', file])
    expect(inPortuguese.stderr).toMatch(/este ficheiro não é MDX válido/)
  })
})

describe('the public API', () => {
  it('accepts format mdx and a list of readable attributes at the boundary', async () => {
    const glosa = await import('../../src/index.js')
    const document = glosa.readDocument('<Note label="Olá mundo" title="x" />\n\nTexto aqui.\n', {
      format: 'mdx',
      attributes: ['label']
    })
    expect(document.mdx).toBe(true)
    expect(document.blocks.map((block) => block.prose.text)).toEqual(['Olá mundo', 'Texto aqui.'])
    expect(() => glosa.readDocument('Texto.', {format: 'docx' as never})).toThrow(/format/)
  })
})
