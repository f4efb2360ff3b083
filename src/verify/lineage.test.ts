import { describe, expect, it } from 'vitest'
import { lineageOf } from './lineage.js'
import type { DraftRelation } from './relations.js'

function relation(article: string, source: string, kind: DraftRelation['kind']): DraftRelation {
  return { article, source, kind, attributed: true, coverage: 1 }
}

// origin ← summary ← copy (a paper ran the summary word for word); origin ← excerpt; independent.
const relations = [relation('summary', 'origin', 'summary'), relation('copy', 'summary', 'copy'), relation('excerpt', 'origin', 'excerpt'), relation('other', 'origin', 'independent')]
const groups = new Map([['origin', 'origin'], ['excerpt', 'origin'], ['summary', 'summary'], ['copy', 'summary'], ['other', 'other']])
const lineage = lineageOf(relations, groups)

describe('lineageOf', () => {
  it('reads derivation through chains of sources, with and without independence groups', () => {
    expect(lineage.derives('origin', 'copy')).toBe(true)
    expect(lineage.derives('copy', 'origin')).toBe(false)
    expect(lineage.derives('origin', 'other')).toBe(false)
    // The excerpt counts as the origin it copies: what derives from the origin derives from its group.
    expect(lineage.isDownstream('excerpt', 'summary')).toBe(true)
    expect(lineage.derives('excerpt', 'summary')).toBe(false)
  })

  it('names the derived text that brought in what only its followers repeat', () => {
    expect(lineage.introducer(['copy', 'summary'])).toBe('summary')
    expect(lineage.introducer(['summary', 'copy'])).toBe('summary')
    // The origin has no source: what its followers repeat is supported, not brought in.
    expect(lineage.introducer(['origin', 'summary', 'copy'])).toBeUndefined()
    // Two lines that do not derive one from the other are two accounts.
    expect(lineage.introducer(['summary', 'excerpt'])).toBeUndefined()
    expect(lineage.hasFollowers('summary')).toBe(true)
    expect(lineage.hasFollowers('origin')).toBe(false)
    expect(lineage.hasFollowers('copy')).toBe(false)
    expect(['summary', 'copy', 'origin', 'excerpt'].map((id) => lineage.onLine(id))).toEqual([true, true, false, false])
  })
})
