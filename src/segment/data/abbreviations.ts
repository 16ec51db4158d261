/**
 * Abbreviations that end in a full stop, lower-cased, without their final
 * stop (`e.g`; `n.º` is not here: its stop is not followed by white space).
 *
 * Kinds, because a full stop after an abbreviation may or may not also end
 * the sentence:
 * - `leading`: come before what they qualify and are no ordinary word
 *   (titles, `Fig.`, `e.g.`, `pág.`): a sentence never ends on them;
 * - `numeric`: come before a number and are also ordinary words in one of the
 *   two languages (`art.`, `No.`, `cap.`, `ago.` = agosto / "ago", `dez.` =
 *   dezembro / "ten"): no sentence end before a number, otherwise a full stop
 *   after them is read as after any word;
 * - `trailing`: usually close an enumeration (`etc.`): a capitalised word
 *   after them starts a new sentence;
 * - `either`: `U.S.`, `St.`, `et al.`: a new sentence starts only when the next
 *   word is a typical sentence opener (see `starters.ts`);
 * - `suffix`: company suffixes, `a.m.`, `Jr.`: as `either`, and also when the
 *   next word is capitalised and the word after it is not (`Inc. Shares rose`,
 *   but `Inc. CEO Tim Cook`).
 * Lone letters need no entry: they are read as initials (`W. Lutnick`).
 */
export interface AbbreviationSet {
  leading: readonly string[]
  numeric: readonly string[]
  trailing: readonly string[]
  either: readonly string[]
  suffix: readonly string[]
}

export const PORTUGUESE_ABBREVIATIONS: AbbreviationSet = {
  leading: [
    'sr', 'sra', 'srs', 'sras', 'srta', 'dr', 'dra', 'drs', 'dras', 'prof', 'profa', 'profs', 'eng', 'enga', 'arq',
    'exmo', 'exma', 'exmos', 'exmas', 'ilmo', 'ilma', 'sto', 'sta', 'pe', 'fr', 'gen', 'cel', 'sarg', 'cf', 'cfr',
    'vs', 'pág', 'págs', 'pag', 'fls', 'fig', 'figs', 'vol', 'vols', 'séc', 'sécs', 'nº', 'núm', 'nr', 'tel', 'telef',
    'av', 'pç', 'lg', 'trav', 'obs', 'aprox', 'i.e', 'e.g', 'p.ex', 'esq', 'dto', 'cit', 'ib', 'ibid', 'apud',
    'freg', 'jan', 'fev', 'abr', 'jun', 'jul', 'nov',
    // Titles of office in Brazilian and Portuguese news: Deputado, Desembargador, General, Brigadeiro.
    'dep', 'deps', 'des', 'desa', 'gal', 'brig'
  ],
  numeric: [
    'art', 'arts', 'cap', 'caps', 'n', 'p', 'pp', 'fl', 'tab', 'sec', 'ed', 'ex', 'dir', 'op', 'id', 'ca', 'dec',
    'proc', 'reg', 'def', 'sup', 'inf', 'dist', 'conc', 'pr', 'no', 'nos', 'mar', 'mai', 'ago', 'set', 'out', 'dez',
    'r', 'v'
  ],
  trailing: ['etc'],
  // "Ten." is Tenente, and "ten" an English number that may end a sentence.
  either: ['cia', 'co', 'al', 'máx', 'mín', 'max', 'min', 'ten'],
  suffix: ['lda', 'ltda', 's.a', 'inc', 'a.c', 'd.c', 'jr']
}

export const ENGLISH_ABBREVIATIONS: AbbreviationSet = {
  leading: [
    'mr', 'mrs', 'ms', 'messrs', 'mmes', 'dr', 'drs', 'prof', 'profs', 'rev', 'hon', 'gen', 'gov', 'sen', 'col',
    'capt', 'cpt', 'lt', 'sgt', 'cmdr', 'adm', 'maj', 'pres', 'supt', 'fr', 'sr', 'mt', 'e.g', 'i.e', 'cf', 'vs',
    'viz', 'fig', 'figs', 'eq', 'eqs', 'chap', 'secs', 'vol', 'vols', 'eds', 'approx', 'ref', 'refs', 'tel', 'ext',
    'dept', 'univ', 'assn', 'jan', 'feb', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'cit', 'ibid',
    'esp', 'incl'
  ],
  // Court citations too: "(9th Cir. 1999)", "F. Supp. 2d", "S. Ct. 1234".
  numeric: ['no', 'nos', 'art', 'arts', 'ch', 'sec', 'p', 'pp', 'para', 'ed', 'ca', 'c', 'est', 'op', 'id', 'mar', 'dec', 'v', 'cir', 'supp', 'ct'],
  trailing: ['etc'],
  either: [
    'co', 'sr', 'st', 'ave', 'blvd', 'rd', 'u.s', 'u.k', 'u.n', 'e.u', 'b.c', 'a.d', 'ph.d', 'm.d', 'b.a', 'm.a',
    'b.sc', 'm.sc', 'al', 'ft', 'min', 'max',
    // Titles that may also end a sentence (a sales rep.), and the AP style's US state abbreviations
    // (Calif., Wash.): a sentence ends on them only before an opener. States that are ordinary
    // words in English or Portuguese (Ill., Miss., Mass., Ala., La., Pa.) are left out: "He fell
    // ill. John called" must still split.
    'rep', 'reps', 'sens', 'atty', 'det', 'insp',
    'ariz', 'calif', 'colo', 'conn', 'fla', 'ky', 'mich', 'minn', 'mont', 'neb', 'nev', 'okla', 'tenn', 'vt',
    'wash', 'wis', 'wyo', 'n.h', 'n.j', 'n.m', 'n.y', 'n.c', 'n.d', 's.c', 's.d', 'w.va', 'd.c'
  ],
  suffix: ['inc', 'ltd', 'corp', 'plc', 'llc', 'bros', 'jr', 'a.m', 'p.m']
}
