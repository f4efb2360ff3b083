import type { Sentence, Span } from '../model/index.js'
import { type Term, termsWithOffsets } from '../segment/terms.js'
import { stemmer } from 'stemmer'

/**
 * The content-word stems around a fact, nearest first: "about 1,000 internal Rostec files" gives
 * [file, intern, rostec, …] and "1,000 years of Chinese domination" gives [year, chines, domin, …],
 * so verification can tell two equal values about different things apart. The counted noun
 * (when known) leads; then words after the fact win ties over words before it, because English
 * puts what is counted right after the number.
 */
export function factContext(sentence: Sentence, fact: Span, unit?: string, sentenceTerms: readonly Term[] = termsWithOffsets(sentence.text, sentence.start)): string[] {
  const scored: { stem: string; distance: number }[] = []
  for (const term of sentenceTerms) {
    if (term.end > fact.start && term.start < fact.end) continue
    const distance = term.start >= fact.end ? term.start - fact.end : fact.start - term.end + 0.5
    scored.push({ stem: term.stem, distance })
  }
  scored.sort((a, b) => a.distance - b.distance)
  const result: string[] = []
  const seen = new Set<string>()
  const add = (stem: string): void => {
    if (seen.has(stem)) return
    seen.add(stem)
    result.push(stem)
  }
  if (unit !== undefined) add(stemmer(unit))
  for (const { stem } of scored) add(stem)
  return result
}
