import type { MoneyValue } from '../../model/index.js'
import type { ExtractContext, FactKind, FoundFact } from '../fact-kind.js'
import { formatNumber } from '../number/number-kind.js'
import { compareQuantities, qualifierBefore, type Quantity, scanNumbers } from '../number/numeric.js'
import { CURRENCY_PREFIXES, CURRENCY_WORDS } from './currencies.js'

const SUFFIX = new RegExp(
  `^\\s+(${Object.keys(CURRENCY_WORDS).sort((a, b) => b.length - a.length).map((word) => word.replace(/\./g, '\\.')).join('|')})\\b`,
  'iu',
)

/** Amounts of money: "$190 million", "US$5bn", "€3.2 billion", "2 trillion dong", "$189,739,535". */
export const moneyKind: FactKind<MoneyValue> = {
  type: 'money',
  priority: 6,
  find: findMoney,
  compare(a, b) {
    if (a.currency !== b.currency) return 'unrelated'
    return compareQuantities(quantityOf(a), quantityOf(b))
  },
  describe(value) {
    const symbol = value.currency === 'USD' ? '$' : value.currency === 'EUR' ? '€' : value.currency === 'GBP' ? '£' : `${value.currency} `
    return `${value.approximate ? 'about ' : ''}${symbol}${formatAmount(value.amount)}`
  },
}

function quantityOf(value: MoneyValue): Quantity {
  return { value: value.amount, precision: value.precision, approximate: value.approximate, ...(value.atLeast === true ? { atLeast: true } : {}) }
}

const SPACED_SCALE = /^ (bn|mn|mln|m|tn)\b/iu
const SPACED_SCALES: Readonly<Record<string, number>> = { bn: 1e9, mn: 1e6, mln: 1e6, m: 1e6, tn: 1e12 }

function findMoney(ctx: ExtractContext): FoundFact<MoneyValue>[] {
  const { text } = ctx
  const result: FoundFact<MoneyValue>[] = []
  for (const match of scanNumbers(text)) {
    let start = match.start
    let end = match.end
    let currency: string | undefined
    const before = text.slice(Math.max(0, start - 7), start)
    for (const [prefix, code] of CURRENCY_PREFIXES) {
      // "$190", "US$ 5", "USD 40", "€ 3": a symbol or code, then at most one space.
      const written = before.endsWith(`${prefix} `) ? `${prefix} ` : before.endsWith(prefix) ? prefix : undefined
      // "ABCUSD 40" is no currency code: a code must stand alone.
      if (written === undefined || (/^[A-Z]{3}$/u.test(prefix) && /[A-Za-z]$/u.test(before.slice(0, -written.length)))) continue
      currency = code
      start -= written.length
      break
    }
    if (currency === undefined) {
      const suffix = SUFFIX.exec(text.slice(end, end + 20))
      if (suffix === null) continue
      currency = CURRENCY_WORDS[(suffix[1] ?? '').toLowerCase()]
      // "won" is also a verb: "13 won the vote" — keep it only after a scale word or a digit amount ≥ 1,000.
      if (currency === 'KRW' && match.value < 1000) continue
      end += suffix[0].length
    }
    if (currency === undefined) continue
    // Tokenised text ("£ 50 m", "$ 3.5 bn"): after a currency sign a spaced suffix is still a scale,
    // where after a bare number it would be a unit ("a 50 m pool").
    const spacedScale = match.scaled || !match.digits ? null : SPACED_SCALE.exec(text.slice(end, end + 6))
    const scale = spacedScale === null ? 1 : (SPACED_SCALES[(spacedScale[1] ?? '').toLowerCase()] ?? 1)
    if (spacedScale !== null) end += spacedScale[0].length
    const qualifier = qualifierBefore(text, start)
    result.push({
      start: qualifier?.start ?? start,
      end,
      value: { kind: 'money', currency, amount: match.value * scale, approximate: match.vague || (qualifier?.approximate ?? false), ...(qualifier?.atLeast === true ? { atLeast: true } : {}), precision: match.precision * scale },
    })
  }
  return result
}

/** "$190 million" rather than "$190,000,000" for round amounts; "$189,739,535" stays as written. */
function formatAmount(amount: number): string {
  for (const [scale, word] of [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']] as const) {
    if (amount >= scale && amount % (scale / 1000) === 0) return `${formatNumber(amount / scale)} ${word}`
  }
  return formatNumber(amount)
}
