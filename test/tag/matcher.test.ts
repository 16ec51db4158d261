import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import * as tag from '../../src/tag/index.js'
import {compileGlossary, type TermMatcher} from '../../src/tag/index.js'
import type {Lang} from '../../src/types.js'
import {domain, entry, glossary} from './glossaries.js'

/** The matches of `text` as `surface=entry:kind`, in order. */
function hits(matcher: TermMatcher, text: string, lang?: Lang): string[] {
  return matcher
    .match(text, lang === undefined ? {} : {lang})
    .map((match) => `${text.slice(match.start, match.end)}=${match.entry.id}:${match.kind}`)
}

const matcher = compileGlossary(domain)

describe('the tagger API', () => {
  it('exports compileGlossary, tagTerms, the unit taggers, TermMatcher and the inflection helpers', () => {
    expect(Object.keys(tag).sort()).toEqual(
      [
        'TermMatcher',
        'compileGlossary',
        'englishPlurals',
        'englishSingulars',
        'isCaseSensitive',
        'portuguesePlurals',
        'portugueseSingulars',
        'resourceLanguages',
        'tagResource',
        'tagTerms',
        'tagUnits',
        'unitLanguages'
      ].sort()
    )
  })

  it('gives a matcher with the entries by id and matches as indices into the text', () => {
    expect(matcher.entries.get('h20')?.id).toBe('h20')
    const [match] = matcher.match('O H20 chegou.')
    expect(match).toMatchObject({start: 2, end: 5, kind: 'exact'})
    expect(match?.entry.id).toBe('h20')
    expect(match?.term.text).toBe('H20')
  })
})

describe('whole words with Unicode boundaries', () => {
  it('never finds H20 inside H200, XH20 or H20X, and finds H20s as an inflection', () => {
    expect(hits(matcher, 'H200 XH20 H20X H20s H20')).toEqual([
      'H200=h200:exact',
      'H20s=h20:inflection',
      'H20=h20:exact'
    ])
  })

  it('never finds AI in Portuguese "ai", "aí", "Ai", "Alibaba" or "IA" in "ia"', () => {
    expect(hits(matcher, 'Ai, ai, aí está a Alibaba que ia vender', 'pt-PT')).toEqual(['Alibaba=alibaba:exact'])
    expect(hits(matcher, 'AI e IA', 'pt-PT')).toEqual(['AI=ai:exact', 'IA=ai:exact'])
  })

  it('finds a term starting and ending with an accented letter at both ends of a text', () => {
    expect(hits(matcher, 'Área de transferência')).toEqual(['Área de transferência=clipboard:exact'])
    expect(hits(matcher, 'copiar para a área de transferência')).toEqual(['área de transferência=clipboard:exact'])
  })

  it('finds the hyphenated part of a compound but not a part of a word', () => {
    expect(hits(matcher, 'China-specific chips; Chinatown; inferências')).toEqual([
      'China=china:exact',
      'chips=chip:inflection',
      'inferências=inference:inflection'
    ])
  })
})

describe('URLs, e-mail addresses, file paths and placeholders', () => {
  it('never finds a term inside a URL, an address or a path', () => {
    const text =
      'https://www.cac.gov.cn/CAC www.CAC.org cac.gov.cn/H20 docs/H20.md C:\\H20 press@nvidia.com H20.md nvidia.com'
    expect(hits(matcher, text)).toEqual([])
  })

  it('still finds a term before and after one, and at the end of a sentence', () => {
    expect(hits(matcher, 'the CAC (https://cac.gov.cn) and the CAC.')).toEqual(['CAC=cac:exact', 'CAC=cac:exact'])
  })

  it('never matches across U+FFFC, the placeholder for code and URLs', () => {
    expect(hits(matcher, 'export \uFFFC controls')).toEqual([])
    expect(hits(matcher, '\uFFFCH20\uFFFC')).toEqual(['H20=h20:exact'])
  })
})

describe('longest match, no overlaps', () => {
  it('tags the Cyberspace Administration of China once, not China', () => {
    expect(hits(matcher, 'the Cyberspace Administration of China (CAC) and China')).toEqual([
      'Cyberspace Administration of China=cac:exact',
      'CAC=cac:exact',
      'China=china:exact'
    ])
  })

  it('matches multi-word terms across any white space, hard wraps included', () => {
    expect(hits(matcher, 'lifted export\n   controls on\r\nfrontier\tmodels')).toEqual([
      'export\n   controls=export-controls:exact',
      'frontier\tmodels=frontier-model:inflection'
    ])
  })

  it('does not join the words of a term across punctuation', () => {
    expect(hits(matcher, 'export, controls; frontier. Models')).toEqual([])
  })
})

describe('letter case', () => {
  it('matches a capitalised name in lower or upper case as kind case', () => {
    expect(hits(matcher, 'nvidia NVIDIA Nvidia')).toEqual([
      'nvidia=nvidia:case',
      'NVIDIA=nvidia:case',
      'Nvidia=nvidia:exact'
    ])
  })

  it('matches acronyms and codes with their own case only', () => {
    expect(hits(matcher, 'cac Cac h20 CAC')).toEqual(['CAC=cac:exact'])
  })

  it('matches a phrase with an acronym in any case, as kind case', () => {
    expect(hits(matcher, 'menos cuda cores e CUDA cores')).toEqual([
      'cuda cores=cuda-cores:case',
      'CUDA cores=cuda-cores:exact'
    ])
  })

  it('takes a common noun capitalised at the start of a sentence as exact, in capitals as case', () => {
    expect(hits(matcher, 'Inference. INFERENCE.')).toEqual(['Inference=inference:exact', 'INFERENCE=inference:case'])
  })

  it('follows a term’s own caseSensitive', () => {
    const strict = compileGlossary(glossary(entry('hopper', {en: [{text: 'Hopper', caseSensitive: true}]})))
    expect(hits(strict, 'hopper Hopper')).toEqual(['Hopper=hopper:exact'])
    const loose = compileGlossary(glossary(entry('gpu', {en: [{text: 'GPU', caseSensitive: false}]})))
    expect(hits(loose, 'gpu GPU')).toEqual(['gpu=gpu:case', 'GPU=gpu:exact'])
  })
})

describe('possessives', () => {
  it("tags Nvidia’s and Nvidia's whole, as inflections of Nvidia", () => {
    expect(hits(matcher, "Nvidia’s chips and Nvidia's H20’s")).toEqual([
      'Nvidia’s=nvidia:inflection',
      'chips=chip:inflection',
      "Nvidia's=nvidia:inflection",
      'H20’s=h20:inflection'
    ])
  })

  it('leaves the apostrophe of a plural possessive outside the hit', () => {
    expect(hits(matcher, "the chips' makers")).toEqual(['chips=chip:inflection'])
  })
})

describe('both languages in one sentence', () => {
  it('finds the English term inside a Portuguese sentence', () => {
    expect(hits(matcher, 'os AI players chineses conseguem treinar frontier models', 'pt-PT')).toEqual([
      'AI=ai:exact',
      'frontier models=frontier-model:inflection'
    ])
  })

  it('prefers the term in the sentence’s language when a form is a term in both', () => {
    const [english] = matcher.match('a chip', {lang: 'en'})
    const [portuguese] = matcher.match('um chip', {lang: 'pt-PT'})
    expect(english?.term.lang).toBe('en')
    expect(portuguese?.term.lang).toBe('pt')
  })

  it('prefers a variant’s own terms for pt-BR', () => {
    const [match] = matcher.match('o controle de exportação', {lang: 'pt-BR'})
    expect(match?.term).toMatchObject({text: 'controle de exportação', lang: 'pt-BR'})
  })
})

describe('Unicode normal forms', () => {
  it('matches a word written with combining marks (NFD) as the composed term, whole', () => {
    const decomposed = 'a infere\u0302ncia'
    expect(hits(matcher, decomposed)).toEqual(['infere\u0302ncia=inference:exact'])
  })

  it('matches accented words in any case, the same on every look-up (the second is read straight from the text)', () => {
    const fresh = compileGlossary(domain)
    const text = 'INFERÊNCIA, Inferência e inferências; ÁREA × área'
    const first = hits(fresh, text)
    expect(first).toEqual([
      'INFERÊNCIA=inference:case',
      'Inferência=inference:exact',
      'inferências=inference:inflection'
    ])
    expect(hits(fresh, text)).toEqual(first)
    expect(hits(fresh, 'a Inferência')).toEqual(['Inferência=inference:exact'])
  })

  it('takes the modifier-letter apostrophe ʼ as an apostrophe: Nvidiaʼs is Nvidia’s', () => {
    expect(hits(matcher, 'Nvidiaʼs chips')).toEqual(['Nvidiaʼs=nvidia:inflection', 'chips=chip:inflection'])
  })
})

describe('diacritics', () => {
  it('finds words written without their accents only when asked, as kind diacritics', () => {
    expect(hits(matcher, 'a inferencia e as inferencias')).toEqual([])
    const folding = compileGlossary(domain, {diacritics: true})
    expect(hits(folding, 'a inferencia, as inferencias e a inferência')).toEqual([
      'inferencia=inference:diacritics',
      'inferencias=inference:diacritics',
      'inferência=inference:exact'
    ])
  })

  it('never folds acronyms into ordinary words', () => {
    expect(hits(compileGlossary(domain, {diacritics: true}), 'aí ai AÍ')).toEqual([])
  })
})

describe('listed forms', () => {
  const listed = compileGlossary(
    glossary(
      entry('email', {en: [{text: 'email', variants: ['e-mail']}]}),
      entry('fab', {en: [{text: 'fab', inflections: ['fabbed']}]}),
      entry('cpp', {en: ['C++']}),
      entry('dotnet', {en: ['.NET']})
    )
  )

  it('tags variants (and their inflections) as kind variant, listed inflections as inflection', () => {
    expect(hits(listed, 'an e-mail, two e-mails, one email, a fabbed wafer in fabs')).toEqual([
      'e-mail=email:variant',
      'e-mails=email:variant',
      'email=email:exact',
      'fabbed=fab:inflection',
      'fabs=fab:inflection'
    ])
  })

  it('keeps the punctuation a term ends with: C++ is not C', () => {
    expect(hits(listed, 'C and C++ and C#')).toEqual(['C++=cpp:exact'])
  })

  it('keeps the full stop a term starts with: .NET, whole, and not inside ASP.NET nor NET alone', () => {
    expect(hits(listed, 'We use .NET, not ASP.NET or NET.')).toEqual(['.NET=dotnet:exact'])
  })
})

describe('terms written like addresses', () => {
  const technical = compileGlossary(
    glossary(
      entry('nodejs', {en: ['Node.js']}),
      entry('ab-test', {en: ['A/B test'], pt: ['teste A/B']}),
      entry('chip', {en: ['chip'], pt: ['chip']})
    )
  )

  it('tags a term with a dot or slash of its own, whole (Node.js, A/B test)', () => {
    expect(hits(technical, 'We run Node.js, an A/B test. Um teste A/B.')).toEqual([
      'Node.js=nodejs:exact',
      'A/B test=ab-test:exact',
      'teste A/B=ab-test:exact'
    ])
  })

  it('still tags no part of a URL, e-mail address or path', () => {
    expect(hits(technical, 'See nodejs.org/Node.js, /chip, chip@nvidia.com and https://x.com/A/B test.')).toEqual([])
  })
})

describe('match on any text', () => {
  it('never throws, and returns ordered, non-overlapping whole-word matches inside the text', () => {
    const pieces = fc.oneof(
      fc.string({unit: 'grapheme', maxLength: 6}),
      fc.constantFrom(
        'H20',
        'h20s',
        'Nvidia’s',
        'export',
        ' controls',
        'área de',
        ' transferência',
        '\uFFFC',
        '/',
        '\r\n',
        '**',
        "'s",
        '\uD800',
        'AI',
        'aí'
      )
    )
    fc.assert(
      fc.property(
        fc.array(pieces, {maxLength: 30}),
        fc.constantFrom<Lang | undefined>(undefined, 'en', 'pt-PT', 'und'),
        (parts, lang) => {
          const text = parts.join('')
          let previous = 0
          for (const found of matcher.match(text, lang === undefined ? {} : {lang})) {
            expect(found.start).toBeGreaterThanOrEqual(previous)
            expect(found.end).toBeGreaterThan(found.start)
            expect(found.end).toBeLessThanOrEqual(text.length)
            expect(text.slice(found.start, found.end)).not.toContain('\uFFFC')
            expect(/[\p{L}\p{N}\p{M}]/u.test(text.charAt(found.start - 1))).toBe(false)
            expect(/[\p{L}\p{N}\p{M}]/u.test(text.charAt(found.end))).toBe(false)
            previous = found.end
          }
        }
      ),
      {numRuns: 500}
    )
  })
})
