import type { PercentValue } from '../../model/index.js'
import type { ExtractContext, FactKind, FoundFact } from '../fact-kind.js'
import { formatNumber } from '../number/number-kind.js'
import { compareQuantities, qualifierBefore, type Quantity, scanNumbers } from '../number/numeric.js'
import { findFractions } from './fraction.js'

// "46%", "46 %", "46 percent", "46 per cent", "46-percent", "46 pct"; "2 percentage points", "2 points".
const PERCENT_SIGN = /^\s?%/u
const PERCENT_WORD = /^[\s-](?:per\s?cent|pct)\b/iu
const POINTS_WORD = /^\s(?:percentage[\s-]points?|percent(?:age)?[\s-]points?|basis points?)\b/iu

/** Percentages and percentage points: "46 percent" = "46%"; "3 percentage points" is not "3%". */
export const percentKind: FactKind<PercentValue> = {
  type: 'percent',
  priority: 6,
  find: findPercents,
  compare(a, b) {
    if (a.points !== b.points) return 'unrelated'
    return compareQuantities(quantityOf(a), quantityOf(b))
  },
  describe(value) {
    if (value.low !== undefined) return `${value.approximate ? 'about ' : ''}${formatNumber(Math.round(value.value))}% (a fraction)`
    return `${value.approximate ? 'about ' : ''}${formatNumber(value.value)}${value.points ? ' percentage points' : '%'}`
  },
}

function quantityOf(value: PercentValue): Quantity {
  const quantity = { value: value.value, precision: precisionOf(value.value), approximate: value.approximate, ...(value.atLeast === true ? { atLeast: true } : {}) }
  return value.low !== undefined && value.high !== undefined ? { ...quantity, low: value.low, high: value.high } : quantity
}

function findPercents(ctx: ExtractContext): FoundFact<PercentValue>[] {
  const { text } = ctx
  const result: FoundFact<PercentValue>[] = findFractions(text)
  for (const match of scanNumbers(text)) {
    const after = text.slice(match.end, match.end + 24)
    const points = POINTS_WORD.exec(after)
    const sign = points === null ? (PERCENT_SIGN.exec(after) ?? PERCENT_WORD.exec(after)) : points
    if (sign === null) continue
    const qualifier = qualifierBefore(text, match.start)
    const basis = points !== null && /basis/iu.test(points[0])
    result.push({
      start: qualifier?.start ?? match.start,
      end: match.end + sign[0].length,
      value: {
        kind: 'percent',
        // "50 basis points" = 0.5 percentage points.
        value: basis ? match.value / 100 : match.value,
        points: points !== null,
        approximate: match.vague || (qualifier?.approximate ?? false),
        ...(qualifier?.atLeast === true ? { atLeast: true } : {}),
      },
    })
  }
  return result
}

/** Percentages carry no written precision in the model: "46" is exact to 1, "4.5" to 0.1. */
function precisionOf(value: number): number {
  const decimals = /\.(\d+)$/u.exec(String(value))?.[1]?.length ?? 0
  return 10 ** -decimals
}
