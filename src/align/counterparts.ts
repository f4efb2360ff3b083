import type { LinkKind } from '../model/index.js'

const KIND_RANK: Record<LinkKind, number> = { verbatim: 3, 'near-verbatim': 2, paraphrase: 1 }
const KIND_OF_RANK: readonly (LinkKind | undefined)[] = [undefined, 'paraphrase', 'near-verbatim', 'verbatim']

/**
 * The best counterpart of each sentence (by story-wide id) in each other article (by position),
 * kept in typed arrays: a story of near-copies has hundreds of thousands of them, which as one
 * object and one map entry each kept the garbage collector busy.
 *
 * With hubs, a sentence outside them only ever meets the hubs' sentences, so its row has one
 * column per hub; a hub's sentence (or any sentence without hubs) has one per article.
 */
export class CounterpartTable {
  readonly #articles: number
  /** Article position → its column in a narrow row (hubs in increasing order), -1 for others. */
  readonly #hubColumn: Int32Array
  readonly #hubArticles: readonly number[]
  /** Sentence id → where its row starts; whether the row is narrow (hub columns only). */
  readonly #rowStart: Int32Array
  readonly #narrow: Uint8Array
  /** Per cell: the counterpart's sentence id (-1: none yet), its kind's rank and its similarity. */
  readonly #to: Int32Array
  readonly #rank: Uint8Array
  readonly #similarity: Float64Array

  /** `articleOf[id]`: the article position of each sentence of the story. */
  constructor(articleOf: ArrayLike<number>, articles: number, hubs: ReadonlySet<number> | undefined) {
    this.#articles = articles
    this.#hubArticles = hubs === undefined ? [] : [...hubs].filter((article) => article >= 0 && article < articles).sort((left, right) => left - right)
    this.#hubColumn = new Int32Array(articles).fill(-1)
    this.#hubArticles.forEach((article, column) => {
      this.#hubColumn[article] = column
    })
    const sentences = articleOf.length
    this.#rowStart = new Int32Array(sentences)
    this.#narrow = new Uint8Array(sentences)
    let cells = 0
    for (let id = 0; id < sentences; id++) {
      const narrow = hubs !== undefined && !hubs.has(articleOf[id] as number)
      this.#narrow[id] = narrow ? 1 : 0
      this.#rowStart[id] = cells
      cells += narrow ? this.#hubArticles.length : articles
    }
    this.#to = new Int32Array(cells).fill(-1)
    this.#rank = new Uint8Array(cells)
    this.#similarity = new Float64Array(cells)
  }

  /** Keeps `to` as `from`'s counterpart in `toArticle` when it is the first met there or beats the current one. */
  consider(from: number, to: number, toArticle: number, kind: LinkKind, similarity: number): void {
    const cell = this.#cell(from, toArticle)
    const rank = KIND_RANK[kind]
    if (this.#to[cell] !== -1) {
      // Ranked by kind, then by similarity; ties keep the first met.
      const current = this.#rank[cell] as number
      if (rank !== current ? rank < current : !(similarity > (this.#similarity[cell] as number))) return
    }
    this.#to[cell] = to
    this.#rank[cell] = rank
    this.#similarity[cell] = similarity
  }

  /** Calls `each` for every counterpart of sentence `from`, in increasing article order. */
  forEachOf(from: number, each: (to: number, kind: LinkKind, similarity: number) => void): void {
    const start = this.#rowStart[from] as number
    const narrow = this.#narrow[from] === 1
    const width = narrow ? this.#hubArticles.length : this.#articles
    for (let column = 0; column < width; column++) {
      const to = this.#to[start + column] as number
      if (to === -1) continue
      each(to, KIND_OF_RANK[this.#rank[start + column] as number] as LinkKind, this.#similarity[start + column] as number)
    }
  }

  #cell(from: number, toArticle: number): number {
    if (this.#narrow[from] === 0) return (this.#rowStart[from] as number) + toArticle
    const column = this.#hubColumn[toArticle] as number
    // Outside the hubs, sentences are only ever compared with the hubs' sentences.
    if (column === -1) throw new Error(`sentence ${from} is outside the hubs and compared with article ${toArticle}, not a hub`)
    return (this.#rowStart[from] as number) + column
  }
}
