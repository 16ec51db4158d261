/**
 * Abbreviations that end in a full stop, lower-cased, without their final
 * stop (`e.g`, `n.º` is not here: its stop is not followed by white space).
 *
 * Three kinds, because a full stop after an abbreviation may or may not also
 * end the sentence:
 * - `leading`: come before what they qualify (titles, `art.`, `Fig.`, `e.g.`):
 *   a sentence never ends on them;
 * - `trailing`: usually close an enumeration (`etc.`): a capitalised word
 *   after them starts a new sentence;
 * - `either`: `U.S.`, `St.`, `et al.`: a new sentence starts only when the next
 *   word is a typical sentence opener (see `starters.ts`);
 * - `suffix`: company suffixes, `a.m.`, `Jr.`: as `either`, and also when the
 *   next word is capitalised and the word after it is not (`Inc. Shares rose`,
 *   but `Inc. CEO Tim Cook`).
 * `numeric` abbreviations (`No.`) are `leading` only before a number.
 */
export interface AbbreviationSet {
  leading: readonly string[]
  trailing: readonly string[]
  either: readonly string[]
  suffix: readonly string[]
  numeric: readonly string[]
}

export const PORTUGUESE_ABBREVIATIONS: AbbreviationSet = {
  leading: [
    'sr', 'sra', 'srs', 'sras', 'srta', 'dr', 'dra', 'drs', 'dras', 'prof', 'profa', 'profs', 'eng', 'enga', 'arq',
    'exmo', 'exma', 'exmos', 'exmas', 'ilmo', 'ilma', 'sto', 'sta', 'pe', 'fr', 'gen', 'cel', 'sarg',
    'art', 'arts', 'cf', 'cfr', 'vs', 'v', 'p', 'pp', 'pág', 'págs', 'pag', 'fl', 'fls', 'fig', 'figs', 'tab',
    'vol', 'vols', 'cap', 'caps', 'séc', 'sécs', 'sec', 'ed', 'n', 'nº', 'núm', 'num', 'nr', 'tel', 'telef', 'av',
    'r', 'pç', 'lg', 'trav', 'ex', 'obs', 'aprox', 'ca', 'i.e', 'e.g', 'p.ex', 'dir', 'esq', 'op', 'cit', 'id', 'ib', 'ibid', 'apud', 'dto', 'dec', 'proc', 'reg', 'def', 'sup', 'inf', 'dist',
    'conc', 'freg', 'pr', 'jan', 'fev', 'abr', 'jun', 'jul', 'ago', 'nov', 'dez'
  ],
  trailing: ['etc'],
  either: ['cia', 'co', 'al', 'máx', 'mín', 'max', 'min'],
  suffix: ['lda', 'ltda', 's.a', 'inc', 'a.c', 'd.c', 'jr'],
  numeric: ['no', 'nos']
}

export const ENGLISH_ABBREVIATIONS: AbbreviationSet = {
  leading: [
    'mr', 'mrs', 'ms', 'messrs', 'mmes', 'dr', 'drs', 'prof', 'profs', 'rev', 'hon', 'gen', 'gov', 'sen', 'rep',
    'col', 'capt', 'cpt', 'lt', 'sgt', 'cmdr', 'adm', 'maj', 'pres', 'supt', 'fr', 'sr', 'mt', 'e.g', 'i.e',
    'cf', 'vs', 'v', 'viz', 'fig', 'figs', 'eq', 'eqs', 'ch', 'chap', 'sec', 'secs', 'art', 'arts', 'p', 'pp',
    'para', 'vol', 'vols', 'ed', 'eds', 'approx', 'ca', 'c', 'est', 'ref', 'refs', 'tel', 'ext', 'dept', 'univ',
    'assn', 'jan', 'feb', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'op', 'cit',
    'ibid', 'id', 'esp', 'incl'
  ],
  trailing: ['etc'],
  either: [
    'co', 'sr', 'st', 'ave', 'blvd', 'rd', 'u.s', 'u.k', 'u.n', 'e.u', 'b.c', 'a.d', 'ph.d', 'm.d', 'b.a', 'm.a',
    'b.sc', 'm.sc', 'al', 'ft', 'min', 'max'
  ],
  suffix: ['inc', 'ltd', 'corp', 'plc', 'llc', 'bros', 'jr', 'a.m', 'p.m'],
  numeric: ['no', 'nos']
}
