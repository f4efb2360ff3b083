/**
 * Worker-thread body of `FullTextIndexer`: its own connection to the corpus, indexing what the
 * ingest's thread has committed while that thread clusters the next batch, and checkpointing the
 * write-ahead log (the ingest's connection leaves that to this one).
 */
import Database from 'better-sqlite3'
import { parentPort, workerData } from 'node:worker_threads'
import { indexPendingFullText } from './fulltext.js'

const database = new Database((workerData as { file: string }).file, { timeout: 600_000 })
database.pragma('synchronous = NORMAL')
database.pragma('cache_size = -65536')
// Checkpoints are run here, after each reply, not by whichever commit crosses the threshold.
database.pragma('wal_autocheckpoint = 0')
const indexPending = database.transaction(() => indexPendingFullText(database))

parentPort!.on('message', (request: { id: number }) => {
  try {
    parentPort!.postMessage({ id: request.id, indexed: indexPending.immediate() })
  } catch (error) {
    parentPort!.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) })
    return
  }
  // Copying the log into the database needs no write lock: done after the reply, it runs while
  // the ingest's thread writes its next batch instead of inside a commit on its path.
  database.pragma('wal_checkpoint(PASSIVE)')
})
