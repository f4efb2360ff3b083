import { eventFeatureHashes } from './event-features.js'
import { EventIndex, publishedMs, type EventGroupingOptions } from './event-grouping.js'
import { LshIndex, type LshOptions } from './lsh.js'
import { sketch, type Sketch } from './minhash.js'
import { isNearDuplicate, type NearDuplicateOptions } from './near-duplicates.js'

export interface IncrementalClusterOptions {
  readonly lsh?: LshOptions
  readonly nearDuplicates?: NearDuplicateOptions
  readonly events?: EventGroupingOptions
}

/** What the clusterer keeps of an article, enough to rebuild its state without re-reading texts. */
export interface ClusterEntry {
  readonly storyId: number
  readonly sketch: Sketch
  /** Hashed event features, ascending (`eventFeatureHashes`). */
  readonly features: Uint32Array
  readonly publishedMs?: number
}

export interface Assignment {
  /** The story the article joins (a new one when it matched nothing). */
  readonly storyId: number
  /** Whether `storyId` was created for this article. */
  readonly newStory: boolean
  /** Stories folded into `storyId` because the article is a near-duplicate of articles in each. */
  readonly merged: readonly number[]
  readonly entry: ClusterEntry
}

export interface ArticleToCluster {
  readonly text: string
  readonly title?: string
  readonly published?: string
}

/**
 * Assigns articles to stories as they arrive. A near-duplicate (copy, excerpt, rewrite) joins the
 * story of the article it copies, and when it copies articles of several stories those stories are
 * merged: a rewrite of two wire versions proves they are one story. A same-event match (shared
 * rare names, numbers and terms) only joins the best matching story, never merges: topical
 * likeness is weaker evidence, and merging on it chains unrelated stories into one.
 */
export class IncrementalClusterer {
  private readonly lsh: LshIndex
  private readonly events: EventIndex
  private readonly nearDuplicates: NearDuplicateOptions | undefined
  private readonly sketches: Sketch[] = []
  private readonly storyOfDocument: number[] = []
  /** Story merges: a merged story points to the one it was folded into. */
  private readonly mergedInto = new Map<number, number>()
  private nextStoryId: number

  constructor(options: IncrementalClusterOptions = {}, firstStoryId = 1) {
    this.lsh = new LshIndex(options.lsh)
    this.events = new EventIndex(options.events)
    this.nearDuplicates = options.nearDuplicates
    this.nextStoryId = firstStoryId
  }

  get size(): number {
    return this.sketches.length
  }

  private resolve(storyId: number): number {
    let current = storyId
    for (let next = this.mergedInto.get(current); next !== undefined; next = this.mergedInto.get(current)) current = next
    return current
  }

  /** Re-adds an article clustered in an earlier run (its story id as stored). */
  restore(entry: ClusterEntry): void {
    this.sketches.push(entry.sketch)
    this.storyOfDocument.push(entry.storyId)
    this.lsh.add(entry.sketch.signature)
    this.events.add(entry.features, entry.publishedMs)
    if (entry.storyId >= this.nextStoryId) this.nextStoryId = entry.storyId + 1
  }

  /** Describes an article for clustering without adding it (pure; safe to run on another thread). */
  static describe(article: ArticleToCluster): Omit<ClusterEntry, 'storyId'> {
    const time = publishedMs(article.published)
    return {
      sketch: sketch(article.title === undefined ? article.text : `${article.title}\n${article.text}`),
      features: eventFeatureHashes(article.text, article.title),
      ...(time !== undefined && { publishedMs: time }),
    }
  }

  add(article: ArticleToCluster): Assignment {
    return this.addDescribed(IncrementalClusterer.describe(article))
  }

  addDescribed(described: Omit<ClusterEntry, 'storyId'>): Assignment {
    const nearStories = new Set<number>()
    for (const candidate of this.lsh.queryAndAdd(described.sketch.signature)) {
      // One verified near-duplicate per story is enough: templated wires make thousands of candidates.
      const story = this.resolve(this.storyOfDocument[candidate]!)
      if (nearStories.has(story)) continue
      if (isNearDuplicate(described.sketch, this.sketches[candidate]!, this.nearDuplicates)) nearStories.add(story)
    }
    const index = this.events.add(described.features, described.publishedMs)
    let storyId: number
    let merged: number[] = []
    let newStory = false
    if (nearStories.size > 0) {
      // The oldest story keeps its id, so ids users have seen stay valid.
      const [target, ...others] = [...nearStories].sort((a, b) => a - b)
      storyId = target!
      merged = others
      for (const other of others) this.mergedInto.set(other, storyId)
    } else {
      const best = this.events.matchesOf(index, { onlyEarlier: true })[0]
      if (best !== undefined) storyId = this.resolve(this.storyOfDocument[best.index]!)
      else {
        storyId = this.nextStoryId++
        newStory = true
      }
    }
    this.sketches.push(described.sketch)
    this.storyOfDocument.push(storyId)
    return { storyId, newStory, merged, entry: { ...described, storyId } }
  }
}
