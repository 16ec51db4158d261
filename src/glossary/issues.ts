import type {Position} from '../types.js'

/** How much a glossary problem matters: errors fail `glosa glossary lint`. */
export type IssueSeverity = 'error' | 'warning'

/**
 * A problem found in a glossary file that does not stop glosa from using it
 * (an unknown status value, an empty term): readers collect these while
 * parsing, and `lintGlossary` reports them with its own findings.
 */
export interface GlossaryIssue {
  /** Stable kebab-case rule id (`unknown-status`). */
  ruleId: string
  severity: IssueSeverity
  /** Interpolation values for the rule's message (`glossary:lint.<ruleId>`). */
  values: Record<string, string | number>
  /** Where in the glossary file. */
  position?: Position
  /** The entry it is about, if any. */
  entry?: string
}

/** Collects the issues of one parse. */
export class IssueList {
  readonly issues: GlossaryIssue[] = []

  add(ruleId: string, severity: IssueSeverity, values: Record<string, string | number>, position?: Position, entry?: string): void {
    const issue: GlossaryIssue = {ruleId, severity, values}
    if (position) issue.position = position
    if (entry !== undefined) issue.entry = entry
    this.issues.push(issue)
  }
}
