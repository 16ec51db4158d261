export interface Case {
  /** What the case is about. */
  note: string
  /** The expected sentences; the input is them joined by a space. */
  sentences: string[]
}

export function readCases(lang: 'pt' | 'en'): Case[]
export function runCases(
  cases: Case[],
  split: (text: string) => Array<[number, number]>
): {passed: number; total: number; failures: string[]}
export function intlSentences(text: string, lang: string): Array<[number, number]>
