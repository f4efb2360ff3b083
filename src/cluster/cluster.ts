import { eventFeatureHashes } from './event-features.js'
import { EventIndex, publishedMs, StoryEventIndex, type EventGroupingOptions } from './event-grouping.js'
import { LshIndex, type LshOptions } from './lsh.js'
import { sketch } from './minhash.js'
import { isNearDuplicate, type NearDuplicateOptions } from './near-duplicates.js'
import { UnionFind } from './union-find.js'

/** Up to this many articles, same-event links use an index sized by their features (StoryEventIndex). */
const STORY_SIZED = 500

export interface ClusterDocument {
  readonly id: string
  readonly text: string
  /** ISO date or date-time; same-event links need dates within the window when both are known. */
  readonly published?: string
  readonly title?: string
}

export interface ClusterOptions {
  readonly lsh?: LshOptions
  readonly nearDuplicates?: NearDuplicateOptions
  readonly events?: EventGroupingOptions
  /** Only group copies, excerpts and rewrites (no same-event links). */
  readonly nearDuplicatesOnly?: boolean
}

/**
 * Groups articles into stories: near-duplicates (copies, excerpts, rewrites) through MinHash and
 * LSH banding with verified candidates, then reports of the same event through shared rare
 * names, numbers and terms. Every id lands in exactly one group; an article that matches nothing
 * is a group of its own. Groups come in order of their first article, ids in input order.
 */
export function clusterArticles(docs: readonly ClusterDocument[], options: ClusterOptions = {}): string[][] {
  const sets = new UnionFind(docs.length)
  const lsh = new LshIndex(options.lsh)
  const sketches = docs.map((doc) => sketch(doc.title === undefined ? doc.text : `${doc.title}\n${doc.text}`))
  sketches.forEach((current, index) => {
    for (const candidate of lsh.query(current.signature)) {
      if (isNearDuplicate(current, sketches[candidate]!, options.nearDuplicates)) sets.union(index, candidate)
    }
    lsh.add(current.signature)
  })
  if (options.nearDuplicatesOnly !== true) {
    const events = docs.length <= STORY_SIZED ? new StoryEventIndex(options.events) : new EventIndex(options.events)
    for (const doc of docs) events.add(eventFeatureHashes(doc.text, doc.title), publishedMs(doc.published))
    for (let index = 0; index < docs.length; index++) {
      for (const match of events.matchesOf(index, { onlyEarlier: true })) sets.union(index, match.index)
    }
  }
  return sets.groups().map((group) => group.map((index) => docs[index]!.id))
}
