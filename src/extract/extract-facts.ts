import type { Article, EntityValue, Fact, FactValue, Sentence } from '../model/index.js'
import { type Term, termsWithOffsets } from '../segment/terms.js'
import { factContext } from './context.js'
import type { ExtractContext, FoundFact } from './fact-kind.js'
import { findEntities } from './entity/find-entities.js'
import { kindsByPriority } from './kinds.js'
import { Occupancy } from './occupancy.js'

/**
 * Every fact of an article, sorted by start, without overlaps: where two kinds claim the same
 * characters the higher priority wins ("$190 million" is money, not the number 190; "Su-35" is a
 * designator, not 35). Container kinds are the exception: a quote holds other facts inside it,
 * and may run over several sentences (its `sentence` is the one it opens in).
 * `sentenceTerms` (the content words of each sentence with offsets) saves recomputing them.
 */
export function extractFacts(article: Article, sentences: readonly Sentence[], sentenceTerms?: readonly (readonly Term[])[]): Fact[] {
  const ctx = createContext(article, sentences)
  const claimed: { kindPriority: number; found: FoundFact<FactValue> }[] = []
  const occupied = new Occupancy()
  for (const kind of kindsByPriority) {
    for (const found of kind.find(ctx)) {
      if (kind.container !== true) {
        if (occupied.overlaps(found)) continue
        occupied.claim(found)
      }
      claimed.push({ kindPriority: kind.priority, found })
    }
  }
  claimed.sort((a, b) => a.found.start - b.found.start || b.found.end - a.found.end)
  const facts: Fact[] = []
  const termsCache: (readonly Term[] | undefined)[] = [...(sentenceTerms ?? [])]
  let sentenceIndex = 0
  for (const { found } of claimed) {
    while (sentenceIndex < sentences.length - 1 && (sentences[sentenceIndex]?.end ?? 0) <= found.start) sentenceIndex++
    const sentence = sentences[sentenceIndex]
    if (sentence === undefined) continue
    const unit = found.value.kind === 'number' ? found.value.unit : undefined
    facts.push({
      id: `${article.id}#${facts.length}`,
      article: article.id,
      type: found.value.kind,
      text: article.text.slice(found.start, found.end),
      start: found.start,
      end: found.end,
      sentence: sentence.index,
      value: found.value,
      context: factContext(sentence, found, unit, (termsCache[sentence.index] ??= termsWithOffsets(sentence.text, sentence.start))),
    })
  }
  return facts
}

function createContext(article: Article, sentences: readonly Sentence[]): ExtractContext {
  let entities: readonly FoundFact<EntityValue>[] | undefined
  const published = parsePublished(article.published)
  const base = { article, text: article.text, sentences, ...(published === undefined ? {} : { published }) }
  const ctx: ExtractContext = {
    ...base,
    entities: () => (entities ??= findEntities(article.text, sentences)),
  }
  return ctx
}

/** "2025-10-27", "2025-10-27T08:00:00Z" → that day at UTC midnight; anything unparsable → undefined. */
function parsePublished(published: string | undefined): Date | undefined {
  if (published === undefined) return undefined
  const day = /^(\d{4})-(\d{2})-(\d{2})/u.exec(published)
  if (day !== null) return new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])))
  const parsed = Date.parse(published)
  if (Number.isNaN(parsed)) return undefined
  const date = new Date(parsed)
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()))
}
