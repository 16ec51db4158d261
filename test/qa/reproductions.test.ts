// The QA pass's reproductions (test/fixtures/qa/README.md), each read by the
// stage it broke: realistic documents on which glosa once went wrong.
import {describe, expect, it} from 'vitest'
import {alignDocuments} from '../../src/align/index.js'
import {checkFiles} from '../../src/check/index.js'
import {loadGlossaries} from '../../src/glossary/index.js'
import {readDocumentFile} from '../../src/document/index.js'
import {compileGlossary, tagTerms} from '../../src/tag/index.js'

const qa = (path: string) => new URL(`../fixtures/qa/${path}`, import.meta.url).pathname

/** Each block of a document as `role lang: first sentence`. */
function blocksOf(path: string) {
  return readDocumentFile(qa(path)).blocks.map(
    (block) => `${block.role} ${block.lang}: ${block.sentences[0]?.text ?? ''}`
  )
}

describe('read', () => {
  it('reads a forum post’s dashed list as list items and a reply’s subject as a heading', () => {
    expect(blocksOf('read/forum-list.txt')).toEqual([
      'paragraph pt-PT: Boas pessoal,',
      'paragraph pt-PT: Alguém me sabe dizer qual a melhor opção para comprar um portátil até 1000€?',
      'list-item pt-PT: 16GB de RAM',
      'list-item pt-PT: SSD de 512GB',
      'list-item pt-PT: ecrã de 15"',
      'paragraph pt-PT: Obrigado desde já!',
      'heading pt-PT: Re: Portátil até 1000€',
      'paragraph pt-PT: Experimenta o Lenovo IdeaPad 5.'
    ])
  })

  it('reads a dated SMF quote header, a wire story’s headline, standfirst and byline, and a source line', () => {
    const document = readDocumentFile(qa('read/forum-smf-quote.txt'))
    expect(document.blocks.map((block) => block.role)).toEqual([
      'attribution',
      'paragraph',
      'headline',
      'standfirst',
      'quote',
      'credit',
      'paragraph',
      'credit'
    ])
    expect(document.blocks[0]).toMatchObject({role: 'attribution', author: 'joao_m'})
    expect(document.blocks.map((block) => block.lang)).toEqual([
      'pt-PT',
      'pt-PT',
      'en',
      'en',
      'en',
      'en',
      'pt-PT',
      'pt-PT'
    ])
  })

  it('starts a GitHub alert’s first sentence on the line after its [!NOTE] marker', () => {
    const document = readDocumentFile(qa('read/github-alert.md'))
    const quotes = document.blocks.filter((block) => block.role === 'quote')
    expect(quotes.map((block) => [block.sentences[0]!.position.start.line, block.sentences[0]!.text])).toEqual([
      [4, 'Se o `valorInicial` não tiver sido passado, a função começa no índice 1.'],
      [7, 'Não apague o ficheiro de configuração.']
    ])
  })

  it('leaves an MDX page’s imports, exports and JSX out of its prose', () => {
    expect(blocksOf('read/tabs.en.mdx')).toEqual(['heading en: Install', 'paragraph en: Run the installer.'])
    expect(blocksOf('read/tabs.pt-BR.mdx')).toEqual(['heading pt: Instalar', 'paragraph pt: Execute o instalador.'])
  })
})

describe('check', () => {
  it('checks an MDX page against its translation instead of calling both English', () => {
    const {files} = checkFiles(
      {pairs: [{source: qa('read/tabs.en.mdx'), target: qa('read/tabs.pt-BR.mdx')}], singles: [], unchecked: []},
      {matcher: compileGlossary(loadGlossaries([])), targetLang: 'pt-BR', locale: 'en'}
    )
    expect(files.flatMap((file) => file.messages.map((message) => message.ruleId))).toEqual([])
  })
})

describe('align', () => {
  it('pairs two English sentences with the one Portuguese sentence that merges them', () => {
    const alignment = alignDocuments(
      readDocumentFile(qa('align/merged.en.md')),
      readDocumentFile(qa('align/merged.pt-PT.md'))
    )
    expect(alignment.pairs.map((pair) => [pair.source, pair.target])).toEqual([
      [[0], [0]],
      [[1, 2], [1]],
      [[3, 4], [2]],
      [[5], [3]]
    ])
  })
})

describe('tag', () => {
  const hitsOf = (document: string, glossary: string) =>
    tagTerms(readDocumentFile(qa(document)), compileGlossary(loadGlossaries([qa(glossary)]))).map(
      (hit) => `${hit.text} ${hit.entry} ${hit.kind}`
    )

  it('finds the plural of a hyphenated compound that inflects its first word, and a verb phrase conjugated', () => {
    expect(hitsOf('tag/compound-plural.pt-PT.txt', 'tag/password.yaml')).toEqual([
      'palavras-passe password inflection',
      'palavra-passe password exact',
      'Inicie sessão sign-in inflection',
      'inicia sessão sign-in inflection'
    ])
  })

  it('finds English verb terms capitalised at a sentence start and in the past tense', () => {
    expect(hitsOf('tag/stem-change.en.txt', 'tag/verbs.yaml')).toEqual([
      'Download download exact',
      'download download exact',
      'Insert insert exact',
      'Follow follow exact',
      'downloaded download inflection'
    ])
  })
})
