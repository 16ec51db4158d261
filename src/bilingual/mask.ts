import {placeholdersOf} from '../text/placeholders.js'
import type {Piece} from './types.js'

/**
 * A piece's text with its placeholders and inline codes masked by U+FFFC,
 * unit for unit (indices stay those of `piece.text`), so that no term or
 * number is read in them: `{model}` names a variable, not a model.
 */
export function maskedText(piece: Piece): string {
  const tokens = placeholdersOf(piece.text, {tags: true, codes: piece.codes})
  if (tokens.length === 0) return piece.text
  const units = piece.text.split('')
  for (const token of tokens) units.fill('\uFFFC', token.start, token.end)
  return units.join('')
}
