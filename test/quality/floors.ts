/**
 * Quality floors: the tests in this folder fail when a figure drops below its floor.
 *
 * How they were measured (2026-11-23, at commit 757b258, `npm run eval`):
 * - Mutation corpus (eval/mutate.ts over eval/originals + examples, 201 derived texts):
 *   `npm run eval -- --only mutations`. Floors sit a little below the measured figure (shown in
 *   the comment), ceilings for faithful rewordings a little above; with 7 to 27 cases a type,
 *   "a little" is about one case.
 * - Shared validation sets: every case of each file, `npm run eval -- --only shared`.
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
  'number-change': { recall: 0.92, precision: 0.95 }, // measured 1.00 / 1.00 (26 cases)
  'money-change': { recall: 0.9, precision: 0.95 }, // 1.00 / 1.00 (15)
  'percent-change': { recall: 0.9, precision: 0.95 }, // 1.00 / 1.00 (13), 0.85 before hedged figures stopped tolerating a whole unit
  'date-change': { recall: 0.9, precision: 0.95 }, // 0.96 / 1.00 (26)
  'name-swap': { recall: 0.94, precision: 0.88 }, // 1.00 / 0.95 (18), 0.89 before a person swapped in where the name speaks elsewhere counted
  'designator-change': { recall: 0.85, precision: 0.95 }, // 1.00 / 1.00 (7)
  'quote-alteration': { recall: 0.93, precision: 0.88 }, // 1.00 / 0.94 (15)
  'quote-speaker-swap': { recall: 0.83, precision: 0.75 }, // 0.92 / 0.82 (12)
  'inserted-sentence': { recall: 0.96, precision: 0.95 }, // 1.00 / 1.00 (27)
}

/** Faithful rewordings: the most cases that may be flagged at the change. */
export const FALSE_ALARM_CEILINGS: Partial<Record<MutationType, number>> = {
  'number-to-words': 0.06, // measured 0 of 18
  'money-rounding': 0.12, // 0 of 9
  paraphrase: 0.14, // 1 of 15
}

/** Over every change and every flag of the corpus. */
export const OVERALL_MUTATION_FLOORS = { recall: 0.97, precision: 0.96 } // measured 1.000 / 0.990

/** The same corpus with each derived text also run word for word by a second outlet (2026-11-24). */
export const SYNDICATED_MUTATION_FLOORS = { recall: 0.97, precision: 0.96 } // measured 1.000 / 0.990 (0.453 recall before copies stopped corroborating)

export interface SharedFloor {
  readonly balancedAccuracy: number
  readonly rocAuc: number
}

/** Every case of each file in ../shared/eval. */
export const SHARED_FLOORS: Record<string, SharedFloor> = {
  // Measured 2026-11-24, session 5 (names no English dictionary holds in lower case, nationalities
  // as places, aliases found as written anywhere, "the first time since" no rank),
  // `npm run eval -- --only shared`.
  'aggrefact-cliff-val.jsonl': { balancedAccuracy: 0.82, rocAuc: 0.835 }, // measured 0.827 / 0.844
  'frank-xsum-val.jsonl': { balancedAccuracy: 0.725, rocAuc: 0.74 }, // 0.732 / 0.749
  'xsumfaith-val.jsonl': { balancedAccuracy: 0.795, rocAuc: 0.815 }, // 0.802 / 0.824
}

/**
 * Rows of examples/harbour-bridge/EXPECTED.md the pipeline does not meet yet: their tests are
 * expected to fail (vitest `it.fails`), so fixing one turns its test red until it is removed here.
 * Key: `${article} ${claim}` for a finding, `relation ${article}` for a relation.
 */
export const KNOWN_GAPS: readonly string[] = []
