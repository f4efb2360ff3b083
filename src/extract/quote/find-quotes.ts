import type { EntityValue, QuoteValue } from '../../model/index.js'
import type { ExtractContext, FoundFact } from '../fact-kind.js'

/*
 * Quotes in straight or curly double quotes and who said them. Hand-written: none of the
 * installed libraries attributes quotes, and news attribution follows a handful of patterns:
 *   “…,” said Nguyen Van A, a researcher at X.      (verb then speaker, after the quote)
 *   “…,” she affirmed.                                (pronoun: the last person named before)
 *   Nguyen Van A said: “…”                            (speaker and verb before the quote)
 */

const QUOTED = /“([^”\n]{2,3000})”|"([^"\n]{2,3000})"/gu
const VERBS = 'said|says|say|added|adds|told|tells|wrote|writes|stated|states|affirmed|explained|explains|noted|notes|argued|argues|warned|warns|insisted|insists|asked|asks|replied|continued|declared|declares|recalled|recalls|acknowledged|admitted|claimed|claims|stressed|emphasized|emphasised|concluded|predicted|observed|commented|posted|tweeted|announced|according to'
// After the quote: ", said X" / ", X said" / ", she affirmed".
const AFTER = new RegExp(`^[\\s,.!?—–-]*(?:(${VERBS})\\b\\s*(.{0,120})|(.{1,80}?)\\s+(?:${VERBS})\\b)`, 'iu')
// Before the quote: "X said:" / "X told the paper," / "According to X,".
const BEFORE = new RegExp(`(?:(.{1,120}?)\\b(?:${VERBS})\\b[^“"]{0,60}?[,:]?\\s*|according to (.{1,80}?),\\s*)$`, 'iu')
const PRONOUN = /^(?:he|she|they|the (?:official|minister|president|analyst|expert|researcher|spokesman|spokeswoman|source|diplomat|officer|general))\b/iu

/** Quotes of three or more words, and shorter ones only when someone is named as saying them. */
export function findQuotes(ctx: ExtractContext): FoundFact<QuoteValue>[] {
  const { text } = ctx
  const speakers = ctx.entities().filter((fact) => fact.value.category === 'person' || fact.value.category === 'organization')
  const result: FoundFact<QuoteValue>[] = []
  for (const match of text.matchAll(QUOTED)) {
    const inner = match[1] ?? match[2] ?? ''
    const words = normaliseQuote(inner)
    const count = words.split(' ').filter(Boolean).length
    if (count === 0) continue
    const start = match.index
    const end = start + match[0].length
    const speaker = findSpeaker(text, start, end, speakers)
    // “liberation day”, “Customer 704”: short scare quotes are names or labels, not statements.
    if (count < 3 && speaker === undefined) continue
    result.push({ start, end, value: { kind: 'quote', words, ...(speaker === undefined ? {} : { speaker }) } })
  }
  return result
}

/** Lower case, straight apostrophes, no punctuation at the ends, single spaces. */
export function normaliseQuote(inner: string): string {
  return inner
    .toLowerCase()
    .replace(/[‘’]/gu, "'")
    .replace(/[^\p{L}\p{N}'%$.-]+/gu, ' ')
    .replace(/(?<!\d)\.|\.(?!\d)/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
}

function findSpeaker(text: string, start: number, end: number, speakers: readonly FoundFact<EntityValue>[]): string | undefined {
  const lineEnd = nextIndex(text, '\n', end)
  const afterText = text.slice(end, Math.min(lineEnd, end + 160))
  const after = AFTER.exec(afterText)
  if (after !== null) {
    const windowStart = end + after.index
    const windowEnd = end + after.index + after[0].length
    const named = speakers.find((fact) => fact.start >= windowStart && fact.start < windowEnd)
    if (named !== undefined) return named.value.name
    const who = (after[2] ?? after[3] ?? '').trim()
    if (PRONOUN.test(who)) return lastPersonBefore(speakers, start)
  }
  const lineStart = text.lastIndexOf('\n', start) + 1
  const beforeStart = Math.max(lineStart, start - 180)
  const before = BEFORE.exec(text.slice(beforeStart, start))
  if (before !== null) {
    const windowStart = beforeStart + before.index
    const named = speakers.filter((fact) => fact.start >= windowStart && fact.end <= start)
    const nearest = named[0]
    if (nearest !== undefined) return nearest.value.name
    const who = (before[1] ?? before[2] ?? '').trim()
    if (PRONOUN.test(who.split(/[,;]/u).at(-1)?.trim() ?? '')) return lastPersonBefore(speakers, start)
  }
  return undefined
}

function lastPersonBefore(speakers: readonly FoundFact<EntityValue>[], offset: number): string | undefined {
  let last: FoundFact<EntityValue> | undefined
  for (const fact of speakers) {
    if (fact.end > offset) break
    if (fact.value.category === 'person') last = fact
  }
  return last?.value.name
}

function nextIndex(text: string, needle: string, from: number): number {
  const index = text.indexOf(needle, from)
  return index < 0 ? text.length : index
}
