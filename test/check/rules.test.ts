import {describe, expect, it} from 'vitest'
import * as check from '../../src/check/index.js'
import {compileGlossary} from '../../src/index.js'
import {checkLines, entry, glossary, term} from './helpers.js'

describe('glosa check: public API', () => {
  it('exports the run, the rules, the configuration and the helpers', () => {
    expect([...check.ruleIds]).toEqual([
      'missing-target-term',
      'deprecated-target-term',
      'inconsistent-translation',
      'do-not-translate',
      'untranslated',
      'number-mismatch',
      'locale-variant',
      'unaligned-segment',
      'duplicated-segment',
      'suppression',
      'placeholder-mismatch',
      'markup-mismatch',
      'repeated-word',
      'unbalanced-brackets-quotes',
      'whitespace-punctuation',
      'length-ratio'
    ])
    for (const name of [
      'CheckRun',
      'checkFiles',
      'loadConfig',
      'planChecks',
      'compileGlob',
      'matchGlob',
      'parseNumber',
      'parseRuleOptions',
      'severityOf'
    ]) {
      expect(typeof (check as Record<string, unknown>)[name], name).toBe('function')
    }
    expect(check.defaultSeverities['missing-target-term']).toBe('error')
    expect(check.defaultSeverities['locale-variant']).toBe('warning')
  })
})

describe('missing-target-term', () => {
  it('is quiet when the approved term is there, in any inflection', () => {
    expect(checkLines('The inference is fast.', 'A inferência é rápida.').summary).toEqual([])
    expect(checkLines('Both inferences are fast.', 'As duas inferências são rápidas.').summary).toEqual([])
  })

  it('reports a source term with no approved target term, on the target line', () => {
    const {summary, messages} = checkLines('Line one.\nThe inference is fast.', 'Linha um.\nA dedução é rápida.')
    // `actual` is what the translation has instead: the aligned sentence.
    expect(summary).toEqual(['pt.txt:2:1 missing-target-term A dedução é rápida. → inferência'])
    expect(messages[0]!.reason).toBe('Expected `inferência` for `inference`, found none')
    expect(messages[0]!.source).toBe('glosa')
    expect((messages[0] as check.CheckMessage).entry).toBe('inference')
    expect(messages[0]!.fatal).toBe(true)
  })

  it('counts occurrences: two mentions need two renderings', () => {
    const {summary, messages} = checkLines('Inference here and inference there.', 'Inferência aqui e dedução ali.')
    expect(summary).toEqual(['pt.txt:1:1 missing-target-term Inferência aqui e dedução ali. → inferência'])
    expect(messages[0]!.reason).toBe('Expected 2 × `inferência` for `Inference`, found 1')
  })

  it('points at an English term left in the Portuguese sentence', () => {
    const {summary} = checkLines('They train frontier models.', 'Treinam frontier models.')
    expect(summary).toEqual(['pt.txt:1:9 missing-target-term frontier models → modelo de fronteira'])
  })

  it('takes an acronym kept from the source as a rendering when the glossary has no Portuguese form of it', () => {
    const run = (target: string) => checkLines('The CAC moved first.', target, {}).summary
    expect(run('A CAC agiu primeiro.')).toEqual([])
    expect(run('O regulador agiu primeiro.')).toEqual([
      'pt.txt:1:1 missing-target-term O regulador agiu primeiro. → Administração do Ciberespaço da China'
    ])
    // Where Portuguese has an acronym of its own, the English one is a missing term.
    expect(checkLines('The EU acts.', 'A EU age.').summary).toEqual(['pt.txt:1:3 missing-target-term EU → UE'])
    expect(checkLines('The EU acts.', 'A UE age.').summary).toEqual([])
  })

  it('uses the target variant’s own term (pt-BR treinamento, pt-PT treino)', () => {
    expect(checkLines('Training is slow.', 'O treino é lento.').summary).toEqual([])
    expect(checkLines('Training is slow.', 'O treinamento é lento.', {targetLang: 'pt-BR'}).summary).toEqual([])
    // The other variant's term is reported once, as a variant: not also as missing.
    expect(checkLines('Training is slow.', 'O treinamento é lento.').summary).toEqual([
      'pt.txt:1:3 locale-variant treinamento → treino'
    ])
  })

  it('follows the entry’s own severity over the run’s', () => {
    const {messages} = checkLines('The chip is new.', 'O processador é novo.')
    expect(messages.map((message) => [message.ruleId, message.fatal])).toEqual([['missing-target-term', undefined]])
    expect(
      checkLines('The chip is new.', 'O processador é novo.', {rules: {'missing-target-term': 'off'}}).messages
    ).toHaveLength(1)
    expect(checkLines('The inference.', 'A dedução.', {rules: {'missing-target-term': 'off'}}).messages).toEqual([])
  })
})

describe('deprecated-target-term', () => {
  it('reports "AI" in Portuguese where the glossary says IA, at the word', () => {
    const {summary, messages} = checkLines('Modern AI needs chips.', 'A AI moderna precisa de chips.')
    expect(summary).toEqual(['pt.txt:1:3 deprecated-target-term AI → IA'])
    expect(messages[0]!.reason).toBe('Unexpected deprecated term `AI`, expected `IA`')
    expect(messages[0]!.place).toEqual({start: {line: 1, column: 3, offset: 2}, end: {line: 1, column: 5, offset: 4}})
  })

  it('accepts the deprecated term as a gloss that names its language: "IA (AI, na sigla em inglês)"', () => {
    expect(
      checkLines('Modern AI needs chips.', 'A IA (AI, na sigla em inglês) moderna precisa de chips.').summary
    ).toEqual([])
    expect(
      checkLines('Modern AI needs chips.', 'A inteligência artificial (do inglês AI) precisa de chips.').summary
    ).toEqual([])
    // Without the language named, the parenthesis uses the term: reported.
    expect(checkLines('Modern AI needs chips.', 'A IA (ou AI) moderna precisa de chips.').summary).toEqual([
      'pt.txt:1:10 deprecated-target-term AI → IA'
    ])
  })

  it('accepts IA and never mistakes the Portuguese "ai" or "aí" for it', () => {
    expect(checkLines('Modern AI needs chips.', 'A IA moderna precisa de chips.').summary).toEqual([])
    expect(checkLines('Look there.', 'Olha, ai e aí.').summary).toEqual([])
  })
})

describe('inconsistent-translation', () => {
  it('reports the rendering used less, pointing to the one used most', () => {
    const {summary, messages} = checkLines(
      'The memory bandwidth is low.\nMore memory bandwidth helps.\nMemory bandwidth matters.',
      'A largura de banda é baixa.\nMais débito de memória ajuda.\nA largura de banda importa.'
    )
    expect(summary).toEqual(['pt.txt:2:6 inconsistent-translation débito de memória → largura de banda'])
    expect(messages[0]!.reason).toBe(
      'Unexpected `débito de memória`, expected `largura de banda`, the translation used 2 times in this run (first at pt.txt:1)'
    )
    expect(messages[0]!.fatal).toBe(false)
  })

  const bandwidth = [
    'The memory bandwidth is low.\nMore memory bandwidth helps.\nMemory bandwidth matters.',
    'A largura de banda é baixa.\nMais débito de memória ajuda.\nA largura de banda importa.'
  ] as const

  it('keeps no uses of terms when the rule is off, so that a run does not grow with them', () => {
    const {run, summary} = checkLines(...bandwidth, {rules: {'inconsistent-translation': 'off'}})
    expect(summary).toEqual([])
    expect(run.consistency.uses).toEqual([])
  })

  it('keeps the uses of an entry whose own severity turns the rule on', () => {
    const own = compileGlossary({
      ...glossary,
      entries: glossary.entries.map((each) =>
        each.id === 'bandwidth' ? {...each, severities: {'inconsistent-translation': 'error'}} : each
      )
    })
    const {run, summary} = checkLines(...bandwidth, {rules: {'inconsistent-translation': 'off'}, matcher: own})
    expect(summary).toEqual(['pt.txt:2:6 inconsistent-translation débito de memória → largura de banda'])
    expect(run.consistency.uses.map((use) => use.actual)).toEqual([
      'largura de banda',
      'débito de memória',
      'largura de banda'
    ])
  })
})

describe('inconsistent-translation by source form', () => {
  const forms = compileGlossary({
    entries: [
      entry('ai-chip', [
        term('AI chip', 'en', 'preferred', {type: 'fullForm'}),
        term('artificial intelligence chip', 'en', 'admitted', {type: 'fullForm'}),
        term('chip de IA', 'pt', 'preferred', {type: 'fullForm'}),
        term('chip de inteligência artificial', 'pt', 'admitted', {type: 'fullForm'})
      ]),
      entry('cac', [
        term('Cyberspace Administration of China', 'en', 'preferred', {type: 'fullForm'}),
        term('CAC', 'en', 'admitted', {type: 'acronym'}),
        term('Administração do Ciberespaço da China', 'pt', 'preferred', {type: 'fullForm'}),
        term('CAC', 'pt', 'admitted', {type: 'acronym'})
      ])
    ]
  })
  const checkForms = (source: string, target: string) =>
    checkLines(source, target, {matcher: forms, langOf: (text) => (/\b(the|is|an)\b/i.test(text) ? 'en' : 'pt')})
      .summary

  it('takes two synonyms rendering two source forms as consistent', () => {
    expect(
      checkForms(
        'An AI chip is fast.\nAn artificial intelligence chip is new.',
        'Um chip de IA é rápido.\nUm chip de inteligência artificial é novo.'
      )
    ).toEqual([])
  })

  it('takes a full form and its abbreviation, together or apart, as consistent', () => {
    expect(
      checkForms(
        'The Cyberspace Administration of China (CAC) rules.\nThe CAC acts.\nThe Cyberspace Administration of China acts.',
        'A Administração do Ciberespaço da China (CAC) regula.\nA CAC age.\nA Administração do Ciberespaço da China age.'
      )
    ).toEqual([])
  })

  it('still reports one source form rendered two ways', () => {
    expect(
      checkForms(
        'An AI chip.\nThe AI chip is fast.\nAn AI chip is new.',
        'Um chip de IA.\nO chip de IA é rápido.\nUm chip de inteligência artificial é novo.'
      )
    ).toEqual(['pt.txt:3:4 inconsistent-translation chip de inteligência artificial → chip de IA'])
  })
})

describe('do-not-translate', () => {
  it('reports a misspelt name where it is (H2O for H20)', () => {
    const {summary, messages} = checkLines('The H20 is a chip.', 'O H2O é um chip.')
    expect(summary).toEqual(['pt.txt:1:3 do-not-translate H2O → H20'])
    expect(messages[0]!.reason).toBe('Unexpected `H2O`, expected `H20`: this name is kept as it is')
  })

  it('never takes another product for a misspelling (H200 beside H20)', () => {
    expect(checkLines('The H20 and the H200.', 'O H20 e o H200.').summary).toEqual([])
    expect(checkLines('The H20 is a chip.', 'O H200 é um chip.').summary).toEqual([
      'pt.txt:1:1 do-not-translate O H200 é um chip. → H20'
    ])
    expect(checkLines('The H20 is slower than the H200.', 'O H2O é mais lento do que o H200.').summary).toEqual([
      'pt.txt:1:3 do-not-translate H2O → H20'
    ])
  })

  it('reports only the misspelt name, not the article before it (A Nvídia for Nvidia)', () => {
    expect(checkLines('Nvidia sells the H20.', 'A Nvídia vende o H20.').summary).toEqual([
      'pt.txt:1:3 do-not-translate Nvídia → Nvidia'
    ])
    expect(checkLines('The H20 is a chip.', 'O novo H2O é um chip.').summary).toEqual([
      'pt.txt:1:8 do-not-translate H2O → H20'
    ])
  })

  it('reports a name that is gone, on the target sentence', () => {
    expect(checkLines('Nvidia sells the H20.', 'A empresa vende o H20.').summary).toEqual([
      'pt.txt:1:1 do-not-translate A empresa vende o H20. → Nvidia'
    ])
  })

  it('accepts the name inflected or in a possessive', () => {
    expect(checkLines('Nvidia’s H20s sell.', 'Os H20 da Nvidia vendem.').summary).toEqual([])
  })
})

describe('untranslated', () => {
  it('reports a sentence left in English, and only that', () => {
    const {summary} = checkLines(
      'The inference is fast.\nThe chips are sold in China today.',
      'A inferência é rápida.\nThe chips are sold in China today.'
    )
    expect(summary).toEqual(['pt.txt:2:1 untranslated'])
  })

  it('reports a sentence in the source language even when reworded', () => {
    const {summary, messages} = checkLines('The chips are sold in China.', 'The chips are being sold in China.')
    expect(summary).toEqual(['pt.txt:1:1 untranslated'])
    expect(messages[0]!.reason).toBe('Unexpected sentence in the source language (en), expected a translation')
  })

  it('trusts a sentence’s language only when it was identified with confidence', () => {
    const unsure = checkLines('The chips are sold in China.', 'The chips are being sold in China.', {
      langOf: () => ({lang: 'en', confidence: 0.4})
    })
    expect(unsure.summary).toEqual([])
    const sure = checkLines('The chips are sold in China.', 'The chips are being sold in China.', {
      langOf: () => ({lang: 'en', confidence: 0.9})
    })
    expect(sure.summary).toEqual(['pt.txt:1:1 untranslated'])
  })

  it('never flags elisions, credits, numbers, URLs or names kept in both files', () => {
    const lines = '(...)\nFT\n[…]\n2024\nNvidia H20\n\uFFFC'
    expect(checkLines(lines, lines).summary).toEqual([])
  })

  it('never reads names written with dots (domains, packages, files) as untranslated words', () => {
    const lines = 'Elmah.io\nNode.js 20+\nsocket.io, express.js\nSixLabors.ImageSharp\nsee the config.yaml file'
    expect(checkLines(lines, lines, {langOf: () => ({lang: 'und', confidence: 0})}).summary).toEqual([
      'pt.txt:5:1 untranslated'
    ])
  })

  it('never reads a name kept as it is as untranslated: lower-case names, emoji codes, names in other scripts, names with "and"', () => {
    // What a translated README keeps: its product's lower-case name, GitHub's :octocat:, the list of its other languages.
    const lines = "giscus\n:octocat:\nStats and R\nالعربية\n日本語\nO'zbek\nБеларуская"
    expect(checkLines(lines, lines, {langOf: () => ({lang: 'und', confidence: 0})}).summary).toEqual([])
    // A single word identical to the source is untranslated when it reads as the source language.
    expect(checkLines('none', 'none', {langOf: () => ({lang: 'en', confidence: 0.7})}).summary).toEqual([
      'pt.txt:1:1 untranslated'
    ])
  })

  it('never calls a sentence untranslated when it is in the target language already (a Portuguese quote in the English source)', () => {
    const quote = '«Estamos a construir o futuro do trabalho», disse a ministra.'
    expect(checkLines(quote, quote, {langOf: () => ({lang: 'pt', confidence: 0.9})}).summary).toEqual([])
  })

  it('never reads a line that only names something (an address, a path, an option) as untranslated', () => {
    const lines =
      'https://spectreconsole.net/\nsupport@example.com\n/usr/local/bin/glosa\nC:\\Program Files\\Tool\\tool.exe\n--dry-run\njoao_m'
    expect(checkLines(lines, lines, {langOf: () => ({lang: 'und', confidence: 0})}).summary).toEqual([])
  })
})

describe('number-mismatch', () => {
  it('reads numbers locale-aware', () => {
    expect(checkLines('It grew 1.5 times, to 2.5%.', 'Cresceu 1,5 vezes, para 2,5 %.').summary).toEqual([])
    expect(checkLines('It costs $1,234.50.', 'Custa 1.234,50 dólares.').summary).toEqual([])
    expect(checkLines('It costs 12,000 dollars.', 'Custa 12 000 dólares.').summary).toEqual([])
    expect(checkLines('He spoke on July 15.', 'Falou a 15 de julho.').summary).toEqual([])
    expect(checkLines('Two people said so.', 'Duas pessoas disseram-no.').summary).toEqual([])
    expect(checkLines('2 people said so.', 'Duas pessoas disseram-no.').summary).toEqual([])
    expect(checkLines('Article 30 is the last.', 'O artigo XXX é o último.').summary).toEqual([])
    expect(checkLines('One hundred and twenty patients came.', 'Vieram 120 pacientes.').summary).toEqual([])
    expect(checkLines('It took 2,500 hours.', 'Levou dois mil e quinhentas horas.').summary).toEqual([])
    expect(checkLines('It took 5 hours.', 'Levou dois e três horas.').summary).toEqual([
      'pt.txt:1:1 number-mismatch → 5'
    ])
    expect(checkLines('Article 30 is the last.', 'O artigo XXIX é o último.').summary).toEqual([
      'pt.txt:1:1 number-mismatch → 30'
    ])
  })

  it('reports a changed number where it is, expecting the source’s', () => {
    const {summary, messages} = checkLines('He spoke on July 15.', 'Falou a 16 de julho.')
    expect(summary).toEqual(['pt.txt:1:9 number-mismatch 16 → 15'])
    expect(messages[0]!.reason).toBe('Unexpected `16`, expected `15` as in the source')
  })

  it('reports a month changed and a number gone', () => {
    expect(checkLines('He spoke on July 15.', 'Falou a 15 de junho.').summary).toEqual([
      'pt.txt:1:15 number-mismatch junho → July'
    ])
    expect(checkLines('It sold 40 chips.', 'Vendeu chips.').summary).toEqual(['pt.txt:1:1 number-mismatch → 40'])
  })

  it('reads numbers glued to letters only to reconcile (IC95%, 5,31vezes), and 0.008 as a decimal everywhere', () => {
    expect(checkLines('It was 56.1% (95%CI 49.4;62.7).', 'Foi de 56,1% (IC95% 49,4;62,7).').summary).toEqual([])
    expect(checkLines('It rose 5.31 times.', 'Aumentou 5,31vezes.').summary).toEqual([])
    expect(checkLines('The p value is 0.008.', 'O valor de p é 0.008.').summary).toEqual([])
  })

  it('allows for sentences the two sides cut differently (a number in the neighbouring pair)', () => {
    const source = 'A total of 613 patients came.\nLesions prevailed at work (54.2%).\nNothing else.'
    const target = 'Avaliaram-se 613 pacientes, com lesões no trabalho (54,2%).\nNada mais.\nFim.'
    expect(checkLines(source, target).summary.filter((message) => message.includes('number'))).toEqual([])
    expect(checkLines('The protocol has 53 items.', 'O protocolo tem 50 itens.').summary).toEqual([
      'pt.txt:1:17 number-mismatch 50 → 53'
    ])
  })

  it('counts months only in dates, and the same digits as the same number', () => {
    expect(
      checkLines('They met in Rio de Janeiro in May.', 'Encontraram-se no Rio de Janeiro em maio.').summary
    ).toEqual([])
    expect(checkLines('It is a framework.', 'É um marco teórico.').summary).toEqual([])
    expect(checkLines('They read 1,000 reports.', 'Leram 1,000 relatórios.').summary).toEqual([])
  })

  it('reads ordinals written as words on either side (the 2nd step = o segundo passo)', () => {
    expect(checkLines('This is the 2nd step.', 'Este é o segundo passo.').summary).toEqual([])
    expect(checkLines('The 4th option is best.', 'A quarta opção é a melhor.').summary).toEqual([])
    expect(checkLines('The sixth run failed.', 'A 6.ª execução falhou.').summary).toEqual([])
    expect(checkLines('The 4th option is best.', 'A quinta opção é a melhor.').summary).toEqual([
      'pt.txt:1:1 number-mismatch → 4th'
    ])
  })

  it('reads clock times on the 12-hour and the 24-hour clock alike', () => {
    expect(checkLines('The meeting is at 3:00 PM.', 'A reunião é às 15h00.').summary).toEqual([])
    expect(checkLines('It opens at 9 a.m. and closes at 5.30 p.m.', 'Abre às 9h e fecha às 17h30.').summary).toEqual([])
    expect(checkLines('It runs at 14:30.', 'Corre às 14h30.').summary).toEqual([])
    expect(checkLines('Call at 10:15 pm.', 'Ligue às 22:15.').summary).toEqual([])
    expect(checkLines('The meeting is at 3:00 PM.', 'A reunião é às 16h00.').summary).toEqual([
      'pt.txt:1:16 number-mismatch 16h00 → 3:00 PM'
    ])
  })

  it('reads decades written with an s (the 1990s, the ’90s) as Portuguese writes them (os anos 90)', () => {
    expect(checkLines('The 1990s were different.', 'Os anos 90 foram diferentes.').summary).toEqual([])
    expect(checkLines('In the ’80s and the 1990s.', 'Nos anos 80 e nos anos 1990.').summary).toEqual([])
    expect(checkLines('The 1990s were different.', 'Os anos 80 foram diferentes.').summary).toEqual([
      'pt.txt:1:9 number-mismatch 80 → 1990s'
    ])
  })

  it('never reads names with digits as numbers', () => {
    expect(checkLines('The H20 and B200.', 'O H20 e o B200.').summary).toEqual([])
  })
})

describe('locale-variant', () => {
  it('reports a Brazilian term or word in a European Portuguese text', () => {
    expect(checkLines('The user is here.', 'O usuário está aqui.').summary).toEqual([
      'pt.txt:1:3 locale-variant usuário → utilizador'
    ])
    expect(checkLines('Save the file.', 'Grave o arquivo no celular.').summary).toEqual([
      'pt.txt:1:20 locale-variant celular → telemóvel'
    ])
  })

  it('reports the reverse in a Brazilian text', () => {
    expect(checkLines('The user is here.', 'O utilizador está aqui.', {targetLang: 'pt-BR'}).summary).toEqual([
      'pt.txt:1:3 locale-variant utilizador → usuário'
    ])
  })

  it('leaves alone the words that are ordinary in both variants in some use', () => {
    // pt-PT "celular" is an adjective (membrana celular); only the noun (o celular) is Brazilian.
    expect(checkLines('The cell membrane.', 'A membrana celular e as membranas celulares.').summary).toEqual([])
    expect(checkLines('My phone.', 'O meu celular.').summary).toEqual(['pt.txt:1:7 locale-variant celular → telemóvel'])
    // pt-PT "trem de aterragem" is the landing gear.
    expect(checkLines('The landing gear.', 'O trem de aterragem.').summary).toEqual([])
    // pt-BR "de facto" is also the Latin phrase after a noun (padrão de facto); "comboio" is a convoy.
    const brazilian = {targetLang: 'pt-BR' as const}
    expect(checkLines('The de facto standard.', 'O padrão de facto.', brazilian).summary).toEqual([])
    expect(checkLines('A truck convoy.', 'Um comboio de caminhões.', brazilian).summary).toEqual([])
    expect(checkLines('In fact, no.', 'De facto, não.', brazilian).summary).toEqual([
      'pt.txt:1:4 locale-variant facto → fato'
    ])
  })

  it('is quiet on each variant’s own words', () => {
    expect(checkLines('The user is here.', 'O utilizador está aqui.').summary).toEqual([])
    expect(checkLines('The user is here.', 'O usuário está aqui.', {targetLang: 'pt-BR'}).summary).toEqual([])
  })
})

describe('unaligned-segment', () => {
  it('reports a source line without a translation in the source file, and an added line in the target', () => {
    const {summary} = checkLines('The inference is fast.\nThe chips are new.', 'A inferência é rápida.')
    expect(summary).toEqual(['en.txt:2:1 unaligned-segment'])
    expect(checkLines('The inference is fast.', 'A inferência é rápida.\nOs chips são novos.').summary).toEqual([
      'pt.txt:2:1 unaligned-segment'
    ])
  })

  it('never reports an elision or a credit on one side only', () => {
    expect(checkLines('The inference is fast.\n(...)\nFT', 'A inferência é rápida.').summary).toEqual([])
  })
})

describe('terms in context', () => {
  it('takes a form after a prefix for the approved term (recriados for criar), and an English noun used as a verb for no term', async () => {
    const {compileGlossary} = await import('../../src/tag/index.js')
    const {parseGlossary} = await import('../../src/glossary/index.js')
    const {CheckRun} = await import('../../src/check/run.js')
    const {linePairs, lineSegments} = await import('../../src/check/segments.js')
    const matcher = compileGlossary(parseGlossary('en\tpt\nto create\tcriar\nhook\tgatilho\n', {format: 'tsv'}))
    const run = (source: string, target: string) => {
      const checkRun = new CheckRun({matcher})
      const pairs = linePairs(
        lineSegments(checkRun.text('en.txt', source, 'en'), matcher, () => 'en'),
        lineSegments(checkRun.text('pt.txt', target, 'pt-PT'), matcher, () => 'pt-PT')
      )
      checkRun.checkPairs(pairs, 'en', 'pt-PT')
      return checkRun.finish().flatMap((file) => file.messages.map((message) => message.ruleId))
    }
    expect(run('They are destroyed and re-created.', 'São destruídos e recriados.')).toEqual([])
    expect(run('They are destroyed and re-created.', 'São destruídos e refeitos.')).toEqual(['missing-target-term'])
    expect(
      run(
        'Lifecycle hooks allow us to programmatically hook into the lifecycle.',
        'Os gatilhos permitem-nos ligar programaticamente ao ciclo de vida.'
      )
    ).toEqual([])
    expect(run('Lifecycle hooks run at each stage.', 'As funções correm em cada fase.')).toEqual([
      'missing-target-term'
    ])
  })
})
