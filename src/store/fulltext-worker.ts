/**
 * Worker-thread body of `FullTextIndexer`: its own connection to the corpus, indexing what the
 * ingest's thread has committed while that thread clusters the next batch.
 */
import Database from 'better-sqlite3'
import { parentPort, workerData } from 'node:worker_threads'
import { indexPendingFullText } from './fulltext.js'

const database = new Database((workerData as { file: string }).file, { timeout: 600_000 })
database.pragma('synchronous = NORMAL')
database.pragma('cache_size = -65536')
const indexPending = database.transaction(() => indexPendingFullText(database))

parentPort!.on('message', (request: { id: number }) => {
  try {
    parentPort!.postMessage({ id: request.id, indexed: indexPending.immediate() })
  } catch (error) {
    parentPort!.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) })
  }
})
