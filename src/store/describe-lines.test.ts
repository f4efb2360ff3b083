import { describe, expect, it } from 'vitest'
import { IncrementalClusterer } from '../cluster/incremental.js'
import { unpackDescriptions } from './describe-batch.js'
import { describeLines } from './describe-lines.js'
import { DescribePool } from './describe-pool.js'
import { contentHash } from './identity.js'

const lines = [
  JSON.stringify({ id: 'bridge', title: 'Harbour bridge reopens', published: '2026-03-02', text: 'The harbour bridge in Port Elden reopened on Monday after 14 months of repairs costing 230 million crowns.' }),
  '',
  '{"id": "broken", "text": ',
  JSON.stringify({ id: 'no-text', title: 'Only a title' }),
  JSON.stringify({ text: 'Engineers from Valtro Group replaced 1,200 cables on the bridge, which carries 40,000 cars a day.' }),
]
const bytes = () => new TextEncoder().encode(lines.join('\n'))

describe('describeLines', () => {
  it('parses, cleans and describes JSONL lines, numbering lines and problems from the first line given', () => {
    const reply = describeLines({ kind: 'lines', id: 7, bytes: bytes(), firstLine: 11, shown: 'corpus/feed.jsonl', absolute: '/data/corpus/feed.jsonl' })
    expect(reply.id).toBe(7)
    expect(reply.articles.map((article) => article.id)).toEqual(['bridge', 'feed.jsonl:15'])
    expect(reply.articles[0]).toMatchObject({ title: 'Harbour bridge reopens', published: '2026-03-02', path: '/data/corpus/feed.jsonl' })
    expect(reply.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.line])).toEqual([
      ['malformed-json', 13],
      ['missing-text', 14],
    ])
    expect(reply.read).toBe(2)
    expect(reply.skipped).toBe(0)
    const described = unpackDescriptions(reply.described)
    reply.articles.forEach((article, index) => {
      expect(described[index]!.contentHash).toBe(contentHash(article))
      expect([...described[index]!.cluster.sketch.signature]).toEqual([...IncrementalClusterer.describe(article).sketch.signature])
    })
  })

  it('gives the same reply from a worker thread', async () => {
    const pool = DescribePool.create(1)
    try {
      const reply = await pool.describeLines({ bytes: bytes(), firstLine: 1, shown: 'feed.jsonl', absolute: '/feed.jsonl' })
      const here = describeLines({ kind: 'lines', id: 0, bytes: bytes(), firstLine: 1, shown: 'feed.jsonl', absolute: '/feed.jsonl' })
      expect(reply.articles).toEqual(here.articles)
      expect(reply.diagnostics).toEqual(here.diagnostics)
      expect([...reply.described.signatures]).toEqual([...here.described.signatures])
      expect([...reply.described.features]).toEqual([...here.described.features])
    } finally {
      await pool.close()
    }
  })
})
