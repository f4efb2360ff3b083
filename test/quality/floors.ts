/**
 * Quality floors: the tests in this folder fail when a figure drops below its floor.
 *
 * How they were measured (2026-11-23, commit after 74c23ad, `npm run eval`):
 * - Mutation corpus (eval/mutate.ts over eval/originals + examples, 145 derived texts):
 *   `npm run eval -- --only mutations`. Floors sit a little below the measured figure (shown in
 *   the comment), ceilings for faithful rewordings a little above.
 * - Shared validation sets: the first 150 cases of each file (to keep CI short),
 *   `npm run eval -- --only shared --limit 150`.
 * The pipeline is deterministic, so a figure below its floor is a real regression, not noise.
 * When a change raises a figure for good, raise its floor here in the same commit.
 */
import type { MutationType } from '../../eval/mutate.js'

export interface ChangeFloor {
  /** Share of changes flagged at the changed span. */
  readonly recall: number
  /** Flags at the change / all flags on the derived texts of this type. */
  readonly precision: number
}

/** Changes that must be flagged. */
export const CHANGE_FLOORS: Partial<Record<MutationType, ChangeFloor>> = {
  'number-change': { recall: 0.85, precision: 0.9 }, // measured 0.90 / 1.00
  'money-change': { recall: 0.7, precision: 0.8 }, // 0.78 / 0.89
  'percent-change': { recall: 0.7, precision: 0.8 }, // 0.78 / 0.89
  'date-change': { recall: 0.9, precision: 0.9 }, // 0.95 / 1.00
  'name-swap': { recall: 0.6, precision: 0.65 }, // 0.67 / 0.73
  'designator-change': { recall: 0.8, precision: 0.9 }, // 1.00 / 1.00 (5 cases: one miss is 0.8)
  'quote-alteration': { recall: 0.9, precision: 0.9 }, // 1.00 / 1.00
  'quote-speaker-swap': { recall: 0.88, precision: 0.6 }, // 1.00 / 0.68
  'inserted-sentence': { recall: 0.95, precision: 0.9 }, // 1.00 / 1.00
}

/** Faithful rewordings: the most cases that may be flagged at the change. */
export const FALSE_ALARM_CEILINGS: Partial<Record<MutationType, number>> = {
  'number-to-words': 0.16, // measured 0.08 (1 of 13)
  'money-rounding': 0, // 0 of 4
  paraphrase: 0.1, // 0 of 12
}

/** Over every change and every flag of the corpus. */
export const OVERALL_MUTATION_FLOORS = { recall: 0.87, precision: 0.88 } // measured 0.905 / 0.913

/** How many cases of each shared validation file the quality test runs. */
export const SHARED_EVAL_CASES = 150

export interface SharedFloor {
  readonly balancedAccuracy: number
  readonly rocAuc: number
}

/** First 150 cases of each file in ../shared/eval. */
export const SHARED_FLOORS: Record<string, SharedFloor> = {
  'aggrefact-cliff-val.jsonl': { balancedAccuracy: 0.59, rocAuc: 0.62 }, // measured 0.619 / 0.647
  'frank-xsum-val.jsonl': { balancedAccuracy: 0.57, rocAuc: 0.54 }, // 0.605 / 0.575
  'xsumfaith-val.jsonl': { balancedAccuracy: 0.67, rocAuc: 0.67 }, // 0.701 / 0.705
}

/**
 * Rows of examples/harbour-bridge/EXPECTED.md the pipeline does not meet yet: their tests are
 * expected to fail (vitest `it.fails`), so fixing one turns its test red until it is removed here.
 * Key: `${article} ${claim}`.
 */
export const KNOWN_GAPS: readonly string[] = [
  // "Roughly 44,000" is taken for a rounding of "about 41,000": approximate values are matched too loosely.
  '03-bayside-courier-rewrite 44,000',
  // A 230-word retelling of a 610-word report, every sentence reworded, is called a paraphrase.
  'relation 04-harbour-digest-summary',
]
