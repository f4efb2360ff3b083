/**
 * Every threshold of relation classification and fact verification, in one place, each with the
 * case that motivates it.
 */
export const RELATION_THRESHOLDS = {
  /** A copy: nearly every sentence verbatim or near-verbatim, about the source's length. */
  copyVerbatimShare: 0.8,
  copySourceCoverage: 0.8,
  copyLengthRatio: [0.85, 1.2] as const,
  /** An excerpt: mostly verbatim sentences from one run of the source, and shorter than it. */
  excerptVerbatimShare: 0.7,
  excerptMaxLengthRatio: 0.85,
  /** Share of the covered source run that the excerpt actually holds ("paragraphs 1-6 of 40"). */
  excerptRunDensity: 0.6,
  /**
   * A rewrite: most of its sentences (or most of the source's, when the source is itself an
   * excerpt and the rewrite carries on past its end) are aligned, in the source's order.
   */
  paraphraseCoverage: 0.6,
  paraphraseInOrder: 0.7,
  /**
   * …and it re-tells at least this share of the source (of all its sentences, or of the run it
   * covers): a 230-word digest whose every sentence comes from a 610-word report, but which picks
   * 8 of its 27 sentences across the whole report, is a summary of it.
   */
  paraphraseSourceShare: 0.5,
  /** A summary reuses at least this many facts of the source's text (in the source or its rewrites). */
  summaryMinimumSharedFacts: 2,
  /** …or, unattributed, has at least this share of its sentences aligned. */
  summaryUnattributedCoverage: 0.15,
  /**
   * In a story of more articles than this, each is aligned only with the first this many in
   * origin order (and they with all): the cost grows with articles × this, not articles².
   */
  alignmentHubs: 16,
} as const

export const ORIGIN_WEIGHTS = {
  /** Named as the source by the other articles: the strongest sign ("according to The Ledger"). */
  cited: 3,
  /** Share of the story's facts it holds: the original tends to be the fullest account. */
  completeness: 1,
  /** Published first. */
  earliest: 0.5,
  /** Names another article of the story as its own source: it is derived. */
  namesAnotherArticle: -2,
} as const

export const FACT_THRESHOLDS = {
  /**
   * How many context stems (nearest first) take part in matching, each weighted by its nearness:
   * a long sentence may put the shared words far from the number ("26 components for mobile
   * ground-based systems … with a reported cost of $189,739,535").
   */
  contextSize: 16,
  /**
   * Share of the claim's weighted context another fact must share to support it outside an
   * aligned sentence: "46 percent duty on Vietnamese exports" supports "tariff of 46 percent on
   * Vietnamese goods" through "Vietnamese" and "tariff/duty" neighbours, while "1,000 years of
   * domination" shares nothing with "1,000 internal files".
   */
  supportContext: 0.2,
  /** …or this many shared words among each fact's 16 nearest (one fewer when one is among the claim's 4 nearest). */
  supportNearWords: 16,
  supportNearShared: 3,
  /**
   * Same slot, different value, outside an aligned sentence: stricter, and at least two shared
   * words among each fact's nearest neighbours ("47% tariffs on imports" vs "46 percent tariff on goods").
   */
  conflictContext: 0.3,
  conflictNearWords: 4,
  conflictNearShared: 2,
  /** With two of the four nearest words shared, little else needs to agree. */
  conflictNearContext: 0.1,
  /**
   * A swapped name: only in an aligned sentence, with some of the same neighbours
   * ("said Mayor Ruiz on Monday" → "said Mayor Diaz on Monday").
   */
  nameSwapContext: 0.25,
  /** An equal count of at least this, of the same kind of thing, is the same fact wherever it stands. */
  specificCount: 10,
  /** …and so is an equal amount of money of at least this much. */
  specificAmount: 100,
  nameSwapNearWords: 2,
  /** Agreeing (and, apart, differing) facts of one other article kept as candidates, nearest context first. */
  candidatesPerArticle: 4,
  /** Evidence spans kept per finding (the strongest articles first); support counts them all. */
  maximumEvidence: 5,
  /** Below this context (and outside aligned sentences) a fact with another value is not even a candidate. */
  candidateContext: 0.05,
  /** Inside an aligned sentence pair a leftover fact of the same type needs only this much context. */
  alignedConflictContext: 0.05,
} as const

export const STATEMENT_THRESHOLDS = {
  /** Sentences with fewer content words are headings, captions or connectives ("New Alignments"). */
  minimumTerms: 6,
  /**
   * At most this share of the sentence's weighted words found in any one sentence elsewhere.
   * An invented sentence ("On <date>, a fleet arrived in <port>") keeps under 15% of any one
   * sentence's words; a faithful summary sentence often 15-30%, which the next rule rescues.
   * Measured on the shared validation sets (balanced accuracy, AggreFact-CLIFF / FRANK /
   * XSumFaith, 2026-11-24): 0.25 with the article rule at 0.5 gives 0.785 / 0.698 / 0.759;
   * 0.35 with 0.6 gave 0.782 / 0.677 / 0.743, 0.2 with 0.6 gave 0.776 / 0.690 / 0.750.
   */
  maximumContainment: 0.25,
  /**
   * …and at most this share of them anywhere in any one other article: a summary sentence that
   * gathers its words from several sentences of the original is not a new claim (0.4 and 0.7
   * measured lower on all three validation sets).
   */
  maximumArticleContainment: 0.5,
} as const

/**
 * What each flag costs in `fidelity`. Chosen on the shared validation sets (ROC AUC of 1 - fidelity
 * over all three files): conflict 2 / unsupported 1 / statement 0.75 / other context 0.5.
 */
export const FIDELITY_WEIGHTS = {
  conflict: 2,
  unsupportedFact: 1,
  /** A sentence nothing else says: often a faithful summary sentence in other words. */
  unsupportedStatement: 0.75,
  /** The value is in another article, only in another context: weaker evidence of invention. */
  otherContext: 0.5,
} as const
