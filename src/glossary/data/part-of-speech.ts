/**
 * Word data for inferring a term's part of speech when the glossary does not
 * give it (see ../pos.ts).
 */

/**
 * Portuguese nouns and adjectives that end like an infinitive (-ar, -er,
 * -ir): a term that is one of these is not taken for a verb. Words that are
 * both (`olhar`, `jantar`, `poder`) are in {@link portugueseBoth}.
 */
export const portugueseNotVerbs: ReadonlySet<string> = new Set([
  'lugar', 'mar', 'par', 'bar', 'altar', 'açúcar', 'radar', 'militar', 'familiar', 'similar', 'popular', 'particular',
  'singular', 'titular', 'escolar', 'nuclear', 'solar', 'linear', 'modular', 'molecular', 'celular', 'vulgar', 'polar',
  'lunar', 'muscular', 'tubular', 'circular', 'exemplar', 'auxiliar', 'peculiar', 'polegar', 'lar', 'colar', 'pilar',
  'patamar', 'bilhar', 'hangar', 'néctar', 'ímpar', 'dólar', 'mulher', 'talher', 'qualquer', 'quaisquer', 'chofer',
  'hámster', 'líder', 'hacker', 'poster', 'pôster', 'cluster', 'container', 'contêiner', 'laser', 'scanner', 'banner',
  'player', 'driver', 'server', 'parser', 'router', 'browser', 'buffer', 'handler', 'helper', 'header', 'footer',
  'loader', 'bundler', 'compiler', 'wrapper', 'layer', 'prazer', 'afazer', 'bem-estar', 'azar', 'elixir', 'nadir', 'zéfir', 'sir', 'emir', 'tapir', 'faquir'
])

/** Portuguese words that are verbs and nouns alike: a term that is one of these is ambiguous. */
export const portugueseBoth: ReadonlySet<string> = new Set([
  'olhar', 'jantar', 'andar', 'poder', 'dever', 'ser', 'parecer', 'saber', 'haver', 'colher', 'regular', 'amanhecer',
  'anoitecer', 'entardecer', 'pesar', 'porvir', 'devir'
])

/**
 * English endings of nouns and adjectives only: an English term with one is
 * no verb whatever its translation (`rendering` beside `renderizar` is a
 * mistake of the glossary's, not a verb). Endings verbs share (-er, -ment,
 * -al: `render`, `implement`, `install`) are not here.
 */
export const englishNounEndings = /(?:tion|sion|ness|ity|ism|ist|ship|hood|ing|ics|ous|ful|less|able|ible)$/
