import {createHash} from 'node:crypto'

/**
 * A fingerprint that survives unrelated edits: a hash of the rule, a scope
 * (the entry id, or a file) and a text with white space folded. SARIF's
 * `partialFingerprints` and baselines use it with the text of the sentence a
 * finding is in, so that editing elsewhere in the file, or re-wrapping the
 * sentence, leaves it as it was.
 */
export function fingerprint(ruleId: string, scope: string, text: string): string {
  const normal = text.trim().replace(/\s+/g, ' ')
  return createHash('sha256').update(`${ruleId}\u0000${scope}\u0000${normal}`).digest('hex').slice(0, 32)
}
