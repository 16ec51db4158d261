/**
 * Element names of the markup that program strings hold: HTML's phrasing and
 * common block elements, and Pango's (GTK labels: `<b>`, `<big>`, `<span>`,
 * `<tt>`). An opening `<name>` outside this list, with no attribute and no
 * `</name>` in the same string, is a usage metavariable (`JOIN <channel>`,
 * `<unknown>`), which translators translate, not a tag.
 */
export const MARKUP_ELEMENTS: readonly string[] = Object.freeze([
  'a',
  'abbr',
  'b',
  'big',
  'blockquote',
  'br',
  'cite',
  'code',
  'dd',
  'del',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'pre',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'table',
  'tbody',
  'td',
  'th',
  'thead',
  'tr',
  'tt',
  'u',
  'ul',
  'var'
])

/**
 * Elements whose text is code a reader types or a program reads, kept as it
 * is in a translation: HTML's and Pango's (`<code>`, `<kbd>`, `<tt>`),
 * DocBook's (`<literal>`, `<command>`, `<keycap>`, `<filename>`) and
 * Mallard's (`<cmd>`, `<key>`, `<file>`, `<sys>`), the markup of the GNOME
 * and MATE manuals that PO files hold.
 */
export const CODE_ELEMENTS: readonly string[] = Object.freeze([
  'classname',
  'cmd',
  'code',
  'command',
  'computeroutput',
  'constant',
  'envar',
  'file',
  'filename',
  'function',
  'kbd',
  'key',
  'keycap',
  'keycombo',
  'keysym',
  'literal',
  'option',
  'parameter',
  'samp',
  'sys',
  'tt',
  'userinput',
  'varname'
])
