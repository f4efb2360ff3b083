import type { Comparison, QuoteValue } from '../../model/index.js'
import type { FactKind } from '../fact-kind.js'
import { findQuotes } from './find-quotes.js'

/** Quotes and their speakers: an altered quote or a quote given to someone else is a conflict. */
export const quoteKind: FactKind<QuoteValue> = {
  type: 'quote',
  priority: 0,
  container: true,
  find: findQuotes,
  compare: compareQuotes,
  describe(value) {
    const words = value.words.split(' ')
    const shown = words.length > 12 ? `${words.slice(0, 12).join(' ')} …` : value.words
    return `“${shown}”${value.speaker === undefined ? '' : ` (${value.speaker})`}`
  },
}

export function compareQuotes(a: QuoteValue, b: QuoteValue): Comparison {
  const otherSpeaker = a.speaker !== undefined && b.speaker !== undefined && a.speaker !== b.speaker
  if (a.words === b.words) return otherSpeaker ? 'conflict' : 'equal'
  // One quote cut from the other ("…we will not yield" inside a longer quote) is a partial quote.
  if (a.words.includes(b.words) || b.words.includes(a.words)) return otherSpeaker ? 'conflict' : 'compatible'
  const similarity = wordOverlap(a.words, b.words)
  // Most words shared but not all: words were changed inside the quote marks.
  if (similarity >= 0.6) return 'conflict'
  return 'unrelated'
}

/** Dice coefficient over words (with repeats): the share of words the two quotes have in common. */
function wordOverlap(a: string, b: string): number {
  const left = a.split(' ')
  const right = b.split(' ')
  const counts = new Map<string, number>()
  for (const word of left) counts.set(word, (counts.get(word) ?? 0) + 1)
  let shared = 0
  for (const word of right) {
    const count = counts.get(word) ?? 0
    if (count > 0) {
      shared++
      counts.set(word, count - 1)
    }
  }
  return (2 * shared) / (left.length + right.length)
}
