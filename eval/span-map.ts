import type { TextSpan } from '../src/model/span.js'
import type { Span } from '../src/model/span.js'

/**
 * Moves a span of the cleaned article text back onto the text we handed in. The cleaner may
 * normalise spaces or quotes, so offsets can drift; the claim's own text is looked up in the
 * input and the occurrence nearest to where the offsets point is taken. Undefined when the claim
 * cannot be found (it then cannot be scored against gold spans).
 */
export function mapToInput(cleaned: string, input: string, claim: TextSpan): Span | undefined {
  if (cleaned === input) return { start: claim.start, end: claim.end }
  const needle = claim.text
  if (needle === '') return undefined
  const expected = cleaned.length === 0 ? 0 : Math.round((claim.start / cleaned.length) * input.length)
  let best: number | undefined
  for (let at = input.indexOf(needle); at !== -1; at = input.indexOf(needle, at + 1)) {
    if (best === undefined || Math.abs(at - expected) < Math.abs(best - expected)) best = at
  }
  if (best === undefined) {
    // Case or space differences: compare lower-cased with runs of spaces collapsed, on word starts.
    const words = needle.toLowerCase().split(/\s+/).filter(Boolean)
    const pattern = new RegExp(words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'gi')
    let bestEnd = 0
    for (const match of input.matchAll(pattern)) {
      if (best === undefined || Math.abs(match.index - expected) < Math.abs(best - expected)) {
        best = match.index
        bestEnd = match.index + match[0].length
      }
    }
    return best === undefined ? undefined : { start: best, end: bestEnd }
  }
  return { start: best, end: best + needle.length }
}
