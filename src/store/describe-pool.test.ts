import { describe, expect, it } from 'vitest'
import { IncrementalClusterer } from '../cluster/incremental.js'
import type { Article } from '../model/article.js'
import { DescribePool, describeHere } from './describe-pool.js'
import { contentHash } from './identity.js'

const articles: Article[] = [
  { id: 'a', title: 'Harbour bridge reopens', published: '2026-03-02T08:00:00Z', text: 'The harbour bridge in Port Elden reopened on Monday after 14 months of repairs costing 230 million crowns, the city council said.' },
  { id: 'b', text: 'Engineers from Valtro Group replaced 1,200 cables on the bridge, which carries 40,000 cars a day.' },
  { id: 'c', title: 'Empty', text: '' },
]

describe('DescribePool', () => {
  it('describes a batch on worker threads exactly as the store would on its own thread', async () => {
    const pool = DescribePool.create(2)
    try {
      const described = await pool.describe(articles)
      expect(described).toHaveLength(3)
      described.forEach((description, index) => {
        const article = articles[index]!
        const expected = IncrementalClusterer.describe(article)
        expect(description.contentHash).toBe(contentHash(article))
        expect([...description.cluster.sketch.signature]).toEqual([...expected.sketch.signature])
        expect(description.cluster.sketch.shingleCount).toBe(expected.sketch.shingleCount)
        expect([...description.cluster.features]).toEqual([...expected.features])
        expect(description.cluster.publishedMs).toBe(expected.publishedMs)
      })
      expect(described[0]!.cluster.features.length).toBeGreaterThan(0)
      expect(describeHere(articles).map((item) => item.contentHash)).toEqual(described.map((item) => item.contentHash))
    } finally {
      await pool.close()
    }
  })
})
