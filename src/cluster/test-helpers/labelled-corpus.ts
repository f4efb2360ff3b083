import { split } from 'sentence-splitter'
import type { ClusterDocument } from '../cluster.js'
import { IncrementalClusterer } from '../incremental.js'
import { editWords, seededRandom } from './reuters.js'

/**
 * A labelled clustering corpus built from real articles: each story is one original with some of
 * a copy (3 % of words edited), a rewrite (15-25 % edited, a sentence dropped), an excerpt (its
 * first half) and a summary (two of its sentences heavily edited plus a sentence from an unrelated
 * article), published within three days; the other articles are unrelated singletons.
 */
export interface LabelledDocument extends ClusterDocument {
  readonly story: string
}

export interface LabelledCorpusOptions {
  readonly stories: number
  readonly unrelated: number
  readonly seed?: number
}

const DAY_MS = 86_400_000

function sentencesOf(text: string): string[] {
  return split(text)
    .filter((node) => node.type === 'Sentence')
    .map((node) => node.raw.trim())
    .filter((sentence) => sentence !== '')
}

export function labelledCorpus(texts: readonly string[], options: LabelledCorpusOptions): LabelledDocument[] {
  const random = seededRandom(options.seed ?? 7)
  const pool = [...texts]
  // Shuffle once; originals come first, unrelated articles and summary filler after.
  for (let index = pool.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1))
    ;[pool[index], pool[other]] = [pool[other]!, pool[index]!]
  }
  const long = pool.filter((text) => text.split(' ').length >= 120 && sentencesOf(text).length >= 4)
  const originals = long.slice(0, options.stories)
  const used = new Set(originals)
  const others = pool.filter((text) => !used.has(text))
  const unrelated = others.slice(0, options.unrelated)
  const filler = others.slice(options.unrelated)
  const vocabulary = [...new Set(others.slice(0, 300).flatMap((text) => text.split(' ')))]
  const date = (ms: number) => new Date(ms).toISOString().slice(0, 10)
  const start = Date.UTC(2024, 0, 1)
  const documents: LabelledDocument[] = []

  originals.forEach((text, storyIndex) => {
    const story = `story-${storyIndex}`
    const day = start + Math.floor(random() * 365) * DAY_MS
    const at = () => date(day + Math.floor(random() * 3) * DAY_MS)
    const sentences = sentencesOf(text)
    documents.push({ id: `${story}-original`, text, published: date(day), story })
    const versions: [string, () => string][] = [
      ['copy', () => editWords(text, 0.03, vocabulary, random)],
      ['rewrite', () => editWords(sentences.filter((_, index) => index !== 1 + Math.floor(random() * (sentences.length - 1))).join(' '), 0.15 + random() * 0.1, vocabulary, random)],
      ['excerpt', () => sentences.slice(0, Math.ceil(sentences.length / 2)).join(' ')],
      [
        'summary',
        () => {
          const other = sentences[1 + Math.floor(random() * (sentences.length - 1))]!
          const noise = filler.length === 0 ? '' : sentencesOf(filler[Math.floor(random() * filler.length)]!)[0] ?? ''
          return [editWords(sentences[0]!, 0.3, vocabulary, random), editWords(other, 0.3, vocabulary, random), noise].join(' ')
        },
      ],
    ]
    for (const [kind, make] of versions) if (random() < 0.75) documents.push({ id: `${story}-${kind}`, text: make(), published: at(), story })
  })
  unrelated.forEach((text, index) => documents.push({ id: `unrelated-${index}`, text, published: date(start + Math.floor(random() * 365) * DAY_MS), story: `unrelated-${index}` }))
  // Arrival order mixed, as in a stream.
  for (let index = documents.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1))
    ;[documents[index], documents[other]] = [documents[other]!, documents[index]!]
  }
  return documents
}

export interface PairwiseScores {
  readonly precision: number
  readonly recall: number
  readonly f1: number
  readonly predictedPairs: number
  readonly truePairs: number
}

/** Pairwise precision, recall and F1 of predicted groups against the documents' story labels. */
export function pairwiseScores(groups: readonly (readonly string[])[], documents: readonly LabelledDocument[]): PairwiseScores {
  const storyOf = new Map(documents.map((document) => [document.id, document.story]))
  let predictedPairs = 0
  let correctPairs = 0
  for (const group of groups) {
    for (let a = 0; a < group.length; a++) {
      for (let b = a + 1; b < group.length; b++) {
        predictedPairs++
        if (storyOf.get(group[a]!) === storyOf.get(group[b]!)) correctPairs++
      }
    }
  }
  const sizes = new Map<string, number>()
  for (const document of documents) sizes.set(document.story, (sizes.get(document.story) ?? 0) + 1)
  let truePairs = 0
  for (const size of sizes.values()) truePairs += (size * (size - 1)) / 2
  const precision = predictedPairs === 0 ? 1 : correctPairs / predictedPairs
  const recall = truePairs === 0 ? 1 : correctPairs / truePairs
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall), predictedPairs, truePairs }
}

/** Groups as the store forms them: one article at a time through the incremental clusterer. */
export function incrementalGroups(documents: readonly ClusterDocument[]): string[][] {
  const clusterer = new IncrementalClusterer()
  const byStory = new Map<number, string[]>()
  const storyOfDocument: number[] = []
  const merges = new Map<number, number>()
  const resolve = (story: number): number => {
    let current = story
    for (let next = merges.get(current); next !== undefined; next = merges.get(current)) current = next
    return current
  }
  for (const document of documents) {
    const assignment = clusterer.add(document)
    for (const merged of assignment.merged) merges.set(merged, assignment.storyId)
    storyOfDocument.push(assignment.storyId)
  }
  documents.forEach((document, index) => {
    const story = resolve(storyOfDocument[index]!)
    byStory.set(story, [...(byStory.get(story) ?? []), document.id])
  })
  return [...byStory.values()]
}
