import type { Worker } from 'node:worker_threads'
import { startWorker } from './start-worker.js'

/**
 * Full-text indexing on a worker thread with its own connection: after each batch the ingest
 * commits, `index()` indexes what is not indexed yet while the ingest's thread clusters the next
 * batch, and the ingest awaits it before its next write (SQLite has one writer at a time). FTS5
 * indexing was the largest single cost of storing an article.
 */
export class FullTextIndexer {
  private readonly worker: Worker
  private readonly waiting = new Map<number, { resolve: (indexed: number) => void; reject: (error: Error) => void }>()
  private nextId = 0
  private last: Promise<number> = Promise.resolve(0)

  constructor(databaseFile: string) {
    this.worker = startWorker('fulltext-worker', { file: databaseFile })
    this.worker.on('message', (reply: { id: number; indexed?: number; error?: string }) => {
      const waiter = this.waiting.get(reply.id)
      this.waiting.delete(reply.id)
      if (reply.error !== undefined) waiter?.reject(new Error(`full-text indexing failed: ${reply.error}`))
      else waiter?.resolve(reply.indexed ?? 0)
      if (this.waiting.size === 0) this.worker.unref()
    })
    this.worker.on('error', (error) => {
      for (const waiter of this.waiting.values()) waiter.reject(error)
      this.waiting.clear()
    })
    this.worker.unref()
  }

  /** Starts indexing every committed article not indexed yet; `idle()` resolves when done. */
  index(): void {
    const id = this.nextId++
    this.last = new Promise<number>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject })
      this.worker.ref()
      this.worker.postMessage({ id })
    })
    // Awaited through idle(); a failure then still throws there.
    this.last.catch(() => undefined)
  }

  /** Resolves when the indexing started last is committed (rejects if it failed). */
  async idle(): Promise<void> {
    await this.last
  }

  async close(): Promise<void> {
    await this.worker.terminate()
  }
}
