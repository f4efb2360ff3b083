import type { ClusterEntry } from '../cluster/incremental.js'
import type { Article } from '../model/article.js'
import type { AnalysisResult } from '../model/result.js'
import type { StorySummary } from '../model/story-summary.js'

// The web app shows story summaries: their type lives with the result model, free of the store's imports.
export type { StorySummary } from '../model/story-summary.js'

/**
 * Every read and write of the persistent corpus goes through this interface, so a server-backed
 * store (PostgreSQL) can sit beside the SQLite one without touching the pipeline. Methods are
 * async for that reason even where SQLite answers synchronously.
 */
export interface Store {
  /**
   * Stores a batch in one transaction and clusters it into stories. `described` (one per article,
   * from `DescribePool`) skips recomputing hashes and sketches that worker threads computed.
   */
  addArticles(articles: readonly Article[], described?: readonly ArticleDescription[], options?: AddArticlesOptions): Promise<AddArticlesResult>
  /** The current revision of an article, by its store id (`StoredArticle.storeId`) or by the id it was ingested with. */
  getArticle(id: string | number): Promise<StoredArticle | undefined>
  /** Stories, largest first. */
  listStories(options?: ListStoriesOptions): Promise<StorySummary[]>
  /** A story with the current revision of each of its articles and its saved analysis when still valid. */
  getStory(id: number): Promise<StoryDetail | undefined>
  /** Saves the analysis of a story as it is now (its `version`); a later change to the story makes it stale. */
  saveAnalysis(storyId: number, storyVersion: number, result: AnalysisResult): Promise<void>
  /** Full-text search over titles and texts of current revisions, best first. */
  search(query: string, options?: { readonly limit?: number }): Promise<SearchHit[]>
  /** Counts for summaries and tests. */
  counts(): Promise<StoreCounts>
  close(): Promise<void>
}

export interface AddArticlesOptions {
  /**
   * Leave the new articles out of the full-text index: a `FullTextIndexer` on another connection
   * indexes them after the commit. Without it, the batch's transaction indexes them.
   */
  readonly deferFullText?: boolean
  /**
   * Awaited after the batch is clustered and before its write transaction starts (the ingest
   * waits there for the full-text indexer to release the write lock).
   */
  readonly beforeWrite?: () => Promise<void>
}

export interface AddArticlesResult {
  /** New articles. */
  readonly inserted: number
  /** Articles already stored with the same identity and text: nothing was written. */
  readonly duplicates: number
  /** Articles stored before under the same identity (canonical URL, path or id) whose text changed: stored as a new revision. */
  readonly revised: number
  /** Stories created by this batch. */
  readonly newStories: number
}

export interface StoredArticle extends Article {
  /** The row id: unique across the store, revisions included. */
  readonly storeId: number
  readonly storyId: number
  readonly revision: number
  readonly contentHash: string
  readonly ingestedAt: string
}

export interface ListStoriesOptions {
  /** ISO date: only stories with an article published (or, without a date, ingested) on or after it. */
  readonly since?: string
  readonly limit?: number
}

export interface StoryDetail {
  readonly story: StorySummary
  readonly articles: readonly StoredArticle[]
  /** The saved analysis, present only when it was computed for the story's current version. */
  readonly analysis?: AnalysisResult
}

export interface SearchHit {
  readonly storeId: number
  readonly articleId: string
  readonly storyId: number
  readonly title?: string
  /** The matching passage with the matched words in [brackets]. */
  readonly snippet: string
}

export interface StoreCounts {
  readonly articles: number
  readonly currentArticles: number
  readonly stories: number
}

/** The CPU-bound part of storing an article, computable on another thread. */
export interface ArticleDescription {
  readonly contentHash: string
  readonly cluster: Omit<ClusterEntry, 'storyId'>
}
