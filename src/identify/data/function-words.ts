/**
 * Frequent words of one language that (almost) never occur in the other,
 * lower-case. Words both languages write alike (`a`, `as`, `no`, `do`, `me`,
 * `era`, roman `i`) are left out: they would count for both.
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
  'agora', 'hoje', 'bem', 'só', 'apenas', 'menos', 'nem', 'direito', 'pessoa', 'pessoas', 'ano', 'anos'
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
  'sorry', 'hello', 'good', 'bad', 'old', 'much', 'many', 'never', 'always', 'again', 'next', 'happened'
]
