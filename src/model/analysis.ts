import type { Article } from './article.js'
import type { Fact } from './fact.js'
import type { Sentence } from './sentence.js'

/** Per-article output of the per-file pipeline (clean → segment → extract), input to the per-story one. */
export interface AnalysedArticle {
  readonly article: Article
  readonly sentences: readonly Sentence[]
  /** Content-word stems of each sentence, by sentence index: what alignment compares. */
  readonly sentenceTerms: readonly (readonly string[])[]
  readonly facts: readonly Fact[]
}

export type LinkKind = 'verbatim' | 'near-verbatim' | 'paraphrase'

export interface SentenceRef {
  readonly article: string
  readonly sentence: number
}

/** A sentence of one article matched to its closest counterpart in another. */
export interface SentenceLink {
  readonly from: SentenceRef
  readonly to: SentenceRef
  /** In [0, 1]. */
  readonly similarity: number
  readonly kind: LinkKind
}

export interface Alignment {
  readonly links: readonly SentenceLink[]
}
