import os from 'node:os'
import { Worker } from 'node:worker_threads'
import type { Article } from '../model/article.js'
import { describeBatch, unpackDescriptions, type DescribeReply, type DescribeRequest } from './describe-batch.js'
import type { LinesReply, LinesRequest } from './describe-lines.js'
import { startWorker } from './start-worker.js'
import type { ArticleDescription } from './store.js'

/**
 * Worker threads that describe batches (content hash, sketch, event features) while the main
 * thread writes the previous batch to SQLite: the second core of a two-core machine does the
 * per-article CPU work, the first the database. Each batch is split between the workers.
 */
export class DescribePool {
  private readonly workers: Worker[]
  private readonly waiting = new Map<number, { resolve: (reply: never) => void; reject: (error: Error) => void }>()
  private nextId = 0
  /** Worker that gets the next run of lines: runs go round the workers, replies are awaited in order. */
  private nextWorker = 0

  private constructor(workers: Worker[]) {
    this.workers = workers
    for (const worker of workers) {
      worker.on('message', (reply: { id: number }) => {
        const waiter = this.waiting.get(reply.id)
        this.waiting.delete(reply.id)
        waiter?.resolve(reply as never)
        if (this.waiting.size === 0) for (const idle of this.workers) idle.unref()
      })
      worker.on('error', (error) => {
        for (const waiter of this.waiting.values()) waiter.reject(error)
        this.waiting.clear()
      })
      // Idle workers must not keep the process alive.
      worker.unref()
    }
  }

  /** One worker per core but the one the main thread writes with (at least one). */
  static create(workers = Math.max(1, os.availableParallelism() - 1)): DescribePool {
    return new DescribePool(Array.from({ length: workers }, () => startWorker('describe-worker')))
  }

  /** Descriptions of the articles, in order (the batch's fields are copied to the workers, not the corpus). */
  async describe(articles: readonly Article[]): Promise<ArticleDescription[]> {
    const size = Math.ceil(articles.length / this.workers.length)
    const parts = await Promise.all(
      this.workers.map((worker, part) => {
        const slice = articles.slice(part * size, (part + 1) * size)
        if (slice.length === 0) return Promise.resolve([])
        const request: DescribeRequest = { id: this.nextId++, articles: slice.map(({ text, title, published }) => ({ text, ...(title !== undefined && { title }), ...(published !== undefined && { published }) })) }
        return this.send<DescribeReply>(worker, request).then(unpackDescriptions)
      }),
    )
    return parts.flat()
  }

  /**
   * Parses, cleans and describes a run of JSONL lines on the next worker (see `describeLines`);
   * the bytes are transferred, so the caller must not reuse them.
   */
  describeLines(request: Omit<LinesRequest, 'kind' | 'id'>): Promise<LinesReply> {
    const worker = this.workers[this.nextWorker++ % this.workers.length]!
    const message: LinesRequest = { ...request, kind: 'lines', id: this.nextId++ }
    return this.send<LinesReply>(worker, message, [request.bytes.buffer as ArrayBuffer])
  }

  private send<Reply>(worker: Worker, request: { readonly id: number }, transfer: ArrayBuffer[] = []): Promise<Reply> {
    return new Promise<Reply>((resolve, reject) => {
      this.waiting.set(request.id, { resolve: resolve as (reply: never) => void, reject })
      worker.ref()
      worker.postMessage(request, transfer)
    })
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()))
  }
}

/** Describes in the calling thread: the same result, for small inputs where starting a worker costs more. */
export function describeHere(articles: readonly Article[]): ArticleDescription[] {
  return unpackDescriptions(describeBatch({ id: 0, articles }))
}
