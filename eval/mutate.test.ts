import { describe, expect, it } from 'vitest'
import { MUTATION_TYPES, buildMutationCorpus, changeSignificantDigit, numberInWords, roundMoney, type OriginalText } from './mutate.js'

const ORIGINAL: OriginalText = {
  id: 'ferry',
  published: '2026-05-04',
  text: [
    'The Brenmoor ferry company said on Monday that it would buy three new vessels for $84,650,000.',
    'The ships, of the FX-40 class, will carry 1,250 passengers each and cut fuel use by 30 percent.',
    '"We have waited a long time for this, and we will not waste it," said Ada Kwan, the company\'s chief executive.',
    'Ms. Kwan said the first ship would arrive on June 12.',
    'The union leader, Omar Petit, welcomed the order but warned that crews were short of 45 sailors.',
    '"Nobody has asked us about training yet," Mr. Petit said.',
    'The old ferries have served the island since 1987.',
  ].join(' '),
}

describe('changeSignificantDigit', () => {
  it('changes the second significant digit, or the only one, by three', () => {
    expect(changeSignificantDigit('41,000')).toBe('44,000')
    expect(changeSignificantDigit('189,739,535')).toBe('159,739,535')
    expect(changeSignificantDigit('1.2')).toBe('1.5')
    expect(changeSignificantDigit('90')).toBe('60')
    expect(changeSignificantDigit('7')).toBe('4')
  })
})

describe('roundMoney', () => {
  it('rounds to two significant digits, with a scale word for millions', () => {
    expect(roundMoney(189_739_535)).toBe('$190 million')
    expect(roundMoney(1_460_000_000)).toBe('$1.5 billion')
    expect(roundMoney(349)).toBe('about $350')
    expect(roundMoney(12_000_000)).toBeUndefined()
  })
})

describe('numberInWords', () => {
  it('writes numbers as newspapers do', () => {
    expect(numberInWords(13)).toBe('thirteen')
    expect(numberInWords(41)).toBe('forty-one')
  })
})

describe('buildMutationCorpus', () => {
  const corpus = buildMutationCorpus([ORIGINAL])

  it('makes at least one mutation of every type from a text that has every kind of fact', () => {
    const types = new Set(corpus.map((mutation) => mutation.type))
    expect([...MUTATION_TYPES].filter((type) => !types.has(type))).toEqual([])
  })

  it('changes the derived text exactly at the recorded span and nowhere else', () => {
    for (const mutation of corpus) {
      const before = mutation.derived.slice(0, mutation.span.start)
      const after = mutation.derived.slice(mutation.span.end)
      expect(mutation.derived).not.toBe(ORIGINAL.text)
      if (mutation.shape === 'copy') {
        expect(ORIGINAL.text.startsWith(before.trimEnd())).toBe(true)
        expect(ORIGINAL.text.endsWith(after)).toBe(true)
      }
    }
  })

  it('records the expected finding: flags for changes, none for faithful rewordings', () => {
    const byType = (type: string) => corpus.filter((mutation) => mutation.type === type)
    expect(byType('percent-change')[0]?.expected).toEqual({ status: 'conflict', type: 'percent' })
    expect(byType('inserted-sentence')[0]?.expected).toEqual({ status: 'unsupported', type: 'statement' })
    for (const type of ['number-to-words', 'money-rounding', 'paraphrase']) {
      expect(byType(type).every((mutation) => mutation.expected === null)).toBe(true)
    }
    const rounding = byType('money-rounding')[0]
    expect(rounding?.derived.slice(rounding.span.start, rounding.span.end)).toBe('$85 million')
    const swap = byType('quote-speaker-swap').find((mutation) => mutation.derived.includes('said Omar Petit, the company'))
    expect(swap).toBeDefined()
  })
})
