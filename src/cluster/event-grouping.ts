import { FEATURE_HASH_BITS, featureKindWeights } from './event-features.js'

/**
 * Same-event linking: two articles report the same event when the names, designators, numbers
 * and words they share are rare in the corpus (weighted by inverse document frequency) and they
 * were published within a time window of each other.
 *
 * Similarity is a weighted overlap of feature sets: the shared weight divided by the geometric
 * mean of the two sets' weights (cosine over binary vectors), so a three-paragraph summary that
 * names the investigation's people, places and products still links to the long original.
 */
export interface EventGroupingOptions {
  /** Cosine similarity of IDF-weighted feature sets at or above which two articles are linked. */
  readonly threshold?: number
  /** Articles published further apart than this are never linked (when both dates are known). */
  readonly windowDays?: number
  /**
   * A feature carried by more articles than this is too common to propose candidates
   * ("government", "2024"); it still counts in the similarity of candidates found otherwise.
   */
  readonly maxPostings?: number
}

export const defaultEventGroupingOptions = { threshold: 0.16, windowDays: 7, maxPostings: 100 } as const

export interface EventMatch {
  readonly index: number
  readonly similarity: number
}

const DAY_MS = 86_400_000
/** Candidates scored in full per query: the ones sharing the most rare weight. */
const MAX_SCORED_CANDIDATES = 32

const DROPPED: number[] = []

const KIND_WEIGHTS = Float64Array.from(['t', 'e', 'd', 'n'] as const, (kind) => featureKindWeights[kind])

/** An incremental index of article features: add articles, ask which earlier ones report the same event. */
export class EventIndex {
  private readonly threshold: number
  private readonly windowMs: number
  private readonly maxPostings: number
  /**
   * Per hashed feature (see `featureHash`), side by side so that one cache miss serves both: at
   * `offset(id)` (`2 * id` here) the number of articles carrying it, at `offset(id) + 1` where its
   * postings are (0: none yet, -1: seen too often to propose candidates, k: `postings[k - 1]`).
   * A Map from feature to postings cost a hash lookup per feature of every article added and queried.
   */
  protected features: Int32Array
  /** Articles per rare feature, in the order they were added. */
  private readonly postings: number[][] = []
  private readonly documents: Uint32Array[] = []
  private readonly times: (number | undefined)[] = []
  private scores = new Float64Array(1024)
  /** `logs[n]` = ln(n), filled as the index grows: weights are computed millions of times per corpus, and a lookup beats Math.log. */
  private logs = new Float64Array(0)

  constructor(options: EventGroupingOptions = {}, features = new Int32Array(2 << FEATURE_HASH_BITS)) {
    this.features = features
    this.threshold = options.threshold ?? defaultEventGroupingOptions.threshold
    this.windowMs = (options.windowDays ?? defaultEventGroupingOptions.windowDays) * DAY_MS
    this.maxPostings = options.maxPostings ?? defaultEventGroupingOptions.maxPostings
  }

  get size(): number {
    return this.documents.length
  }

  /** Adds an article's distinct hashed features in ascending order (from `eventFeatureHashes`) and publication time; returns its index. */
  add(features: Uint32Array, publishedMs?: number): number {
    const index = this.documents.length
    for (const id of features) {
      const at = this.offset(id)
      const state = this.features
      state[at]!++
      const slot = state[at + 1]!
      if (slot === 0) {
        this.postings.push([index])
        state[at + 1] = this.postings.length
      } else if (slot > 0) {
        const list = this.postings[slot - 1]!
        // Past the cap the list is dropped for good: the feature is too common to propose candidates.
        if (list.length >= this.maxPostings) {
          state[at + 1] = -1
          this.postings[slot - 1] = DROPPED
        } else list.push(index)
      }
    }
    this.documents.push(features)
    this.times.push(publishedMs)
    this.growLogs(this.documents.length + 2)
    return index
  }

  /** Where feature `id` is in `features`. */
  protected offset(id: number): number {
    return 2 * id
  }

  private growLogs(size: number): void {
    if (size <= this.logs.length) return
    const logs = new Float64Array(Math.max(1024, size * 2))
    for (let value = 1; value < logs.length; value++) logs[value] = Math.log(value)
    this.logs = logs
  }

  private weight(id: number): number {
    const documents = this.documents.length
    // ln((N + 1) / (df + 1)) + 1; df <= N, both below logs.length.
    const idf = this.logs[documents + 1]! - this.logs[this.features[this.offset(id)]! + 1]! + 1
    const weight = KIND_WEIGHTS[id >>> (FEATURE_HASH_BITS - 2)]! * idf
    return weight * weight
  }

  private norm(ids: Uint32Array): number {
    let sum = 0
    for (const id of ids) sum += this.weight(id)
    return Math.sqrt(sum)
  }

  private withinWindow(a: number | undefined, b: number | undefined): boolean {
    return a === undefined || b === undefined || Math.abs(a - b) <= this.windowMs
  }

  /** Earlier-indexed or all other articles (never `index` itself) similar enough to the indexed article `index`. */
  matchesOf(index: number, options: { readonly onlyEarlier?: boolean } = {}): EventMatch[] {
    const ids = this.documents[index]
    if (ids === undefined) return []
    // Shared rare weight per earlier article, in a reused typed array (a Map per query was the hot spot).
    if (this.scores.length < this.documents.length) this.scores = new Float64Array(this.documents.length * 2)
    const scores = this.scores
    const touched: number[] = []
    for (const id of ids) {
      const slot = this.features[this.offset(id) + 1]!
      if (slot <= 0) continue
      const list = this.postings[slot - 1]!
      const weight = this.weight(id)
      for (const other of list) {
        if (other === index || (options.onlyEarlier === true && other > index)) continue
        if (scores[other] === 0) touched.push(other)
        scores[other]! += weight
      }
    }
    const ranked = topByScore(touched, scores, MAX_SCORED_CANDIDATES)
    for (const other of touched) scores[other] = 0
    if (ranked.length === 0) return []
    const ownNorm = this.norm(ids)
    const matches: EventMatch[] = []
    for (const other of ranked) {
      if (!this.withinWindow(this.times[index], this.times[other])) continue
      const otherIds = this.documents[other]!
      // Full shared weight, common features included (the postings skipped those): a merge of two sorted lists.
      let common = 0
      for (let a = 0, b = 0; a < ids.length && b < otherIds.length; ) {
        if (ids[a]! < otherIds[b]!) a++
        else if (ids[a]! > otherIds[b]!) b++
        else {
          common += this.weight(ids[a]!)
          a++
          b++
        }
      }
      const similarity = common / (ownNorm * this.norm(otherIds))
      if (similarity >= this.threshold) matches.push({ index: other, similarity })
    }
    return matches.sort((a, b) => b.similarity - a.similarity)
  }
}

/**
 * An EventIndex for the articles of one analysis: it numbers the features it meets itself instead
 * of placing them by hash in a table of every possible feature (32 MB, of which a few articles
 * touch a page per feature: a tenth of the page faults of a cold `corroborate analyze`). Each
 * lookup costs a Map access, which a corpus of thousands of articles should not pay.
 */
export class StoryEventIndex extends EventIndex {
  /** The number of each feature met, in the order met: its pair is at `2 * number`. */
  private readonly numbering = new Map<number, number>()

  constructor(options: EventGroupingOptions = {}) {
    super(options, new Int32Array(256))
  }

  /** A feature not met yet gets the next number (and zeros, as in the table by hash). */
  protected override offset(id: number): number {
    let number = this.numbering.get(id)
    if (number === undefined) {
      number = this.numbering.size
      this.numbering.set(id, number)
      if (2 * number + 2 > this.features.length) {
        const grown = new Int32Array(this.features.length * 2)
        grown.set(this.features)
        this.features = grown
      }
    }
    return 2 * number
  }
}

/** The `count` indices with the highest scores, best first, without sorting them all. */
function topByScore(indices: readonly number[], scores: Float64Array, count: number): number[] {
  const best: number[] = []
  for (const index of indices) {
    const score = scores[index]!
    if (best.length === count && score <= scores[best[count - 1]!]!) continue
    let position = best.length === count ? count - 1 : best.length
    while (position > 0 && scores[best[position - 1]!]! < score) {
      best[position] = best[position - 1]!
      position--
    }
    best[position] = index
  }
  return best
}

/** Parses an ISO date or date-time to epoch milliseconds; undefined when absent or unreadable. */
export function publishedMs(published: string | undefined): number | undefined {
  if (published === undefined) return undefined
  const value = Date.parse(published)
  return Number.isNaN(value) ? undefined : value
}
