/**
 * Small numbers written as words. A digit on one side of a pair may be a word
 * on the other ("2 chips" / "dois chips"): `number-mismatch` accepts that.
 * Feminine Portuguese forms are listed too (uma, duas). Words only reconcile a
 * number the other side writes in digits, so ordinals that are also other
 * words (segundo, quarto) are safe here; "meia" (a sock, and half) is left out.
 */
export const numberWords: Record<'en' | 'pt', Record<string, number>> = {
  en: {
    zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
    eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80,
    ninety: 90, hundred: 100, thousand: 1000,
    first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
    half: 0.5, dozen: 12,
    // Portuguese names the weekdays by ordinal (Monday is 2.ª-feira, written `2ª feira`, `2ª`).
    monday: 2, mon: 2, tuesday: 3, tue: 3, wednesday: 4, wed: 4, thursday: 5, thu: 5, friday: 6, fri: 6
  },
  pt: {
    zero: 0, um: 1, uma: 1, dois: 2, duas: 2, três: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8,
    nove: 9, dez: 10, onze: 11, doze: 12, treze: 13, catorze: 14, quatorze: 14, quinze: 15, dezasseis: 16,
    dezesseis: 16, dezassete: 17, dezessete: 17, dezoito: 18, dezanove: 19, dezenove: 19, vinte: 20,
    trinta: 30, quarenta: 40, cinquenta: 50, sessenta: 60, setenta: 70, oitenta: 80, noventa: 90, cem: 100,
    cento: 100, duzentos: 200, duzentas: 200, trezentos: 300, trezentas: 300, quatrocentos: 400,
    quatrocentas: 400, quinhentos: 500, quinhentas: 500, seiscentos: 600, seiscentas: 600, setecentos: 700,
    setecentas: 700, oitocentos: 800, oitocentas: 800, novecentos: 900, novecentas: 900, mil: 1000, primeiro: 1, primeira: 1, terceiro: 3,
    terceira: 3, quinto: 5, dúzia: 12,
    // "3rd-party" is "de terceiros": the plural ordinals reconcile an English ordinal too.
    primeiros: 1, primeiras: 1, terceiros: 3, terceiras: 3,
    // Ordinals that are also other words (segundo "according to", quarto "room", quarta and sexta
    // "Wednesday" and "Friday"): words only ever reconcile digits of the other side, so they are safe.
    segundo: 2, segunda: 2, quarto: 4, quarta: 4, quinta: 5, sexto: 6, sexta: 6, sétimo: 7, sétima: 7, oitavo: 8,
    oitava: 8, nono: 9, nona: 9, décimo: 10, décima: 10
  }
}

/** Words that join the parts of a number written out ("one hundred and twenty", "cento e vinte"). */
export const numberJoiners: Record<'en' | 'pt', readonly string[]> = {
  en: ['and'],
  pt: ['e']
}

/** Ordinal and fractional words: numbers alone, never parts of a longer number. */
export const standaloneNumberWords: readonly string[] = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'half', 'dozen',
  'primeiro', 'primeira', 'segundo', 'segunda', 'terceiro', 'terceira', 'quarto', 'quarta', 'quinto', 'quinta',
  'sexto', 'sexta', 'sétimo', 'sétima', 'oitavo', 'oitava', 'nono', 'nona', 'décimo', 'décima', 'dúzia',
  'primeiros', 'primeiras', 'terceiros', 'terceiras',
  'monday', 'mon', 'tuesday', 'tue', 'wednesday', 'wed', 'thursday', 'thu', 'friday', 'fri'
]
