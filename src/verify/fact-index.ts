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
  /** Facts of the same type sharing an index key with `fact`, from every article (its own included). */
  candidates(fact: Fact): Fact[]
  /** The same by number: facts are numbered in story order (articles in order, each one's facts in order). */
  candidateNumbers(fact: Fact): number[]
  /** The fact numbered `number` (see `candidateNumbers`). */
  factAt(number: number): Fact
  /** Share of `claim`'s weighted nearest context found in `other`'s, each word weighted by rarity and nearness. */
  contextScore(claim: Fact, other: Fact): number
  /** Context stems both facts hold among their `size` nearest words. */
  sharedNear(claim: Fact, other: Fact, size: number): string[]
}

export function buildFactIndex(articles: readonly AnalysedArticle[]): FactIndex {
  const documentFrequency = new Map<string, number>()
  let factCount = 0
  for (const article of articles) {
    for (const fact of article.facts) {
      factCount++
      for (const stem of new Set(nearContext(fact))) documentFrequency.set(stem, (documentFrequency.get(stem) ?? 0) + 1)
    }
  }
  const weights = new Map<string, number>()
  documentFrequency.forEach((frequency, stem) => weights.set(stem, Math.log(1 + factCount / frequency)))
  const unseen = Math.log(1 + factCount)
  const weightOf = (stem: string): number => weights.get(stem) ?? unseen

  // Facts by number (story order); each fact's postings kept by reference, so that finding its
  // candidates builds no key strings, and a query's marks in a typed array instead of a set.
  const facts: Fact[] = []
  const postingsOf = new Map<Fact, number[][]>()
  const postings = new Map<string, number[]>()
  for (const article of articles) {
    for (const fact of article.facts) {
      const number = facts.length
      facts.push(fact)
      const lists: number[][] = []
      for (const key of indexKeys(fact, documentFrequency)) {
        const posting = `${fact.type}\u0000${key}`
        let list = postings.get(posting)
        if (list === undefined) postings.set(posting, (list = []))
        list.push(number)
        lists.push(list)
      }
      postingsOf.set(fact, lists)
    }
  }
  const metBy = new Int32Array(facts.length).fill(-1)
  let query = -1

  const totals = new WeakMap<Fact, number>()
  const totalOf = (fact: Fact): number => {
    let total = totals.get(fact)
    if (total === undefined) {
      total = 0
      const stems = nearContext(fact)
      for (let rank = 0; rank < stems.length; rank++) total += weightOf(stems[rank] as string) * nearness(rank)
      totals.set(fact, total)
    }
    return total
  }

  return {
    candidates(fact) {
      return this.candidateNumbers(fact).map((number) => facts[number] as Fact)
    },
    candidateNumbers(fact) {
      // In the order a set of them would keep: first posting first, each fact once.
      query += 1
      const found: number[] = []
      for (const list of postingsOf.get(fact) ?? []) {
        for (const number of list) {
          if (metBy[number] === query) continue
          metBy[number] = query
          found.push(number)
        }
      }
      return found
    },
    factAt(number) {
      return facts[number] as Fact
    },
    contextScore(claim, other) {
      const total = totalOf(claim)
      if (total === 0) return 0
      const otherRanks = ranksOf(other)
      let shared = 0
      const stems = nearContext(claim)
      for (let rank = 0; rank < stems.length; rank++) {
        const stem = stems[rank] as string
        const otherRank = otherRanks.get(stem)
        if (otherRank !== undefined) shared += weightOf(stem) * nearness(rank) * Math.sqrt(nearness(otherRank))
      }
      return shared / total
    },
    sharedNear(claim, other, size) {
      const otherRanks = ranksOf(other)
      const shared: string[] = []
      const stems = nearContext(claim)
      for (let rank = 0; rank < stems.length && rank < size; rank++) {
        const stem = stems[rank] as string
        const otherRank = otherRanks.get(stem)
        if (otherRank !== undefined && otherRank < size) shared.push(stem)
      }
      return shared
    },
  }
}

const rankCache = new WeakMap<Fact, Map<string, number>>()

function ranksOf(fact: Fact): ReadonlyMap<string, number> {
  let ranks = rankCache.get(fact)
  if (ranks === undefined) {
    ranks = new Map()
    const stems = nearContext(fact)
    for (let rank = 0; rank < stems.length; rank++) if (!ranks.has(stems[rank] as string)) ranks.set(stems[rank] as string, rank)
    rankCache.set(fact, ranks)
  }
  return ranks
}

function nearContext(fact: Fact): readonly string[] {
  return fact.context.length <= T.contextSize ? fact.context : fact.context.slice(0, T.contextSize)
}

/** The nearest word counts fully, the eighth about half as much, the sixteenth a third. */
function nearness(rank: number): number {
  return 1 / (1 + rank / 7)
}

// Two facts about the same thing share one of their nearest words (the counted noun, the verb):
// "47% tariffs on Vietnamese imports" and "a tariff of 46 percent on Vietnamese goods" share
// "tariff" and "Vietnamese", which are not the rarest words around either, so all six nearest
// are keys. Copies are compared once per class of identical facts (see matchFacts).
const NEAREST = 6
const RAREST_OF_NEAREST = 6

function indexKeys(fact: Fact, documentFrequency: ReadonlyMap<string, number>): string[] {
  const nearest = [...new Set(fact.context.slice(0, NEAREST))]
    .sort((left, right) => (documentFrequency.get(left) ?? 0) - (documentFrequency.get(right) ?? 0))
    .slice(0, RAREST_OF_NEAREST)
  const keys = new Set<string>(nearest.map((stem) => `c:${stem}`))
  if (fact.value.kind === 'entity') {
    keys.add(`e:${fact.value.key}`)
    // The first word, so that a short form meets its full name ("Brantwell", "Brantwell Engineering").
    const first = fact.value.key.split(' ')[0] ?? ''
    if (first.length >= 3) keys.add(`w:${first}`)
  }
  // A quote's longest words are its rarest: enough to meet the same quote, altered or not.
  if (fact.value.kind === 'quote') {
    const longest = [...new Set(terms(fact.value.words))].sort((left, right) => right.length - left.length || (left < right ? -1 : 1))
    for (const stem of longest.slice(0, RAREST_OF_NEAREST)) keys.add(`q:${stem}`)
  }
  // The bare value, to say "present elsewhere only in another context" ("1,000 years" vs "1,000 files").
  if (fact.value.kind === 'number' || fact.value.kind === 'percent') keys.add(`v:${fact.value.value}`)
  // A score by its pair, either way round: "2-0" meets "0-2".
  if (fact.value.kind === 'number' && fact.value.score !== undefined) keys.add(`s:${Math.min(...fact.value.score)}-${Math.max(...fact.value.score)}`)
  // A date by its month (or year): "on Monday" and "on March 9" meet whatever words surround them.
  if (fact.value.kind === 'date') {
    if (fact.value.year !== undefined) keys.add(`d:${fact.value.year}-${fact.value.month ?? ''}`)
    // …and by its month alone, for dates whose year is unknown ("in February" meets "February 2025"),
    // or by its words ("next week" meets "next week").
    if (fact.value.month !== undefined) keys.add(`d:-${fact.value.month}`)
    else if (fact.value.year === undefined && fact.value.expression !== undefined) keys.add(`x:${fact.value.expression}`)
  }
  // Money is rare enough to index by order of magnitude: "$190 million" must meet "$189,739,535"
  // even when the two sentences put different words next to the amount.
  if (fact.value.kind === 'money') keys.add(`m:${fact.value.currency}:${Math.floor(Math.log10(Math.max(1, fact.value.amount)))}`)
  return [...keys]
}
