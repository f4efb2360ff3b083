import type Database from 'better-sqlite3'

/**
 * Full-text indexing of stored articles that are not indexed yet (`fulltext_progress` holds the
 * highest article id indexed; every lower one is indexed too). Run inside a write transaction:
 * the index rows and the new mark commit together, so a killed process leaves nothing indexed
 * twice and nothing skipped for good. Returns the number of articles indexed.
 */
export function indexPendingFullText(database: Database.Database): number {
  const from = database.prepare('SELECT indexed_up_to FROM fulltext_progress WHERE id = 1').pluck().get() as number
  const upTo = (database.prepare('SELECT max(id) FROM articles').pluck().get() as number | null) ?? 0
  if (upTo <= from) return 0
  // One statement for the whole run: the text goes from the table to the index without a round
  // trip through JavaScript. The title as the inline insert gives it ('' when there is none).
  const indexed = database
    .prepare(`INSERT INTO articles_fts (rowid, title, text) SELECT id, coalesce(title, ''), text FROM articles WHERE id > ? AND id <= ? ORDER BY id`)
    .run(from, upTo).changes
  database.prepare('UPDATE fulltext_progress SET indexed_up_to = ? WHERE id = 1').run(upTo)
  return indexed
}
