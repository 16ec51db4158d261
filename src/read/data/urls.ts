// URLs and e-mail addresses in plain text: replaced by one U+FFFC in prose so that nothing matches inside them.

/** Bare URLs, `www.` hosts and e-mail addresses. Trailing sentence punctuation is trimmed separately. */
export const URL_PATTERN = /\b(?:(?:https?|ftp|file):\/\/|www\.)[^\s<>"“”«»]+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu

/** Characters a URL does not end with: they belong to the sentence. */
export const URL_TRAILING = /[.,;:!?'"’”)\]}>]+$/u
