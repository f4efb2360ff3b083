import type { EntityValue, QuoteValue } from '../../model/index.js'
import { latin1StandIn, StandInPattern } from '../../segment/latin1.js'
import type { ExtractContext, FoundFact } from '../fact-kind.js'

/*
 * Quotes in straight or curly double quotes and who said them. Hand-written: none of the
 * installed libraries attributes quotes, and news attribution follows a handful of patterns:
 *   “…,” said Nguyen Van A, a researcher at X.      (verb then speaker, after the quote)
 *   “…,” she affirmed.                                (pronoun: the last person named before)
 *   Nguyen Van A said: “…”                            (speaker and verb before the quote)
 */

const QUOTED = /“([^”\n]{2,3000})”|"([^"\n]{2,3000})"/gu
// Stand-in patterns (segment/latin1.ts): /iu closes these word lists over Unicode case folding at
// compile time (SPEECH_VERB alone some 5 ms of a cold run); through a window's Latin-1 stand-in
// they compile without u. Their matches are literal ASCII, the same in the text.
const SPEECH_VERB = new StandInPattern(String.raw`\b(?:said|says|say|added|adds|told|tells|wrote|writes|stated|states|affirmed|explained|explains|noted|notes|argued|argues|warned|warns|insisted|insists|asked|asks|replied|continued|declared|declares|recalled|recalls|remarked|remarks|confirmed|confirms|responded|suggested|suggests|cautioned|acknowledged|admitted|claimed|claims|stressed|emphasized|emphasised|concluded|predicted|observed|commented|posted|tweeted|announced|according to)\b`, 'dgiu')
// Capitalised words at most between a verb and the speaker after it ("said Mr. Phuong").
const TITLES_ONLY = new StandInPattern(String.raw`^\s+(?:\p{Lu}[\p{L}.]*\s+){0,3}$`, 'u')
const PRONOUN = new StandInPattern(String.raw`^[\s,]*(?:he|she|they|the (?:official|minister|president|analyst|expert|researcher|spokesman|spokeswoman|source|diplomat|officer|general))\b`, 'iu')
const PRONOUN_AT_END = new StandInPattern(String.raw`(?:^|[\s,])(?:he|she|they|the (?:official|minister|president|analyst|expert|researcher|spokesman|spokeswoman|source|diplomat|officer|general))\s*$`, 'iu')

/** Quotes of three or more words, and shorter ones only when someone is named as saying them. */
export function findQuotes(ctx: ExtractContext): FoundFact<QuoteValue>[] {
  const { text } = ctx
  const speakers = ctx.entities().filter((fact) => fact.value.category === 'person' || fact.value.category === 'organization')
  const result: FoundFact<QuoteValue>[] = []
  let previous: { end: number; speaker: string | undefined } | undefined
  for (const match of text.matchAll(QUOTED)) {
    const inner = match[1] ?? match[2] ?? ''
    const words = normaliseQuote(inner)
    const count = words.split(' ').filter(Boolean).length
    if (count === 0) continue
    const start = match.index
    const end = start + match[0].length
    // “…,” she said, “…”: the second part of a quote broken by its attribution has the same speaker.
    // “…,” he said. “…”: so does a quote right after the first one in the same paragraph.
    const continued = previous !== undefined && start - previous.end < 100 && !text.slice(previous.end, start).includes('\n') ? previous.speaker : undefined
    const speaker = findSpeaker(text, start, end, speakers) ?? continued
    previous = { end, speaker }
    // “liberation day”, “Customer 704”: short scare quotes are names or labels, not statements.
    if (count < 3 && speaker === undefined) continue
    result.push({ start, end, value: { kind: 'quote', words, ...(speaker === undefined ? {} : { speaker }) } })
  }
  return result
}

// Read through a stand-in (segment/latin1.ts): cheaper to compile for than its Unicode classes.
const NOT_QUOTE_WORD = new StandInPattern(String.raw`[^\p{L}\p{N}'%$.]+`, 'gu')

/** Lower case, straight apostrophes, no punctuation at the ends, single spaces. */
export function normaliseQuote(inner: string): string {
  const straight = inner.toLowerCase().replace(/[‘’]/gu, "'")
  // A hyphen joins or splits words alike ("anti-discrimination", tokenised "anti - discrimination").
  return NOT_QUOTE_WORD.replaceIn(straight, ' ')
    .replace(/(?<!\d)\.|\.(?!\d)/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
}

function findSpeaker(text: string, start: number, end: number, speakers: readonly FoundFact<EntityValue>[]): string | undefined {
  return speakerAfter(text, start, end, speakers) ?? speakerBefore(text, start, speakers)
}

// “…,” said X, a researcher at Y.  /  “…,” X said.  /  “…,” she affirmed.
function speakerAfter(text: string, start: number, end: number, speakers: readonly FoundFact<EntityValue>[]): string | undefined {
  const window = text.slice(end, end + 160).split('\n', 1)[0] ?? ''
  const verb = SPEECH_VERB.exec(window)
  if (verb === null || verb.index > 80 || /[.!?]\s/u.test(window.slice(0, verb.index))) return undefined
  const verbStart = end + verb.index
  const verbEnd = verbStart + verb[0].length
  if (/^[\s,.!?—–-]*$/u.test(window.slice(0, verb.index))) {
    // The verb comes first: the speaker follows it, after titles at most ("said Mr. Phuong").
    if (PRONOUN.test(window.slice(verb.index + verb[0].length))) return lastPersonBefore(speakers, start)
    const next = speakers[firstAtOrAfter(speakers, verbEnd)]
    if (next === undefined || !TITLES_ONLY.test(text.slice(verbEnd, next.start))) return undefined
    return next.value.name
  }
  const named = firstSpeaker(speakers, end, verbStart)
  if (named !== undefined) return named
  return PRONOUN_AT_END.test(window.slice(0, verb.index)) ? lastPersonBefore(speakers, start) : undefined
}

// X said: “…”  /  X, a researcher at Y, told the paper: “…”  /  According to X, “…”
function speakerBefore(text: string, start: number, speakers: readonly FoundFact<EntityValue>[]): string | undefined {
  const from = Math.max(0, start - 180)
  const windowStart = from + text.slice(from, start).lastIndexOf('\n') + 1
  const window = text.slice(windowStart, start)
  let verb: RegExpExecArray | undefined
  const standIn = latin1StandIn(window)
  const speechVerb = SPEECH_VERB.for(standIn)
  speechVerb.lastIndex = 0
  for (let match = speechVerb.exec(standIn ?? window); match !== null; match = speechVerb.exec(standIn ?? window)) verb = match
  if (verb === undefined) return undefined
  const between = window.slice(verb.index + verb[0].length)
  if (between.length > 60 || /[.!?]["”]?\s/u.test(between)) return undefined
  if (/according to/iu.test(verb[0])) return firstSpeaker(speakers, windowStart + verb.index, start)
  const clause = window.slice(0, verb.index)
  const clauseStart = windowStart + Math.max(0, ...[...clause.matchAll(/[.!?]["”]?\s/gu)].map((m) => m.index + m[0].length))
  const named = firstSpeaker(speakers, clauseStart, windowStart + verb.index)
  if (named !== undefined) return named
  return PRONOUN_AT_END.test(clause) ? lastPersonBefore(speakers, start) : undefined
}

/** The first person in [from, to), else the first organisation ("a spokesperson for X said"). */
function firstSpeaker(speakers: readonly FoundFact<EntityValue>[], from: number, to: number): string | undefined {
  const inside: FoundFact<EntityValue>[] = []
  for (let i = firstAtOrAfter(speakers, from); i < speakers.length && (speakers[i]?.start ?? to) < to; i++) {
    const fact = speakers[i]
    if (fact !== undefined && fact.end <= to) inside.push(fact)
  }
  return (inside.find((fact) => fact.value.category === 'person') ?? inside[0])?.value.name
}

function lastPersonBefore(speakers: readonly FoundFact<EntityValue>[], offset: number): string | undefined {
  for (let i = firstAtOrAfter(speakers, offset) - 1; i >= 0; i--) {
    const fact = speakers[i]
    if (fact !== undefined && fact.end <= offset && fact.value.category === 'person') return fact.value.name
  }
  return undefined
}

/** Index of the first speaker starting at or after `offset` (speakers are in text order). */
function firstAtOrAfter(speakers: readonly FoundFact<EntityValue>[], offset: number): number {
  let low = 0
  let high = speakers.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((speakers[middle]?.start ?? 0) < offset) low = middle + 1
    else high = middle
  }
  return low
}
