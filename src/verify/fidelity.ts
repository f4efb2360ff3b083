import type { Finding } from '../model/index.js'
import { FIDELITY_WEIGHTS as W } from './thresholds.js'

/**
 * An article's fidelity in [0, 1] from its findings: 1 when every fact is supported (or it has
 * nothing to check); each conflict costs more than an unsupported fact, and an unsupported
 * statement (a sentence nothing else says) a little more than an unsupported fact.
 */
export function fidelity(findings: readonly Finding[]): number {
  if (findings.length === 0) return 1
  let penalty = 0
  for (const finding of findings) {
    if (finding.status === 'conflict') penalty += W.conflict
    else if (finding.status === 'unsupported') penalty += finding.type === 'statement' ? W.unsupportedStatement : W.unsupportedFact
  }
  return Math.round(Math.max(0, 1 - penalty / findings.length) * 1000) / 1000
}
