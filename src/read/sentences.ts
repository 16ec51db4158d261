/** Whether `text[start, end)` holds anything but white space and placeholders. */
export function hasContent(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code !== 0xfffc && !isSpaceCode(code)) return true
  }
  return false
}

/** White space as `String.prototype.trim` sees it, by code unit. */
export function isSpaceCode(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/** Whether prose text holds anything but white space and placeholders. */
export function proseHasContent(text: string): boolean {
  return hasContent(text, 0, text.length)
}

const plainWrap = /[ \t]*(?:\r\n|\n|\r)[ \t]*/g
const markdownWrap = /(?:[ \t]*|\\)(?:\r\n|\n|\r)[ \t]*/g

/**
 * A sentence's source with its hard wraps joined by a single space: the line
 * break, the white space around it and, inside block quotes, the `>` markers
 * of the continuation line.
 */
export function joinHardWraps(text: string, options: {markdown: boolean; quoteDepth: number}): string {
  if (!/[\r\n]/.test(text)) return text
  if (options.quoteDepth > 0) {
    const prefix = `(?:[ \\t]*>){0,${options.quoteDepth}}`
    return text.replace(new RegExp(`(?:[ \\t]*|\\\\)(?:\\r\\n|\\n|\\r)${prefix}[ \\t]*`, 'g'), ' ').trim()
  }
  return text.replace(options.markdown ? markdownWrap : plainWrap, ' ')
}
