import type { Comparison, Fact } from '../model/index.js'
import type { SentenceSet } from './linked-sentences.js'

/**
 * Who supports a fact, computed once per class of identical facts (same type, value and
 * neighbours) rather than once per fact. In a story of N near-copies every fact has N - 1
 * supporters and every class N members: listing them per fact costs N² per fact of the article.
 * Here each class keeps its supporters once, each member only adds those it meets in sentences
 * aligned with its own (a bounded few, since each article is aligned with a bounded number of
 * hubs), and what a finding shows (the strongest few, their number, their independence groups)
 * is read from both without listing all of them again.
 */

export interface Compared {
  readonly fact: Fact
  readonly comparison: Comparison
  readonly context: number
  /** An agreeing value about the same thing by its neighbours alone (see `sameThing` in verify-facts.ts). */
  readonly sameThing: boolean
}

export interface Candidate extends Compared {
  readonly aligned: boolean
}

/**
 * One entry of a class's shortlist (see `strongestPerArticle` in verify-facts.ts): the candidate as
 * every member of the class sees it, aligned or not, made once and shared by all members.
 */
export class Shortlisted {
  #aligned: Candidate | undefined

  constructor(
    readonly unaligned: Candidate,
    /** Story-wide number of the candidate's sentence, looked up once per class, not once per copy. */
    readonly sentence: number,
    /** Place in the shortlist: ties between equally strong candidates go to the earlier. */
    readonly position: number,
    /** Place of the candidate's article among the shortlist's articles (they come grouped by article). */
    readonly group: number,
  ) {}

  /** The candidate seen from an aligned sentence, made on first use: most entries never are. */
  get aligned(): Candidate {
    this.#aligned ??= { ...this.unaligned, aligned: true }
    return this.#aligned
  }
}

/** What every member of a class shares. */
export interface ClassSupport {
  /**
   * For each article, its strongest agreeing fact when that is about the same thing outside
   * aligned sentences, strongest first (ties in shortlist order): the unaligned supporters.
   */
  readonly ranked: readonly Shortlisted[]
  /** The articles of `ranked`. */
  readonly articles: ReadonlySet<string>
  /** Agreeing entries by story-wide sentence number, to find those aligned with a member's sentence. */
  readonly agreeingBySentence: ReadonlyMap<number, readonly Shortlisted[]>
}

/** What a class's members whose sentences are aligned with the same sentences find there. */
export interface AlignedSupport {
  /** The strongest agreeing fact of each article in an aligned sentence, strongest first. */
  readonly strongest: readonly Shortlisted[]
  /** How many of them are from articles among the class's own supporters. */
  readonly inClass: number
}

/** One fact's supporters: its class's, and those it meets in sentences aligned with its own. */
export interface MemberSupport {
  readonly article: string
  /** The strongest agreeing fact of each other article in an aligned sentence, strongest first. */
  readonly aligned: readonly Shortlisted[]
  /** How many of `aligned` are from articles in `shared.articles`. */
  readonly alignedInClass: number
  readonly shared: ClassSupport
}

export function isAgreeing(comparison: Comparison): boolean {
  return comparison === 'equal' || comparison === 'compatible'
}

/** Aligned first, then equal over compatible, then nearer context. */
export function stronger(left: Candidate, right: Candidate): boolean {
  if (left.aligned !== right.aligned) return left.aligned
  if (left.comparison !== right.comparison) return left.comparison === 'equal'
  return left.context > right.context
}

/** Sort order, strongest first; equally strong candidates keep their order (sorts are stable). */
export function byStrength(left: Candidate, right: Candidate): number {
  return stronger(left, right) ? -1 : stronger(right, left) ? 1 : 0
}

/**
 * A class's shared supporters. The strongest agreeing fact of an article is its first strongest
 * entry in the shortlist, as `keepCandidates` picks it for a member that has no aligned one there.
 */
export function classSupport(shortlist: readonly Shortlisted[]): ClassSupport {
  const strongest = new Map<string, Shortlisted>()
  const agreeingBySentence = new Map<number, Shortlisted[]>()
  for (const shortlisted of shortlist) {
    if (!isAgreeing(shortlisted.unaligned.comparison)) continue
    const article = shortlisted.unaligned.fact.article
    const current = strongest.get(article)
    if (current === undefined || stronger(shortlisted.unaligned, current.unaligned)) strongest.set(article, shortlisted)
    const list = agreeingBySentence.get(shortlisted.sentence)
    if (list === undefined) agreeingBySentence.set(shortlisted.sentence, [shortlisted])
    else list.push(shortlisted)
  }
  // Articles come in shortlist order: a stable sort leaves equally strong ones in that order.
  const ranked = [...strongest.values()].filter((shortlisted) => shortlisted.unaligned.sameThing).sort((left, right) => byStrength(left.unaligned, right.unaligned))
  return { ranked, articles: new Set(ranked.map((shortlisted) => shortlisted.unaligned.fact.article)), agreeingBySentence }
}

const NONE: AlignedSupport = { strongest: [], inClass: 0 }

/** A member's supporters: `aligned` from `alignedSupport` for the sentences aligned with its own. */
export function memberSupport(article: string, shared: ClassSupport, aligned: AlignedSupport): MemberSupport {
  return { article, aligned: aligned.strongest, alignedInClass: aligned.inClass, shared }
}

/**
 * The supporters a class's member meets in the sentences aligned with its own (`linked`, by
 * story-wide number). Links join different articles, so the member's own article is never among
 * them: members whose sentences are aligned with the same sentences (copies of one sentence
 * outside the hubs) share one result.
 */
export function alignedSupport(shared: ClassSupport, linked: SentenceSet | undefined): AlignedSupport {
  if (linked === undefined || shared.agreeingBySentence.size === 0) return NONE
  const met: Shortlisted[] = []
  const collect = (entries: readonly Shortlisted[] | undefined): void => {
    if (entries !== undefined) met.push(...entries)
  }
  // Whichever is shorter: a hub's sentence is aligned with a sentence of nearly every article.
  if (linked.size <= shared.agreeingBySentence.size) for (const sentence of linked) collect(shared.agreeingBySentence.get(sentence))
  else for (const [sentence, entries] of shared.agreeingBySentence) if (linked.has(sentence)) collect(entries)
  if (met.length === 0) return NONE
  met.sort((left, right) => left.position - right.position)
  const strongest = new Map<string, Shortlisted>()
  for (const shortlisted of met) {
    const current = strongest.get(shortlisted.unaligned.fact.article)
    if (current === undefined || stronger(shortlisted.aligned, current.aligned)) strongest.set(shortlisted.unaligned.fact.article, shortlisted)
  }
  const aligned = [...strongest.values()].sort((left, right) => byStrength(left.aligned, right.aligned) || left.group - right.group)
  return { strongest: aligned, inClass: aligned.filter((shortlisted) => shared.articles.has(shortlisted.unaligned.fact.article)).length }
}

/** How many articles support the fact. */
export function supportSize(support: MemberSupport): number {
  const { article, aligned, shared } = support
  return aligned.length - support.alignedInClass + shared.articles.size - (shared.articles.has(article) ? 1 : 0)
}

/**
 * The `count` strongest supporters, one per article: those in aligned sentences (aligned beats
 * unaligned), then the class's, as sorting all of them would order them.
 */
export function strongestSupporters(support: MemberSupport, count: number): Candidate[] {
  const { article, aligned, shared } = support
  const strongest = aligned.slice(0, count).map((shortlisted) => shortlisted.aligned)
  if (strongest.length === count) return strongest
  const taken = new Set(aligned.map((shortlisted) => shortlisted.unaligned.fact.article))
  for (const shortlisted of shared.ranked) {
    if (strongest.length === count) break
    const other = shortlisted.unaligned.fact.article
    if (other !== article && !taken.has(other)) strongest.push(shortlisted.unaligned)
  }
  return strongest
}

/** Independence group → how many of the class's supporters fall in it. */
export type GroupCounts = ReadonlyMap<string, number>

export function groupCounts(shared: ClassSupport, groupOf: (article: string) => string): GroupCounts {
  const counts = new Map<string, number>()
  for (const article of shared.articles) {
    const group = groupOf(article)
    counts.set(group, (counts.get(group) ?? 0) + 1)
  }
  return counts
}

/** How many independence groups the fact's supporters fall in (`counts`: its class's, from `groupCounts`). */
export function independentSupport(support: MemberSupport, counts: GroupCounts, groupOf: (article: string) => string): number {
  const { article, aligned, shared } = support
  // The member's own article is not its own supporter.
  const own = shared.articles.has(article) ? groupOf(article) : undefined
  let groups = counts.size - (own !== undefined && counts.get(own) === 1 ? 1 : 0)
  const added = new Set<string>()
  for (const shortlisted of aligned) {
    const other = shortlisted.unaligned.fact.article
    if (shared.articles.has(other)) continue
    const group = groupOf(other)
    const inClass = (counts.get(group) ?? 0) - (group === own ? 1 : 0) > 0
    if (!inClass && !added.has(group)) {
      added.add(group)
      groups += 1
    }
  }
  return groups
}

/**
 * How many facts of each article each other article supports: article → other article → count
 * (only counts above zero). A class adds one for each member and each of its supporters; with
 * most articles supporting most classes (near-copies) that is counted as "all articles" less the
 * few that do not, so the cost follows the exceptions, not members × supporters.
 */
export function supportCounts(articles: readonly string[], classes: readonly (readonly MemberSupport[])[]): Map<string, Map<string, number>> {
  const size = articles.length
  const indexOf = new Map(articles.map((id, index) => [id, index]))
  const everyOther = new Float64Array(size)
  const pair = new Float64Array(size * size)
  const add = (from: number, other: number, count: number): void => {
    pair[from * size + other] = (pair[from * size + other] ?? 0) + count
  }
  for (const members of classes) {
    const shared = members[0]?.shared
    if (shared === undefined) continue
    const weight = new Map<number, number>()
    for (const member of members) {
      const from = indexOf.get(member.article) as number
      weight.set(from, (weight.get(from) ?? 0) + 1)
      for (const shortlisted of member.aligned) {
        const other = shortlisted.unaligned.fact.article
        if (!shared.articles.has(other)) add(from, indexOf.get(other) as number, 1)
      }
    }
    const supporters = [...shared.articles].map((id) => indexOf.get(id) as number)
    if (supporters.length * 2 > size) {
      const missing = articles.flatMap((id, index) => (shared.articles.has(id) ? [] : [index]))
      for (const [from, count] of weight) {
        everyOther[from] = (everyOther[from] ?? 0) + count
        for (const other of missing) add(from, other, -count)
      }
    } else {
      for (const [from, count] of weight) for (const other of supporters) add(from, other, count)
    }
  }
  const withFacts = new Set(classes.flatMap((members) => members.map((member) => member.article)))
  const counts = new Map<string, Map<string, number>>()
  for (const [from, id] of articles.entries()) {
    if (!withFacts.has(id)) continue
    const row = new Map<string, number>()
    counts.set(id, row)
    for (let other = 0; other < size; other++) {
      const count = other === from ? 0 : (everyOther[from] ?? 0) + (pair[from * size + other] ?? 0)
      if (count > 0) row.set(articles[other] as string, count)
    }
  }
  return counts
}
