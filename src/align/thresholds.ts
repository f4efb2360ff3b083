/**
 * Every threshold of sentence alignment, in one place, each with the pair that motivates it.
 * Similarities are over content-word stems weighted by their rarity in the story (IDF), so that
 * sharing "Rostec" and "jammers" counts for more than sharing "Vietnam" in a story about Vietnam.
 */
export const ALIGN_THRESHOLDS = {
  /**
   * Near-verbatim: almost the same words and almost the same characters, as when one outlet fixes
   * a typo or changes one word: "The council voted 7-2 on Monday to close the pier." vs
   * "The council voted 7-2 on Tuesday to close the pier." (the changed word is a rare one, so
   * the weighted word overlap drops to about 0.6 while the characters stay 90% the same).
   */
  nearVerbatimTerms: 0.5,
  nearVerbatimCharacters: 0.85,
  /**
   * Paraphrase without any shared fact needs half the (weighted) words in common:
   * "Officials believed the bridge would reopen in spring." vs
   * "Officials were confident the bridge would reopen in the spring."
   */
  paraphraseAlone: 0.5,
  /**
   * A sentence whose fact was changed shares no equal fact with its source, yet is the same
   * sentence when many of its words remain: "“We cannot risk a collapse,” said harbour master
   * Lena Okafor." vs "“We cannot risk a collapse with ships moored,” harbour master Maria Duarte
   * said." (weighted overlap about 0.4, most of the shorter one's words, six words in common).
   */
  paraphraseManyWords: { jaccard: 0.35, containment: 0.5, sharedTerms: 5 },
  /**
   * A reworded sentence that keeps its numbers and names needs fewer shared words:
   * "The city paid $4.2 million for the ferries." vs "For the ferries the city spent $4.2 million."
   * is still the same sentence, while two sentences sharing one common word are not.
   */
  paraphraseWithFacts: 0.25,
  /**
   * A summary sentence folds a longer one: most of its weighted words are contained in the other.
   * "The ferries cost $4.2 million." inside "The two ferries, bought from a Danish yard last year,
   * cost the city $4.2 million."
   */
  containmentWithFacts: 0.6,
  /** Below this many shared content words, two sentences are never linked ("Asked about it, she declined."). */
  minimumSharedTerms: 3,
  /**
   * Lowest weighted overlap any link needs; candidates are generated only from the rarest terms
   * whose weight could still reach it (prefix filtering), so common words never cost a scan.
   */
  candidateFloor: 0.2,
} as const
