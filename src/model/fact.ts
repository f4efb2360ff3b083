import type { Span } from './span.js'

export type FactType = 'number' | 'money' | 'percent' | 'date' | 'entity' | 'quote'

export interface NumberValue {
  readonly kind: 'number'
  readonly value: number
  /** For ranges ("10 to 12"): the bounds; value is their midpoint. */
  readonly low?: number
  readonly high?: number
  /** "about", "nearly", "dozens", "more than": the writer did not mean the exact value. */
  readonly approximate: boolean
  /** "at least 14", "more than 40": the value is a floor. */
  readonly atLeast?: boolean
  /** Place value of the last written significant digit: 1 for "13", 1000 for "13,000", 1e5 for "1.5 million" (its 5 is in the hundred thousands). */
  readonly precision: number
  /** The counted noun, lemmatised, when one follows ("planes", "systems"). */
  readonly unit?: string
  /** A rank rather than a count: "70th anniversary", "third straight win". */
  readonly ordinal?: boolean
  /** A result written as two numbers ("won 2-0", "a 4 - 2 defeat"): both, as written; `value` is the first. */
  readonly score?: readonly [number, number]
}

export interface MoneyValue {
  readonly kind: 'money'
  /** ISO 4217 code when known ("USD"), otherwise the symbol as written. */
  readonly currency: string
  readonly amount: number
  readonly approximate: boolean
  readonly atLeast?: boolean
  /** As for numbers: "$190 million" has precision 1e7 (a trailing zero may be rounding), "$1.9 million" 1e5, "$189,739,535" 1. */
  readonly precision: number
}

export interface PercentValue {
  readonly kind: 'percent'
  readonly value: number
  /** "percentage points" rather than "percent". */
  readonly points: boolean
  readonly approximate: boolean
  readonly atLeast?: boolean
  /** A share written as a fraction ("a third", "two-thirds"): the percentages it stands for; value is the exact share. */
  readonly low?: number
  readonly high?: number
}

export type DateGranularity = 'day' | 'month' | 'year' | 'weekday' | 'season' | 'decade'

export interface DateValue {
  readonly kind: 'date'
  readonly year?: number
  /** 1-12 */
  readonly month?: number
  readonly day?: number
  readonly granularity: DateGranularity
  /** Written relative to the publication date ("last month", "Monday"). */
  readonly relative: boolean
  /** Resolved against the article's publication date (false when unknown: the value is then a guess). */
  readonly resolved: boolean
  /** The relative expression, normalised ("last month", "monday"): unresolved relative dates compare only by it. */
  readonly expression?: string
}

export type EntityCategory = 'person' | 'organization' | 'place' | 'designator' | 'other'

export interface EntityValue {
  readonly kind: 'entity'
  readonly category: EntityCategory
  /** Canonical name: the full name a later mention links to, or the alias's canonical form ("United States"). */
  readonly name: string
  /** Normalised key for matching (lower case, no punctuation, no honorifics). */
  readonly key: string
}

export interface QuoteValue {
  readonly kind: 'quote'
  /** The quoted words, normalised (lower case, straight quotes, single spaces). */
  readonly words: string
  /** Canonical name of the speaker when attributed. */
  readonly speaker?: string
}

export type FactValue = NumberValue | MoneyValue | PercentValue | DateValue | EntityValue | QuoteValue

export interface Fact extends Span {
  /** Unique within a story: `${article}#${index}`. */
  readonly id: string
  readonly article: string
  readonly type: FactType
  readonly text: string
  /** Index of the sentence it sits in. */
  readonly sentence: number
  readonly value: FactValue
  /**
   * Content-word lemmas of the fact's surroundings (its sentence minus the fact itself, nearest
   * words first). Two facts are about the same thing only when their contexts overlap:
   * "1,000 years of Chinese domination" is not "about 1,000 internal Rostec files".
   */
  readonly context: readonly string[]
}

/** How one value stands against another of the same type. */
export type Comparison =
  | 'equal'
  /** Same fact at another precision: "$190 million" vs "$189,739,535", "thirteen" vs "13". */
  | 'compatible'
  /** Same slot, different value. */
  | 'conflict'
  /** Not comparable (different units, different kinds of entity). */
  | 'unrelated'
