import {describe, expect, it} from 'vitest'
import {markupTokensOf, placeholdersOf} from '../../src/check/parity.js'
import {checkLines} from './helpers.js'

const keys = (text: string, tags = true) => placeholdersOf(text, {tags}).map((token) => token.key)
const rules = (source: string, target: string, targetLang: 'pt-PT' | 'pt-BR' = 'pt-PT') =>
  checkLines(source, target, {targetLang, langOf: () => 'pt'}).summary.filter((line) => !/term|untranslated|unaligned/.test(line))

describe('placeholders', () => {
  it('reads printf, ICU, i18next, Python/.NET, template and tag placeholders', () => {
    expect(keys('%s of %1$d (%-5.2f) %(name)s %1 {{count}} {{- html}} {{value, number}} $t(app.name) {0} {name} {0:N2} ${user} <b>x</b> <br/>')).toEqual([
      '%s', '%1$d', '%-5.2f', '%(name)s', '%1', '{{count}}', '{{html}}', '{{value}}', '$t(app.name)', '{0}', '{name}', '{0:N2}'.replace(':N2', ''), '${user}', '<b>', '</b>', '<br/>'
    ])
  })

  it('never reads prose as a placeholder: a percentage, a plural branch of ICU, JSON-like braces, code spans in documents', () => {
    expect(keys('50% de desconto, 100 % off')).toEqual([])
    expect(keys('{count, plural, one {# file} other {# files}}')).toEqual(['{count}'])
    expect(keys('an object {"a": 1}')).toEqual([])
    expect(keys('write `%s` here', false)).toEqual([])
  })

  it('reports a renamed placeholder where it is, and a missing one on the translation', () => {
    expect(rules('Deleted {{count}} files.', 'Apagados {{cnt}} ficheiros.')).toEqual(['pt.txt:1:10 placeholder-mismatch {{cnt}} → {{count}}'])
    expect(rules('Hello %s, you have %d messages.', 'Olá, tem %d mensagens.')).toEqual(['pt.txt:1:1 placeholder-mismatch → %s'])
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
    expect(link('[a](https://developer.mozilla.org/en-US/docs/Web)')).toEqual(link('[b](https://developer.mozilla.org/pt-BR/docs/Web)'))
    expect(link('mail me at Ana@Example.org or see https://example.org/x.')).toEqual(['email:ana@example.org', 'link:https://example.org/x'])
  })
})

describe('repeated words, brackets, spacing and punctuation, length', () => {
  it('finds a repeated word unless the source repeats it or it is a name', () => {
    expect(rules('The file is saved.', 'O ficheiro é é guardado.')).toEqual(['pt.txt:1:12 repeated-word é é'])
    expect(rules('Bye bye!', 'Bye bye!')).toEqual([])
    expect(rules('Visit Bora Bora.', 'Visite Bora Bora.')).toEqual([])
  })

  it('finds a bracket or quote left open that the source closes', () => {
    expect(rules('See the manual (chapter 2).', 'Veja o manual (capítulo 2.')).toEqual(['pt.txt:1:15 unbalanced-brackets-quotes ('])
    expect(rules('Smile :)', 'Sorria :)')).toEqual([])
  })

  it('follows the Portuguese conventions, which differ between pt-PT and pt-BR', () => {
    expect(rules('Note: it is "new".', 'Nota : é «novo».')).toEqual(['pt.txt:1:5 whitespace-punctuation'])
    expect(rules('It is "new".', 'É « novo ».')).toEqual(['pt.txt:1:3 whitespace-punctuation', 'pt.txt:1:9 whitespace-punctuation'])
    expect(rules('It is "new".', 'É «novo».', 'pt-BR')).toEqual(['pt.txt:1:3 whitespace-punctuation'])
    expect(rules('It is "new".', 'É “novo”.', 'pt-BR')).toEqual([])
  })

  it('compares final punctuation and double spaces', () => {
    expect(rules('Save the file?', 'Guardar o ficheiro.')).toEqual(['pt.txt:1:19 whitespace-punctuation'])
    expect(rules('Save the file', 'Guardar o  ficheiro')).toEqual(['pt.txt:1:10 whitespace-punctuation'])
  })

  it('reports a translation far from the usual length as a warning', () => {
    const {messages} = checkLines('The server keeps the data for an hour.', 'O servidor guarda os dados.', {targetLang: 'pt-PT', langOf: () => 'pt'})
    expect(messages.filter((message) => message.ruleId === 'length-ratio')).toEqual([])
    const long = checkLines('Save the data now.', 'Guarde os dados agora, antes que o servidor se desligue e tudo o que ainda não foi guardado se perca para sempre.', {targetLang: 'pt-PT', langOf: () => 'pt'})
    expect(long.messages.filter((message) => message.ruleId === 'length-ratio')).toEqual([])
    const longer = checkLines('Save all the data now, please.', 'Guarde os dados agora, antes que o servidor se desligue e tudo o que ainda não foi guardado se perca para sempre.', {targetLang: 'pt-PT', langOf: () => 'pt'})
    expect(longer.messages.filter((message) => message.ruleId === 'length-ratio').map((message) => message.fatal)).toEqual([false])
  })
})
