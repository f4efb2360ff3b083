import type Database from 'better-sqlite3'

/**
 * The schema as an ordered list of migrations. A database remembers the versions it has applied in
 * `schema_migrations`; opening it applies the missing ones in one transaction. Never edit a
 * released migration: add the next one.
 */
export interface Migration {
  readonly version: number
  readonly description: string
  readonly sql: string
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    description: 'articles with revisions, stories, analyses, clustering sketches, full-text index',
    sql: `
      CREATE TABLE stories (
        id INTEGER PRIMARY KEY,
        size INTEGER NOT NULL DEFAULT 0,
        title TEXT,
        first_published TEXT,
        last_published TEXT,
        last_seen TEXT,
        version INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX stories_size ON stories (size DESC);

      CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL,
        identity TEXT NOT NULL,
        revision INTEGER NOT NULL,
        is_current INTEGER NOT NULL,
        content_hash TEXT NOT NULL,
        story_id INTEGER NOT NULL REFERENCES stories (id),
        title TEXT,
        outlet TEXT,
        published TEXT,
        url TEXT,
        path TEXT,
        language TEXT,
        byline TEXT,
        credits TEXT,
        text TEXT NOT NULL,
        ingested_at TEXT NOT NULL
      );
      -- Also serves "latest revision of this identity" (few rows per identity): one index less to update per insert.
      CREATE UNIQUE INDEX articles_identity_content ON articles (identity, content_hash);
      CREATE INDEX articles_story ON articles (story_id) WHERE is_current = 1;
      CREATE INDEX articles_article_id ON articles (article_id);

      -- What the incremental clusterer needs to rebuild its state without re-reading texts.
      CREATE TABLE sketches (
        article INTEGER PRIMARY KEY REFERENCES articles (id),
        signature BLOB NOT NULL,
        shingle_count INTEGER NOT NULL,
        features BLOB NOT NULL,
        published_ms INTEGER
      );

      CREATE TABLE analyses (
        story_id INTEGER PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE,
        story_version INTEGER NOT NULL,
        result TEXT NOT NULL,
        created_at TEXT NOT NULL
      );

      CREATE VIRTUAL TABLE articles_fts USING fts5 (title, text, content = 'articles', content_rowid = 'id');
    `,
  },
  {
    version: 2,
    description: 'full-text indexing may lag the articles: the highest article id indexed, every lower one indexed too',
    sql: `
      CREATE TABLE fulltext_progress (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        indexed_up_to INTEGER NOT NULL
      );
      -- Until now every article was indexed in the transaction that stored it.
      INSERT INTO fulltext_progress (id, indexed_up_to) VALUES (1, coalesce((SELECT max(id) FROM articles), 0));
    `,
  },
  {
    version: 3,
    description: 'the full-text index merges its segments 16 at a time, not 4',
    // FTS5 merges a level's segments once it holds this many. At 4 a large ingest rewrote each
    // posting list again and again: 16 cut the indexing time of 100,000 articles by 28 %, and a
    // search reads a few more segments (a two-word query stayed under 10 ms).
    sql: `INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 16);`,
  },
]

export function migrate(database: Database.Database): number {
  database.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)')
  const applied = new Set((database.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((row) => row.version))
  const pending = migrations.filter((migration) => !applied.has(migration.version))
  const record = database.prepare('INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)')
  database.transaction(() => {
    for (const migration of pending) {
      database.exec(migration.sql)
      record.run(migration.version, migration.description, new Date().toISOString())
    }
  }).immediate()
  return Math.max(0, ...migrations.map((migration) => migration.version))
}
