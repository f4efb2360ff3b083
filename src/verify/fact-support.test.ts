import { describe, expect, it } from 'vitest'
import type { Comparison, Fact } from '../model/index.js'
import {
  alignedSupport,
  byStrength,
  classSupport,
  groupCounts,
  independentSupport,
  isAgreeing,
  memberSupport,
  Shortlisted,
  strongestSupporters,
  supportCounts,
  supportSize,
  type Candidate,
  type MemberSupport,
} from './fact-support.js'

// A class's shortlist over ten articles a0…a9, one sentence each (sentence number = article
// number): agreeing facts, some about the same thing, some not, some differing, equally strong
// ones among them, as `strongestPerArticle` lays it out (grouped by article).
const ARTICLES = Array.from({ length: 10 }, (_, index) => `a${index}`)

function fact(article: number, text: string): Fact {
  return { article: `a${article}`, sentence: 0, text } as Fact
}

function shortlist(entries: readonly [article: number, comparison: Comparison, context: number, sameThing: boolean][]): Shortlisted[] {
  let group = -1
  let previous: number | undefined
  return entries.map(([article, comparison, context, sameThing], position) => {
    if (article !== previous) group += 1
    previous = article
    const candidate: Candidate = { fact: fact(article, `${article}:${position}`), comparison, context, sameThing, aligned: false }
    return new Shortlisted(candidate, article, position, group)
  })
}

const entries = shortlist([
  [0, 'equal', 0.9, true],
  [1, 'equal', 0.5, true],
  [1, 'compatible', 0.95, true],
  [2, 'equal', 0.5, false],
  [3, 'conflict', 0.8, false],
  [4, 'compatible', 0.7, true],
  [5, 'equal', 0.5, true],
  [6, 'equal', 0.1, false],
  [6, 'equal', 0.05, true],
  [7, 'equal', 0.5, true],
  [8, 'equal', 0.9, true],
])
const shared = classSupport(entries)

/** What `keepCandidates` and `bestPerArticle` make of the shortlist for a member: every supporter, listed. */
function listedSupporters(article: string, linked: ReadonlySet<number>): Candidate[] {
  const best = new Map<string, Candidate>()
  for (const entry of entries) {
    if (entry.unaligned.fact.article === article || !isAgreeing(entry.unaligned.comparison)) continue
    const candidate = linked.has(entry.sentence) ? entry.aligned : entry.unaligned
    const current = best.get(candidate.fact.article)
    if (current === undefined || byStrength(candidate, current) < 0) best.set(candidate.fact.article, candidate)
  }
  return [...best.values()].filter((candidate) => candidate.aligned || candidate.sameThing).sort(byStrength)
}

const members: readonly [string, ReadonlySet<number>][] = [
  ['a0', new Set()],
  ['a9', new Set()],
  ['a1', new Set([2, 6])],
  ['a3', new Set([0, 1, 7])],
  ['a9', new Set([2, 3, 4, 5, 6, 7, 8])],
]

describe('supporters kept once per class', () => {
  it('list, count and rank the supporters of each member as listing them all would', () => {
    for (const [article, linked] of members) {
      const support = memberSupport(article, shared, alignedSupport(shared, linked))
      const listed = listedSupporters(article, linked)
      expect(supportSize(support)).toBe(listed.length)
      expect(strongestSupporters(support, 5)).toEqual(listed.slice(0, 5))
    }
  })

  it('count independence groups as the listed supporters fall in them', () => {
    const group = (id: string): string => (['a1', 'a2', 'a4'].includes(id) ? 'wire' : id)
    for (const [article, linked] of members) {
      const support = memberSupport(article, shared, alignedSupport(shared, linked))
      const listed = listedSupporters(article, linked)
      expect(independentSupport(support, groupCounts(shared, group), group)).toBe(new Set(listed.map((candidate) => group(candidate.fact.article))).size)
    }
  })

  it('count, for each pair of articles, the facts one supports of the other', () => {
    const supports: MemberSupport[] = members.map(([article, linked]) => memberSupport(article, shared, alignedSupport(shared, linked)))
    // A small class too (counted pair by pair rather than as "all but the exceptions").
    const small = classSupport(shortlist([[2, 'equal', 0.9, true]]))
    const smallMembers = [memberSupport('a0', small, alignedSupport(small, undefined)), memberSupport('a2', small, alignedSupport(small, undefined))]
    const counts = supportCounts(ARTICLES, [supports, smallMembers])
    const expected = new Map<string, Map<string, number>>()
    for (const [article, linked] of members) {
      const row = expected.get(article) ?? new Map<string, number>()
      expected.set(article, row)
      for (const candidate of listedSupporters(article, linked)) row.set(candidate.fact.article, (row.get(candidate.fact.article) ?? 0) + 1)
    }
    expected.get('a0')?.set('a2', (expected.get('a0')?.get('a2') ?? 0) + 1)
    expected.set('a2', new Map())
    for (const id of ARTICLES) {
      for (const other of ARTICLES) expect([id, other, counts.get(id)?.get(other) ?? 0]).toEqual([id, other, expected.get(id)?.get(other) ?? 0])
    }
  })
})
