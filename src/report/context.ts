import type { Span } from '../model/span.js'
import { flattenWhitespace } from './printable.js'
import { sentenceStarts } from './sentence-starts.js'

/** A span shown inside its sentence: the words before it, the span itself, the words after. */
export interface SpanInContext {
  readonly before: string
  readonly match: string
  readonly after: string
}

// Made on first use, for text sentenceStarts does not handle: creating it loads ICU's sentence
// rules (about 15 ms), which a JSON report never needs.
let sentenceSegmenter: Intl.Segmenter | undefined
const boundariesByText = new Map<string, number[]>()

/**
 * The sentence(s) around a span, whitespace flattened to single spaces and each side cut to
 * `maxSide` characters at a word boundary. Sentences are Unicode's (UAX #29, as Intl.Segmenter
 * finds them), which a display needs no better than.
 */
export function spanInContext(text: string, span: Span, maxSide = 120): SpanInContext {
  const boundaries = sentenceBoundaries(text)
  const sentenceStart = lastAtOrBefore(boundaries, span.start)
  const sentenceEnd = firstAtOrAfter(boundaries, span.end, text.length)
  return {
    before: cutLeft(flattenWhitespace(text.slice(sentenceStart, span.start)).trimStart(), maxSide),
    match: flattenWhitespace(text.slice(span.start, span.end)),
    after: cutRight(flattenWhitespace(text.slice(span.end, sentenceEnd)).trimEnd(), maxSide),
  }
}

function sentenceBoundaries(text: string): number[] {
  const cached = boundariesByText.get(text)
  if (cached !== undefined) return cached
  const boundaries: number[] = [0]
  const starts = sentenceStarts(text) ?? icuSentenceStarts(text)
  for (let at = 1; at < starts.length; at++) {
    // UAX #29 ends a sentence after "Mr. " or "Dr. ": "Mr. Reyes warned…" is one sentence to a reader.
    const followsAbbreviation = text.slice(starts[at - 1], starts[at]).trim().length <= 4
    if (!followsAbbreviation) boundaries.push(starts[at]!)
  }
  boundaries.push(text.length)
  // Reports render a result once; a small cache keyed by text avoids re-segmenting per finding.
  if (boundariesByText.size > 256) boundariesByText.clear()
  boundariesByText.set(text, boundaries)
  return boundaries
}

function icuSentenceStarts(text: string): number[] {
  sentenceSegmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' })
  return Array.from(sentenceSegmenter.segment(text), (segment) => segment.index)
}

function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let found = 0
  for (const boundary of sorted) {
    if (boundary > value) break
    found = boundary
  }
  return found
}

function firstAtOrAfter(sorted: readonly number[], value: number, fallback: number): number {
  for (const boundary of sorted) if (boundary >= value) return boundary
  return fallback
}


function cutLeft(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(text.length - max)
  const space = cut.indexOf(' ')
  return `…${space >= 0 && space < max / 2 ? cut.slice(space + 1) : cut}`
}

function cutRight(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max)
  const space = cut.lastIndexOf(' ')
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`
}
