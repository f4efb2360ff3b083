import type { SentenceLink } from '../model/index.js'

/** A set of story-wide sentence numbers, as verification reads it. */
export interface SentenceSet extends Iterable<number> {
  readonly size: number
  has(sentence: number): boolean
}

/**
 * The sentences aligned with each sentence of a story (by story-wide number), read from the links
 * in both directions. A story of near-copies has hundreds of thousands of links: they are kept in
 * two typed arrays (each sentence's neighbours side by side), and a sentence's set is sorted and
 * made only when a fact of that sentence asks for it.
 */
export class LinkedSentences {
  readonly #start: Int32Array
  readonly #neighbours: Int32Array
  readonly #sets = new Map<number, SortedSentences | undefined>()
  readonly #numbers = new Map<string, number>()

  constructor(links: readonly SentenceLink[], sentenceId: (article: string, sentence: number) => number, sentenceCount: number) {
    const ends = new Int32Array(links.length * 2)
    const degree = new Int32Array(sentenceCount + 1)
    links.forEach((link, position) => {
      const from = sentenceId(link.from.article, link.from.sentence)
      const to = sentenceId(link.to.article, link.to.sentence)
      ends[2 * position] = from
      ends[2 * position + 1] = to
      degree[from + 1] = (degree[from + 1] as number) + 1
      degree[to + 1] = (degree[to + 1] as number) + 1
    })
    for (let sentence = 1; sentence <= sentenceCount; sentence++) degree[sentence] = (degree[sentence] as number) + (degree[sentence - 1] as number)
    this.#start = degree
    const filled = degree.slice(0, sentenceCount)
    this.#neighbours = new Int32Array(links.length * 2)
    for (let end = 0; end < ends.length; end += 2) {
      const from = ends[end] as number
      const to = ends[end + 1] as number
      const fromAt = filled[from] as number
      const toAt = filled[to] as number
      this.#neighbours[fromAt] = to
      this.#neighbours[toAt] = from
      filled[from] = fromAt + 1
      filled[to] = toAt + 1
    }
  }

  /** The sentences aligned with `sentence`; undefined when none is. */
  of(sentence: number): SentenceSet | undefined {
    if (this.#sets.has(sentence)) return this.#sets.get(sentence)
    const start = this.#start[sentence] ?? 0
    const end = this.#start[sentence + 1] ?? start
    let set: SortedSentences | undefined
    if (end > start) {
      const sorted = this.#neighbours.slice(start, end).sort()
      // A pair linked both ways is listed twice: keep each sentence once.
      let kept = 0
      for (let position = 0; position < sorted.length; position++) {
        if (position === 0 || sorted[position] !== sorted[kept - 1]) sorted[kept++] = sorted[position] as number
      }
      const members = sorted.subarray(0, kept)
      const key = members.join(' ')
      let number = this.#numbers.get(key)
      if (number === undefined) this.#numbers.set(key, (number = this.#numbers.size))
      set = new SortedSentences(members, number)
    }
    this.#sets.set(sentence, set)
    return set
  }

  /** A number for the set aligned with `sentence`: equal sets get one number; -1 when none. */
  numberOf(sentence: number): number {
    return (this.of(sentence) as SortedSentences | undefined)?.number ?? -1
  }
}

class SortedSentences implements SentenceSet {
  constructor(
    readonly members: Int32Array,
    readonly number: number,
  ) {}

  get size(): number {
    return this.members.length
  }

  has(sentence: number): boolean {
    const members = this.members
    let low = 0
    let high = members.length
    while (low < high) {
      const middle = (low + high) >>> 1
      const member = members[middle] as number
      if (member === sentence) return true
      if (member < sentence) low = middle + 1
      else high = middle
    }
    return false
  }

  [Symbol.iterator](): Iterator<number> {
    return this.members[Symbol.iterator]()
  }
}
