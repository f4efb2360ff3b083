import type { AnalysedArticle, Alignment, Fact, LinkKind, SentenceLink } from '../model/index.js'
import { compareValues } from './compare.js'
import { CounterpartTable } from './counterparts.js'
import { characterSimilarity, trigramCounts, verbatimForm } from './normalise.js'
import { buildStoryIndex, candidatePrefix, sharedWeight, type IndexedSentence, type StoryIndex } from './story-index.js'
import { ALIGN_THRESHOLDS as T } from './thresholds.js'

/** Alignment plus what later stages need from the same pass. */
export interface StoryAlignment extends Alignment {
  readonly index: StoryIndex
  /**
   * For each article (by position) and sentence: the largest share of that sentence's weighted
   * content words found in any one sentence of another article (0 when none shares a rare word).
   */
  readonly bestContainment: readonly (readonly number[])[]
}

/**
 * For every sentence of every article, its best counterpart in each other article, when there is
 * one (verbatim, near-verbatim or paraphrase). Candidates come from an inverted index over the
 * sentences' rarest terms, never from a scan of all sentence pairs.
 */
export function alignStory(articles: readonly AnalysedArticle[]): Alignment {
  return { links: alignStoryDetailed(articles).links }
}

export interface AlignOptions {
  /**
   * Positions of the articles every other article is aligned with; two articles outside it are
   * not aligned with each other. A story of hundreds of near-copies would otherwise cost
   * articles × articles; its likeliest sources (the first in origin order) are what relations need.
   */
  readonly hubs?: ReadonlySet<number>
}

export function alignStoryDetailed(articles: readonly AnalysedArticle[], options: AlignOptions = {}): StoryAlignment {
  const { hubs } = options
  const index = buildStoryIndex(articles)
  const verbatimForms = articles.map((article) => article.sentences.map((sentence) => verbatimForm(sentence.text)))
  const factsBySentence = articles.map((article) => groupFacts(article))
  const bestContainment = articles.map((article) => article.sentences.map(() => 0))
  // Marks which sentences the current query already met through another of its terms: a typed
  // array, not a set of pairs, so a story of many copies does not fill the heap with pair keys.
  const metBy = new Int32Array(index.sentenceCount).fill(-1)
  const trigramCache = new Map<string, ReadonlyMap<string, number>>()
  const trigrams = (text: string): ReadonlyMap<string, number> => {
    let counts = trigramCache.get(text)
    if (counts === undefined) {
      counts = trigramCounts(text)
      trigramCache.set(text, counts)
    }
    return counts
  }

  // Near-copies repeat whole sentences: a pair of sentences is judged once for each pair of
  // distinct sentences (same words, terms and facts), whichever copies the pair stands in.
  const kindOf = sentenceKinds(index, verbatimForms, factsBySentence)
  const judged = new Map<number, Judged>()
  const judge = (from: IndexedSentence, to: IndexedSentence): Judged => {
    const fromKind = kindOf.kind[from.id] ?? 0
    const toKind = kindOf.kind[to.id] ?? 0
    const repeated = (kindOf.copies[fromKind] ?? 0) > 1 || (kindOf.copies[toKind] ?? 0) > 1
    const key = fromKind * kindOf.copies.length + toKind
    const known = repeated ? judged.get(key) : undefined
    if (known !== undefined) return known
    const shared = sharedWeight(from, to)
    const forward = evaluate(from, to, shared, verbatimForms, factsBySentence, trigrams)
    const result = { shared: shared.weight, kind: forward?.kind, similarity: forward?.similarity ?? 0 }
    if (repeated) judged.set(key, result)
    return result
  }

  // Made into an object only when it beats the current best: most pairs met do not.
  // Whether `from`'s candidate prefix holds one of `to`'s terms, once per pair of distinct sentences.
  const prefixMeets = new Map<number, boolean>()
  const metFrom = (from: IndexedSentence, to: IndexedSentence): boolean => {
    const fromKind = kindOf.kind[from.id] ?? 0
    const toKind = kindOf.kind[to.id] ?? 0
    if ((kindOf.copies[fromKind] ?? 0) <= 1 && (kindOf.copies[toKind] ?? 0) <= 1) return sharesPrefix(from, to, prefixes)
    const key = fromKind * kindOf.copies.length + toKind
    let meets = prefixMeets.get(key)
    if (meets === undefined) prefixMeets.set(key, (meets = sharesPrefix(from, to, prefixes)))
    return meets
  }

  // The best counterpart of each sentence in each other article, updated when beaten.
  const sentenceById: IndexedSentence[] = []
  for (const sentences of index.sentences) for (const sentence of sentences) sentenceById[sentence.id] = sentence
  const best = new CounterpartTable(Int32Array.from(sentenceById, (sentence) => sentence.article), articles.length, hubs)
  const consider = (from: IndexedSentence, to: IndexedSentence, kind: LinkKind, similarity: number): void => best.consider(from.id, to.id, to.article, kind, similarity)

  const prefixes: (readonly string[])[] = []
  for (const sentences of index.sentences) for (const sentence of sentences) prefixes[sentence.id] = candidatePrefix(sentence, T.candidateFloor)
  // A sentence outside the hubs meets only the hubs' sentences: it reads their postings alone, in
  // the same order, instead of skipping every other article's (near-copies share every term).
  const hubPostings = hubs === undefined ? undefined : postingsOf(index, hubs)

  for (const sentences of index.sentences) {
    for (const sentence of sentences) {
      if (sentence.terms.size === 0) continue
      const postings = hubPostings === undefined || hubs?.has(sentence.article) === true ? index.postings : hubPostings
      for (const term of prefixes[sentence.id] ?? []) {
        for (const other of postings.get(term) ?? []) {
          if (other.article === sentence.article) continue
          if (metBy[other.id] === sentence.id) continue
          metBy[other.id] = sentence.id
          // A pair is met from both sides when each holds a rare term of the other; judge it once,
          // from the lower id, unless the lower one's prefix missed it (then from here).
          if (other.id < sentence.id && metFrom(other, sentence)) continue
          const { shared, kind, similarity } = judge(sentence, other)
          noteContainment(bestContainment, sentence, shared)
          noteContainment(bestContainment, other, shared)
          if (kind === undefined) continue
          consider(sentence, other, kind, similarity)
          consider(other, sentence, kind, similarity)
        }
      }
    }
  }
  addTermlessVerbatim(index, verbatimForms, (from, to) => {
    if (hubs === undefined || hubs.has(from.article) || hubs.has(to.article)) consider(from, to, 'verbatim', 1)
  })

  // Links in sentence order, then other-article order; each sentence's end is one object, shared by its links.
  const ends: (SentenceRef | undefined)[] = new Array<SentenceRef | undefined>(index.sentenceCount)
  const endOf = (sentence: IndexedSentence): SentenceRef | undefined => {
    const id = articles[sentence.article]?.article.id
    if (id === undefined) return undefined
    ends[sentence.id] ??= { article: id, sentence: sentence.sentence }
    return ends[sentence.id]
  }
  const links: SentenceLink[] = []
  for (const from of sentenceById) {
    // In article order: the table's columns are.
    best.forEachOf(from.id, (toId, kind, similarity) => {
      const fromEnd = endOf(from)
      const toEnd = endOf(sentenceById[toId] as IndexedSentence)
      if (fromEnd === undefined || toEnd === undefined) return
      links.push({ from: fromEnd, to: toEnd, similarity: round(similarity), kind })
    })
  }
  return { links, index, bestContainment }
}

/** The index's postings restricted to the sentences of the `hubs` articles. */
function postingsOf(index: StoryIndex, hubs: ReadonlySet<number>): Map<string, IndexedSentence[]> {
  const postings = new Map<string, IndexedSentence[]>()
  for (const [term, sentences] of index.postings) {
    const kept = sentences.filter((sentence) => hubs.has(sentence.article))
    if (kept.length > 0) postings.set(term, kept)
  }
  return postings
}

/** True when `from`'s candidate prefix holds one of `to`'s terms: the pair was met from `from`. */
function sharesPrefix(from: IndexedSentence, to: IndexedSentence, prefixes: readonly (readonly string[])[]): boolean {
  for (const term of prefixes[from.id] ?? []) if (to.terms.has(term)) return true
  return false
}

interface Candidate {
  readonly to: IndexedSentence
  readonly kind: LinkKind
  readonly similarity: number
}

/** What judging a pair of sentences gives: their shared weight, and the link kind when they align. */
interface Judged {
  readonly shared: number
  readonly kind: LinkKind | undefined
  readonly similarity: number
}

/**
 * Numbers the distinct sentences of a story: those with the same verbatim form, the same terms in
 * the same order and the same facts judge alike against any other sentence. `kind[id]` is the
 * number of sentence `id`, `copies[kind]` how many sentences of the story share it.
 */
function sentenceKinds(index: StoryIndex, forms: readonly (readonly string[])[], facts: readonly (ReadonlyMap<number, readonly Fact[]>)[]): { kind: Int32Array; copies: number[] } {
  const numbers = new Map<string, number>()
  const kind = new Int32Array(index.sentenceCount)
  const copies: number[] = []
  for (const sentences of index.sentences) {
    for (const sentence of sentences) {
      const factKeys = (facts[sentence.article]?.get(sentence.sentence) ?? []).map((fact) => `${fact.type}\u0003${JSON.stringify(fact.value)}`)
      const key = [forms[sentence.article]?.[sentence.sentence] ?? '', [...sentence.terms.keys()].join(' '), ...factKeys].join('\u0002')
      let number = numbers.get(key)
      if (number === undefined) {
        number = copies.length
        numbers.set(key, number)
        copies.push(0)
      }
      kind[sentence.id] = number
      copies[number] = (copies[number] ?? 0) + 1
    }
  }
  return { kind, copies }
}

type SentenceRef = SentenceLink['from']

function evaluate(
  from: IndexedSentence,
  to: IndexedSentence,
  shared: { weight: number; count: number },
  forms: readonly (readonly string[])[],
  facts: readonly (ReadonlyMap<number, readonly Fact[]>)[],
  trigrams: (text: string) => ReadonlyMap<string, number>,
): Candidate | undefined {
  const fromForm = forms[from.article]?.[from.sentence] ?? ''
  const toForm = forms[to.article]?.[to.sentence] ?? ''
  if (fromForm !== '' && fromForm === toForm) return { to, kind: 'verbatim', similarity: 1 }
  if (shared.count < T.minimumSharedTerms) return undefined
  const jaccard = shared.weight / (from.weight + to.weight - shared.weight)
  const containment = shared.weight / Math.min(from.weight, to.weight)
  const similarity = (jaccard + containment) / 2
  if (jaccard >= T.nearVerbatimTerms && characterSimilarity(fromForm, toForm, trigrams) >= T.nearVerbatimCharacters) {
    return { to, kind: 'near-verbatim', similarity }
  }
  if (jaccard >= T.paraphraseAlone) return { to, kind: 'paraphrase', similarity }
  const many = T.paraphraseManyWords
  if (jaccard >= many.jaccard && containment >= many.containment && shared.count >= many.sharedTerms) return { to, kind: 'paraphrase', similarity }
  if (jaccard >= T.paraphraseWithFacts || containment >= T.containmentWithFacts) {
    const fromFacts = facts[from.article]?.get(from.sentence) ?? []
    const toFacts = facts[to.article]?.get(to.sentence) ?? []
    if (sharesFact(fromFacts, toFacts)) return { to, kind: 'paraphrase', similarity }
  }
  return undefined
}

function sharesFact(left: readonly Fact[], right: readonly Fact[]): boolean {
  for (const a of left) {
    for (const b of right) {
      if (a.type !== b.type) continue
      const comparison = compareValues(a.value, b.value)
      if (comparison === 'equal' || comparison === 'compatible') return true
    }
  }
  return false
}

function groupFacts(article: AnalysedArticle): Map<number, Fact[]> {
  const bySentence = new Map<number, Fact[]>()
  for (const fact of article.facts) {
    const list = bySentence.get(fact.sentence)
    if (list === undefined) bySentence.set(fact.sentence, [fact])
    else list.push(fact)
  }
  return bySentence
}

function noteContainment(bestContainment: number[][], sentence: IndexedSentence, shared: number): void {
  const row = bestContainment[sentence.article]
  if (row === undefined || sentence.weight === 0) return
  row[sentence.sentence] = Math.max(row[sentence.sentence] ?? 0, shared / sentence.weight)
}

/** Sentences without content words ("“No.”", "2025") are verbatim only when their whole text repeats. */
function addTermlessVerbatim(
  index: StoryIndex,
  forms: readonly (readonly string[])[],
  consider: (from: IndexedSentence, to: IndexedSentence) => void,
): void {
  const byForm = new Map<string, IndexedSentence[]>()
  for (const sentences of index.sentences) {
    for (const sentence of sentences) {
      if (sentence.terms.size > 0) continue
      const form = forms[sentence.article]?.[sentence.sentence] ?? ''
      if (form === '') continue
      const list = byForm.get(form)
      if (list === undefined) byForm.set(form, [sentence])
      else list.push(sentence)
    }
  }
  for (const group of byForm.values()) {
    // One counterpart per other article is all a link needs: never group × group.
    const firstByArticle = new Map<number, IndexedSentence>()
    for (const sentence of group) if (!firstByArticle.has(sentence.article)) firstByArticle.set(sentence.article, sentence)
    for (const from of group) {
      for (const to of firstByArticle.values()) {
        if (from.article !== to.article) consider(from, to)
      }
    }
  }
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
