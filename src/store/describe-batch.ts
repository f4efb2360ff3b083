import { IncrementalClusterer } from '../cluster/incremental.js'
import { SIGNATURE_SIZE } from '../cluster/minhash.js'
import type { Article } from '../model/article.js'
import { contentHash } from './identity.js'
import type { ArticleDescription } from './store.js'

/** The fields a worker needs of an article (a batch's texts are copied once to the worker, never the whole corpus). */
export interface DescribeRequest {
  readonly id: number
  readonly articles: readonly Pick<Article, 'text' | 'title' | 'published'>[]
}

/** A batch's descriptions packed into typed arrays: one message, buffers transferred. */
export interface DescribeReply {
  readonly id: number
  readonly contentHashes: string[]
  readonly signatures: Uint32Array
  readonly shingleCounts: Uint32Array
  /** Every article's feature hashes one after the other; `featureEnds[i]` is where article i's end. */
  readonly features: Uint32Array
  readonly featureEnds: Uint32Array
  /** Publication times in ms, NaN when unknown. */
  readonly published: Float64Array
}

/** Pure: what `SqliteStore.addArticles` would compute per article, for a batch. */
export function describeBatch(request: DescribeRequest): DescribeReply {
  const count = request.articles.length
  const signatures = new Uint32Array(count * SIGNATURE_SIZE)
  const shingleCounts = new Uint32Array(count)
  const featureEnds = new Uint32Array(count)
  const published = new Float64Array(count)
  const featureLists: Uint32Array[] = []
  const contentHashes: string[] = []
  let featureTotal = 0
  request.articles.forEach((article, index) => {
    const described = IncrementalClusterer.describe(article)
    contentHashes.push(contentHash(article))
    signatures.set(described.sketch.signature, index * SIGNATURE_SIZE)
    shingleCounts[index] = described.sketch.shingleCount
    featureLists.push(described.features)
    featureTotal += described.features.length
    featureEnds[index] = featureTotal
    published[index] = described.publishedMs ?? Number.NaN
  })
  const features = new Uint32Array(featureTotal)
  let offset = 0
  for (const list of featureLists) {
    features.set(list, offset)
    offset += list.length
  }
  return { id: request.id, contentHashes, signatures, shingleCounts, features, featureEnds, published }
}

/** Unpacks a reply into one description per article (views into the transferred buffers). */
export function unpackDescriptions(reply: DescribeReply): ArticleDescription[] {
  const descriptions: ArticleDescription[] = []
  for (let index = 0; index < reply.shingleCounts.length; index++) {
    const published = reply.published[index]!
    descriptions.push({
      contentHash: reply.contentHashes[index]!,
      cluster: {
        sketch: { signature: reply.signatures.subarray(index * SIGNATURE_SIZE, (index + 1) * SIGNATURE_SIZE), shingleCount: reply.shingleCounts[index]! },
        features: reply.features.subarray(index === 0 ? 0 : reply.featureEnds[index - 1]!, reply.featureEnds[index]!),
        ...(!Number.isNaN(published) && { publishedMs: published }),
      },
    })
  }
  return descriptions
}
