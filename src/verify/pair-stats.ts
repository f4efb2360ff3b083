import type { SentenceLink } from '../model/index.js'

/** How the sentences of one article align to another's: what relation classification reads. */
export interface PairStats {
  /** Sentences of the article with a counterpart in the other (any link kind). */
  readonly linked: number
  /** …with a verbatim or near-verbatim counterpart. */
  readonly verbatim: number
  /** Sentences of the other article with a counterpart in this one (either direction). */
  readonly otherCovered: number
  /** Share of the linked sentences that keep the other's order (longest increasing run of targets). */
  readonly inOrder: number
  /** Share of the other's sentences between the first and last covered one that are covered. */
  readonly runDensity: number
}

const EMPTY: PairStats = { linked: 0, verbatim: 0, otherCovered: 0, inOrder: 0, runDensity: 0 }

export interface PairStatsTable {
  get(article: string, other: string): PairStats
  /** Sentences of the article with a counterpart in any of the others, each counted once. */
  linkedToAny(article: string, others: Iterable<string>): number
}

export function pairStats(links: readonly SentenceLink[]): PairStatsTable {
  // Nested maps, not "a\0b" string keys: relation classification asks for every pair of articles.
  const forward = new Map<string, Map<string, SentenceLink[]>>()
  for (const link of links) {
    let byTarget = forward.get(link.from.article)
    if (byTarget === undefined) forward.set(link.from.article, (byTarget = new Map()))
    const list = byTarget.get(link.to.article)
    if (list === undefined) byTarget.set(link.to.article, [link])
    else list.push(link)
  }
  const cache = new Map<string, Map<string, PairStats>>()
  return {
    linkedToAny(article, others) {
      const sentences = new Set<number>()
      const byTarget = forward.get(article)
      for (const other of others) for (const link of byTarget?.get(other) ?? []) sentences.add(link.from.sentence)
      return sentences.size
    },
    get(article, other) {
      const cached = cache.get(article)?.get(other)
      if (cached !== undefined) return cached
      const outgoing = forward.get(article)?.get(other) ?? []
      const incoming = forward.get(other)?.get(article) ?? []
      if (outgoing.length === 0 && incoming.length === 0) return EMPTY
      const covered = new Set<number>([...outgoing.map((link) => link.to.sentence), ...incoming.map((link) => link.from.sentence)])
      const ordered = [...outgoing].sort((left, right) => left.from.sentence - right.from.sentence).map((link) => link.to.sentence)
      const indices = [...covered]
      const span = indices.length === 0 ? 0 : Math.max(...indices) - Math.min(...indices) + 1
      const stats: PairStats = {
        linked: outgoing.length,
        verbatim: outgoing.filter((link) => link.kind !== 'paraphrase').length,
        otherCovered: covered.size,
        inOrder: ordered.length === 0 ? 0 : longestNonDecreasing(ordered) / ordered.length,
        runDensity: span === 0 ? 0 : covered.size / span,
      }
      let row = cache.get(article)
      if (row === undefined) cache.set(article, (row = new Map()))
      row.set(other, stats)
      return stats
    },
  }
}


/** Length of the longest non-decreasing subsequence (patience sorting, O(n log n)). */
function longestNonDecreasing(values: readonly number[]): number {
  const tails: number[] = []
  for (const value of values) {
    let low = 0
    let high = tails.length
    while (low < high) {
      const middle = (low + high) >> 1
      if ((tails[middle] ?? 0) <= value) low = middle + 1
      else high = middle
    }
    tails[low] = value
  }
  return tails.length
}
