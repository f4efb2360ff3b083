import { isBeyondSource, type Finding } from '../model/index.js'
import { FIDELITY_WEIGHTS as W } from './thresholds.js'

/**
 * An article's fidelity in (0, 1] from its findings: 1 when every fact is supported (or it has
 * nothing to check). Each flag costs a weight (a conflict most; a value seen elsewhere in another
 * context least), and the sum is set against the square root of the number of findings: a long
 * article dilutes one invented fact less than in proportion, because one invented fact is one too
 * many whatever the length. Measured on the shared validation sets (ROC AUC of 1 - fidelity, see
 * eval/FIGURES.md), this ranks texts better than the share of flagged findings did.
 */
export function fidelity(findings: readonly Finding[]): number {
  if (findings.length === 0) return 1
  let penalty = 0
  for (const finding of findings) penalty += weightOf(finding)
  return Math.round((1 / (1 + penalty / Math.sqrt(findings.length + 1))) * 1000) / 1000
}

function weightOf(finding: Finding): number {
  if (finding.status === 'conflict') return W.conflict
  if (finding.status !== 'unsupported' || isBeyondSource(finding)) return 0
  if (finding.type === 'statement') return W.unsupportedStatement
  return finding.rule?.endsWith('/other-context') === true ? W.otherContext : W.unsupportedFact
}
