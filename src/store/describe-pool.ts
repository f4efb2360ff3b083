import os from 'node:os'
import { Worker } from 'node:worker_threads'
import type { Article } from '../model/article.js'
import { describeBatch, unpackDescriptions, type DescribeReply, type DescribeRequest } from './describe-batch.js'
import type { ArticleDescription } from './store.js'

/**
 * Worker threads that describe batches (content hash, sketch, event features) while the main
 * thread writes the previous batch to SQLite: the second core of a two-core machine does the
 * per-article CPU work, the first the database. Each batch is split between the workers.
 */
export class DescribePool {
  private readonly workers: Worker[]
  private readonly waiting = new Map<number, { resolve: (reply: DescribeReply) => void; reject: (error: Error) => void }>()
  private nextId = 0

  private constructor(workers: Worker[]) {
    this.workers = workers
    for (const worker of workers) {
      worker.on('message', (reply: DescribeReply) => {
        const waiter = this.waiting.get(reply.id)
        this.waiting.delete(reply.id)
        waiter?.resolve(reply)
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
    return new DescribePool(Array.from({ length: workers }, () => startWorker()))
  }

  /** Descriptions of the articles, in order (the batch's fields are copied to the workers, not the corpus). */
  async describe(articles: readonly Article[]): Promise<ArticleDescription[]> {
    const size = Math.ceil(articles.length / this.workers.length)
    const parts = await Promise.all(
      this.workers.map((worker, part) => {
        const slice = articles.slice(part * size, (part + 1) * size)
        if (slice.length === 0) return Promise.resolve([])
        const request: DescribeRequest = { id: this.nextId++, articles: slice.map(({ text, title, published }) => ({ text, ...(title !== undefined && { title }), ...(published !== undefined && { published }) })) }
        return new Promise<DescribeReply>((resolve, reject) => {
          this.waiting.set(request.id, { resolve, reject })
          worker.ref()
          worker.postMessage(request)
        }).then((reply) => {
          if (this.waiting.size === 0) worker.unref()
          return unpackDescriptions(reply)
        })
      }),
    )
    return parts.flat()
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()))
  }
}

/** Describes in the calling thread: the same result, for small inputs where starting a worker costs more. */
export function describeHere(articles: readonly Article[]): ArticleDescription[] {
  return unpackDescriptions(describeBatch({ id: 0, articles }))
}

function startWorker(): Worker {
  const source = import.meta.url
  if (source.endsWith('.js')) return new Worker(new URL('./describe-worker.js', source))
  // Run from TypeScript sources (tsx, vitest): workers do not inherit the loader, so register
  // tsx in the worker before loading its body.
  const tsxApi = import.meta.resolve('tsx/esm/api')
  const body = new URL('./describe-worker.ts', source).href
  return new Worker(`import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(body)}) })`, { eval: true })
}
