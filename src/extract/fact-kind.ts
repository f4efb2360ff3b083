import type { Article, Comparison, EntityValue, FactValue, Sentence } from '../model/index.js'

/** What every fact kind's `find` gets: one article, its sentences, and lazily shared lookups. */
export interface ExtractContext {
  readonly article: Article
  readonly text: string
  readonly sentences: readonly Sentence[]
  /** The publication date (UTC midnight) when the article has a parsable one: relative dates resolve against it. */
  readonly published?: Date
  /** People, organisations, places and designators of the article, computed once (quotes use them for speakers). */
  readonly entities: () => readonly FoundFact<EntityValue>[]
}

/** A fact before it gets its id, sentence and context: a span of `ctx.text` and its value. */
export interface FoundFact<V extends FactValue> {
  readonly start: number
  readonly end: number
  readonly value: V
}

/**
 * One kind of checkable fact. Adding a kind means adding one folder with an object of this shape
 * and one line in `kinds.ts`; shared code never branches on concrete kinds.
 */
export interface FactKind<V extends FactValue> {
  readonly type: V['kind']
  /**
   * When two kinds claim overlapping spans, the higher priority wins:
   * "$190 million" is money, not a number; "Su-35" is a designator, not 35.
   */
  readonly priority: number
  /** Holds other facts inside its span ("a quote holds numbers and names"): it neither claims nor yields characters. */
  readonly container?: boolean
  find(ctx: ExtractContext): FoundFact<V>[]
  compare(a: V, b: V): Comparison
  /** A short human form of the value for explanations ("$190 million (±$0.5 million)", "46%"). */
  describe(value: V): string
}
