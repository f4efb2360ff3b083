import type { FactType } from './fact.js'
import type { TextSpan } from './span.js'

export type FindingStatus = 'supported' | 'conflict' | 'unsupported'
export type FindingType = FactType | 'statement'

export interface Evidence extends TextSpan {
  readonly article: string
}

export interface Finding {
  readonly article: string
  readonly status: FindingStatus
  readonly type: FindingType
  readonly claim: TextSpan
  /** Number of independent articles that support the claim (copies of one source count once). */
  readonly support: number
  readonly evidence: readonly Evidence[]
  /** One line a person can check in seconds. */
  readonly explanation: string
  /** Which rule produced the finding, like a linter's rule id ("number/rounding", "entity/swap"). */
  readonly rule: string
}

/**
 * An unsupported fact beyond the stretch of text a shorter source covers (rule
 * `<type>/beyond-source`, see src/verify/beyond-source.ts): reports list it apart and fidelity
 * does not count it.
 */
export function isBeyondSource(finding: Pick<Finding, 'rule'>): boolean {
  return finding.rule.endsWith('/beyond-source')
}
