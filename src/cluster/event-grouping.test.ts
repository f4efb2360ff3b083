import { describe, expect, it } from 'vitest'
import { FEATURE_HASH_BITS } from './event-features.js'
import { EventIndex, StoryEventIndex } from './event-grouping.js'

/** Sorted distinct feature ids from a seeded generator: each run of three articles shares a pool of them. */
function articles(count: number, perArticle: number, seed: number): Uint32Array[] {
  let state = seed
  const next = () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0
    return state % (1 << FEATURE_HASH_BITS)
  }
  const pools = Array.from({ length: Math.ceil(count / 3) }, () => Array.from({ length: perArticle }, next))
  return Array.from({ length: count }, (_, index) => {
    const pool = pools[Math.floor(index / 3)]!
    const ids = new Set(pool.slice(0, perArticle / 2 + (index % 3)))
    while (ids.size < perArticle) ids.add(next())
    return Uint32Array.from([...ids].sort((a, b) => a - b))
  })
}

describe('StoryEventIndex', () => {
  it('finds the same matches as the index that places features by hash', () => {
    const documents = articles(150, 40, 7)
    const byHash = new EventIndex({ maxPostings: 4 })
    const numbered = new StoryEventIndex({ maxPostings: 4 })
    for (const [index, ids] of documents.entries()) {
      byHash.add(ids, index * 3_600_000)
      numbered.add(ids, index * 3_600_000)
    }
    const matches = documents.map((_, index) => byHash.matchesOf(index))
    expect(matches.filter((found) => found.length > 0).length).toBeGreaterThan(100)
    expect(documents.map((_, index) => numbered.matchesOf(index))).toEqual(matches)
  })
})
