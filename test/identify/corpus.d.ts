import type {Block, BlockRole, DocumentLanguages} from '../../src/types.js'

export interface LabelledParagraph {
  role: BlockRole
  text: string
  /** The truth: `en`, `pt-PT` or `pt-BR`. */
  lang: 'en' | 'pt-PT' | 'pt-BR'
}

export interface Measured {
  sentences: number
  sentencesRight: number
  variantBlocks: number
  variantRight: number
  cueOnlyRight: number
  cueOnlyWrong: number
  summary: DocumentLanguages
  errors: string[]
}

export interface Stages {
  splitSentences: (text: string) => Array<[number, number]>
  assignLanguages: (blocks: Block[]) => DocumentLanguages
  identifyVariant: (text: string) => {variant: string}
}

export const UDHR: Array<{code: string; lang: LabelledParagraph['lang']}>
export function udhrParagraphs(code: string): Array<Omit<LabelledParagraph, 'lang'>>
export function seedParagraphs(): LabelledParagraph[]
export function toBlocks(
  paragraphs: Array<Omit<LabelledParagraph, 'lang'>>,
  splitSentences: Stages['splitSentences']
): Block[]
export function measureDocument(paragraphs: LabelledParagraph[], stages: Stages): Measured
export function postAgreementSpelling(text: string): string
export function typescriptMessages(): Array<{en: string; 'pt-BR': string}>
export function labelledDocuments(): Array<{name: string; paragraphs: LabelledParagraph[]}>
