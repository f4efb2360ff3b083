/**
 * The figures `npm run eval` reports. Written by hand because they are a few lines each and the
 * statistics packages on npm either pull in a whole numeric stack or get ties in ROC AUC wrong.
 */
import type { Span } from '../src/model/span.js'

/** One per-case decision; `actual`/`predicted` true = the derived text is unfaithful (the positive class). */
export interface Decision {
  readonly actual: boolean
  readonly predicted: boolean
}

/**
 * Mean of the true positive rate and the true negative rate: what the published work on the
 * faithfulness sets reports, fair when one class is rare (XSumFaith is 90 % unfaithful).
 * NaN when either class is absent.
 */
export function balancedAccuracy(decisions: readonly Decision[]): number {
  const positives = decisions.filter((decision) => decision.actual)
  const negatives = decisions.filter((decision) => !decision.actual)
  if (positives.length === 0 || negatives.length === 0) return Number.NaN
  const truePositiveRate = positives.filter((decision) => decision.predicted).length / positives.length
  const trueNegativeRate = negatives.filter((decision) => !decision.predicted).length / negatives.length
  return (truePositiveRate + trueNegativeRate) / 2
}

export interface Scored {
  /** Higher = more likely unfaithful. */
  readonly score: number
  /** true = unfaithful (positive class). */
  readonly actual: boolean
}

/**
 * Area under the ROC curve as the Mann-Whitney statistic: the chance that a random positive case
 * scores above a random negative one, ties counting one half (tied scores share their mean rank).
 * NaN when either class is absent.
 */
export function rocAuc(cases: readonly Scored[]): number {
  const positives = cases.filter((item) => item.actual).length
  const negatives = cases.length - positives
  if (positives === 0 || negatives === 0) return Number.NaN
  const sorted = [...cases].sort((a, b) => a.score - b.score)
  let positiveRankSum = 0
  let index = 0
  while (index < sorted.length) {
    let tieEnd = index
    while (tieEnd + 1 < sorted.length && sorted[tieEnd + 1]?.score === sorted[index]?.score) tieEnd += 1
    // Ranks are 1-based: the tie group index..tieEnd shares the mean of ranks index+1..tieEnd+1.
    const meanRank = (index + 1 + tieEnd + 1) / 2
    for (let member = index; member <= tieEnd; member += 1) {
      if (sorted[member]?.actual === true) positiveRankSum += meanRank
    }
    index = tieEnd + 1
  }
  return (positiveRankSum - (positives * (positives + 1)) / 2) / (positives * negatives)
}

/** Half-open spans share at least one character. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end
}

/** Share of gold spans that some found span overlaps; NaN when there are no gold spans. */
export function spanRecall(gold: readonly Span[], found: readonly Span[]): number {
  if (gold.length === 0) return Number.NaN
  return gold.filter((span) => found.some((candidate) => overlaps(span, candidate))).length / gold.length
}

/** tp / (tp + fp); NaN when nothing was flagged. */
export function precision(truePositives: number, falsePositives: number): number {
  const flagged = truePositives + falsePositives
  return flagged === 0 ? Number.NaN : truePositives / flagged
}

/** tp / (tp + fn); NaN when nothing was to be found. */
export function recall(truePositives: number, falseNegatives: number): number {
  const expected = truePositives + falseNegatives
  return expected === 0 ? Number.NaN : truePositives / expected
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

/** "0.812", or "n/a" for NaN: for tables. */
export function formatRate(value: number, digits = 3): string {
  return Number.isNaN(value) ? 'n/a' : value.toFixed(digits)
}
