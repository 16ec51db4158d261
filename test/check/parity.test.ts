import {describe, expect, it} from 'vitest'
import {markupTokensOf} from '../../src/check/parity.js'
import {placeholdersOf} from '../../src/text/placeholders.js'
import {checkLines, checkMarkdownPair} from './helpers.js'

const keys = (text: string, tags = true) => placeholdersOf(text, {tags}).map((token) => token.key)
const rules = (source: string, target: string, targetLang: 'pt-PT' | 'pt-BR' = 'pt-PT') =>
  checkLines(source, target, {targetLang, langOf: () => 'pt'}).summary.filter(
    (line) => !/term|untranslated|unaligned/.test(line)
  )

describe('placeholders', () => {
  it('reads printf, ICU, i18next, Python/.NET, template and tag placeholders', () => {
    expect(
      keys(
        '%s of %1$d (%-5.2f) %(name)s %1 {{count}} {{- html}} {{value, number}} $t(app.name) {0} {name} {0:N2} ${user} <b>x</b> <br/>'
      )
    ).toEqual([
      '%s',
      '%1$d',
      '%-5.2f',
      '%(name)s',
      '%1',
      '{{count}}',
      '{{html}}',
      '{{value}}',
      '$t(app.name)',
      '{0}',
      '{name}',
      '{0:N2}'.replace(':N2', ''),
      '${user}',
      '<b>',
      '</b>',
      '<br/>'
    ])
  })

  it('reads a tag as a placeholder only when it is markup: an element, a closing tag, attributes, or closed in the string', () => {
    expect(keys('<b>x</b> <span foreground="red">y</span> <br> <widget>z</widget> <x/>')).toEqual([
      '<b>',
      '</b>',
      '<span>',
      '</span>',
      '<br>',
      '<widget>',
      '</widget>',
      '<x/>'
    ])
    // Usage metavariables and words in angle brackets are translated: `JOIN <channel>`, `<unknown>`, `<Tags File>`.
    expect(keys('JOIN <channel> [<port>], <unknown>, -g <Tags File>')).toEqual([])
  })

  it('never reads prose as a placeholder: a percentage, a plural branch of ICU, JSON-like braces, code spans in documents', () => {
    expect(keys('50% de desconto, 100 % off')).toEqual([])
    expect(keys('{count, plural, one {# file} other {# files}}')).toEqual(['{count}'])
    expect(keys('an object {"a": 1}')).toEqual([])
    expect(keys('write `%s` here', false)).toEqual([])
  })

  it('reports a renamed placeholder where it is, and a missing one on the translation', () => {
    expect(rules('Deleted {{count}} files.', 'Apagados {{cnt}} ficheiros.')).toEqual([
      'pt.txt:1:10 placeholder-mismatch {{cnt}} → {{count}}'
    ])
    expect(rules('Hello %s, you have %d messages.', 'Olá, tem %d mensagens.')).toEqual([
      'pt.txt:1:1 placeholder-mismatch → %s'
    ])
    // Order may change where the language needs it.
    expect(rules('From %1$s to %2$s.', 'Para %2$s de %1$s.')).toEqual([])
  })

  it('takes none of the conversions of a strftime date format for a placeholder: translators adapt it', () => {
    expect(keys('%a %b %e %H:%M:%S %Y')).toEqual([])
    expect(rules('Today %l∶%M %p', 'Hoje %H∶%M')).toEqual([])
    expect(rules('%A %B %d', '%a, %d de %B')).toEqual([])
    // printf alone is still compared: %d and %lu are not date conversions.
    expect(rules('Copied %d of %lu files', 'Copiados %lu ficheiros')).toEqual(['pt.txt:1:1 placeholder-mismatch → %d'])
  })
})

describe('markup', () => {
  it('keeps link targets apart from their language code', () => {
    const link = (text: string) => markupTokensOf(text, {tags: true}).map((token) => token.key)
    expect(link('[a](https://developer.mozilla.org/en-US/docs/Web)')).toEqual(
      link('[b](https://developer.mozilla.org/pt-BR/docs/Web)')
    )
    expect(link('mail me at Ana@Glosa.pt or see https://example.org/x.')).toEqual([
      'email:ana@glosa.pt',
      'link:https://example.org/x'
    ])
  })

  it('leaves out an e-mail address at a domain reserved for examples (RFC 2606), which translators localise', () => {
    const link = (text: string) => markupTokensOf(text, {tags: true}).map((token) => token.key)
    expect(link('(clicktofocus@janedoe.example.com), ana@example.org, bo@host.test')).toEqual([])
  })

  it("takes a link to the same page as the same link: .html or not, a translated heading id, the site in the reader's language", () => {
    expect(rules('See [the guide](/api/app#app-mount).', 'Veja [o guia](/api/app.html#montar-a-app).')).toEqual([])
    expect(
      rules('See [the guide](https://v3-migration.vuejs.org/).', 'Veja [o guia](https://v3-migration.vuejs.org/pt).')
    ).toEqual([])
    // Another page, or another section of an outside page, is another link.
    expect(rules('See [the guide](/api/app).', 'Veja [o guia](/api/options).')).toEqual([
      'pt.txt:1:13 markup-mismatch /api/options → /api/app'
    ])
    expect(rules('See [Pinia](https://pinia.vuejs.org).', 'Veja [Pinia](https://pinia-docs-pt.netlify.app/).')).toEqual(
      []
    )
    expect(
      rules(
        'See [MDN](https://developer.mozilla.org/docs/A#one).',
        'Veja [MDN](https://developer.mozilla.org/docs/A#two).'
      )
    ).toHaveLength(1)
  })

  it("lets a document's translator set a word of the source in code, but not change the code", () => {
    expect(rules('Vue creates vnodes inside iframes.', 'A Vue cria `vnode` dentro de `iframe`.')).toEqual([])
    expect(rules('Vue creates vnodes inside iframes.', 'A Vue cria `vnodes` dentro de `frames`.')).toEqual([
      'pt.txt:1:31 markup-mismatch `frames`'
    ])
    expect(rules('Call `hashchange` first.', 'Chame `hashcache` primeiro.')).toEqual([
      'pt.txt:1:7 markup-mismatch `hashcache` → `hashchange`'
    ])
    expect(rules('Use `provide` here.', 'Use provide aqui.')).toEqual([])
    expect(rules('Call the `.mount()` method with `v-bind:`.', 'Chame o método `app.mount()` com `v-bind`.')).toEqual(
      []
    )
    expect(rules('Read `event.target` here.', 'Leia `event.target.tagName` aqui.')).toEqual([
      'pt.txt:1:6 markup-mismatch `event.target.tagName` → `event.target`'
    ])
  })
})

describe('repeated words, brackets, spacing and punctuation, length', () => {
  it('finds a repeated word unless the source repeats it or it is a name', () => {
    expect(rules('The file is saved.', 'O ficheiro é é guardado.')).toEqual(['pt.txt:1:12 repeated-word é é'])
    expect(rules('Bye bye!', 'Bye bye!')).toEqual([])
    expect(rules('Visit Bora Bora.', 'Visite Bora Bora.')).toEqual([])
    expect(rules('Load it from a CDN.', 'Carregando-a a partir de uma CDN.')).toEqual([])
  })

  it('finds a bracket or quote left open that the source closes', () => {
    expect(rules('See the manual (chapter 2).', 'Veja o manual (capítulo 2.')).toEqual([
      'pt.txt:1:15 unbalanced-brackets-quotes ('
    ])
    expect(rules('Smile :)', 'Sorria :)')).toEqual([])
  })

  it('follows the Portuguese conventions, which differ between pt-PT and pt-BR', () => {
    expect(rules('Note: it is "new".', 'Nota : é «novo».')).toEqual(['pt.txt:1:5 whitespace-punctuation'])
    expect(rules('It is "new".', 'É « novo ».')).toEqual([
      'pt.txt:1:3 whitespace-punctuation',
      'pt.txt:1:9 whitespace-punctuation'
    ])
    expect(rules('It is "new".', 'É «novo».', 'pt-BR')).toEqual(['pt.txt:1:3 whitespace-punctuation'])
    expect(rules('It is "new".', 'É “novo”.', 'pt-BR')).toEqual([])
  })

  it('lets a document set in italics what its source sets in bold, but counts emphasis', () => {
    expect(rules('Use it **if** you must.', 'Use-o *se* for preciso.')).toEqual([])
    expect(rules('Use it **if** you must.', 'Use-o se for preciso.')).toEqual(['pt.txt:1:1 markup-mismatch'])
  })

  it('lets a Markdown heading be put as a question, not a sentence lose its mark', () => {
    const found = checkMarkdownPair(
      '## How It Works\n\nThe compiler reads the file and writes JavaScript.\n',
      '## Como Funciona?\n\nO compilador lê o ficheiro e escreve JavaScript\n'
    )
    expect(found).toEqual(['pt.md:3 whitespace-punctuation'])
  })

  it('lets a paragraph close a sentence its source leaves open, not a heading or list item gain a mark', () => {
    // The source's slip (a sentence left open before a `:::tip` closes), corrected by the translator.
    expect(
      checkMarkdownPair(
        ':::tip\n\nSince 3.3 you can use `defineOptions` to set the component name\n\n:::\n',
        ':::tip\n\nDesde a 3.3 podes usar `defineOptions` para definir o nome do componente.\n\n:::\n'
      )
    ).toEqual([])
    expect(
      checkMarkdownPair(
        '## Options of the compiler\n\n- Reads the whole file\n',
        '## Opções do compilador.\n\n- Lê o ficheiro inteiro.\n'
      )
    ).toEqual(['pt.md:1 whitespace-punctuation', 'pt.md:3 whitespace-punctuation'])
  })

  it('compares final punctuation and double spaces', () => {
    expect(rules('Save the file?', 'Guardar o ficheiro.')).toEqual(['pt.txt:1:19 whitespace-punctuation'])
    expect(rules('Save the file', 'Guardar o  ficheiro')).toEqual(['pt.txt:1:10 whitespace-punctuation'])
    // A document's statement may end in `.`, `:` or `;` as the translator's language prefers.
    expect(rules('Consider the following structure.', 'Considere a seguinte estrutura:')).toEqual([])
    expect(rules('The state, the source of truth;', 'O estado, a fonte da verdade.')).toEqual([])
  })

  it('reports a translation far from the usual length as a warning', () => {
    const {messages} = checkLines('The server keeps the data for an hour.', 'O servidor guarda os dados.', {
      targetLang: 'pt-PT',
      langOf: () => 'pt'
    })
    expect(messages.filter((message) => message.ruleId === 'length-ratio')).toEqual([])
    const long = checkLines(
      'Save the data now.',
      'Guarde os dados agora, antes que o servidor se desligue e tudo o que ainda não foi guardado se perca para sempre.',
      {targetLang: 'pt-PT', langOf: () => 'pt'}
    )
    expect(long.messages.filter((message) => message.ruleId === 'length-ratio')).toEqual([])
    const longer = checkLines(
      'Save all the data now, please.',
      'Guarde os dados agora, antes que o servidor se desligue e tudo o que ainda não foi guardado se perca para sempre.',
      {targetLang: 'pt-PT', langOf: () => 'pt'}
    )
    expect(
      longer.messages.filter((message) => message.ruleId === 'length-ratio').map((message) => message.fatal)
    ).toEqual([false])
  })

  it('counts an acronym the translation spells out as its words', () => {
    const lengthRatio = (source: string, target: string) =>
      checkLines(source, target, {targetLang: 'pt-PT', langOf: () => 'pt'}).messages.filter(
        (message) => message.ruleId === 'length-ratio'
      )
    // 2.4 times as long, all of it the words of `IDEs`.
    expect(
      lengthRatio(
        'It also helps IDEs with auto-completion.',
        'Também ajuda os ambientes de desenvolvimento integrado com a conclusão automática de código.'
      )
    ).toEqual([])
    // As long, with no acronym to account for it: content added.
    expect(
      lengthRatio(
        'It also helps editors with completion.',
        'Também ajuda os editores com a conclusão automática de código e a verificação de tipos durante a escrita.'
      )
    ).toHaveLength(1)
    // An acronym kept on both sides accounts for nothing.
    expect(
      lengthRatio(
        'It also helps IDEs with completion.',
        'Também ajuda os IDEs com a conclusão automática de código e a verificação de tipos durante a escrita.'
      )
    ).toHaveLength(1)
  })
})
