import Database from 'better-sqlite3'
import { IncrementalClusterer, type Assignment, type IncrementalClusterOptions } from '../cluster/incremental.js'
import type { Article } from '../model/article.js'
import type { AnalysisResult } from '../model/result.js'
import { articleIdentity, contentHash } from './identity.js'
import { indexPendingFullText } from './fulltext.js'
import { migrate } from './migrations.js'
import type {
  AddArticlesOptions,
  AddArticlesResult,
  ArticleDescription,
  ListStoriesOptions,
  SearchHit,
  Store,
  StoreCounts,
  StoredArticle,
  StoryDetail,
  StorySummary,
} from './store.js'

export interface SqliteStoreOptions {
  readonly cluster?: IncrementalClusterOptions
  /** The clock, injected for tests. */
  readonly now?: () => Date
  /**
   * false: this connection never checkpoints the write-ahead log into the database; another
   * connection on the file does (the ingest's full-text indexer, which has the lighter load).
   */
  readonly checkpoint?: boolean
}

/** Opens (creating and migrating when needed) the SQLite corpus at `path`; ':memory:' for a throw-away one. */
export async function openStore(path: string, options: SqliteStoreOptions = {}): Promise<Store> {
  return new SqliteStore(path, options)
}

interface ArticleRow {
  id: number
  article_id: string
  revision: number
  content_hash: string
  story_id: number
  title: string | null
  outlet: string | null
  published: string | null
  url: string | null
  path: string | null
  language: string | null
  byline: string | null
  credits: string | null
  text: string
  ingested_at: string
}

interface StoryRow {
  id: number
  size: number
  title: string | null
  first_published: string | null
  last_published: string | null
  version: number
  updated_at: string
}

interface RevisionRow {
  id: number
  revision: number
  story_id: number
  content_hash: string
}

/** What the first, read-only pass decided for an article that is to be stored. */
interface Plan {
  readonly identity: string
  readonly hash: string
  /** The latest revision stored before this batch. */
  readonly latest: RevisionRow | undefined
  readonly assignment: Assignment
}

interface SketchRow {
  signature: Buffer
  shingle_count: number
  features: Buffer
  published_ms: number | null
  story_id: number
}

export class SqliteStore implements Store {
  private readonly database: Database.Database
  private readonly now: () => Date
  private readonly clusterOptions: IncrementalClusterOptions | undefined
  /** Loaded on the first write: reading commands never pay for it. */
  private clusterer: IncrementalClusterer | undefined
  private readonly statements

  constructor(path: string, options: SqliteStoreOptions = {}) {
    this.database = new Database(path)
    // Only takes effect on a new file. Articles are ~3 KB each: on 4 KB pages nearly every row
    // spills into an overflow page, and each commit writes (and each checkpoint copies) ~3 times
    // more pages. Bench: 16 KB pages cut commit time by half.
    this.database.pragma('page_size = 16384')
    // WAL: readers never block the writer; NORMAL sync is safe against a killed process (not a power cut).
    this.database.pragma('journal_mode = WAL')
    this.database.pragma('synchronous = NORMAL')
    if (options.checkpoint === false) this.database.pragma('wal_autocheckpoint = 0')
    this.database.pragma('foreign_keys = ON')
    // 64 MB of page cache: the FTS index and the story refreshes touch many pages per batch.
    this.database.pragma('cache_size = -65536')
    this.database.pragma('temp_store = MEMORY')
    migrate(this.database)
    this.now = options.now ?? (() => new Date())
    this.clusterOptions = options.cluster
    const prepare = (sql: string) => this.database.prepare(sql)
    this.statements = {
      // Every revision stored under an identity, latest first: one index lookup answers both
      // "is this exact text stored?" and "which revision does it replace?".
      revisions: prepare('SELECT id, revision, story_id, content_hash FROM articles WHERE identity = ? ORDER BY revision DESC'),
      retire: prepare('UPDATE articles SET is_current = 0 WHERE id = ?'),
      // A new story holds one article: its row is written complete, as refreshStory would leave it,
      // instead of inserted empty and refreshed (most articles of a corpus start a story).
      insertStory: prepare(`INSERT INTO stories (id, size, title, first_published, last_published, last_seen, version, created_at, updated_at)
        VALUES (@id, 1, coalesce(@title, substr(substr(@text, 1, instr(@text || char(10), char(10)) - 1), 1, 100)),
        @published, @published, coalesce(@published, @now), 1, @now, @now)`),
      moveArticles: prepare('UPDATE articles SET story_id = ? WHERE story_id = ?'),
      deleteAnalysis: prepare('DELETE FROM analyses WHERE story_id = ?'),
      deleteStory: prepare('DELETE FROM stories WHERE id = ?'),
      insertArticle: prepare(`INSERT INTO articles (article_id, identity, revision, is_current, content_hash, story_id, title, outlet,
        published, url, path, language, byline, credits, text, ingested_at)
        VALUES (@articleId, @identity, @revision, 1, @contentHash, @storyId, @title, @outlet, @published, @url, @path, @language,
        @byline, @credits, @text, @ingestedAt)`),
      insertSketch: prepare('INSERT INTO sketches (article, signature, shingle_count, features, published_ms) VALUES (?, ?, ?, ?, ?)'),
      refreshStory: prepare(`UPDATE stories SET
        (size, first_published, last_published, last_seen) = (SELECT count(*), min(published), max(published),
          max(coalesce(published, ingested_at)) FROM articles WHERE story_id = @id AND is_current = 1),
        title = coalesce(
          (SELECT title FROM articles WHERE story_id = @id AND is_current = 1 AND title IS NOT NULL
           ORDER BY coalesce(published, ingested_at), id LIMIT 1),
          -- Without any title (plain-text files), the first line of the earliest article, cut at 100 characters.
          (SELECT substr(substr(text, 1, instr(text || char(10), char(10)) - 1), 1, 100) FROM articles
           WHERE story_id = @id AND is_current = 1 ORDER BY coalesce(published, ingested_at), id LIMIT 1)),
        version = version + @bump,
        updated_at = @now
        WHERE id = @id`),
      articleByStoreId: prepare('SELECT * FROM articles WHERE id = ?'),
      articleById: prepare('SELECT * FROM articles WHERE article_id = ? AND is_current = 1 ORDER BY id DESC LIMIT 1'),
      story: prepare('SELECT * FROM stories WHERE id = ?'),
      storyArticles: prepare('SELECT * FROM articles WHERE story_id = ? AND is_current = 1 ORDER BY coalesce(published, ingested_at), id'),
      analysis: prepare('SELECT result FROM analyses WHERE story_id = ? AND story_version = ?').pluck(),
      saveAnalysis: prepare(`INSERT INTO analyses (story_id, story_version, result, created_at) VALUES (?, ?, ?, ?)
        ON CONFLICT (story_id) DO UPDATE SET story_version = excluded.story_version, result = excluded.result, created_at = excluded.created_at`),
      search: prepare(`SELECT a.id, a.article_id, a.story_id, a.title, snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet
        FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
        WHERE articles_fts MATCH ? AND a.is_current = 1 ORDER BY bm25(articles_fts) LIMIT ?`),
      counts: prepare(`SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM articles WHERE is_current = 1) AS current,
        (SELECT count(*) FROM stories WHERE size > 0) AS stories`),
      sketches: prepare(`SELECT s.signature, s.shingle_count, s.features, s.published_ms, a.story_id
        FROM sketches s JOIN articles a ON a.id = s.article WHERE a.is_current = 1 ORDER BY a.id`),
      maxStoryId: prepare('SELECT max(id) FROM stories').pluck(),
      maxArticleId: prepare('SELECT max(id) FROM articles').pluck(),
    }
  }

  private loadClusterer(): IncrementalClusterer {
    if (this.clusterer !== undefined) return this.clusterer
    const firstStoryId = ((this.statements.maxStoryId.get() as number | null) ?? 0) + 1
    const clusterer = new IncrementalClusterer(this.clusterOptions, firstStoryId)
    for (const row of this.statements.sketches.iterate() as IterableIterator<SketchRow>) {
      const signature = uint32Array(row.signature)
      clusterer.restore({
        storyId: row.story_id,
        sketch: { signature, shingleCount: row.shingle_count },
        features: uint32Array(row.features),
        ...(row.published_ms !== null && { publishedMs: row.published_ms }),
      })
    }
    this.clusterer = clusterer
    return clusterer
  }

  async addArticles(articles: readonly Article[], described?: readonly ArticleDescription[], options: AddArticlesOptions = {}): Promise<AddArticlesResult> {
    const clusterer = this.loadClusterer()
    const statements = this.statements
    const ingestedAt = this.now().toISOString()
    // First, outside any transaction (reads only): which articles are new or revised, and the
    // story of each. Clustering is most of the CPU time of a write, and a full-text indexer on
    // another connection may hold the write lock meanwhile.
    const lastIdSeen = statements.maxArticleId.get() as number | null
    const plans: (Plan | undefined)[] = []
    let duplicates = 0
    try {
      const hashesInBatch = new Map<string, Set<string>>()
      articles.forEach((article, index) => {
        const description = described?.[index]
        const identity = articleIdentity(article)
        const hash = description?.contentHash ?? contentHash(article)
        const revisions = statements.revisions.all(identity) as RevisionRow[]
        const inBatch = hashesInBatch.get(identity)
        if (inBatch?.has(hash) === true || revisions.some((revision) => revision.content_hash === hash)) {
          duplicates++
          plans.push(undefined)
          return
        }
        if (inBatch === undefined) hashesInBatch.set(identity, new Set([hash]))
        else inBatch.add(hash)
        const assignment = description === undefined ? clusterer.add(article) : clusterer.addDescribed(description.cluster)
        plans.push({ identity, hash, latest: revisions[0], assignment })
      })
      await options.beforeWrite?.()
    } catch (error) {
      this.clusterer = undefined
      throw error
    }
    const write = this.database.transaction(() => {
      let inserted = 0
      let revised = 0
      let newStories = 0
      // Another process wrote since the reads above: look each identity up again.
      const recheck = statements.maxArticleId.get() !== lastIdSeen
      let stale = false
      const touched = new Set<number>()
      /** Stories created by this batch: their rows are already at version 1. */
      const created = new Set<number>()
      /** The row each identity got in this batch, for a later revision in the same batch. */
      const storedInBatch = new Map<string, RevisionRow>()
      articles.forEach((article, index) => {
        const plan = plans[index]
        if (plan === undefined) return
        const { identity, hash, assignment } = plan
        let previous = storedInBatch.get(identity) ?? plan.latest
        if (recheck) {
          const revisions = statements.revisions.all(identity) as RevisionRow[]
          if (revisions.some((revision) => revision.content_hash === hash)) {
            duplicates++
            stale = true
            return
          }
          previous = revisions[0]
        }
        if (previous !== undefined) {
          statements.retire.run(previous.id)
          touched.add(previous.story_id)
          revised++
        } else inserted++
        if (assignment.newStory) {
          statements.insertStory.run({ id: assignment.storyId, title: article.title ?? null, text: article.text, published: article.published ?? null, now: ingestedAt })
          newStories++
          created.add(assignment.storyId)
        }
        for (const merged of assignment.merged) {
          statements.moveArticles.run(assignment.storyId, merged)
          statements.deleteAnalysis.run(merged)
          statements.deleteStory.run(merged)
          touched.delete(merged)
        }
        if (!assignment.newStory) touched.add(assignment.storyId)
        const revision = (previous?.revision ?? 0) + 1
        const row = statements.insertArticle.run({
          articleId: article.id,
          identity,
          revision,
          contentHash: hash,
          storyId: assignment.storyId,
          title: article.title ?? null,
          outlet: article.outlet ?? null,
          published: article.published ?? null,
          url: article.url ?? null,
          path: article.path ?? null,
          language: article.language ?? null,
          byline: article.byline ?? null,
          credits: article.credits === undefined ? null : JSON.stringify(article.credits),
          text: article.text,
          ingestedAt,
        })
        const storeId = Number(row.lastInsertRowid)
        storedInBatch.set(identity, { id: storeId, revision, story_id: assignment.storyId, content_hash: hash })
        const { sketch, features, publishedMs } = assignment.entry
        statements.insertSketch.run(
          storeId,
          bytesOf(sketch.signature),
          sketch.shingleCount,
          bytesOf(features),
          publishedMs ?? null,
        )
      })
      for (const storyId of touched) statements.refreshStory.run({ id: storyId, now: ingestedAt, bump: created.has(storyId) ? 0 : 1 })
      if (options.deferFullText !== true) indexPendingFullText(this.database)
      return { result: { inserted, duplicates, revised, newStories }, stale }
    })
    try {
      const { result, stale } = write.immediate()
      // The clusterer saw an article another process stored first: rebuild it from the database.
      if (stale) this.clusterer = undefined
      return result
    } catch (error) {
      // The clusterer saw articles the database did not keep: rebuild it from what was committed.
      this.clusterer = undefined
      throw error
    }
  }

  async getArticle(id: string | number): Promise<StoredArticle | undefined> {
    const row = (typeof id === 'number' ? this.statements.articleByStoreId.get(id) : this.statements.articleById.get(id)) as ArticleRow | undefined
    return row === undefined ? undefined : storedArticle(row)
  }

  async listStories(options: ListStoriesOptions = {}): Promise<StorySummary[]> {
    const since = options.since
    const limit = options.limit ?? -1
    const rows = this.database
      .prepare(
        `SELECT * FROM stories WHERE size > 0 ${since === undefined ? '' : 'AND last_seen >= @since'}
         ORDER BY size DESC, last_seen DESC, id LIMIT @limit`,
      )
      .all({ limit, ...(since !== undefined && { since }) }) as StoryRow[]
    return rows.map(storySummary)
  }

  async getStory(id: number): Promise<StoryDetail | undefined> {
    const row = this.statements.story.get(id) as StoryRow | undefined
    if (row === undefined || row.size === 0) return undefined
    const rows = this.statements.storyArticles.all(id) as ArticleRow[]
    const saved = this.statements.analysis.get(id, row.version) as string | undefined
    return {
      story: storySummary(row),
      articles: withDistinctIds(rows.map(storedArticle)),
      ...(saved !== undefined && { analysis: JSON.parse(saved) as AnalysisResult }),
    }
  }

  async saveAnalysis(storyId: number, storyVersion: number, result: AnalysisResult): Promise<void> {
    this.statements.saveAnalysis.run(storyId, storyVersion, JSON.stringify(result), this.now().toISOString())
  }

  async search(query: string, options: { readonly limit?: number } = {}): Promise<SearchHit[]> {
    const match = ftsQuery(query)
    if (match === '') return []
    const rows = this.statements.search.all(match, options.limit ?? 20) as { id: number; article_id: string; story_id: number; title: string | null; snippet: string }[]
    return rows.map((row) => ({
      storeId: row.id,
      articleId: row.article_id,
      storyId: row.story_id,
      ...(row.title !== null && { title: row.title }),
      snippet: row.snippet.replace(/\s+/g, ' '),
    }))
  }

  async counts(): Promise<StoreCounts> {
    const row = this.statements.counts.get() as { articles: number; current: number; stories: number }
    return { articles: row.articles, currentArticles: row.current, stories: row.stories }
  }

  async close(): Promise<void> {
    if (this.database.open) this.database.close()
  }
}

/**
 * A user's words as an FTS5 query: every word must appear, each quoted so that "Su-35" or
 * "U.S." are searched as written instead of being read as query syntax.
 */
export function ftsQuery(query: string): string {
  return query
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word))
    .map((word) => `"${word.replace(/"/g, '""')}"`)
    .join(' ')
}

function bytesOf(values: Uint32Array): Buffer {
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength)
}

/** A copy, because a Buffer from SQLite need not be 4-byte aligned. */
function uint32Array(bytes: Buffer): Uint32Array {
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength))
}

function storedArticle(row: ArticleRow): StoredArticle {
  const optional = (field: string, value: string | null) => (value === null ? {} : { [field]: value })
  return {
    id: row.article_id,
    text: row.text,
    storeId: row.id,
    storyId: row.story_id,
    revision: row.revision,
    contentHash: row.content_hash,
    ingestedAt: row.ingested_at,
    ...optional('path', row.path),
    ...optional('url', row.url),
    ...optional('title', row.title),
    ...optional('outlet', row.outlet),
    ...optional('published', row.published),
    ...optional('language', row.language),
    ...optional('byline', row.byline),
    ...(row.credits !== null && { credits: JSON.parse(row.credits) as string[] }),
  }
}

/** Two files named "001.txt" from different folders can share an id; a story needs distinct ones. */
function withDistinctIds(articles: StoredArticle[]): StoredArticle[] {
  const counts = new Map<string, number>()
  for (const article of articles) counts.set(article.id, (counts.get(article.id) ?? 0) + 1)
  return articles.map((article) => ((counts.get(article.id) ?? 0) > 1 ? { ...article, id: `${article.id}#${article.storeId}` } : article))
}

function storySummary(row: StoryRow): StorySummary {
  return {
    id: row.id,
    size: row.size,
    version: row.version,
    updatedAt: row.updated_at,
    ...(row.title !== null && { title: row.title }),
    ...(row.first_published !== null && { firstPublished: row.first_published }),
    ...(row.last_published !== null && { lastPublished: row.last_published }),
  }
}
