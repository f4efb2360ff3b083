import { describe, expect, it } from 'vitest'
import { balancedAccuracy, median, overlaps, precision, recall, rocAuc, spanRecall } from './metrics.js'

describe('balancedAccuracy', () => {
  it('averages the rate on each class, so a rare class weighs as much as a common one', () => {
    // 9 positives all caught, 1 negative wrongly flagged: plain accuracy 0.9, balanced 0.5.
    const decisions = [...Array.from({ length: 9 }, () => ({ actual: true, predicted: true })), { actual: false, predicted: true }]
    expect(balancedAccuracy(decisions)).toBe(0.5)
  })
  it('is 1 for perfect decisions and NaN when a class is missing', () => {
    expect(balancedAccuracy([{ actual: true, predicted: true }, { actual: false, predicted: false }])).toBe(1)
    expect(balancedAccuracy([{ actual: true, predicted: true }])).toBeNaN()
  })
})

describe('rocAuc', () => {
  it('is 1 when every positive outscores every negative and 0 when reversed', () => {
    const cases = [{ score: 0.9, actual: true }, { score: 0.8, actual: true }, { score: 0.1, actual: false }]
    expect(rocAuc(cases)).toBe(1)
    expect(rocAuc(cases.map((item) => ({ ...item, actual: !item.actual })))).toBe(0)
  })
  it('counts ties as one half', () => {
    expect(rocAuc([{ score: 0.5, actual: true }, { score: 0.5, actual: false }])).toBe(0.5)
    // Pairs (positive, negative): (0.5, 0.5) half, (0.5, 0.2) win, (0.9, 0.5) win, (0.9, 0.2) win → 3.5 / 4.
    const cases = [
      { score: 0.5, actual: true },
      { score: 0.9, actual: true },
      { score: 0.5, actual: false },
      { score: 0.2, actual: false },
    ]
    expect(rocAuc(cases)).toBeCloseTo(0.875, 10)
  })
  it('matches a brute-force count of pairs on a larger set with many ties', () => {
    const cases = Array.from({ length: 60 }, (_, index) => ({ score: (index * 7) % 5, actual: index % 3 === 0 }))
    let wins = 0
    let pairs = 0
    for (const positive of cases.filter((item) => item.actual)) {
      for (const negative of cases.filter((item) => !item.actual)) {
        pairs += 1
        wins += positive.score > negative.score ? 1 : positive.score === negative.score ? 0.5 : 0
      }
    }
    expect(rocAuc(cases)).toBeCloseTo(wins / pairs, 12)
  })
  it('is NaN with one class only', () => {
    expect(rocAuc([{ score: 1, actual: true }])).toBeNaN()
  })
})

describe('spans', () => {
  it('overlap only when they share a character', () => {
    expect(overlaps({ start: 0, end: 5 }, { start: 4, end: 9 })).toBe(true)
    expect(overlaps({ start: 0, end: 5 }, { start: 5, end: 9 })).toBe(false)
  })
  it('span recall counts gold spans that some found span overlaps', () => {
    expect(spanRecall([{ start: 0, end: 3 }, { start: 10, end: 12 }], [{ start: 2, end: 4 }])).toBe(0.5)
    expect(spanRecall([], [{ start: 2, end: 4 }])).toBeNaN()
  })
})

describe('precision, recall, median', () => {
  it('divide as defined and are NaN on empty denominators', () => {
    expect(precision(3, 1)).toBe(0.75)
    expect(recall(3, 3)).toBe(0.5)
    expect(precision(0, 0)).toBeNaN()
    expect(recall(0, 0)).toBeNaN()
  })
  it('median takes the middle, or the mean of the two middles', () => {
    expect(median([5, 1, 3])).toBe(3)
    expect(median([4, 1, 3, 2])).toBe(2.5)
  })
})
