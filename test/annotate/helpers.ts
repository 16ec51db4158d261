import type {Glossary} from '../../src/glossary/types.js'

/** A small hand-made glossary covering the seed's main concepts. */
export const glossary: Glossary = {
  languages: ['en', 'pt-PT', 'pt-BR'],
  entries: [
    {
      id: 'inference',
      definitions: {
        en: 'Running a trained model to answer requests.',
        'pt-PT': 'Execução de um modelo treinado para responder a pedidos.'
      },
      notes: {},
      sources: [],
      terms: [
        {text: 'inference', lang: 'en', status: 'preferred'},
        {text: 'inferência', lang: 'pt', status: 'preferred'}
      ]
    },
    {
      id: 'ai',
      definitions: {en: 'Artificial intelligence.', 'pt-PT': 'Inteligência artificial.'},
      notes: {},
      sources: [],
      terms: [
        {text: 'AI', lang: 'en', status: 'preferred', type: 'acronym'},
        {text: 'IA', lang: 'pt', status: 'preferred', type: 'acronym'},
        {text: 'AI', lang: 'pt', status: 'deprecated', type: 'acronym'}
      ]
    },
    {
      id: 'h20',
      definitions: {en: 'Nvidia’s China-specific Hopper GPU.', 'pt-PT': 'GPU Hopper da Nvidia para o mercado chinês.'},
      notes: {},
      sources: [],
      doNotTranslate: true,
      terms: [
        {text: 'H20', lang: 'en', status: 'preferred', type: 'productName'},
        {text: 'H20', lang: 'pt', status: 'preferred', type: 'productName'}
      ]
    },
    {
      id: 'export-controls',
      definitions: {
        en: 'Rules restricting exports.',
        'pt-PT': 'Regras que restringem *exportações* <script>alert(1)</script> | `x` [y] _z_.'
      },
      notes: {'pt-PT': 'Também «controlos à exportação».'},
      sources: [],
      terms: [
        {text: 'export controls', lang: 'en', status: 'preferred'},
        {text: 'controlos de exportação', lang: 'pt-PT', status: 'preferred'},
        {text: 'controles de exportação', lang: 'pt-BR', status: 'preferred'}
      ]
    },
    {
      id: 'training',
      definitions: {en: 'Fitting a model’s weights to data.', 'pt-PT': 'Ajuste dos pesos de um modelo aos dados.'},
      notes: {},
      sources: [],
      terms: [
        {text: 'training', lang: 'en', status: 'preferred'},
        {text: 'treino', lang: 'pt-PT', status: 'preferred'},
        {text: 'treinamento', lang: 'pt-BR', status: 'preferred'}
      ]
    }
  ]
}

import remarkDirective from 'remark-directive'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {Nodes, Root} from 'mdast'
import {annotate, type AnnotateOptions} from '../../src/annotate/index.js'
import {readDocument} from '../../src/document/index.js'
import {compileGlossary} from '../../src/tag/index.js'
import type {Format} from '../../src/types.js'

export const matcher = compileGlossary(glossary)

/** Annotate Markdown (or plain text) with the test glossary and no alignment unless given. */
export function annotateText(source: string, options: AnnotateOptions & {format?: Format} = {}): string {
  const {format = 'md', ...rest} = options
  return annotate(readDocument(source, {format}), {glossary: matcher, alignment: null, ...rest})
}

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective)

/** Parse output as CommonMark + GFM (+ directives). */
export function parse(markdown: string): Root {
  return parser.runSync(parser.parse(markdown)) as Root
}

/** Every node of a type in a tree. */
export function nodesOf(tree: Nodes, type: string): Nodes[] {
  const found: Nodes[] = []
  const visit = (node: Nodes): void => {
    if (node.type === type) found.push(node)
    if ('children' in node) for (const child of node.children) visit(child as Nodes)
  }
  visit(tree)
  return found
}
