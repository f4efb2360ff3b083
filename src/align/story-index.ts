import type { AnalysedArticle } from '../model/index.js'

/** One sentence of the story as alignment sees it: its unique stems with their weights. */
export interface IndexedSentence {
  /** Position of the sentence in the whole story (all articles' sentences, in order). */
  readonly id: number
  /** Position of the article in the story. */
  readonly article: number
  readonly sentence: number
  readonly terms: ReadonlyMap<string, number>
  /** Sum of the weights of `terms`. */
  readonly weight: number
}

/** Sentences of a story, their term weights (IDF over the story's sentences) and term → sentence postings. */
export interface StoryIndex {
  readonly sentences: readonly (readonly IndexedSentence[])[]
  readonly sentenceCount: number
  readonly postings: ReadonlyMap<string, readonly IndexedSentence[]>
  /** ln(1 + sentences / sentences holding the term): rare terms in this story weigh more. */
  weightOf(term: string): number
}

export function buildStoryIndex(articles: readonly AnalysedArticle[]): StoryIndex {
  const documentFrequency = new Map<string, number>()
  let sentenceCount = 0
  for (const article of articles) {
    for (const stems of article.sentenceTerms) {
      sentenceCount++
      for (const stem of new Set(stems)) documentFrequency.set(stem, (documentFrequency.get(stem) ?? 0) + 1)
    }
  }
  const weightOf = (term: string): number => Math.log(1 + sentenceCount / (documentFrequency.get(term) ?? 1))

  const postings = new Map<string, IndexedSentence[]>()
  let nextId = 0
  const sentences = articles.map((article, articleIndex) =>
    article.sentences.map((_, sentenceIndex) => {
      const terms = new Map<string, number>()
      for (const stem of article.sentenceTerms[sentenceIndex] ?? []) terms.set(stem, weightOf(stem))
      let weight = 0
      for (const value of terms.values()) weight += value
      const indexed: IndexedSentence = { id: nextId++, article: articleIndex, sentence: sentenceIndex, terms, weight }
      for (const stem of terms.keys()) {
        const list = postings.get(stem)
        if (list === undefined) postings.set(stem, [indexed])
        else list.push(indexed)
      }
      return indexed
    }),
  )
  return { sentences, sentenceCount: nextId, postings, weightOf }
}

/** Weight of the terms two sentences share, and how many they are. */
export function sharedWeight(a: IndexedSentence, b: IndexedSentence): { weight: number; count: number } {
  const [small, large] = a.terms.size <= b.terms.size ? [a, b] : [b, a]
  let weight = 0
  let count = 0
  // forEach, not for…of: before V8 optimises it (most runs are short), for…of over a Map makes an
  // entry array and an iterator result per term.
  small.terms.forEach((value, term) => {
    if (large.terms.has(term)) {
      weight += value
      count++
    }
  })
  return { weight, count }
}

/**
 * The rarest terms of a sentence, just enough of them that any sentence sharing none of them
 * cannot reach `floor` of this sentence's weight (prefix filtering): the frequent words of the
 * story ("Vietnam", "said") are never used to find candidates, so cost grows with shared rare terms.
 */
export function candidatePrefix(sentence: IndexedSentence, floor: number): string[] {
  const byRarity = [...sentence.terms].sort((left, right) => right[1] - left[1] || (left[0] < right[0] ? -1 : 1))
  const prefix: string[] = []
  let covered = 0
  for (const [term, value] of byRarity) {
    prefix.push(term)
    covered += value
    if (covered > (1 - floor) * sentence.weight) break
  }
  return prefix
}
