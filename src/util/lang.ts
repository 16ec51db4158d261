/** Whether a language code is Portuguese, of either variant or none (`pt`, `pt-PT`, `pt-BR`). */
export function isPortuguese(lang: string): boolean {
  return lang === 'pt' || lang === 'pt-PT' || lang === 'pt-BR'
}
