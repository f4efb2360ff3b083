import { describe, expect, it } from 'vitest'
import type { MoneyValue } from '../../model/index.js'
import { analyseArticle } from '../analyse-article.js'
import { compareValues, describeValue } from '../kinds.js'

function money(text: string): MoneyValue & { text: string } {
  const found = analyseArticle({ id: 't', text }).facts.flatMap((fact) => (fact.value.kind === 'money' ? [{ ...fact.value, text: fact.text }] : []))
  expect(found).toHaveLength(1)
  return found[0] as MoneyValue & { text: string }
}

describe('money', () => {
  it('reads symbols, codes, words and scales with the written precision', () => {
    // A trailing zero may be rounding: "$190 million" is precise to the ten million, "$193 million" to the million.
    expect(money('The bridge cost $190 million.')).toMatchObject({ currency: 'USD', amount: 190e6, precision: 1e7, text: '$190 million' })
    expect(money('The bridge cost $193 million.')).toMatchObject({ precision: 1e6 })
    expect(money('The bridge cost $189,739,535 in total.')).toMatchObject({ currency: 'USD', amount: 189_739_535, precision: 1 })
    expect(money('Sales reached US$5bn last year.')).toMatchObject({ currency: 'USD', amount: 5e9, precision: 1e9 })
    expect(money('The club paid €3.2 billion.')).toMatchObject({ currency: 'EUR', amount: 3.2e9, precision: 1e8 })
    expect(money('Farmers lost 2 trillion dong.')).toMatchObject({ currency: 'VND', amount: 2e12, text: '2 trillion dong' })
    expect(money('Debts of 40 million rubles remain.')).toMatchObject({ currency: 'RUB', amount: 40e6 })
    expect(money('A fee of USD 40 applies.')).toMatchObject({ currency: 'USD', amount: 40 })
    expect(money('A fee of US$ 40 million applies.')).toMatchObject({ currency: 'USD', amount: 40e6, text: 'US$ 40 million' })
    expect(money('It fetched roughly £12,000.')).toMatchObject({ currency: 'GBP', approximate: true, text: 'roughly £12,000' })
  })

  it('reads a spaced scale suffix after a currency sign in tokenised text', () => {
    expect(money('They will offer £ 50 m for the midfielder.')).toMatchObject({ currency: 'GBP', amount: 50e6, precision: 1e7, text: '£ 50 m' })
    expect(money('It cost $ 3.5 bn last year.')).toMatchObject({ amount: 3.5e9, precision: 1e8 })
  })

  it('treats a rounding as compatible and another amount as a conflict', () => {
    const exact = money('The bridge cost $189,739,535 in total.')
    expect(compareValues(money('The bridge cost $190 million.'), exact)).toBe('compatible')
    expect(compareValues(money('The bridge cost $170 million.'), exact)).toBe('conflict')
    expect(compareValues(money('The bridge cost $680 million.'), money('The bridge cost $684.2 million.'))).toBe('compatible')
    expect(compareValues(money('The bridge cost $188 million.'), exact)).toBe('conflict')
    expect(compareValues(money('The bridge cost $190 million.'), money('The bridge cost 190 million dollars.'))).toBe('equal')
  })

  it('lets approximate amounts tolerate more, and keeps currencies apart', () => {
    expect(compareValues(money('It cost about $2 million.'), money('It cost $2.15 million.'))).toBe('compatible')
    expect(compareValues(money('It cost $2 million.'), money('It cost $2.4 million.'))).toBe('compatible')
    expect(compareValues(money('It cost $2 million.'), money('It cost $2.6 million.'))).toBe('conflict')
    expect(compareValues(money('It cost $2 million.'), money('It cost €2 million.'))).toBe('unrelated')
  })

  it('describes amounts for explanations', () => {
    expect(describeValue(money('The bridge cost $190 million.'))).toBe('$190 million')
    expect(describeValue(money('The bridge cost $189,739,535 in total.'))).toBe('$189,739,535')
  })
})
