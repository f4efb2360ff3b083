import { describe, expect, it } from 'vitest'
import type { NumberValue } from '../../model/index.js'
import { analyseArticle } from '../analyse-article.js'
import { compareValues, describeValue } from '../kinds.js'
import { AGE } from './age.js'
import { formatNumber } from './number-kind.js'

function numbers(text: string): (NumberValue & { text: string })[] {
  return analyseArticle({ id: 't', text }).facts.flatMap((fact) => (fact.value.kind === 'number' ? [{ ...fact.value, text: fact.text }] : []))
}

function one(text: string): NumberValue & { text: string } {
  const found = numbers(text)
  expect(found).toHaveLength(1)
  return found[0] as NumberValue & { text: string }
}

describe('numbers', () => {
  it('reads digits and words alike: "13" = "thirteen", "twenty-six"', () => {
    const digits = one('The navy ordered 13 patrol boats.')
    const words = one('The navy ordered thirteen patrol boats.')
    expect(digits).toMatchObject({ value: 13, precision: 1, approximate: false, unit: 'boat' })
    expect(words).toMatchObject({ value: 13, precision: 1, unit: 'boat' })
    expect(compareValues(digits, words)).toBe('equal')
    expect(one('They built twenty-six bridges.')).toMatchObject({ value: 26, unit: 'bridge' })
    expect(one('They hired three hundred and five guards.')).toMatchObject({ value: 305, precision: 1 })
  })

  it('keeps the written precision: "13,000" is rounded to thousands, "1.5 million" to hundred thousands', () => {
    expect(one('Some 13,000 fans came.')).toMatchObject({ value: 13000, precision: 1000, approximate: true })
    expect(one('The city has 1.5 million residents.')).toMatchObject({ value: 1_500_000, precision: 100_000, unit: 'resident' })
  })

  it('reads ages as ages: "the 31-year-old", "aged 31", "Ines Varga, 31,"', () => {
    const written = [one('The 31-year-old won again.'), one('Ines Varga, 31, won again.'), one('She won, aged 31, in Oslo.'), one('She turned 31 last week.')]
    for (const age of written) expect(age).toMatchObject({ value: 31, unit: AGE, precision: 1 })
    expect(describeValue(written[0] as NumberValue)).toBe('aged 31')
    // An age is not a count of years, nor a count of anything else.
    expect(compareValues(written[0] as NumberValue, one('She served 31 years.'))).toBe('unrelated')
    expect(compareValues(written[0] as NumberValue, one('The 32-year-old won again.'))).toBe('conflict')
    // A year between commas is no age.
    expect(numbers('Voters in Leeds, 2019, stayed home.').filter((value) => value.unit === AGE)).toHaveLength(0)
  })

  it('reads a score as one pair: "2-0" is "0-2" from the other side, "2-1" conflicts, "2" alone is no score', () => {
    const won = one('Rovers won 2-0 at home.')
    expect(won).toMatchObject({ score: [2, 0], text: '2-0' })
    expect(one('Rovers won 2 - 0 at home.')).toMatchObject({ score: [2, 0], text: '2 - 0' })
    expect(compareValues(won, one('United lost 0-2 away.'))).toBe('equal')
    expect(compareValues(won, one('Rovers won 2-1 at home.'))).toBe('conflict')
    expect(compareValues(won, one('Rovers scored 2 goals.'))).toBe('unrelated')
    expect(describeValue(won)).toBe('the score 2-0')
    // A range reads low to high and stays a range; a phone number is no score.
    expect(one('Between 10-12 people came.')).toMatchObject({ low: 10, high: 12 })
    expect(numbers('Call 1-800-555 now.').some((value) => value.score !== undefined)).toBe(false)
  })

  it('reads ranks as ranks: "70th anniversary", "third straight win", never a count', () => {
    expect(one('They marked the 70th anniversary of the landings.')).toMatchObject({ value: 70, ordinal: true, unit: 'anniversary' })
    const third = one('Rovers moved up to third in the league.')
    expect(third).toMatchObject({ value: 3, ordinal: true })
    expect(describeValue(one('It was their third straight win.'))).toBe('3rd win')
    expect(compareValues(third, one('Rovers moved up to fifth in the league.'))).toBe('conflict')
    expect(compareValues(third, one('Rovers won three games in the league.'))).toBe('unrelated')
    // The same counted noun makes a rank and a count one fact: "the 30th minute", "the opening 30 minutes".
    expect(compareValues(one('He scored in the 30th minute.'), one('Both goals came in the opening 30 minutes.'))).toBe('equal')
    // No rank reported: "a second time", "a third of", "second-hand"; "March 13th" is a date.
    expect(numbers('She tried a second time with a third of the budget and a second-hand car on March 13th.')).toHaveLength(0)
    expect(numbers('Arms for the 21st century.')).toHaveLength(0)
    // "for the first time" claims something new: a rank of times, which a rewrite may add or change.
    const first = one('The club won the cup for the first time.')
    expect(first).toMatchObject({ text: 'first time', value: 1, ordinal: true, unit: 'time' })
    expect(compareValues(first, one('The club won the cup for the second time.'))).toBe('conflict')
    // A place in a world ranking is a rank ("world number 29" against "world number one"); other labels are no facts.
    const ranked = one('Vance beat world number 29 Okafor in Lyon.')
    expect(ranked).toMatchObject({ value: 29, ordinal: true, unit: 'world ranking' })
    expect(compareValues(ranked, one('Vance beat world number one Okafor in Lyon.'))).toBe('conflict')
    expect(numbers('Aides at No 10 and No. 11 met the number 7 shirt maker.')).toHaveLength(0)
    // "The first time since 1990" ranks nothing: it says when it last happened, and the year says that.
    expect(numbers('The club won the cup for the first time since 1990.')).toHaveLength(0)
  })

  it('marks approximations and vague quantities', () => {
    expect(one('About 1,000 letters arrived.')).toMatchObject({ value: 1000, approximate: true, text: 'About 1,000' })
    expect(one('Nearly 40 trucks waited.').approximate).toBe(true)
    expect(one('The lab ran dozens of trials.')).toMatchObject({ approximate: true, low: 24, high: 99, unit: 'trial' })
    expect(one('She bought a dozen eggs.')).toMatchObject({ value: 12, approximate: true })
    expect(one('Hundreds of thousands of people fled.')).toMatchObject({ text: 'Hundreds of thousands', low: 200_000, high: 999_999, unit: 'person' })
    expect(one('Tens of thousands of fans marched.')).toMatchObject({ low: 10_000, high: 99_999, unit: 'fan' })
  })

  it('reads ranges as one fact', () => {
    expect(one('The repairs take 10 to 12 weeks.')).toMatchObject({ low: 10, high: 12, value: 11, unit: 'week' })
    expect(one('The repairs take 10-12 weeks.')).toMatchObject({ low: 10, high: 12 })
  })

  it('skips years, times, numbered ranks and the numbers inside money, percentages and designators', () => {
    expect(numbers('The 3rd round began at 10:30 in 2019 for the No. 4 seed.').map((n) => [n.value, n.ordinal])).toEqual([[3, true]])
    expect(numbers('It cost $40 million, 12% more, for two Mi-17 helicopters.').map((n) => n.value)).toEqual([2])
  })

  it('reads a number word glued to what it counts, as digits are: "three-year" = "3-year"', () => {
    expect(one('He signed a three-year contract.')).toMatchObject({ value: 3, text: 'three' })
    expect(one('He was given a one-match ban.')).toMatchObject({ value: 1 })
    expect(numbers('It was a one-off payment for two-thirds of the staff.')).toHaveLength(0)
  })

  it('reads the counted noun past a pair of modifiers: "310 shipping and fishing businesses" → business', () => {
    expect(one('It represents 310 shipping and fishing businesses.').unit).toBe('business')
  })

  it('counts people in any of their names: "450 workers" and "450 people" compare', () => {
    expect(compareValues(one('It will employ up to 450 workers.'), one('Up to 450 people will work there.'))).toBe('equal')
    expect(compareValues(one('It will employ 450 workers.'), one('It will build 450 homes.'))).toBe('unrelated')
  })

  it('names the counted noun, skipping adjectives and names: "40 new fighter jets" → jet', () => {
    expect(one('The air force wants 40 new fighter jets.').unit).toBe('jet')
    expect(one('The mayor read two Harbor Gazette articles.').unit).toBe('article')
    // Both numbers of an alternative count the noun after it.
    for (const text of ['They ordered four, or possibly fourteen, ferries.', 'They ordered four (or maybe 14) ferries.', 'They ordered four—or 14—ferries.']) {
      expect(numbers(text).map((number) => [number.value, number.unit])).toEqual([[4, 'ferry'], [14, 'ferry']])
    }
  })

  it('reads a possessive or quoted plural and a singular unit before its noun as the counted unit', () => {
    expect(one('A bumper run of six weeks’ grass court tennis.').unit).toBe('week')
    expect(one("Passengers were 'vomiting for two days' due to rough seas.").unit).toBe('day')
    expect(one('They relived their two day ordeal at sea.').unit).toBe('day')
    expect(one('They relived their two-day ordeal at sea.').unit).not.toBe('ordeal')
    expect(one('The council bought two tram depots.').unit).toBe('depot')
  })

  it('describes values for explanations', () => {
    expect(describeValue(one('The navy ordered 13 patrol boats.'))).toBe('13 boats')
    expect(describeValue(one('The lab ran dozens of trials.'))).toBe('about 24–99 trials')
    expect(describeValue(one('Some 2 million people voted.'))).toBe('about 2,000,000 people')
  })

  it('compares by rounding and unit', () => {
    const exact = one('The fund has 1,512 members.')
    const rounded = one('The fund has about 1,500 members.')
    const other = one('The fund has 1,700 members.')
    const years = one('The fund is 1,512 years old.')
    expect(compareValues(exact, rounded)).toBe('compatible')
    expect(compareValues(exact, other)).toBe('conflict')
    expect(compareValues(exact, years)).toBe('unrelated')
    expect(compareValues(one('We saw dozens of kites.'), one('We saw 36 kites.'))).toBe('compatible')
    // A vague quantity holds its range, not a unit of its precision beyond it.
    expect(compareValues(one('Tens of thousands of people marched.'), one('Up to 400 people marched.'))).toBe('conflict')
    expect(compareValues(one('Hundreds of people marched.'), one('About 150 people marched.'))).toBe('conflict')
  })

  it('lets approximation words cover a rounding, not another leading figure', () => {
    const hedged = one('The ferry carries about 52,000 riders a week.')
    expect(compareValues(hedged, one('The ferry carries 51,700 riders a week.'))).toBe('compatible')
    expect(compareValues(hedged, one('The ferry carries close to 52,000 riders a week.'))).toBe('equal')
    expect(compareValues(hedged, one('The ferry carries roughly 55,000 riders a week.'))).toBe('conflict')
    expect(compareValues(hedged, one('The ferry carries 53,000 riders a week.'))).toBe('conflict')
    // A bound over a finer figure: "more than 30" for 37.
    expect(compareValues(one('More than 30 stalls opened.'), one('Exactly 37 stalls opened.'))).toBe('compatible')
    // Vague quantities keep their ranges.
    expect(compareValues(one('Hundreds of stalls opened.'), one('Some 640 stalls opened.'))).toBe('compatible')
  })

  it('takes a floor to hold a later count a little above it, not below it or far past it', () => {
    const floor = one('At least 14 people were killed.')
    expect(floor.atLeast).toBe(true)
    expect(compareValues(floor, one('The attack killed 16 people.'))).toBe('compatible')
    expect(compareValues(one('The attack killed 16 people.'), floor)).toBe('compatible')
    expect(compareValues(floor, one('The attack killed 12 people.'))).toBe('conflict')
    expect(compareValues(floor, one('The attack killed 40 people.'))).toBe('conflict')
    expect(compareValues(floor, one('At least 16 people were killed.'))).toBe('conflict')
    expect(compareValues(one('Up to 14 people were hurt.'), one('The attack hurt 16 people.'))).toBe('conflict')
  })
})

describe('formatNumber', () => {
  it('writes every value as an en-US formatter with six decimals does', () => {
    const format = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 })
    const values = [0, -0, 7, -7, 999, 1000, -1234, 12345, 189739535, 1e20, 1e21, 2.5, 0.1 + 0.2, 1 / 3, 1.0000005, 99.9999995, 1e-7, 0.0000015, 1234.5678901, NaN, Infinity, -Infinity]
    for (let seed = 1; seed < 2000; seed += 1) values.push(((seed * 7919) % 100003) / 10 ** (seed % 9), Math.sin(seed) * 10 ** (seed % 24))
    for (const value of values) expect(formatNumber(value)).toBe(format.format(value))
  })
})
