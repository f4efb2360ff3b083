import type { PercentValue } from '../../model/index.js'
import type { FoundFact } from '../fact-kind.js'
import { latin1StandIn, StandInPattern } from '../../segment/latin1.js'
import { qualifierBefore } from '../number/numeric.js'

// "a third of", "two-thirds of", "three quarters of", "half of": a share in words. A writer who
// turns "64%" into "two-thirds" rounds; the range is the percentages a reader takes it for.
const FRACTIONS: Readonly<Record<string, number>> = { half: 1 / 2, third: 1 / 3, thirds: 1 / 3, quarter: 1 / 4, quarters: 1 / 4, fifth: 1 / 5, fifths: 1 / 5 }
const COUNTS: Readonly<Record<string, number>> = { a: 1, one: 1, two: 2, three: 3, four: 4 }
// Read over the text's Latin-1 stand-in where there is one (see segment/latin1.ts); the words and
// spaces a match holds are the same in the stand-in.
const FRACTION = new StandInPattern(String.raw`(?<![\p{L}\p{N}-])(?:(a|one|two|three|four)[\s-](half|thirds?|quarters?|fifths?)|(?<!\b(?:first|second)\s+)(half))\s+of\b`, 'giu')
const FRACTION_SLACK = 4

export function findFractions(text: string): FoundFact<PercentValue>[] {
  const found: FoundFact<PercentValue>[] = []
  const standIn = latin1StandIn(text)
  for (const match of (standIn ?? text).matchAll(FRACTION.for(standIn))) {
    const count = match[3] !== undefined ? 1 : (COUNTS[(match[1] ?? '').toLowerCase()] ?? 0)
    const part = FRACTIONS[(match[2] ?? match[3] ?? '').toLowerCase()] ?? 0
    const share = count * part * 100
    // "one half", "two halves" and "five fifths" are no shares to check.
    if (share <= 0 || share >= 100 || (part === 1 / 2 && count !== 1)) continue
    const qualifier = qualifierBefore(text, match.index)
    const end = match.index + match[0].length - (/\s+of$/iu.exec(match[0])?.[0].length ?? 0)
    found.push({
      start: qualifier?.start ?? match.index,
      end,
      value: { kind: 'percent', value: share, points: false, approximate: true, low: Math.max(0, share - FRACTION_SLACK), high: Math.min(100, share + FRACTION_SLACK) },
    })
  }
  return found
}
