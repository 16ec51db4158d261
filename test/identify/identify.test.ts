import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import * as identify from '../../src/identify/index.js'
import {assignLanguages, identifyLanguage, identifyVariant} from '../../src/identify/index.js'
import {splitSentences} from '../../src/segment/index.js'
import type {Block, BlockRole} from '../../src/types.js'
import {PATTERN_CUES, SHARED_USE_WORDS, SHARED_USES} from '../../src/identify/data/variant-cues.js'
import {toBlocks} from './corpus.js'

function blocks(...paragraphs: Array<[BlockRole, string]>): Block[] {
  return toBlocks(
    paragraphs.map(([role, text]) => ({role, text})),
    splitSentences
  )
}

/** `label<TAB>text` lines, `#` comments. */
function readLabelled(name: string): Array<[string, string]> {
  return readFileSync(new URL(`../fixtures/identify/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t') as [string, string])
}

describe('identify: public API', () => {
  it("exports identifyLanguage, identifyVariant, assignLanguages and the languages of a file's sides", () => {
    expect(Object.keys(identify).sort()).toEqual([
      'assignLanguages',
      'identifyLanguage',
      'identifyVariant',
      'langOfPath',
      'sideLanguage'
    ])
  })
})

describe('identifyLanguage', () => {
  it('reads a Portuguese sentence holding English terms as Portuguese', () => {
    expect(identifyLanguage('Os AI players chineses não conseguem treinar frontier models.').lang).toMatch(/^pt/u)
  })

  it('reads an English headline without a full stop as English', () => {
    const guess = identifyLanguage('Beijing turns against Nvidia’s AI chip after ‘insulting’ Lutnick remarks')
    expect(guess.lang).toBe('en')
    expect(guess.confidence).toBeGreaterThan(0.5)
  })

  it('gives undetermined with low confidence for text too short to tell', () => {
    for (const text of ['FT', '(...)', 'H20', '']) {
      const guess = identifyLanguage(text)
      expect(guess.lang).toBe('und')
      expect(guess.confidence).toBeLessThanOrEqual(0.3)
    }
  })

  it('reads a function word inside a capitalised name (Build and Deploy, Code of Conduct) as part of the name', () => {
    // Little is left to go on here, but nothing of it is English.
    expect(identifyLanguage('Execute o Build and Deploy workflow.').lang).not.toBe('en')
    expect(identifyLanguage('Consulte o Code of Conduct do projeto.').lang).toMatch(/^pt/u)
    expect(identifyLanguage('Leia os Terms of Service antes de continuar.').lang).toMatch(/^pt/u)
    // Between a sentence's first word and a name, it still counts: "Apple and Google" is English.
    expect(identifyLanguage('Apple and Google').lang).toBe('en')
  })

  it('reads nothing into web addresses, e-mail addresses, file paths and file names', () => {
    for (const text of [
      'https://spectreconsole.net/',
      'support@example.com',
      'C:\\Program Files\\Tool\\tool.exe',
      '/usr/local/bin/glosa',
      'https://github.com/the-owner/the-repository/blob/main/LICENSE'
    ]) {
      expect(identifyLanguage(text).lang, text).toBe('und')
    }
    // The address adds nothing: the sentence reads as it would without it.
    const address = 'https://github.com/the-owner/the-repository/blob/main/LICENSE'
    expect(identifyLanguage(`Para mais detalhes, consulte ${address}`)).toEqual(
      identifyLanguage('Para mais detalhes, consulte')
    )
    expect(identifyLanguage(`Veja o ficheiro src/main.ts e o Node.js.`)).toEqual(
      identifyLanguage('Veja o ficheiro e o.')
    )
  })

  it('names the variant when the sentence itself has strong cues', () => {
    expect(identifyLanguage('O utilizador está a guardar o ficheiro.').lang).toBe('pt-PT')
    expect(identifyLanguage('O usuário está salvando o arquivo.').lang).toBe('pt-BR')
    expect(identifyLanguage('O Governo aprovou o orçamento ontem.').lang).toBe('pt')
  })

  const labelled = readLabelled('sentences.txt')
  it(`labels at least 95 % of ${labelled.length} short and mixed sentences right`, () => {
    const failures = labelled
      .map(([lang, text]) => ({lang, text, got: identifyLanguage(text)}))
      .filter(({lang, got}) => (got.lang.startsWith('pt') ? 'pt' : got.lang) !== lang)
      .map(({lang, text, got}) => `${lang} got ${got.lang} (${got.confidence}): ${text}`)
    expect(labelled.length).toBeGreaterThanOrEqual(40)
    expect((labelled.length - failures.length) / labelled.length, failures.join('\n')).toBeGreaterThanOrEqual(0.95)
  })
})

describe('identifyVariant', () => {
  it('names the cues it found', () => {
    const guess = identifyVariant(
      'A China tem estado a promover chips, que estão a mostrar-se problemáticos para o utilizador.'
    )
    expect(guess.variant).toBe('pt-PT')
    expect(guess.cues).toEqual(['pt-PT:estar-a-infinitive', 'pt-PT:utilizador'])
    expect(guess.confidence).toBeGreaterThan(0.8)
  })

  it('counts enclisis on a finite verb, not on an infinitive (Brazil writes "mostrar-se" too)', () => {
    expect(identifyVariant('O chip mostra-se lento.').cues).toEqual(['pt-PT:enclisis'])
    expect(identifyVariant('O chip vai mostrar-se lento e fabricá-lo custa.').cues).toEqual([])
  })

  it('tells accent patterns apart: económico/econômico, génio/gênio', () => {
    expect(identifyVariant('Um génio económico.').variant).toBe('pt-PT')
    expect(identifyVariant('Um gênio econômico.').variant).toBe('pt-BR')
  })

  it('takes no cue from what both variants write (padrão de facto, membrana celular, trem de aterragem)', () => {
    expect(identifyVariant('O Markdown virou o padrão de facto para documentação de projetos.').cues).not.toContain(
      'pt-PT:facto'
    )
    expect(identifyVariant('O Markdown virou o padrão de facto para documentação de projetos.').variant).not.toBe(
      'pt-PT'
    )
    expect(identifyVariant('A membrana celular protege a célula.').variant).toBe('pt')
    expect(identifyVariant('O trem de aterragem avariou.').variant).toBe('pt')
    expect(identifyVariant('Os trens de aterragem avariaram.').variant).toBe('pt')
    expect(identifyVariant('De facto, o avião não levantou.').variant).toBe('pt-PT')
    expect(identifyVariant('Perdi o meu celular.').variant).toBe('pt-BR')
  })

  it('counts the spellings of the 1990 agreement (ação, atual, projeto) as one weak cue, however many occur', () => {
    // Portugal writes them too since the agreement: fourteen of them are one habit, not a Brazilian text.
    const modern =
      'O objetivo atual do projeto é melhorar a ação dos serviços. A direção definiu um plano ótimo para o setor. ' +
      'A arquitetura tem um fator de escala adequado. O diretor acompanha a proteção dos dados e a seleção das ferramentas.'
    expect(identifyVariant(modern).variant).toBe('pt')
    // Nor does a document of such paragraphs add them up.
    const paragraphs = modern.split(/(?<=\.) /u).map((text) => ({role: 'paragraph', text}))
    expect(assignLanguages(toBlocks(paragraphs, splitSentences) as Block[]).variant).toBe('pt')
    // A strong cue still decides.
    expect(identifyVariant(modern + ' Os usuários gostaram.').variant).toBe('pt-BR')
  })

  it('stays undecided (pt) without cues or on a single weak one', () => {
    expect(identifyVariant('O Governo aprovou o orçamento.')).toEqual({variant: 'pt', confidence: 0, cues: []})
    expect(identifyVariant('Você aprovou o orçamento.').variant).toBe('pt')
  })

  const labelled = readLabelled('variants.txt')
  it(`labels at least 90 % of ${labelled.length} Portuguese sentences with the right variant`, () => {
    const failures = labelled
      .map(([variant, text]) => ({variant, text, got: identifyVariant(text)}))
      .filter(({variant, got}) => got.variant !== variant)
      .map(({variant, text, got}) => `${variant} got ${got.variant} [${got.cues.join(', ')}]: ${text}`)
    expect((labelled.length - failures.length) / labelled.length, failures.join('\n')).toBeGreaterThanOrEqual(0.9)
  })
})

describe('assignLanguages', () => {
  it('sets every sentence to pt or en and every block to its variant or en', () => {
    const document = blocks(
      ['paragraph', 'O H20 é um chip da arquitectura Hopper. Tem um desempenho próximo do H100.'],
      ['paragraph', 'Beijing’s move was prompted by remarks from Howard Lutnick. Officials found them insulting.']
    )
    const summary = assignLanguages(document)
    expect(document.map((block) => block.lang)).toEqual(['pt-PT', 'en'])
    expect(document.flatMap((block) => block.sentences.map((sentence) => sentence.lang))).toEqual([
      'pt',
      'pt',
      'en',
      'en'
    ])
    for (const item of [...document, ...document.flatMap((block) => block.sentences)]) {
      expect(item.confidence).toBeGreaterThan(0)
      expect(item.confidence).toBeLessThanOrEqual(1)
    }
    expect(summary.document).toBe('en')
    expect(summary.variant).toBe('pt-PT')
    expect(Object.values(summary.shares).reduce((sum, share) => sum + share, 0)).toBeCloseTo(1, 2)
  })

  it('lets a heading too short to tell inherit from the block it introduces, a credit from the one before', () => {
    const document = blocks(
      ['heading', 'Artigo 1.º'],
      ['paragraph', 'Todos os seres humanos nascem livres e iguais em dignidade e em direitos.'],
      ['paragraph', 'All human beings are born free and equal in dignity and rights.'],
      ['credit', 'FT']
    )
    assignLanguages(document)
    expect(document.map((block) => block.sentences[0]?.lang)).toEqual(['pt', 'pt', 'en', 'en'])
    expect(document[0]?.confidence).toBeLessThan(document[1]?.confidence ?? 0)
  })

  it('lets a short sentence inherit its block’s language', () => {
    const [block] = blocks([
      'paragraph',
      'A China tem estado a promover chips domésticos. OK. Os AI players chineses não conseguem treinar.'
    ])
    assignLanguages(block ? [block] : [])
    expect(block?.sentences.map((sentence) => sentence.lang)).toEqual(['pt', 'pt', 'pt'])
  })

  it('gives a Portuguese block without cues the variant of the document', () => {
    const document = blocks(
      ['paragraph', 'O usuário está salvando o arquivo na tela.'],
      ['paragraph', 'O Governo aprovou o orçamento ontem.']
    )
    const summary = assignLanguages(document)
    expect(document.map((block) => block.lang)).toEqual(['pt-BR', 'pt-BR'])
    expect(summary).toEqual({document: 'pt-BR', shares: {'pt-BR': 1}, variant: 'pt-BR'})
  })

  it('keeps a block’s own variant when it contradicts the document', () => {
    const document = blocks(
      ['paragraph', 'O utilizador está a guardar o ficheiro no ecrã. A equipa aprovou.'],
      ['paragraph', 'O usuário está salvando o arquivo.']
    )
    assignLanguages(document)
    expect(document.map((block) => block.lang)).toEqual(['pt-PT', 'pt-BR'])
  })

  it('calls a document Portuguese when its Portuguese blocks together outweigh the English, whatever their variants', () => {
    const document = blocks(
      ['paragraph', 'O utilizador guardou o ficheiro no ecrã do telemóvel e partilhou-o com a equipa.'],
      ['paragraph', 'O usuário salvou o arquivo na tela do celular e compartilhou com a equipe.'],
      ['paragraph', 'The user saved the file.']
    )
    const summary = assignLanguages(document)
    expect(document.map((block) => block.lang)).toEqual(['pt-PT', 'pt-BR', 'en'])
    expect(summary.document).toMatch(/^pt/u)
    expect(summary.shares.en).toBeLessThan(0.25)
  })

  it('keeps a Portuguese sentence quoted inside an English block Portuguese', () => {
    const [block] = blocks([
      'paragraph',
      'The minister wrote a short note to the regulators about the export rules. Os chips chineses ainda não chegam. Nobody at the ministry answered it.'
    ])
    const summary = assignLanguages(block ? [block] : [])
    expect(block?.lang).toBe('en')
    expect(block?.sentences.map((sentence) => sentence.lang)).toEqual(['en', 'pt', 'en'])
    expect(Object.keys(summary.shares).sort()).toEqual(['en', 'pt'])
  })

  it('always gives every block and sentence a language and a confidence between 0 and 1', () => {
    const paragraph = fc.tuple(
      fc.constantFrom<BlockRole>('paragraph', 'heading', 'credit', 'elision', 'attribution', 'quote'),
      fc.oneof(
        fc.string({maxLength: 80}),
        fc.constantFrom(
          'O Governo aprovou o orçamento.',
          'The user saved the file.',
          'FT',
          '(...)',
          'Artigo 1.º',
          'A equipa está a trabalhar.'
        )
      )
    )
    fc.assert(
      fc.property(fc.array(paragraph, {maxLength: 8}), (paragraphs) => {
        // One sentence with letters, so that there are always shares to add up.
        const document = blocks(...paragraphs, ['paragraph', 'The user saved the file.'])
        const summary = assignLanguages(document)
        for (const block of document) {
          expect(['pt-PT', 'pt-BR', 'pt', 'en', 'und']).toContain(block.lang)
          for (const item of [block, ...block.sentences]) {
            expect(item.confidence).toBeGreaterThanOrEqual(0)
            expect(item.confidence).toBeLessThanOrEqual(1)
          }
          for (const sentence of block.sentences) expect(['pt', 'en', 'und']).toContain(sentence.lang)
        }
        const total = Object.values(summary.shares).reduce((sum, share) => sum + share, 0)
        expect(total).toBeCloseTo(1, 2)
      }),
      {numRuns: 200}
    )
  })

  it('reports an undetermined document when nothing can be told', () => {
    const document = blocks(['credit', 'FT'], ['elision', '(...)'])
    expect(assignLanguages(document)).toEqual({document: 'und', shares: {und: 1}})
    expect(document.map((block) => block.lang)).toEqual(['und', 'und'])
    expect(assignLanguages([])).toEqual({document: 'und', shares: {}})
  })
})

describe('variant cues', () => {
  it('are written in lower case, with no class that case tells apart: they run without `i` on case-folded text', () => {
    const patterns = [...PATTERN_CUES.map((cue) => cue.pattern), ...Object.values(SHARED_USES), SHARED_USE_WORDS]
    for (const pattern of patterns) {
      const escapes = pattern.match(/\\[pP]\{[^}]*\}|\\[a-zA-Z]/g) ?? []
      expect(escapes.filter((escape) => !['\\p{L}', '\\p{M}', '\\s', '\\b', '\\B', '\\S'].includes(escape))).toEqual([])
      expect(pattern.replace(/\\[pP]\{[^}]*\}|\\[a-zA-Z]/g, '')).not.toMatch(/\p{Lu}/u)
    }
  })

  it('find the same cues in a text whatever its case', () => {
    const text = 'O utilizador está a fazer o registo do ficheiro; o usuário está fazendo o cadastro do arquivo.'
    expect(identify.identifyVariant(text.toUpperCase())).toEqual(identify.identifyVariant(text))
    expect(identify.identifyVariant(text).cues.length).toBeGreaterThan(2)
  })
})
