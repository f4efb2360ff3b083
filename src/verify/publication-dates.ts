import type { AnalysedArticle, Fact } from '../model/index.js'
import { attributionsOf, identities, sameOutlet } from './attribution.js'

/** Another article whose publication day a date names, and that day as its metadata gives it. */
export interface PublicationDate {
  readonly article: string
  readonly published: string
}

// "The Ledger reported on Tuesday", "the paper said on March 10": the verb between name and date.
const REPORTED_ON = /^\s+(?:has\s+|had\s+|first\s+)?(?:reported|said|wrote|published|revealed|disclosed|announced)\s+(?:on\s+)?$/u

/**
 * "The Northern Ledger reported on Tuesday": the date of a report is the day the named outlet
 * published it, which that article's metadata holds and its text rarely does. Returns the other
 * articles so named whose publication day is the date's.
 */
export function publicationDatesNamed(fact: Fact, article: AnalysedArticle, others: readonly AnalysedArticle[]): PublicationDate[] {
  const value = fact.value
  if (value.kind !== 'date' || value.day === undefined || value.month === undefined || value.year === undefined) return []
  const attributions = attributionsOf(article.article)
  const text = article.article.text
  const naming = attributions.filter((attribution) => attribution.end <= fact.start && REPORTED_ON.test(text.slice(attribution.end, fact.start)))
  if (naming.length === 0) return []
  const day = `${value.year}-${String(value.month).padStart(2, '0')}-${String(value.day).padStart(2, '0')}`
  const found: PublicationDate[] = []
  for (const other of others) {
    const published = other.article.published
    if (other === article || published === undefined || !published.startsWith(day)) continue
    const outlets = identities(other.article)
    if (naming.some((attribution) => outlets.some((outlet) => sameOutlet(outlet, attribution.name)))) found.push({ article: other.article.id, published })
  }
  return found
}
