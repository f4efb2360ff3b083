import { estimateContainment, estimateJaccard, type Sketch } from './minhash.js'

export interface NearDuplicateOptions {
  /**
   * Estimated Jaccard of shingle sets at or above which two articles are copies or rewrites. Set a
   * little under 0.5 because the 128-bin estimate has a standard error of about 0.045 there: a
   * rewrite with a true Jaccard of 0.5 would otherwise be missed half of the time.
   */
  readonly jaccard?: number
  /** Estimated share of the shorter article found in the longer one at which it is an excerpt. */
  readonly containment?: number
  /** Shingles the shorter article needs before containment counts (a headline is contained in many texts). */
  readonly minShinglesForContainment?: number
}

export const defaultNearDuplicateOptions = { jaccard: 0.45, containment: 0.8, minShinglesForContainment: 30 } as const

/** Verifies an LSH candidate on the whole signature: a copy, a rewrite, or an excerpt. */
export function isNearDuplicate(a: Sketch, b: Sketch, options: NearDuplicateOptions = {}): boolean {
  const jaccardThreshold = options.jaccard ?? defaultNearDuplicateOptions.jaccard
  if (estimateJaccard(a.signature, b.signature) >= jaccardThreshold) return true
  const minShingles = options.minShinglesForContainment ?? defaultNearDuplicateOptions.minShinglesForContainment
  if (Math.min(a.shingleCount, b.shingleCount) < minShingles) return false
  return estimateContainment(a, b) >= (options.containment ?? defaultNearDuplicateOptions.containment)
}
