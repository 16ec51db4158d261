/** Count of letters in `text` (a fast path for ASCII, `\p{L}` beyond). */
export function letterCount(text: string): number {
  let count = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) count++
    else if (code >= 0xaa && LETTER.test(text[index] ?? '')) count++
  }
  return count
}

const LETTER = /\p{L}/u

// What marks a run of non-space characters as such a name. Tested run by run: a pattern that
// also matched the run around the mark (\S*…\S*) would backtrack quadratically on a long run.
const ADDRESS_MARK =
  /:\/\/|@[\p{L}\p{N}]|\\|[\p{L}\p{N}]\/[^\s/]*\/|^(?:\/|--?\p{L}|:[a-z0-9_+-]+:)|[\p{L}\p{N}]\.[\p{L}\p{N}]{2}|[\p{L}\p{N}]_[\p{L}\p{N}]/u

// A number with a decimal or grouping point (5.30, 1.234.567), perhaps before punctuation: it counts, it names nothing.
const NUMBER_RUN = /^\p{N}+(?:[.,]\p{N}+)+[.,;:!?)\]]*$/u

// Whether a text may hold such a run at all (most sentences do not): one quick scan first.
const ANY_MARK = /[/\\@_]|:[\w+-]+:|(?:^|\s)--?[^\s\d-]|[^\s.]\.[^\s.)\]"'”’»]{2}/

/**
 * `text` with runs that name something rather than say it blanked out
 * (same length, so offsets hold): web and e-mail
 * addresses, file paths (`/usr/bin`, `C:\\Tools`, `src/index.ts`), dotted
 * names (`tool.exe`, `Node.js`, `spectreconsole.net`), identifiers
 * (`snake_case`), command-line options (`--dry-run`) and emoji codes
 * (`:octocat:`). Their words
 * (`https`, `com`, `blob`, `master`) are no evidence of a language. Initials
 * (`e.g.`, `U.S.`) and "e/ou" are not such runs.
 */
export function withoutAddresses(text: string): string {
  if (!ANY_MARK.test(text)) return text
  return text.replace(/\S+/gu, (run) =>
    ADDRESS_MARK.test(run) && !NUMBER_RUN.test(run) ? ' '.repeat(run.length) : run
  )
}
