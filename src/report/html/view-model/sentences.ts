import type { Span } from '../../../model/span.js'

export interface PageSentence extends Span {
  readonly index: number
  readonly text: string
}

/**
 * Sentences of a cleaned article text with their offsets. The result carries no sentences, so the
 * page splits them itself with the browser's own `Intl.Segmenter` (the same one Node has), which
 * knows "U.S." and "Mr." better than a regular expression would.
 */
export function splitSentences(text: string, locale = 'en'): PageSentence[] {
  const sentences: PageSentence[] = []
  const push = (start: number, end: number): void => {
    // Leading and trailing whitespace stays outside the sentence so spans and shading line up.
    while (start < end && /\s/.test(text[start] ?? '')) start += 1
    while (end > start && /\s/.test(text[end - 1] ?? '')) end -= 1
    if (end > start) sentences.push({ index: sentences.length, start, end, text: text.slice(start, end) })
  }
  const segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' })
  for (const { segment, index } of segmenter.segment(text)) {
    // A paragraph break ends a sentence even without a full stop (headlines, datelines).
    let offset = index
    for (const part of segment.split(/(?<=\n)\s*\n/)) {
      push(offset, offset + part.length)
      offset += part.length
    }
  }
  return sentences
}
