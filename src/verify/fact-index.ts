import type { AnalysedArticle, Fact } from '../model/index.js'
import { terms } from '../segment/terms.js'
import { FACT_THRESHOLDS as T } from './thresholds.js'

/**
 * Facts of a story indexed by type and by the stems that can make two facts "about the same
 * thing": their nearest context words, the words of the value itself (quotes), the entity key.
 * A fact's candidates are the facts of the same type in other articles that share one of these:
 * the cost grows with shared words, never fact × fact over the whole story.
 */
export interface FactIndex {
  candidates(fact: Fact): Fact[]
  /** Share of `claim`'s weighted nearest context found in `other`'s, each word weighted by rarity and nearness. */
  contextScore(claim: Fact, other: Fact): number
  /** Context stems both facts hold among their `size` nearest words. */
  sharedNear(claim: Fact, other: Fact, size: number): string[]
}

export function buildFactIndex(articles: readonly AnalysedArticle[]): FactIndex {
  const documentFrequency = new Map<string, number>()
  let factCount = 0
  const keysOf = new Map<Fact, string[]>()
  for (const article of articles) {
    for (const fact of article.facts) {
      factCount++
      const keys = indexKeys(fact)
      keysOf.set(fact, keys)
      for (const stem of new Set(nearContext(fact))) documentFrequency.set(stem, (documentFrequency.get(stem) ?? 0) + 1)
    }
  }
  const weightOf = (stem: string): number => Math.log(1 + factCount / (documentFrequency.get(stem) ?? 1))

  const postings = new Map<string, Fact[]>()
  for (const [fact, keys] of keysOf) {
    for (const key of keys) {
      const posting = `${fact.type}\u0000${key}`
      const list = postings.get(posting)
      if (list === undefined) postings.set(posting, [fact])
      else list.push(fact)
    }
  }

  return {
    candidates(fact) {
      const found = new Set<Fact>()
      for (const key of keysOf.get(fact) ?? indexKeys(fact)) {
        for (const other of postings.get(`${fact.type}\u0000${key}`) ?? []) {
          if (other.article !== fact.article) found.add(other)
        }
      }
      return [...found]
    },
    contextScore(claim, other) {
      const otherRanks = ranksOf(other)
      let shared = 0
      let total = 0
      nearContext(claim).forEach((stem, rank) => {
        const weight = weightOf(stem) * nearness(rank)
        total += weight
        const otherRank = otherRanks.get(stem)
        if (otherRank !== undefined) shared += weight * Math.sqrt(nearness(otherRank))
      })
      return total === 0 ? 0 : shared / total
    },
    sharedNear(claim, other, size) {
      const near = new Set(other.context.slice(0, size))
      return claim.context.slice(0, size).filter((stem) => near.has(stem))
    },
  }
}

const rankCache = new WeakMap<Fact, Map<string, number>>()

function ranksOf(fact: Fact): ReadonlyMap<string, number> {
  let ranks = rankCache.get(fact)
  if (ranks === undefined) {
    ranks = new Map(nearContext(fact).map((stem, rank) => [stem, rank]))
    rankCache.set(fact, ranks)
  }
  return ranks
}

function nearContext(fact: Fact): readonly string[] {
  return fact.context.slice(0, T.contextSize)
}

/** The nearest word counts fully, the eighth about half as much, the sixteenth a third. */
function nearness(rank: number): number {
  return 1 / (1 + rank / 7)
}

// Two facts about the same thing share one of their nearest words (the counted noun, the verb):
// indexing only these keeps the candidate lists short even for a story's most common words.
const KEY_CONTEXT = 6

function indexKeys(fact: Fact): string[] {
  const keys = new Set<string>(fact.context.slice(0, KEY_CONTEXT).map((stem) => `c:${stem}`))
  if (fact.value.kind === 'entity') keys.add(`e:${fact.value.key}`)
  if (fact.value.kind === 'quote') for (const stem of terms(fact.value.words)) keys.add(`q:${stem}`)
  // The bare value, to say "present elsewhere only in another context" ("1,000 years" vs "1,000 files").
  if (fact.value.kind === 'number' || fact.value.kind === 'percent') keys.add(`v:${fact.value.value}`)
  // Money is rare enough to index by order of magnitude: "$190 million" must meet "$189,739,535"
  // even when the two sentences put different words next to the amount.
  if (fact.value.kind === 'money') keys.add(`m:${fact.value.currency}:${Math.floor(Math.log10(Math.max(1, fact.value.amount)))}`)
  return [...keys]
}
