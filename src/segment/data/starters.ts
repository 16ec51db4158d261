/**
 * Words that typically open a sentence, lower-cased. After an ambiguous
 * abbreviation (`Inc.`, `U.S.`, an initial) a capitalised word from this list
 * is taken to start a new sentence; any other capitalised word (a name) is not.
 */
export const PORTUGUESE_STARTERS: readonly string[] = [
  'o', 'a', 'os', 'as', 'um', 'uma', 'uns', 'umas', 'e', 'mas', 'porém', 'contudo', 'todavia', 'no', 'na', 'nos',
  'nas', 'num', 'numa', 'em', 'de', 'do', 'da', 'dos', 'das', 'ao', 'à', 'aos', 'às', 'por', 'pelo', 'pela', 'para',
  'com', 'sem', 'se', 'não', 'sim', 'já', 'também', 'ainda', 'assim', 'então', 'depois', 'antes', 'hoje', 'ontem',
  'amanhã', 'agora', 'isto', 'isso', 'aquilo', 'este', 'esta', 'estes', 'estas', 'esse', 'essa', 'esses', 'essas',
  'aquele', 'aquela', 'ele', 'ela', 'eles', 'elas', 'eu', 'tu', 'você', 'vocês', 'nós', 'quando', 'como', 'onde',
  'porque', 'porquê', 'quem', 'qual', 'quais', 'que', 'quanto', 'segundo', 'desde', 'entre', 'sobre', 'após',
  'há', 'houve', 'é', 'foi', 'são', 'era', 'está', 'estão', 'nem', 'ou', 'cada', 'todos', 'todas', 'muitos',
  'muitas', 'alguns', 'algumas', 'outro', 'outra', 'outros', 'outras', 'nenhum', 'nenhuma', 'tudo', 'nada'
]

export const ENGLISH_STARTERS: readonly string[] = [
  'the', 'a', 'an', 'and', 'but', 'or', 'so', 'yet', 'nor', 'in', 'on', 'at', 'of', 'for', 'from', 'to', 'with',
  'by', 'as', 'after', 'before', 'since', 'during', 'while', 'when', 'where', 'why', 'how', 'what', 'who', 'which',
  'if', 'it', 'its', 'he', 'she', 'they', 'we', 'you', 'i', 'his', 'her', 'their', 'our', 'my', 'your', 'this',
  'that', 'these', 'those', 'there', 'here', 'then', 'now', 'today', 'yesterday', 'however', 'meanwhile',
  'moreover', 'furthermore', 'also', 'still', 'thus', 'therefore', 'although', 'though', 'because', 'instead',
  'some', 'many', 'most', 'all', 'each', 'every', 'no', 'not', 'one', 'two', 'shares', 'analysts', 'officials',
  'is', 'was', 'are', 'were', 'has', 'have', 'had', 'do', 'does', 'did', 'can', 'will', 'would', 'should', 'could',
  'let', 'please', 'see', 'according', 'under', 'over', 'about', 'only', 'even', 'such', 'both', 'neither', 'other'
]
