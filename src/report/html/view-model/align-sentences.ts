import type { Finding } from '../../../model/finding.js'
import type { PageSentence } from './sentences.js'

export type SentenceShade = 'copied' | 'paraphrased' | 'new'

export interface AlignedRow {
  readonly left?: PageSentence
  readonly right?: PageSentence
}

export interface SideBySide {
  readonly rows: readonly AlignedRow[]
  /** Shade of each sentence by index: how it stands against the other article. */
  readonly leftShades: readonly SentenceShade[]
  readonly rightShades: readonly SentenceShade[]
}

interface Match {
  readonly other: number
  readonly similarity: number
}

/** Above this share of shared words a sentence reads as copied ("near-verbatim" allows a changed figure). */
const copiedThreshold = 0.8
/** Above this, the same sentence reworded; below, new material. */
const paraphraseThreshold = 0.3

/**
 * Aligns two articles sentence by sentence for reading side by side. Links come from two places:
 * findings whose evidence sits in the other article (the engine already matched those facts), and
 * word overlap between sentences. Rows follow the longest chain of links that keeps both
 * articles in reading order; other links still shade their sentences.
 */
export function alignSentences(
  left: { readonly id: string; readonly sentences: readonly PageSentence[] },
  right: { readonly id: string; readonly sentences: readonly PageSentence[] },
  findings: readonly Finding[],
): SideBySide {
  const leftWords = left.sentences.map((sentence) => contentWords(sentence.text))
  const rightWords = right.sentences.map((sentence) => contentWords(sentence.text))
  const leftPairs = left.sentences.map((sentence) => wordPairs(sentence.text))
  const rightPairs = right.sentences.map((sentence) => wordPairs(sentence.text))
  const rightMatches = right.sentences.map((_, index) => bestMatch(rightWords[index] ?? new Set(), leftWords))
  const leftMatches = left.sentences.map((_, index) => bestMatch(leftWords[index] ?? new Set(), rightWords))

  // A finding of one article with evidence in the other links their sentences even when the words differ.
  const factLinks = new Map<number, number>()
  for (const finding of findings) {
    for (const evidence of finding.evidence) {
      if (finding.article === right.id && evidence.article === left.id) {
        const r = sentenceAt(right.sentences, finding.claim.start)
        const l = sentenceAt(left.sentences, evidence.start)
        if (r !== undefined && l !== undefined) factLinks.set(r, l)
      } else if (finding.article === left.id && evidence.article === right.id) {
        const l = sentenceAt(left.sentences, finding.claim.start)
        const r = sentenceAt(right.sentences, evidence.start)
        if (r !== undefined && l !== undefined && !factLinks.has(r)) factLinks.set(r, l)
      }
    }
  }

  const links: Array<{ right: number; left: number }> = []
  for (const [index, match] of rightMatches.entries()) {
    const viaFact = factLinks.get(index)
    if (match !== undefined && match.similarity >= paraphraseThreshold) links.push({ right: index, left: match.other })
    else if (viaFact !== undefined) links.push({ right: index, left: viaFact })
  }
  const chain = longestOrderedChain(links)

  const rows: AlignedRow[] = []
  let nextLeft = 0
  const anchored = new Map(chain.map((link) => [link.right, link.left]))
  for (const sentence of right.sentences) {
    const partner = anchored.get(sentence.index)
    if (partner === undefined) {
      rows.push({ right: sentence })
      continue
    }
    for (; nextLeft < partner; nextLeft += 1) rows.push(leftOnly(left.sentences[nextLeft]))
    rows.push({ ...sideOf('left', left.sentences[partner]), right: sentence })
    nextLeft = partner + 1
  }
  for (; nextLeft < left.sentences.length; nextLeft += 1) rows.push(leftOnly(left.sentences[nextLeft]))

  const linkedRight = new Set(factLinks.keys())
  const linkedLeft = new Set(factLinks.values())
  return {
    rows,
    rightShades: rightMatches.map((match, index) => shadeOf(match, linkedRight.has(index), pairsOverlap(rightPairs[index], leftPairs[match?.other ?? -1]))),
    leftShades: leftMatches.map((match, index) => shadeOf(match, linkedLeft.has(index), pairsOverlap(leftPairs[index], rightPairs[match?.other ?? -1]))),
  }
}

function leftOnly(sentence: PageSentence | undefined): AlignedRow {
  return sideOf('left', sentence)
}

function sideOf(side: 'left' | 'right', sentence: PageSentence | undefined): AlignedRow {
  return sentence === undefined ? {} : { [side]: sentence }
}

function shadeOf(match: Match | undefined, linkedByFact: boolean, orderedOverlap: number): SentenceShade {
  const similarity = match?.similarity ?? 0
  if (similarity >= copiedThreshold && orderedOverlap >= copiedThreshold) return 'copied'
  if (similarity >= paraphraseThreshold || linkedByFact) return 'paraphrased'
  return 'new'
}

export function sentenceAt(sentences: readonly PageSentence[], offset: number): number | undefined {
  return sentences.find((sentence) => offset >= sentence.start && offset < sentence.end)?.index
}

// Words that carry no content; the page only needs a coarse overlap, not the engine's stemming.
const stopwords = new Set(
  'the a an and or but of to in on at for from by with as is are was were be been has have had it its this that these those he she they them his her their said says will would not no than then there which who whom what when where while also into over after before about'.split(' '),
)

export function contentWords(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []
  return new Set(words.filter((word) => !stopwords.has(word)))
}

/**
 * Adjacent word pairs: the same words in another order ("The plan adds 150 routes, Ortiz said" for
 * "Ortiz said the plan adds 120 routes") share few pairs, so a reordering reads as a paraphrase.
 */
function wordPairs(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
  return new Set(words.slice(1).map((word, index) => `${words[index] ?? ''} ${word}`))
}

/** Share of the shorter sentence's word pairs found in the other: a cut-down sentence is still copied. */
function pairsOverlap(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): number {
  if (a === undefined || b === undefined || a.size === 0 || b.size === 0) return 0
  let shared = 0
  for (const pair of a) if (b.has(pair)) shared += 1
  return shared / Math.min(a.size, b.size)
}

/** Dice overlap of word sets: a sentence with one changed number out of twelve words stays near 0.9. */
function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0
  let shared = 0
  for (const word of a) if (b.has(word)) shared += 1
  return (2 * shared) / (a.size + b.size)
}

function bestMatch(words: ReadonlySet<string>, others: readonly ReadonlySet<string>[]): Match | undefined {
  let best: Match | undefined
  for (const [index, other] of others.entries()) {
    const score = similarity(words, other)
    if (score > 0 && (best === undefined || score > best.similarity)) best = { other: index, similarity: score }
  }
  return best
}

/** Longest subsequence of links increasing in both articles (patience LIS on the left index). */
function longestOrderedChain(links: readonly { right: number; left: number }[]): { right: number; left: number }[] {
  const sorted = [...links].sort((a, b) => a.right - b.right)
  const tails: number[] = []
  const previous: number[] = []
  for (const [index, link] of sorted.entries()) {
    let low = 0
    let high = tails.length
    while (low < high) {
      const middle = (low + high) >> 1
      const tail = sorted[tails[middle] ?? 0]
      if (tail !== undefined && tail.left < link.left) low = middle + 1
      else high = middle
    }
    previous[index] = low > 0 ? (tails[low - 1] ?? -1) : -1
    tails[low] = index
  }
  const chain: { right: number; left: number }[] = []
  for (let index = tails[tails.length - 1] ?? -1; index >= 0; index = previous[index] ?? -1) {
    const link = sorted[index]
    if (link !== undefined) chain.unshift(link)
  }
  return chain
}
