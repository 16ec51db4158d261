/**
 * Frequent words of one language that (almost) never occur in the other,
 * lower-case: function words, and common verbs and nouns of news and
 * technical prose, so that a Portuguese sentence full of English terms still
 * shows its Portuguese grammar. Words both languages write alike (`a`, `as`,
 * `no`, `do`, `me`, `era`, `use`, `come`, `data`, `tempo`, `total`, roman `i`)
 * are left out: they would count for both.
 */
export const PORTUGUESE_WORDS: readonly string[] = [
  'o', 'os', 'um', 'uma', 'uns', 'umas', 'de', 'da', 'das', 'dos', 'na', 'nas', 'nos', 'num', 'numa', 'ao', 'aos',
  'à', 'às', 'pelo', 'pela', 'pelos', 'pelas', 'em', 'e', 'ou', 'mas', 'que', 'não', 'com', 'sem', 'para', 'por',
  'se', 'é', 'são', 'foi', 'está', 'estão', 'ser', 'estar', 'tem', 'têm', 'há', 'ter', 'mais', 'muito',
  'muita', 'muitos', 'muitas', 'também', 'já', 'ainda', 'quando', 'onde', 'como', 'porque', 'porquê', 'isso',
  'isto', 'este', 'esta', 'estes', 'estas', 'esse', 'essa', 'esses', 'essas', 'aquele', 'aquela', 'ele', 'ela',
  'eles', 'elas', 'eu', 'nós', 'você', 'vocês', 'seu', 'sua', 'seus', 'suas', 'meu', 'minha', 'nosso', 'nossa',
  'todo', 'toda', 'todos', 'todas', 'cada', 'qual', 'quais', 'quem', 'sobre', 'entre', 'até', 'depois', 'antes',
  'sempre', 'nunca', 'ninguém', 'nenhum', 'nenhuma', 'qualquer', 'mesmo', 'mesma', 'outro', 'outra', 'outros',
  'outras', 'pode', 'podem', 'deve', 'devem', 'será', 'seja', 'sejam', 'foram', 'lhe', 'lhes',
  'então', 'assim', 'segundo', 'contra', 'desde', 'durante', 'embora', 'enquanto', 'porém', 'contudo', 'aqui',
  'agora', 'hoje', 'bem', 'só', 'apenas', 'menos', 'nem', 'direito', 'pessoa', 'pessoas', 'ano', 'anos',
  'claro', 'obrigado', 'obrigada', 'bom', 'bons', 'boas', 'dia', 'dias', 'feito', 'feita', 'fazer', 'faz', 'fez',
  'fiz', 'fazem', 'vou', 'vai', 'vão', 'vamos', 'ver', 'vejo', 'disse', 'diz', 'dizer', 'disseram', 'coisa',
  'coisas', 'tudo', 'algo', 'alguém', 'pouco', 'poucos', 'maior', 'maiores', 'menor', 'melhor', 'melhores',
  'pior', 'novo', 'nova', 'novos', 'novas', 'mês', 'meses', 'semana', 'empresa', 'empresas', 'governo', 'país',
  'países', 'mundo', 'vez', 'vezes', 'parte', 'caso', 'forma', 'trabalho', 'lado', 'exemplo', 'através',
  'acordo', 'pois', 'tão', 'tanto', 'ali', 'lá', 'deles', 'delas', 'dele', 'dela', 'nele', 'nela', 'neste',
  'nesta', 'nesse', 'nessa', 'deste', 'desta', 'desse', 'dessa', 'disso', 'disto', 'nisso', 'estava', 'estavam',
  'estou', 'estamos', 'sou', 'somos', 'fui', 'tinha', 'tinham', 'teve', 'tiveram', 'havia', 'ontem', 'amanhã',
  'milhões', 'mercado', 'preço', 'preços', 'vendas', 'entanto', 'além', 'apesar', 'afinal', 'talvez', 'quase',
  'cerca', 'acima', 'abaixo', 'dentro', 'fora', 'perto', 'longe', 'junto', 'seria', 'seriam', 'poderia',
  'deveria', 'pôde', 'precisa', 'quer', 'querem', 'acho', 'penso', 'sei', 'sabe', 'sabem', 'uso', 'dados',
  'escreveu', 'escreve', 'escrito', 'citação', 'adicionar', 'ausente', 'arquivo', 'nome', 'valor', 'usar',
  'permitido', 'esperado', 'encontrado', 'encontrar', 'ler', 'converter', 'tipo', 'tipos'
]

export const ENGLISH_WORDS: readonly string[] = [
  'the', 'of', 'and', 'to', 'in', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'that', 'this', 'these',
  'those', 'it', 'its', 'for', 'with', 'on', 'at', 'by', 'from', 'or', 'but', 'not', 'have', 'has', 'had', 'will',
  'would', 'should', 'could', 'can', 'shall', 'may', 'must', 'he', 'she', 'they', 'we', 'you', 'his', 'her',
  'their', 'our', 'your', 'my', 'them', 'him', 'us', 'which', 'who', 'whom', 'whose', 'what', 'when', 'where',
  'why', 'how', 'there', 'here', 'than', 'then', 'so', 'if', 'about', 'into', 'over', 'after', 'before', 'under',
  'between', 'through', 'against', 'without', 'within', 'also', 'only', 'just', 'very', 'all', 'any', 'some',
  'every', 'each', 'other', 'such', 'yes', 'one', 'two', 'more', 'most', 'said', 'says', 'say', 'according',
  'people', 'does', 'did', 'done', 'make', 'made', 'get', 'got', 'want', 'know', 'new', 'first', 'last',
  'year', 'years', 'time', 'while', 'because', 'however', 'although', 'everyone', 'anyone', 'nobody', 'right',
  'rights', 'whereas', 'an', 'up', 'out', 'off', 'down', 'now', 'still', 'even', 'well', 'back', 'let', 'go',
  'going', 'don', 'doesn', 'didn', 'isn', 'aren', 'wasn', 'won', 'll', 've', 're', 'thank', 'thanks', 'please',
  'sorry', 'hello', 'good', 'bad', 'old', 'much', 'many', 'never', 'always', 'again', 'next', 'happened', 'more',
  'told', 'added', 'asked', 'went', 'came', 'took', 'gave', 'found', 'thought', 'looked', 'seemed', 'felt',
  'became', 'left', 'kept', 'began', 'showed', 'heard', 'meant', 'met', 'paid', 'spoke', 'led', 'grew', 'lost',
  'fell', 'rose', 'sent', 'built', 'spent', 'bought', 'sold', 'wrote', 'known', 'shown', 'given', 'taken',
  'seen', 'become', 'think', 'take', 'see', 'look', 'give', 'find', 'tell', 'show', 'leave', 'feel', 'bring',
  'begin', 'keep', 'hold', 'write', 'hear', 'mean', 'meet', 'pay', 'speak', 'lead', 'grow', 'lose', 'fall',
  'send', 'build', 'understand', 'spend', 'rise', 'buy', 'sell', 'win', 'comment', 'declined', 'company',
  'companies', 'government', 'market', 'markets', 'week', 'month', 'day', 'days', 'today', 'way', 'world',
  'work', 'thing', 'things', 'something', 'nothing', 'everything', 'someone', 'country', 'countries',
  'business', 'billion', 'million', 'percent', 'cent', 'sales', 'shares', 'stock', 'price', 'prices', 'report',
  'reported', 'chief', 'executive', 'officials', 'statement', 'deal', 'trade', 'yesterday', 'tomorrow', 'might',
  'need', 'needs', 'using', 'used', 'like', 'really', 'often', 'already', 'around', 'across', 'toward',
  'towards', 'among', 'until', 'since', 'during', 'above', 'below', 'behind', 'beyond', 'upon', 'whether',
  'either', 'both', 'few', 'less', 'least', 'own', 'same', 'another', 'itself', 'themselves', 'himself',
  'herself', 'anything', 'big', 'small', 'large', 'high', 'low', 'long', 'short', 'young', 'early', 'late',
  'better', 'best', 'worse', 'worst', 'great', 'little', 'second', 'three', 'four', 'five', 'ten', 'hundred',
  'thousand', 'course', 'cannot', 'add', 'read', 'missing', 'expected', 'named', 'name', 'file', 'files', 'contain',
  'contains', 'instead', 'allowed', 'multiple', 'convert', 'enable', 'disable'
]
